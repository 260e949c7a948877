"""The repair's SQL finds every malformed stamp on both databases (SQLite GLOB, PostgreSQL `!~`);
the laptops' side of the repair is in tests/sync/test_stamp_repair.py."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from officerdesk.core.clock import encode, is_stamp, wall_ms_now
from officerdesk.core.ids import uuid7
from officerdesk.hq import admin, migrate, stamp_repair
from officerdesk.hq.database import Database
from officerdesk.hq.records import Stamp, Writer
from officerdesk.hq.store import Change, Record
from tests.protocol.stamps import MALFORMED_STAMPS


@pytest.fixture
def db(db_url: str) -> Database:
    database = Database(db_url)
    migrate.upgrade(database)
    with database.write() as s:
        admin.create_post(s, code="WAS", name_en="Washington", name_ko="워싱턴", country="US", tz="America/New_York")
    return database


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(bad=st.lists(MALFORMED_STAMPS.filter(lambda s: "\x00" not in s and len(s) <= 17), min_size=1, max_size=4))
def test_every_malformed_stamp_is_found_and_replaced(db: Database, bad: list[str]) -> None:
    with db.write() as s:
        post = s.scalars(select(Record.post_id).where(Record.type == "post")).first()
        assert post is not None
        writer = Writer(s)
        for i, hlc in enumerate(bad):
            writer.publish("contact", uuid7(), post, {"name": f"Examiner {i}"}, Stamp(hlc, "dev", "dev", "x"))
        honest = writer.publish("contact", uuid7(), post, {"name": "Honest"},
                                Stamp(encode(wall_ms_now(), 1), "dev", "dev", "x"))
    with db.read() as s:
        found = stamp_repair.find(s)
    assert len(found.change_rows) == len(found.fields) == found.record_clocks == len(bad)
    assert honest.id not in found.fields
    with db.write() as s:
        report = stamp_repair.repair(s, actor="test")
    assert report.change_rows == len(bad)
    with db.read() as s:
        assert all(is_stamp(h) for h in s.scalars(select(Change.hlc)))
        assert all(is_stamp(c[0]) for clocks in s.scalars(select(Record.clocks)) for c in clocks.values())
        assert stamp_repair.find(s).empty
