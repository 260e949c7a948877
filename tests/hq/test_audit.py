"""The hash-chained audit log: what it records, that it verifies, and that tampering shows."""

from __future__ import annotations

import pytest
from hq_harness import HQ
from hq_process import hq_cli
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from officerdesk.core.ids import uuid7
from officerdesk.hq import admin
from officerdesk.hq.audit import verify_chain
from officerdesk.hq.store import AuditEntry


def _busy_day(hq: HQ) -> None:
    was, bjs = hq.laptop("WAS"), hq.laptop("BJS")
    rid = uuid7()
    was.push(was.upsert("meeting", rid, {"title": "x", "starts_at": "2026-11-20T14:00:00", "notes": "a"}))
    bjs.push(bjs.upsert("meeting", rid, {"notes": "hijack"}))                 # scope violation
    hq.http.get("/v1/pull", headers={"Authorization": "Bearer " + "x" * 43})  # auth failure
    hq.http.post("/v1/enroll", json={"code": "AAAA-BBBB-CCCC"})              # refused code
    with hq.db.write() as s:
        admin.revoke_device(s, device_id=bjs.device_id)


def _actions(hq: HQ) -> set[str]:
    with hq.db.read() as s:
        return set(s.scalars(select(AuditEntry.action)))


def test_the_log_records_what_matters_and_verifies(hq: HQ) -> None:
    _busy_day(hq)
    assert {"create_post", "create_officer", "issue_enroll_code", "enroll", "push", "scope_violation",
            "auth_failed", "enroll_refused", "revoke_device"} <= _actions(hq)
    with hq.db.read() as s:
        report = verify_chain(s)
    assert report.ok and report.rows > 10


def _tamper(hq: HQ, sql: str) -> None:
    """What someone with the database owner's rights could do: lift the guard, then edit."""
    with hq.db.engine.begin() as conn:
        if hq.db.is_postgres:
            conn.execute(text("ALTER TABLE hq_audit DISABLE TRIGGER hq_audit_append_only"))
        else:
            conn.execute(text("DROP TRIGGER hq_audit_no_update"))
            conn.execute(text("DROP TRIGGER hq_audit_no_delete"))
        conn.execute(text(sql))
        if hq.db.is_postgres:  # this module's database is shared by its tests
            conn.execute(text("ALTER TABLE hq_audit ENABLE TRIGGER hq_audit_append_only"))


@pytest.mark.parametrize("sql", [
    "UPDATE hq_audit SET actor = 'someone else' WHERE id = 5",
    "DELETE FROM hq_audit WHERE id = 5",
    "UPDATE hq_audit SET prev_hash = hash WHERE id = 5",
], ids=["edited", "removed", "rechained"])
def test_tampering_is_detected(hq: HQ, sql: str) -> None:
    _busy_day(hq)
    _tamper(hq, sql)
    with hq.db.read() as s:
        report = verify_chain(s)
    assert not report.ok and report.bad_id in (5, 6)
    done = hq_cli("admin", "--db", hq.db.url, "verify-audit")
    assert done.returncode == 1 and "BROKEN" in done.stderr


def test_the_database_refuses_edits_to_the_log(hq: HQ) -> None:
    _busy_day(hq)
    for sql in ("UPDATE hq_audit SET actor = 'x' WHERE id = 1", "DELETE FROM hq_audit WHERE id = 1"):
        with pytest.raises(DBAPIError, match="append-only"), hq.db.engine.begin() as conn:
            conn.execute(text(sql))
