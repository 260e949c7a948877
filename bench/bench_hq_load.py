"""The HQ server under 50 concurrent devices: one real `officerdesk-hq serve` process on loopback,
50 threads each with its own httpx client and device token, every device doing ROUNDS sync rounds
back to back (push a batch of BATCH mutations, then pull its post's changes until has_more is
false), all starting together. On SQLite, and on PostgreSQL when OFFICERDESK_TEST_PG is set or
scripts/with-postgres.sh can start a throw-away server.

Figures per database: request latency p50 and p99 (ms, push and pull together; target p99 <= 500),
errors (non-200 answers or transport failures; target 0), mutations lost or applied twice (from
HQ's own tables after the run; target 0), and requests per second. The load generator runs on the
same machine as the server, so both share its CPUs: the CPU time each process spent during the
run (the load generator, the HQ server, and the PostgreSQL server's backends) is reported beside
the latencies, to tell which of them the two cores were busy with.
"""

from __future__ import annotations

import json
import os
import random
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from officerdesk.core.clock import HybridClock
from officerdesk.core.ids import uuid7
from officerdesk.hq import admin, migrate
from officerdesk.hq.database import Database
from officerdesk.hq.store import Change, Device, Record
from officerdesk.sync.local_hq import start_local_hq

DEVICES, POSTS, ROUNDS, BATCH = 50, 5, 20, 5
P99_TARGET_MS = 500.0
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class DeviceLoad:
    token: str
    post_id: str
    site: str = field(default_factory=uuid7)
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    written: dict[str, dict[str, Any]] = field(default_factory=dict)  # record id -> its final fields
    changes_written: int = 0

    def mutations(self, seq: int, clock: HybridClock, rnd: random.Random) -> list[dict[str, Any]]:
        out = []
        for i in range(BATCH):
            if self.written and rnd.random() < 0.3:  # an edit of one of this device's records
                rid = rnd.choice(list(self.written))
                fields: dict[str, Any] = {"notes": f"edit {seq + i} " + "메모 " * rnd.randint(5, 60)}
            else:
                rid = uuid7()
                fields = {"name_ko": f"회사 {seq + i}", "sector": "반도체", "notes": "첫 메모 " * rnd.randint(5, 60)}
            self.written.setdefault(rid, {}).update(fields)
            self.changes_written += len(fields)
            out.append({"seq": seq + i, "name": "upsert", "hlc": clock.now(), "args": {
                "type": "company", "id": rid, "post_id": self.post_id, "author": "bench", "fields": fields,
                "base": {k: 0 for k in fields}}})
        return out


def _timed(load: DeviceLoad, http: httpx.Client, method: str, path: str, **kwargs: Any) -> Any:
    t0 = time.perf_counter()
    try:
        resp = http.request(method, path, **kwargs)
    except httpx.HTTPError as exc:
        load.errors.append(f"{path}: {type(exc).__name__}")
        return None
    load.latencies.append((time.perf_counter() - t0) * 1000)
    if resp.status_code != 200:
        load.errors.append(f"{path}: {resp.status_code} {resp.text[:100]}")
        return None
    return resp.json()


def _device(base_url: str, load: DeviceLoad, start: threading.Barrier, index: int) -> None:
    rnd, clock, seq, cursor = random.Random(index), HybridClock(), 1, 0
    headers = {"Authorization": f"Bearer {load.token}", "X-Site-Id": load.site, "Accept-Encoding": "gzip"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=httpx.Timeout(60.0)) as http:
        start.wait()
        for _ in range(ROUNDS):
            batch = load.mutations(seq, clock, rnd)
            answer = _timed(load, http, "POST", "/v1/push", json={"mutations": batch})
            if answer is None or any(r["status"] != "applied" for r in answer["results"]):
                load.errors.append(f"push {seq}: not applied")
                return
            seq += BATCH
            while True:
                page = _timed(load, http, "GET", "/v1/pull", params={"cursor": cursor})
                if page is None:
                    return
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    break


def _set_up(db: Database, base_url: str) -> list[DeviceLoad]:
    codes = []
    with db.write() as s:
        for p in range(POSTS):
            admin.create_post(s, code=f"P{chr(65 + p)}", name_en=f"Post {p}", name_ko=f"공관 {p}",
                              country="X", tz="UTC")
        for d in range(DEVICES):
            officer = admin.create_officer(s, post_code=f"P{chr(65 + d % POSTS)}", name=f"officer {d}")
            codes.append(admin.issue_enroll_code(s, officer_id=officer.id))
    loads = []
    with httpx.Client(base_url=base_url, timeout=30) as http:
        for code in codes:
            body = http.post("/v1/enroll", json={"code": code, "device_name": "bench"}).json()
            loads.append(DeviceLoad(body["token"], body["post_id"]))
    return loads


def _check(db: Database, loads: list[DeviceLoad]) -> tuple[int, int]:
    """(mutations lost, changes applied beyond those written) from HQ's own tables."""
    lost = extra = 0
    with db.read() as s:
        seqs = dict(s.execute(select(Device.id, Device.last_seq)).all())
        changes = s.scalar(select(func.count()).select_from(Change).where(Change.type == "company")) or 0
        for load in loads:
            recs = {r.id: r.data for r in s.scalars(select(Record).where(Record.id.in_(list(load.written))))}
            lost += sum(1 for rid, fields in load.written.items()
                        if rid not in recs or any(recs[rid].get(k) != v for k, v in fields.items()))
    extra = changes - sum(load.changes_written for load in loads)
    lost += sum(1 for last in seqs.values() if last != ROUNDS * BATCH)
    return lost, extra


def _cpu_seconds(pid: int, *, children: bool = False) -> float:
    """User + system CPU time of a process (and of its exited children) from /proc; 0 if unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = sum(int(x) for x in fields[11:15 if children else 13])  # utime stime [cutime cstime]
    return ticks / os.sysconf("SC_CLK_TCK")


def _postmaster(db_url: str) -> int | None:
    """The PostgreSQL server process listening on the URL's port (its backends are its children)."""
    port = str(make_url(db_url).port or 5432)
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].endswith(b"postgres") and b"-p" in argv and port.encode() in argv:
            return int(proc.name)
    return None


def _server_cpu(postmaster: int) -> float:
    """The PostgreSQL server's CPU time so far: its own, its exited backends' and its live ones'."""
    total = _cpu_seconds(postmaster, children=True)
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == postmaster:
            total += _cpu_seconds(int(proc.name))
    return total


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(label: str, db_url: str, workdir: Path) -> list[dict[str, Any]]:
    db = Database(db_url)
    postmaster = _postmaster(db_url) if db.is_postgres else None
    try:
        migrate.upgrade(db)
        with start_local_hq(workdir / f"hq-{label}", db_url=db_url) as hq:
            loads = _set_up(db, hq.url)
            assert hq.process is not None
            start = threading.Barrier(len(loads))
            threads = [threading.Thread(target=_device, args=(hq.url, load, start, i)) for i, load in enumerate(loads)]
            hq_cpu, gen_cpu = _cpu_seconds(hq.process.pid), _self_cpu()
            pg_cpu = _server_cpu(postmaster) if postmaster else 0.0
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            seconds = time.perf_counter() - t0
            hq_cpu, gen_cpu = _cpu_seconds(hq.process.pid) - hq_cpu, _self_cpu() - gen_cpu
        lost, extra = _check(db, loads)
    finally:
        db.dispose()
    if postmaster:  # the backends' time reaches the server once they have exited (HQ stopped)
        time.sleep(0.5)
        pg_cpu = _server_cpu(postmaster) - pg_cpu
    latencies = sorted(x for load in loads for x in load.latencies)
    errors = sum(len(load.errors) for load in loads)
    p50 = statistics.median(latencies) if latencies else float("nan")
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan")
    name = f"hq {DEVICES} devices, {label}"
    return [
        {"name": f"{name}: request p50", "value": round(p50, 1), "unit": "ms", "target": "", "ok": True},
        {"name": f"{name}: request p99", "value": round(p99, 1), "unit": "ms", "target": f"<= {P99_TARGET_MS:.0f}",
         "ok": p99 <= P99_TARGET_MS},
        {"name": f"{name}: errors", "value": errors, "unit": "", "target": "0", "ok": errors == 0},
        {"name": f"{name}: mutations lost or doubled", "value": lost + abs(extra), "unit": "", "target": "0",
         "ok": lost == 0 and extra == 0},
        {"name": f"{name}: throughput", "value": round(len(latencies) / seconds, 1), "unit": "requests/s",
         "target": "", "ok": True},
        {"name": f"{name}: wall time of the run", "value": round(seconds, 2), "unit": "s", "target": "", "ok": True},
        {"name": f"{name}: CPU time, HQ server", "value": round(hq_cpu, 2), "unit": "s", "target": "", "ok": True},
        {"name": f"{name}: CPU time, load generator", "value": round(gen_cpu, 2), "unit": "s", "target": "",
         "ok": True},
        *([{"name": f"{name}: CPU time, PostgreSQL server", "value": round(pg_cpu, 2), "unit": "s", "target": "",
            "ok": True}] if postmaster else []),
    ]


def measure_postgres(server_url: str, workdir: Path) -> list[dict[str, Any]]:
    """On a new database of the given PostgreSQL server, dropped afterwards."""
    name = f"hq_bench_{secrets.token_hex(4)}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
        return measure("postgresql", url, workdir)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def _postgres_rows(workdir: Path) -> list[dict[str, Any]]:
    server = os.environ.get("OFFICERDESK_TEST_PG")
    if server:
        return measure_postgres(server, workdir)
    script = ROOT / "scripts" / "with-postgres.sh"
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")) or not shutil.which("bash"):
        return [{"name": f"hq {DEVICES} devices, postgresql", "value": "not run", "unit": "",
                 "target": "needs PostgreSQL (scripts/system-deps.sh)", "ok": False}]
    done = subprocess.run(["bash", str(script), sys.executable, "-m", "bench.bench_hq_load", str(workdir)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"the PostgreSQL run failed: {done.stderr.strip()[-500:]}")
    rows: list[dict[str, Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    return rows


def run(workdir: Path) -> list[dict[str, Any]]:
    return measure("sqlite", f"sqlite:///{workdir / 'hq.db'}", workdir) + _postgres_rows(workdir)


if __name__ == "__main__":  # the PostgreSQL half, run under scripts/with-postgres.sh by run()
    print(json.dumps(measure_postgres(os.environ["OFFICERDESK_TEST_PG"], Path(sys.argv[1]))))
