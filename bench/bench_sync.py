"""Sync figures through a real `officerdesk-hq serve` on loopback (SQLite).

- first pull: HQ already holds N contacts of the laptop's post (written with HQ's own record
  writer); a freshly enrolled laptop pulls them all.            records/s, target >= 10,000
- push: the laptop edits 10,000 records and syncs.                records/s, target >= 5,000
- no-change sync: round trips (<= 2) and milliseconds (<= 100).
- 1,000 edits over a link with 300 ms round trip (a delaying TCP proxy): seconds, target <= 10.

OFFICERDESK_BENCH_PULL_RECORDS sets N (default 100,000); OFFICERDESK_BENCH_SYNC_PUSH_ONLY=1 stops
after the push (the no-change and slow-link figures are not measured).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import select

from officerdesk.core.ids import uuid7
from officerdesk.core.models import Contact
from officerdesk.core.store.db import Store
from officerdesk.hq import admin
from officerdesk.hq.database import Database
from officerdesk.hq.records import Stamp, Writer
from officerdesk.profiles import open_store
from officerdesk.sync.client import HQClient
from officerdesk.sync.engine import sync_once
from officerdesk.sync.enrolment import client_for, enroll
from officerdesk.sync.local_hq import LocalHQ, start_local_hq
from tests.memory_keyring import MemoryKeyring

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "sync"))
from sync_netlink import Link  # noqa: E402  (the tests' loopback link)

PULL_RECORDS = int(os.environ.get("OFFICERDESK_BENCH_PULL_RECORDS", "100000"))
PUSH_EDITS = 10_000
SLOW_EDITS = 1_000


def _fill_hq(db_url: str, n: int) -> None:
    """N contacts of post WAS written straight into HQ's store with its own record writer."""
    db = Database(db_url)
    rng = random.Random(5)
    with db.write() as s:
        admin.create_post(s, code="WAS", name_en="Embassy in Washington", name_ko="주미국 대사관",
                          country="United States", tz="America/New_York")
    post_id = _post_id(db)
    site, hlc_ms = uuid7(), int(time.time() * 1000) - 86_400_000
    done = 0
    while done < n:
        with db.write() as s:
            writer = Writer(s)
            for i in range(done, min(n, done + 5000)):
                rec = writer.new_record("contact", uuid7(), post_id)
                hlc = f"{hlc_ms + i:013x}0000"
                writer.set_fields(rec, {
                    "classification": "internal", "deleted": False, "name": f"Contact {i}",
                    "name_alt": f"연락처 {i}", "position": rng.choice(["Examiner", "Director", "Counsel"]),
                    "organization_id": None, "email": f"c{i}@example.org", "phones": "+1 202 555 0100",
                    "language": "en", "notes": "Met at the IP5 heads meeting; follow up on the PPH request. " * 2,
                    "last_contacted": "2026-10-01",
                }, Stamp(hlc, site, "", "seed"))
            done = min(n, done + 5000)
    db.dispose()


def _post_id(db: Database) -> str:
    with db.read() as s:
        post = admin.post_by_code(s, "WAS")
        assert post is not None
        return post.id


def _code(db_url: str, name: str) -> str:
    db = Database(db_url)
    with db.write() as s:
        officer = admin.create_officer(s, post_code="WAS", name=name)
        code = admin.issue_enroll_code(s, officer_id=officer.id)
    db.dispose()
    return code


def _laptop(root: Path, hq: LocalHQ, name: str) -> Store:
    store = open_store(root)
    enroll(store, hq.url, _code(hq.db_url, name))
    return store


def _edit(store: Store, n: int, tag: str) -> None:
    with store.session_factory.begin() as s:
        for contact in s.scalars(select(Contact).where(Contact.deleted.is_(False)).limit(n)):
            contact.position = f"{tag} {contact.id[-4:]}"


def _cpu_of(pid: int | None) -> float:
    """User + system CPU seconds of another process so far (Linux /proc), 0.0 when unknown."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _row(name: str, value: float, unit: str, target: str, ok: bool) -> dict[str, Any]:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok}


def run(workdir: Path) -> list[dict[str, Any]]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        return _run(Path(workdir))
    finally:
        keyring.set_keyring(previous)


def _run(workdir: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    db_url = f"sqlite:///{workdir / 'hq' / 'hq.db'}"
    (workdir / "hq").mkdir(parents=True, exist_ok=True)
    from officerdesk.hq import migrate

    db = Database(db_url)
    migrate.upgrade(db)
    db.dispose()
    _fill_hq(db_url, PULL_RECORDS)
    hq = start_local_hq(workdir / "hq", db_url=db_url)
    try:
        store = _laptop(workdir / "laptop", hq, "김민수")
        with client_for(store) as client:
            hq_pid = hq.process.pid if hq.process is not None else None
            cpu, hq_cpu = time.process_time(), _cpu_of(hq_pid)
            started = time.perf_counter()
            first = sync_once(store, client)
            seconds = time.perf_counter() - started
            cpu, hq_cpu = time.process_time() - cpu, _cpu_of(hq_pid) - hq_cpu
            rate = PULL_RECORDS / seconds
            rows.append(_row(f"sync: first pull of {PULL_RECORDS:,} records ({first.pulled:,} field values, "
                             f"{first.round_trips} round trips; CPU laptop {cpu:.2f} s, HQ {hq_cpu:.2f} s)",
                             rate, "records/s", ">= 10000", rate >= 10_000))
            _edit(store, PUSH_EDITS, "push")
            cpu, hq_cpu = time.process_time(), _cpu_of(hq_pid)
            started = time.perf_counter()
            pushed = sync_once(store, client)
            seconds = time.perf_counter() - started
            cpu, hq_cpu = time.process_time() - cpu, _cpu_of(hq_pid) - hq_cpu
            rate = pushed.pushed / seconds
            rows.append(_row(f"sync: push of {pushed.pushed:,} edits and their echo ({pushed.round_trips} round trips; "
                             f"CPU laptop {cpu:.2f} s, HQ {hq_cpu:.2f} s)", rate, "records/s", ">= 5000", rate >= 5_000))
            if os.environ.get("OFFICERDESK_BENCH_SYNC_PUSH_ONLY"):
                store.close()
                return rows
            trips, times = [], []
            for _ in range(5):
                started = time.perf_counter()
                idle = sync_once(store, client)
                times.append((time.perf_counter() - started) * 1000)
                trips.append(idle.round_trips)
            rows.append(_row("sync: no-change sync round trips", max(trips), "round trips", "<= 2", max(trips) <= 2))
            ms = statistics.median(times)
            rows.append(_row("sync: no-change sync", ms, "ms", "<= 100", ms <= 100))
            rows.append(_slow_link(store, client, hq))
        store.close()
    finally:
        hq.stop()
    return rows


def _slow_link(store: Store, fast: HQClient, hq: LocalHQ) -> dict[str, Any]:
    link = Link(int(hq.url.rsplit(":", 1)[1]), one_way_delay=0.15)
    try:
        slow = HQClient(link.url, fast.token)
        slow.epoch = fast.epoch
        _edit(store, SLOW_EDITS, "slow")
        started = time.perf_counter()
        report = sync_once(store, slow)
        seconds = time.perf_counter() - started
        slow.close()
    finally:
        link.close()
    row = _row(f"sync: {report.pushed:,} edits over a 300 ms round-trip link ({report.round_trips} round trips)",
               seconds, "s", "<= 10", seconds <= 10)
    row["floor"] = None  # the injected delay dominates it, not this machine's speed
    return row
