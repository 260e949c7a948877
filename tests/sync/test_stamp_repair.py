"""Repairing the malformed clock stamps an older HQ stored (issue 10): `admin repair-clocks` and
migration 0007. HQ's database is seeded the way the old code wrote it (the same Writer, given the
stamps `int(x, 16)` took), then laptops that pulled before, and a fresh one, must sync again, and
an honest edit must win where the hostile stamp had frozen the field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select
from sync_world import HQ, Laptop, two_laptops_of_was

from officerdesk.core.clock import encode, is_stamp, wall_ms_now
from officerdesk.core.ids import uuid7
from officerdesk.core.services import records
from officerdesk.hq import audit, migrate, stamp_repair
from officerdesk.hq.cli import main as hq_main
from officerdesk.hq.database import Database
from officerdesk.hq.records import Stamp, Writer
from officerdesk.hq.store import AuditEntry, Change, Record
from officerdesk.sync.client import ServerError

# what the old HQ accepted, each read by `int(x, 16)` as a clock within the five-minute limit
_NOW = encode(wall_ms_now(), 0xABCD)
FULL_WIDTH = "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in _NOW)  # sorts after every stamp
UPPER = _NOW.upper()
PLUS = "+" + _NOW[1:]
SPACE = _NOW[:13] + " " + _NOW[14:]
UNDERSCORE = _NOW[:6] + "_" + _NOW[6:16]
BAD = (FULL_WIDTH, UPPER, PLUS, SPACE, UNDERSCORE)
EVIL = "0197aaaa-0000-7000-8000-00000000e511"  # the hostile device


def test_the_old_code_read_every_seeded_stamp() -> None:
    for bad in BAD:
        assert not is_stamp(bad)
        assert stamp_repair.old_reading(bad) is not None, bad
    assert stamp_repair.old_reading(UPPER) == _NOW
    assert stamp_repair.old_reading("zz") is None and stamp_repair.old_reading("") is None


def seed_hostile(db: Database, ids: dict[str, str]) -> None:
    """What one old HQ stored from a hostile device: a frozen field, stamps in history, a first
    change (a snapshot's created_hlc) and a conflict record carrying malformed stamps."""
    with db.write() as s:
        writer = Writer(s)
        x, y = s.get(Record, ids["x"]), s.get(Record, ids["y"])
        assert x is not None and y is not None
        writer.set_fields(x, {"position": "Hostile"}, Stamp(FULL_WIDTH, EVIL, EVIL, "Mallory"))
        writer.set_fields(y, {"phones": "+1 555 0100"}, Stamp(UPPER, EVIL, EVIL, "Mallory"))
        writer.publish("conflict", uuid7(), x.post_id, {
            "target_type": "contact", "target_id": x.id, "field": "notes", "local_value": "mine",
            "remote_value": "theirs", "remote_author": "Mallory", "remote_hlc": SPACE, "resolved": False,
            "classification": "internal", "deleted": False}, Stamp(PLUS, EVIL, EVIL, "Mallory"))
        y_created = y.created_seq
    with db.write() as s:  # history only: the records' clocks of these fields stay well-formed
        s.get(Change, y_created).hlc = UNDERSCORE  # type: ignore[union-attr]
        notes = s.scalar(select(Change).where(Change.record_id == ids["x"], Change.field == "notes"))
        assert notes is not None
        notes.hlc = SPACE


def every_stamp(db: Database) -> list[Any]:
    with db.read() as s:
        out: list[Any] = list(s.scalars(select(Change.hlc)))
        for kind, data, clocks in s.execute(select(Record.type, Record.data, Record.clocks)):
            out += [c[0] for c in clocks.values()]
            if kind == "conflict":
                out.append(data["remote_hlc"])
    return out


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[HQ, Laptop, Laptop, dict[str, str]]]:
    with two_laptops_of_was(tmp_path) as (hq, a, b):
        post = a.post_id
        with a.store.session_factory.begin() as s:
            ids = {"x": records.create(s, "contact", post_id=post, values={
                       "name": "Tanaka", "position": "Examiner", "notes": "met at IP5"}).id,
                   "y": records.create(s, "contact", post_id=post, values={"name": "Sato"}).id}
        a.sync()
        b.sync()
        seed_hostile(hq.db, ids)
        yield hq, a, b, ids


def test_repair_lets_every_laptop_sync_and_the_next_honest_edit_win(
        world: tuple[HQ, Laptop, Laptop, dict[str, str]], tmp_path: Path) -> None:
    hq, a, b, ids = world
    fresh = Laptop.enrolled(tmp_path / "c", hq, "WAS", "박지성")
    try:
        with pytest.raises(ServerError, match="clock stamp"):
            b.sync()  # its cursor is before the bad change rows
        with pytest.raises(ServerError, match="clock stamp"):
            fresh.sync()  # a first sync: the snapshot carries the bad clocks

        with hq.db.read() as s:
            counted = stamp_repair.dry_run(s)
        assert (counted.record_clocks, counted.change_rows, counted.conflict_stamps) == (12, 14, 1)  # the conflict record: all its 10 fields
        assert not counted.stamp and sum(not is_stamp(x) for x in every_stamp(hq.db)) == 27  # nothing changed
        with hq.db.write() as s:
            report = stamp_repair.repair(s, actor="test")
        assert (report.records, report.fields) == (3, 14)  # x: position, notes; y: phones, its first; conflict: 10
        assert report.stamp > _NOW  # after what the old code read the stamps as
        assert all(is_stamp(x) for x in every_stamp(hq.db))
        with hq.db.read() as s:
            row = s.scalars(select(AuditEntry).where(AuditEntry.action == stamp_repair.ACTION)).one()
            assert row.detail == {**report.counts()} and audit.verify_chain(s, hq.db.audit_keys).ok
            x = s.get(Record, ids["x"])
            assert x is not None and x.data["position"] == "Hostile" and x.clocks["position"][0] == report.stamp

        for laptop in (a, b, fresh):
            laptop.sync()
        assert a.snapshot() == b.snapshot() == fresh.snapshot()

        with b.store.session_factory.begin() as s:  # the honest edit the frozen field used to swallow
            records.update(s, "contact", ids["x"], {"position": "Director"})
        b.sync()
        for laptop in (a, fresh):
            laptop.sync()
        with hq.db.read() as s:
            x = s.get(Record, ids["x"])
            assert x is not None and x.data["position"] == "Director"
        snapshots = [lap.snapshot() for lap in (a, b, fresh)]
        assert snapshots[0][("contact", ids["x"])]["position"] == "Director"
        assert snapshots[0] == snapshots[1] == snapshots[2]

        with hq.db.write() as s:  # a second run finds nothing and audits nothing
            assert stamp_repair.repair(s, actor="test").fields == 0
        with hq.db.read() as s:
            assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == stamp_repair.ACTION)).all()) == 1
    finally:
        fresh.close()


def test_the_upgrade_repairs_and_the_command_reports(world: tuple[HQ, Laptop, Laptop, dict[str, str]],
                                                     tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hq, _a, b, _ids = world
    url = hq.db.url
    assert hq_main(["admin", "repair-clocks", "--dry-run", "--db", url]) == 0
    assert "would re-publish 14 fields of 3 records" in capsys.readouterr().out
    assert sum(not is_stamp(x) for x in every_stamp(hq.db)) == 27  # a dry run skips the upgrade too

    cfg = migrate.alembic_config()  # an HQ database from before 0007, upgraded
    with hq.db.engine.connect() as conn:
        # back to 0006 by the later migrations' own downgrades (0007's is a no-op: its bad stamps
        # stay), so the upgrade that follows runs every migration since, as on a real old HQ.
        # SQLite rebuilds a table to drop a column while others point at it: foreign keys off for
        # that (outside any transaction, where SQLite honours the pragma), on again after
        raw = None if hq.db.is_postgres else conn.connection.driver_connection
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")
    assert migrate.upgrade(hq.db) is True
    assert all(is_stamp(x) for x in every_stamp(hq.db))
    with hq.db.read() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.action == stamp_repair.ACTION)).one()
        assert row.actor == "hq:upgrade" and row.detail["fields"] == 14
    b.sync()

    assert hq_main(["admin", "repair-clocks", "--db", url]) == 0
    assert capsys.readouterr().out.strip() == "no malformed clock stamps"
