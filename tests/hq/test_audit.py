"""The keyed audit chain: what it records, that it verifies, and that tampering shows, even when
the tamperer recomputes the hashes or cuts the tail."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from hq_harness import HQ
from hq_process import hq_cli
from sqlalchemy import Connection, insert, select, text
from sqlalchemy.exc import DBAPIError

from officerdesk.core.ids import uuid7
from officerdesk.hq import admin, audit, migrate
from officerdesk.hq.audit import verify_chain
from officerdesk.hq.database import Database
from officerdesk.hq.settings_file import SETTINGS_ENV, load_audit_keys
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
        report = verify_chain(s, hq.db.audit_keys)
    assert report.ok and report.rows > 10


@contextmanager
def _unguarded(db: Database) -> Iterator[Connection]:
    """What someone with the database owner's rights could do: lift the append-only guard, then edit."""
    with db.engine.begin() as conn:
        if db.is_postgres:
            conn.execute(text("ALTER TABLE hq_audit DISABLE TRIGGER hq_audit_append_only"))
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS hq_audit_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS hq_audit_no_delete"))
        yield conn
        if db.is_postgres:  # this module's database is shared by its tests
            conn.execute(text("ALTER TABLE hq_audit ENABLE TRIGGER hq_audit_append_only"))


def _tamper(hq: HQ, sql: str) -> None:
    with _unguarded(hq.db) as conn:
        conn.execute(text(sql))


def _rechain(db: Database, sign: Callable[[str, AuditEntry], str], *, edit_id: int, through: int = 0) -> None:
    """Edit one row's actor, then recompute every hash from there on (to row `through`, if given)
    with `sign`: the forger's best move."""
    with db.read() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    with _unguarded(db) as conn:
        prev = rows[edit_id - 2].hash if edit_id > 1 else audit.GENESIS
        for entry in rows[edit_id - 1:through or None]:
            if entry.id == edit_id:
                entry.actor = "someone else"
            entry.prev_hash, entry.hash = prev, sign(prev, entry)
            conn.execute(text("UPDATE hq_audit SET actor = :a, prev_hash = :p, hash = :h WHERE id = :i"),
                         {"a": entry.actor, "p": entry.prev_hash, "h": entry.hash, "i": entry.id})
            prev = entry.hash


def _cli(db: Database, *args: str, settings: Path | None = None) -> tuple[int, str, str]:
    env = {SETTINGS_ENV: str(settings)} if settings else None
    done = hq_cli("admin", "--db", db.url, *args, env=env)
    return done.returncode, done.stdout.strip(), done.stderr.strip()


@pytest.mark.parametrize("sql", [
    "UPDATE hq_audit SET actor = 'someone else' WHERE id = 5",
    "DELETE FROM hq_audit WHERE id = 5",
    "UPDATE hq_audit SET prev_hash = hash WHERE id = 5",
], ids=["edited", "removed", "rechained"])
def test_tampering_is_detected(hq: HQ, sql: str) -> None:
    _busy_day(hq)
    _tamper(hq, sql)
    with hq.db.read() as s:
        report = verify_chain(s, hq.db.audit_keys)
    assert not report.ok and report.bad_id in (5, 6)
    code, _, err = _cli(hq.db, "verify-audit")
    assert code == 1 and "BROKEN" in err


def _another_key(prev: str, entry: AuditEntry) -> str:
    return hmac.new(b"a guess, not HQ's key", (prev + audit.canonical(entry)).encode(), hashlib.sha256).hexdigest()


@pytest.mark.parametrize(("sign", "edit_id", "why"), [
    (audit.plain_hash, 1, "no row is signed with the audit key"),        # the whole chain, plain SHA-256
    (audit.plain_hash, 6, "does not match its keyed hash"),              # plain from row 6 on
    (_another_key, 1, "does not match its keyed hash"),                  # keyed, but not with HQ's key
    (_another_key, 6, "does not match its keyed hash"),
], ids=["plain-sha-whole", "plain-sha-tail", "other-key-whole", "other-key-tail"])
def test_a_recomputed_chain_is_detected(hq: HQ, sign: Callable[[str, AuditEntry], str], edit_id: int,
                                        why: str) -> None:
    _busy_day(hq)
    _rechain(hq.db, sign, edit_id=edit_id)
    with hq.db.read() as s:
        report = verify_chain(s, hq.db.audit_keys)
    assert not report.ok and report.bad_id in (edit_id, edit_id + 1) and why in report.reason, report


def test_a_cut_tail_is_caught_by_the_kept_head(hq: HQ) -> None:
    """Real admin processes: the head kept off-box, a day's work, then the tail cut from the head on."""
    _busy_day(hq)
    code, head, _ = _cli(hq.db, "audit-head")
    assert code == 0 and len(head.split()) == 3
    kept_id = int(head.split()[0])
    assert _cli(hq.db, "create-post", "TYO", "--name-en", "Tokyo", "--name-ko", "주일본 대사관",
                "--country", "Japan", "--tz", "Asia/Tokyo")[0] == 0
    code, out, _ = _cli(hq.db, "verify-audit", "--head", head)
    assert code == 0 and f"row {kept_id}" in out
    _tamper(hq, f"DELETE FROM hq_audit WHERE id >= {kept_id}")
    assert _cli(hq.db, "verify-audit")[0] == 0  # what is left is a valid chain: only the head shows the cut
    code, _, err = _cli(hq.db, "verify-audit", "--head", head)
    assert code == 1 and "tail was cut" in err and len(err.splitlines()) == 1


def test_the_kept_head_catches_a_chain_rewritten_with_the_key(hq: HQ) -> None:
    """Even the key's holder cannot rewrite history quietly once the head is off-box."""
    _busy_day(hq)
    head = _cli(hq.db, "audit-head")[1]
    key = hq.db.audit_keys.current
    _rechain(hq.db, lambda prev, e: audit.chain_hash(prev, e, key), edit_id=4)
    assert _cli(hq.db, "verify-audit")[0] == 0
    code, _, err = _cli(hq.db, "verify-audit", "--head", head)
    assert code == 1 and "rewritten" in err


def test_verify_without_the_key_or_with_another_says_so(hq: HQ, tmp_path: Path) -> None:
    _busy_day(hq)
    code, _, err = _cli(hq.db, "verify-audit", settings=tmp_path / "missing.toml")
    assert code == 1 and "no audit key" in err and "missing.toml" in err
    assert not (tmp_path / "missing.toml").exists()  # checking never makes a key up
    other = tmp_path / "other.toml"
    load_audit_keys(other, create=True)
    for action in ("verify-audit", "audit-head"):
        code, _, err = _cli(hq.db, action, settings=other)
        assert code == 1 and "wrong settings file" in err, err
    code, _, err = _cli(hq.db, "verify-audit", "--head", "12 not-a-hash")
    assert code == 2 and "--head" in err


def test_rotating_the_key_keeps_the_chain_verifiable(hq: HQ, tmp_path: Path) -> None:
    _busy_day(hq)
    settings = Path(os.environ[SETTINGS_ENV])
    mine = tmp_path / "hq-settings.toml"  # a copy: the session's file is shared by other tests
    mine.write_bytes(settings.read_bytes())
    mine.chmod(0o600)
    code, out, _ = _cli(hq.db, "rotate-audit-key", settings=mine)
    assert code == 0 and hq.db.audit_keys.current_id in out
    assert _cli(hq.db, "revoke-device", str(uuid7()), settings=mine)[0] == 1  # (unknown device: no row)
    assert _cli(hq.db, "create-post", "TYO", "--name-en", "Tokyo", "--name-ko", "주일본 대사관",
                "--country", "Japan", "--tz", "Asia/Tokyo", settings=mine)[0] == 0
    assert _cli(hq.db, "verify-audit", settings=mine)[0] == 0
    # the old key alone cannot vouch for rows signed after the rotation
    code, _, err = _cli(hq.db, "verify-audit", settings=settings)
    assert code == 1 and "does not hold" in err
    with hq.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[0] == audit.KEY_ROW and actions[-2:] == [audit.ROTATED_ROW, "create_post"]


def _plain_chain_at_0003(db: Database, rows: int) -> None:
    """An HQ database as the version before keyed hashes left it: schema 0003, plain SHA-256 rows."""
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        prev = audit.GENESIS
        for i in range(1, rows + 1):
            entry = AuditEntry(id=i, at=f"2026-11-0{i}T10:00:00.000000Z", actor="admin:cli", action="create_post",
                               post_id="", detail={"code": f"P{i}"}, prev_hash=prev)
            entry.hash = audit.plain_hash(prev, entry)
            conn.execute(insert(AuditEntry), [{c: getattr(entry, c) for c in
                                               ("id", "at", "actor", "action", "post_id", "detail", "prev_hash", "hash")}])
            prev = entry.hash


def test_rows_from_before_the_key_are_sealed_once_on_upgrade(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        _plain_chain_at_0003(db, 3)
        with db.read() as s:
            assert "no row is signed" in verify_chain(s, db.audit_keys).reason  # not trusted as it is
        migrate.upgrade(db)
        with db.read() as s:
            report = verify_chain(s, db.audit_keys)
            seal = s.get(AuditEntry, 4)
        assert report.ok and report.rows == 4
        assert seal is not None and seal.action == audit.KEY_ROW and seal.detail["plain_rows"] == 3
        # the seal vouches for the plain rows: recomputing them (plain SHA-256 is keyless) now shows,
        # and so does recomputing the seal too (then nothing is keyed)
        _rechain(db, audit.plain_hash, edit_id=2, through=3)
        with db.read() as s:
            report = verify_chain(s, db.audit_keys)
        assert not report.ok and report.bad_id == 4, report
        _rechain(db, audit.plain_hash, edit_id=2)
        with db.read() as s:
            assert "no row is signed" in verify_chain(s, db.audit_keys).reason
    finally:
        db.dispose()


def test_the_database_refuses_edits_to_the_log(hq: HQ) -> None:
    _busy_day(hq)
    for sql in ("UPDATE hq_audit SET actor = 'x' WHERE id = 1", "DELETE FROM hq_audit WHERE id = 1"):
        with pytest.raises(DBAPIError, match="append-only"), hq.db.engine.begin() as conn:
            conn.execute(text(sql))
