"""Key escrow end to end: a real `officerdesk-hq serve` on loopback, its admin command line, and a
laptop profile in this process whose keyring loses the database key (docs/hq.md, "Key escrow")."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from officerdesk import recovery, secrets
from officerdesk.core.services import identity, records
from officerdesk.core.write.changes import pending_count, sync_state
from officerdesk.errors import ProfileLocked, UserError
from officerdesk.hq import admin, escrow, escrow_key
from officerdesk.hq.database import Database
from officerdesk.hq.settings_file import SETTINGS_ENV, load_audit_keys, settings_path
from officerdesk.hq.store import AuditEntry, Change
from officerdesk.profiles import open_store
from officerdesk.sync.engine import sync_once
from officerdesk.sync.enrolment import client_for, enroll, hq_settings
from officerdesk.sync.local_hq import LocalHQ, start_local_hq
from tests.hq.hq_process import hq_cli

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def escrow_hq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[LocalHQ, list[str]]]:
    """An HQ with its own settings file and an escrow key pair made by `admin escrow-init`; the
    private key file and its passphrase file stay outside HQ's data folder, as in custody."""
    folder = tmp_path / "hq"
    folder.mkdir()
    monkeypatch.setenv(SETTINGS_ENV, str(folder / "hq-settings.toml"))
    custody = tmp_path / "custody"
    custody.mkdir()
    (custody / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    key_args = ["--key-file", str(custody / "escrow.pem"), "--passphrase-file", str(custody / "pass")]
    made = hq_cli("admin", "--db", f"sqlite:///{folder / 'hq.db'}", "escrow-init", *key_args)
    assert made.returncode == 0, made.stderr
    server = start_local_hq(folder)
    try:
        server.admin("create-post", "WAS", "--name-en", "Embassy in Washington", "--name-ko", "주미국 대사관",
                     "--country", "United States", "--tz", "America/New_York")
        yield server, key_args
    finally:
        server.stop()


def _hq_db(hq: LocalHQ) -> Database:
    return Database(hq.db_url, audit_keys=load_audit_keys(settings_path(), create=False))


def _officer(hq: LocalHQ, name: str) -> str:
    """The admin's own calls in this process (the command line's are tested elsewhere): faster."""
    db = _hq_db(hq)
    try:
        with db.write() as s:
            return admin.create_officer(s, post_code="WAS", name=name).id
    finally:
        db.dispose()


def _recovery_code(hq: LocalHQ, key_args: list[str], device_id: str) -> str:
    private = escrow_key.load_private(Path(key_args[1]), PASSPHRASE)
    db = _hq_db(hq)
    try:
        with db.write() as s:
            return escrow.issue_recovery_code(s, device_id=device_id, private=private, actor="admin:test")
    finally:
        db.dispose()


def _enrolled_laptop(hq: LocalHQ, root: Path, name: str, officer: str = "") -> tuple[str, str]:
    officer = officer or _officer(hq, name)
    db = _hq_db(hq)
    try:
        with db.write() as s:
            code = admin.issue_enroll_code(s, officer_id=officer)
    finally:
        db.dispose()
    store = open_store(root)
    try:
        with store.session_factory.begin() as s:
            identity.set_up(s, officer_name=name, post_code="WAS")
        answer = enroll(store, hq.url, code)
        return store.profile_id, answer.device_id
    finally:
        store.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_laptop_whose_key_is_deleted_recovers_through_hq_with_its_unsynced_edits(
        escrow_hq: tuple[LocalHQ, list[str]], tmp_path: Path) -> None:
    hq, key_args = escrow_hq
    root = tmp_path / "laptop"
    profile_id, device_id = _enrolled_laptop(hq, root, "김민수")
    assert hq_settings(open_store(root).paths)["escrow_key_id"], "enrolment deposits the sealed key"
    store = open_store(root)
    with store.session_factory.begin() as s:
        post = sync_state(s).post_id
        for i in range(3):
            records.create(s, "contact", post_id=post, values={"name": f"Examiner {i}"})
        unsynced = pending_count(s)
    key = store.key
    store.close()
    assert unsynced >= 3
    # embassy IT resets the keyring: the key and the device token are gone
    secrets.forget_database_key(profile_id)
    secrets.forget_device_token(profile_id)
    before = _digest(store.paths.database)
    with pytest.raises(ProfileLocked) as locked:
        open_store(root)
    assert locked.value.reason == "missing" and "recover" in str(locked.value)
    assert recovery.options(root).escrow
    assert _digest(store.paths.database) == before

    code = hq.admin("recovery-code", "--device", device_id, *key_args)
    done = recovery.recover_with_code(root, code)
    assert done.device_id == device_id and secrets.database_key(profile_id) == key
    reopened = open_store(root)
    try:
        with reopened.session_factory.begin() as s:
            assert pending_count(s) == unsynced
        with client_for(reopened) as client:  # the new device token works; the edits go up once
            assert sync_once(reopened, client).pushed == unsynced
    finally:
        reopened.close()

    # the code was spent: a second use is refused and changes nothing
    secrets.forget_database_key(profile_id)
    with pytest.raises(UserError, match="unknown, expired or already used"):
        recovery.recover_with_code(root, code)
    assert secrets.database_key(profile_id) is None

    # HQ's database never held the key unwrapped (nor its hex, nor its base64)
    import base64

    forms = [key, key.hex().encode(), base64.urlsafe_b64encode(key).rstrip(b"=")[:40], base64.b64encode(key)[:40]]
    for path in (tmp_path / "hq").glob("hq.db*"):
        data = path.read_bytes()
        assert not any(form in data for form in forms), f"{path.name} holds the key"
    audit = _audit_actions(hq)
    assert {"escrow_stored", "issue_recovery_code", "key_recovered", "recovery_refused"} <= audit


def _audit_actions(hq: LocalHQ) -> set[str]:
    db = _hq_db(hq)
    try:
        with db.read() as s:
            return {row.action for row in s.query(AuditEntry)}
    finally:
        db.dispose()


def test_a_recovery_code_expires_and_one_for_another_device_is_not_spent(
        escrow_hq: tuple[LocalHQ, list[str]], tmp_path: Path) -> None:
    hq, key_args = escrow_hq
    a, b = tmp_path / "a", tmp_path / "b"
    profile_a, device_a = _enrolled_laptop(hq, a, "김민수")
    _profile_b, device_b = _enrolled_laptop(hq, b, "이영희")
    secrets.forget_database_key(profile_a)
    short = hq.admin("recovery-code", "--device", device_a, "--hours", "0.0003", *key_args)  # about a second
    time.sleep(1.5)
    with pytest.raises(UserError, match="unknown, expired or already used"):
        recovery.recover_with_code(a, short)
    for_b = _recovery_code(hq, key_args, device_b)
    with pytest.raises(UserError, match="another device"):
        recovery.recover_with_code(a, for_b)
    assert secrets.database_key(profile_a) is None
    refused = hq_cli("admin", "--db", hq.db_url, "recovery-code", "--device", device_a, "--hours", "100", *key_args)
    assert refused.returncode == 2 and "72" in refused.stderr
    wrong = tmp_path / "wrong-pass"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    refused = hq_cli("admin", "--db", hq.db_url, "recovery-code", "--device", device_a,
                     "--key-file", key_args[1], "--passphrase-file", str(wrong))
    assert refused.returncode == 1 and "passphrase does not open" in refused.stderr
    recovery.recover_with_code(a, _recovery_code(hq, key_args, device_a))
    assert secrets.database_key(profile_a) is not None


def _contacts(root: Path) -> list[str]:
    from sqlalchemy import select

    from officerdesk.core.models import RECORD_TYPES

    store = open_store(root)
    try:
        with store.session_factory.begin() as s:
            cls = RECORD_TYPES["contact"]
            return sorted(s.scalars(select(cls.name).where(cls.deleted.is_(False))))
    finally:
        store.close()


def _sync(root: Path) -> tuple[int, int]:
    store = open_store(root)
    try:
        with client_for(store) as client:
            report = sync_once(store, client)
        return report.pushed, report.pulled
    finally:
        store.close()


def test_a_new_laptop_takes_in_the_old_ones_backup_and_its_edits_reach_hq_once(
        escrow_hq: tuple[LocalHQ, list[str]], tmp_path: Path) -> None:
    from officerdesk.core.store import backup

    hq, key_args = escrow_hq
    old, new = tmp_path / "old", tmp_path / "new"
    officer = _officer(hq, "김민수")
    _old_profile, old_device = _enrolled_laptop(hq, old, "김민수", officer)
    store = open_store(old)
    with store.session_factory.begin() as s:
        post = sync_state(s).post_id
        records.create(s, "contact", post_id=post, values={"name": "Synced before"})
    store.close()
    assert _sync(old)[0] >= 1
    store = open_store(old)
    with store.session_factory.begin() as s:
        for name in ("Unsynced one", "Unsynced two"):
            records.create(s, "contact", post_id=post, values={"name": name})
    kept = backup.make_backup(store, dest=tmp_path / "old-laptop.db")
    store.close()
    # the old laptop is lost; its successor is enrolled for the same officer and pulls the post
    _new_profile, new_device = _enrolled_laptop(hq, new, "김민수", officer)
    assert new_device != old_device
    _sync(new)
    assert _contacts(new) == ["Synced before"]

    before = kept.read_bytes()
    store = open_store(new)
    try:
        done = recovery.take_in(store, kept, _recovery_code(hq, key_args, old_device))
        assert (done.old_device_id, done.pushed, done.rejected) == (old_device, 2, 0)
        with pytest.raises(UserError, match="this laptop itself"):
            recovery.take_in(store, kept, _recovery_code(hq, key_args, new_device))
        # the same backup again: HQ has those numbers of the old device, nothing is applied twice
        again = recovery.take_in(store, kept, _recovery_code(hq, key_args, old_device))
        assert again.rejected == 0
    finally:
        store.close()
    assert kept.read_bytes() == before, "the backup is only read"
    _sync(new)
    assert _contacts(new) == ["Synced before", "Unsynced one", "Unsynced two"]
    db = _hq_db(hq)
    try:
        with db.read() as s:
            rows = sum(c.value == "Unsynced one" for c in s.query(Change).filter(Change.field == "name"))
    finally:
        db.dispose()
    assert rows == 1, "the old device's edit was applied once"
