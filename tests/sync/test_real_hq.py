"""Real processes: `officerdesk-hq serve` on loopback and `officerdesk` profiles driven by the CLI.

On SQLite, and on PostgreSQL when OFFICERDESK_TEST_PG is set (scripts/with-postgres.sh; `make
test` sets it, and in CI a missing PostgreSQL fails instead of skipping).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_netlink import Link

from officerdesk.hq import admin
from officerdesk.hq.database import Database
from officerdesk.sync.local_hq import LocalHQ, start_local_hq

OFFICERDESK = str(Path(sys.executable).with_name("officerdesk"))
RECORDS = int(os.environ.get("OFFICERDESK_SYNC_RECORDS", "3000"))


def pg_database() -> Iterator[str]:
    """A fresh database on the test PostgreSQL server, dropped afterwards."""
    url = os.environ.get("OFFICERDESK_TEST_PG", "")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("OFFICERDESK_TEST_PG is not set: CI must run the PostgreSQL tests (scripts/with-postgres.sh)")
        pytest.skip("no PostgreSQL (run under scripts/with-postgres.sh)")
    import psycopg

    name = f"sync_{uuid.uuid4().hex[:12]}"
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hq(request: pytest.FixtureRequest, tmp_path: Path, file_keyring_env: dict[str, str]) -> Iterator[LocalHQ]:
    if request.param == "postgres":
        gen = pg_database()
        db_url = next(gen)
    else:
        gen, db_url = None, None
    server = start_local_hq(tmp_path / "hq", db_url=db_url)
    try:
        server.admin("create-post", "WAS", "--name-en", "Embassy in Washington", "--name-ko", "주미국 대사관",
                     "--country", "United States", "--tz", "America/New_York")
        yield server
    finally:
        server.stop()
        if gen is not None:
            next(gen, None)


def cli(env: dict[str, str], *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([OFFICERDESK, *args], capture_output=True, text=True, env=env, timeout=600, check=False)
    if ok:
        assert done.returncode == 0, f"officerdesk {' '.join(args[:1])} failed: {done.stderr}"
    return done


def enrolment_code(hq: LocalHQ, post: str, name: str) -> str:
    """An officer and a one-time code, written straight into HQ's database (the CLI's own calls)."""
    db = Database(hq.db_url)
    try:
        with db.write() as s:
            if admin.post_by_code(s, post) is None:
                admin.create_post(s, code=post, name_en=post, name_ko=post, country="X", tz="UTC")
            officer = admin.create_officer(s, post_code=post, name=name)
            return admin.issue_enroll_code(s, officer_id=officer.id)
    finally:
        db.dispose()


def enrol(env: dict[str, str], hq: LocalHQ, profile: Path, post: str, name: str, url: str | None = None) -> dict[str, Any]:
    code = enrolment_code(hq, post, name)
    out = cli(env, "enroll", "--profile", str(profile), "--hq", url or hq.url, "--code", code, "--json").stdout
    return dict(json.loads(out))


def sync(env: dict[str, str], profile: Path) -> dict[str, Any]:
    return dict(json.loads(cli(env, "sync", "--profile", str(profile), "--json").stdout))


def counts(env: dict[str, str], profile: Path) -> dict[str, int]:
    return dict(json.loads(cli(env, "stats", "--profile", str(profile), "--json").stdout)["counts"])


def exported(env: dict[str, str], profile: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / f"{profile.name}.jsonl"
    cli(env, "export", "--profile", str(profile), "--format", "jsonl", "-o", str(out))
    return sorted(out.read_text(encoding="utf-8").splitlines())


@pytest.mark.slow
def test_two_laptops_of_a_post_converge_and_another_post_sees_nothing(
    hq: LocalHQ, tmp_path: Path, file_keyring_env: dict[str, str]
) -> None:
    env = file_keyring_env
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    n = RECORDS if "sqlite" in hq.db_url else min(RECORDS, 500)  # the 3,000 run is SQLite's; PG proves the same path
    # A did first-run set-up and has records before it ever met HQ: enrolment re-points them
    cli(env, "seed", "--profile", str(a), "--post", "WAS", "--records", str(n), "--seed", "7")
    enrol(env, hq, a, "WAS", "김민수")
    device_b = enrol(env, hq, b, "WAS", "이영희")["device_id"]
    enrol(env, hq, c, "TYO", "Sato")
    first = sync(env, a)
    assert first["pushed"] >= n and first["rejected"] == 0
    got = sync(env, b)
    assert got["pushed"] == 0 and got["pulled"] > n
    assert sync(env, c)["pulled"] >= 0
    seeded = counts(env, a)
    assert sum(seeded.values()) >= n
    assert counts(env, b) == seeded
    assert sum(counts(env, c).values()) == 0, "a laptop of another post received records"
    assert exported(env, a, tmp_path) == exported(env, b, tmp_path)
    new = tmp_path / "new.jsonl"
    new.write_text('{"type": "contact", "name": "Examiner Park", "notes": "met at USPTO"}\n'
                   '{"type": "trend_note", "title": "New customs recordal rules"}\n', encoding="utf-8")
    cli(env, "import", "--profile", str(b), "--format", "jsonl", str(new))
    assert sync(env, b)["pushed"] == 2
    assert sync(env, a)["pulled"] > 0
    assert counts(env, a) == counts(env, b) == {**seeded, "contact": seeded["contact"] + 1,
                                                 "trend_note": seeded["trend_note"] + 1}
    sync(env, b)  # the echo of its own edits
    for profile in (a, b):
        again = sync(env, profile)
        assert (again["pushed"], again["pulled"], again["rejected"]) == (0, 0, 0), again
    hq.admin("revoke-device", device_b)
    refused = cli(env, "sync", "--profile", str(b), "--json", ok=False)
    assert refused.returncode == 1
    assert "HQ refused this device" in refused.stderr and "enroll" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.slow
@pytest.mark.parametrize("snapshot_page", ["50", "0"], ids=["snapshot", "change-log"])
def test_a_network_that_dies_mid_page_resumes_without_duplicates(
    tmp_path: Path, file_keyring_env: dict[str, str], snapshot_page: str
) -> None:
    # a first pull by snapshot in pages of 50 records, or by the change log
    env = {**file_keyring_env, "OFFICERDESK_SYNC_ATTEMPTS": "2", "OFFICERDESK_SYNC_SNAPSHOT_PAGE": snapshot_page}
    server = start_local_hq(tmp_path / "hq")
    link = None
    try:
        a, b = tmp_path / "a", tmp_path / "b"
        enrol(env, server, a, "WAS", "김민수")
        cli(env, "seed", "--profile", str(a), "--post", "WAS", "--records", "400", "--seed", "3")
        sync(env, a)
        link = Link(int(server.url.rsplit(":", 1)[1]))
        enrol(env, server, b, "WAS", "이영희", url=link.url)
        link.cut_after(60_000)
        broken = cli(env, "sync", "--profile", str(b), "--json", ok=False)
        assert broken.returncode == 1 and "cannot reach HQ" in broken.stderr, broken.stderr
        partial = sum(counts(env, b).values())
        full = counts(env, a)
        assert 0 < partial < sum(full.values()), "the pages before the cut are kept, the rest is missing"
        link.restore()
        resumed = sync(env, b)
        assert resumed["pushed"] == 0
        assert counts(env, b) == full
        lines = exported(env, b, tmp_path)
        assert len({json.loads(line)["id"] for line in lines}) == len(lines), "no record twice"
        assert lines == exported(env, a, tmp_path)
        assert sync(env, b)["pulled"] == 0
    finally:
        if link is not None:
            link.close()
        server.stop()


def test_the_demo_hq_enrols_the_profile_and_keeps_it_across_restarts(tmp_path: Path) -> None:
    from officerdesk.core.write.changes import sync_state
    from officerdesk.profiles import open_store
    from officerdesk.sync.engine import sync_once
    from officerdesk.sync.enrolment import client_for
    from officerdesk.sync.local_hq import enroll_demo

    profile = tmp_path / "demo"
    devices = []
    for _launch in range(2):
        server = start_local_hq(profile / "hq")
        try:
            enroll_demo(profile, server)
            store = open_store(profile)
            with client_for(store) as client:
                report = sync_once(store, client)
            with store.session_factory.begin() as s:
                state = sync_state(s)
                devices.append(state.device_id)
                assert state.hq_url == server.url
                codes = {p.code for p in records_of(s, "post")}
            store.close()
        finally:
            server.stop()
        assert report.rejected == 0
        assert {"WAS", "TYO", "HQ"} <= codes, "the demo posts came from HQ"
    assert devices[0] == devices[1], "a second launch reuses the enrolment"


def records_of(session: Any, kind: str) -> list[Any]:
    from sqlalchemy import select

    from officerdesk.core.models import RECORD_TYPES

    return list(session.scalars(select(RECORD_TYPES[kind])))
