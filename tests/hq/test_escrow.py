"""Key escrow end to end: a real `officerdesk-hq serve` on loopback, its admin command line, and a
laptop profile in this process whose keyring loses the database key (docs/hq.md, "Key escrow")."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from officerdesk import recovery, secrets
from officerdesk.core.services import records
from officerdesk.core.write.changes import pending_count, sync_state
from officerdesk.errors import AuthError, ProfileLocked, UserError
from officerdesk.hq.escrow import lookup_hash
from officerdesk.hq.store import Change, Device, RecoveryCode
from officerdesk.profiles import open_store
from officerdesk.protocol.recovery_code import lookup
from officerdesk.sync.engine import sync_once
from officerdesk.sync.enrolment import client_for, hq_settings
from tests.hq.escrow_hq import (
    EscrowHQ,
    audit_rows,
    enrolled_laptop,
    hq_db,
    officer,
    recovery_code,
    start,
)
from tests.hq.hq_process import hq_cli


@pytest.fixture(scope="module")
def escrow_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EscrowHQ]:
    yield from start(tmp_path_factory.mktemp("escrow"), free_failures=50)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_laptop_whose_key_is_deleted_recovers_through_hq_with_its_unsynced_edits(
        escrow_hq: EscrowHQ, tmp_path: Path) -> None:
    hq, key_args = escrow_hq, escrow_hq.key_args
    root = tmp_path / "laptop"
    profile_id, device_id = enrolled_laptop(hq, root, "김민수")
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

    code = hq.hq.admin("recovery-code", "--device", device_id, *key_args)
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
    forms = [key, key.hex().encode(), base64.urlsafe_b64encode(key).rstrip(b"=")[:40], base64.b64encode(key)[:40]]
    for path in hq.hq.data_dir.glob("hq.db*"):
        data = path.read_bytes()
        assert not any(form in data for form in forms), f"{path.name} holds the key"
    for action in ("escrow_stored", "issue_recovery_code", "key_recovered", "recovery_refused"):
        assert audit_rows(hq, action), action


def test_a_recovery_code_expires_and_one_for_another_device_is_not_spent(
        escrow_hq: EscrowHQ, tmp_path: Path) -> None:
    hq, key_args = escrow_hq, escrow_hq.key_args
    a, b = tmp_path / "a", tmp_path / "b"
    profile_a, device_a = enrolled_laptop(hq, a, "김민수")
    _profile_b, device_b = enrolled_laptop(hq, b, "이영희")
    secrets.forget_database_key(profile_a)
    short = hq.hq.admin("recovery-code", "--device", device_a, "--hours", "0.0003", *key_args)  # about a second
    time.sleep(1.5)
    with pytest.raises(UserError, match="unknown, expired or already used"):
        recovery.recover_with_code(a, short)
    for_b = recovery_code(hq, device_b)
    with pytest.raises(UserError, match="another device"):
        recovery.recover_with_code(a, for_b)
    assert secrets.database_key(profile_a) is None
    refused = hq_cli("admin", "--db", hq.hq.db_url, "recovery-code", "--device", device_a, "--hours", "100", *key_args,
                     env=hq.hq.env)
    assert refused.returncode == 2 and "72" in refused.stderr
    wrong = tmp_path / "wrong-pass"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    refused = hq_cli("admin", "--db", hq.hq.db_url, "recovery-code", "--device", device_a,
                     "--key-file", key_args[1], "--passphrase-file", str(wrong), env=hq.hq.env)
    assert refused.returncode == 1 and "passphrase does not open" in refused.stderr
    recovery.recover_with_code(a, recovery_code(hq, device_a))
    assert secrets.database_key(profile_a) is not None
    db = hq_db(hq)
    try:
        with db.read() as s:
            short_row = s.get(RecoveryCode, lookup_hash(lookup(short)))
            assert short_row is not None and short_row.used_at is None
            assert short_row.sealed is None, "an expired code's sealed key is erased by the next recovery"
    finally:
        db.dispose()


def _contacts(root: Path) -> list[str]:
    from sqlalchemy import select

    from officerdesk.core.models import RECORD_TYPES

    store = open_store(root)
    try:
        with store.session_factory.begin() as s:
            cls = RECORD_TYPES["contact"]
            # the module's tests share one HQ post: only this test's contacts
            return sorted(s.scalars(select(cls.name).where(cls.deleted.is_(False), cls.name.like("%ynced%"))))
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


def test_a_new_laptop_takes_in_the_old_ones_backup_its_edits_and_files_reach_hq_once_and_the_old_is_retired(
        escrow_hq: EscrowHQ, tmp_path: Path) -> None:
    from officerdesk.core import attachments
    from officerdesk.core.store import backup

    hq = escrow_hq
    old, new = tmp_path / "old", tmp_path / "new"
    officer_id = officer(hq, "김민수")
    _old_profile, old_device = enrolled_laptop(hq, old, "김민수", officer_id)
    store = open_store(old)
    with store.session_factory.begin() as s:
        post = sync_state(s).post_id
        records.create(s, "contact", post_id=post, values={"name": "Synced before"})
    store.close()
    assert _sync(old)[0] >= 1
    store = open_store(old)
    letter, photo = "공문 scan".encode() * 5000, b"\x89PNG lost with the disk" * 100
    with store.session_factory.begin() as s:
        first = records.create(s, "contact", post_id=post, values={"name": "Unsynced one"})
        records.create(s, "contact", post_id=post, values={"name": "Unsynced two"})
        attachments.add(s, store.paths.attachments, owner_type="contact", owner_id=first.id, data=letter,
                        filename="letter.pdf")
        attachments.add(s, store.paths.attachments, owner_type="contact", owner_id=first.id, data=photo,
                        filename="photo.png")
    kept = backup.make_backup(store)  # in the old profile's backups/, beside its attachments/
    lost = hashlib.sha256(photo).hexdigest()
    attachments.blob_path(store.paths.attachments, lost).unlink()  # one file did not survive
    store.close()
    # the old laptop is lost; its successor is enrolled for the same officer and pulls the post
    _new_profile, new_device = enrolled_laptop(hq, new, "김민수", officer_id)
    assert new_device != old_device
    _sync(new)
    assert _contacts(new) == ["Synced before"]

    before = kept.read_bytes()
    store = open_store(new)
    try:
        done = recovery.take_in(store, kept, recovery_code(hq, old_device))
        assert (done.old_device_id, done.pushed, done.rejected) == (old_device, 4, 0)
        assert (done.files_sent, done.files_missing) == (1, (lost,))
        assert _retired(hq, old_device) == [new_device]
        with pytest.raises(AuthError):  # the old laptop, found again, cannot sync
            _sync(old)
        with pytest.raises(UserError, match="this laptop itself"):
            recovery.take_in(store, kept, recovery_code(hq, new_device))
        # the same backup again: HQ has those numbers of the old device and that file, nothing twice
        again = recovery.take_in(store, kept, recovery_code(hq, old_device))
        assert again.rejected == 0
    finally:
        store.close()
    assert kept.read_bytes() == before, "the backup is only read"
    assert _retired(hq, old_device) == [new_device, new_device], "retired again after the second take-in"
    _sync(new)
    assert _contacts(new) == ["Synced before", "Unsynced one", "Unsynced two"]
    store = open_store(new)
    try:
        with store.session_factory.begin() as s:
            assert [sha for sha, _key in attachments.missing(s)] == [lost], "only the lost file is absent"
            found = {a.filename: a for a in attachments.of_record(s, "contact", first.id)}
            assert attachments.read(s, store.paths.attachments, found["letter.pdf"].id) == letter
    finally:
        store.close()
    received = [r for r in audit_rows(hq, "blob_received") if r.detail["sha256"] == hashlib.sha256(letter).hexdigest()]
    assert len(received) == 1, "the file went up once"
    db = hq_db(hq)
    try:
        with db.read() as s:
            rows = sum(c.value == "Unsynced one" for c in s.query(Change).filter(Change.field == "name"))
    finally:
        db.dispose()
    assert rows == 1, "the old device's edit was applied once"


def _retired(hq: EscrowHQ, device_id: str) -> list[str]:
    """The successors named each time the device was retired; empty unless it is revoked now."""
    db = hq_db(hq)
    try:
        with db.read() as s:
            device = s.get(Device, device_id)
            assert device is not None
            if device.revoked_at is None:
                return []
    finally:
        db.dispose()
    return [r.detail["successor"] for r in audit_rows(hq, "device_retired") if r.detail["device_id"] == device_id]


def _unspent(hq: EscrowHQ, code: str) -> bool:
    db = hq_db(hq)
    try:
        with db.read() as s:
            row = s.get(RecoveryCode, lookup_hash(lookup(code)))
            return row is not None and row.used_at is None and row.sealed is not None
    finally:
        db.dispose()


def test_a_take_in_whose_code_does_not_fit_the_backup_leaves_the_code_unspent_and_sends_nothing(
        escrow_hq: EscrowHQ, tmp_path: Path) -> None:
    from officerdesk.core.store import backup

    hq = escrow_hq
    old, other, new = tmp_path / "old", tmp_path / "other", tmp_path / "new"
    officer_id = officer(hq, "박서준")
    _old_profile, _old_device = enrolled_laptop(hq, old, "박서준", officer_id)
    other_profile, other_device = enrolled_laptop(hq, other, "최지우")
    _new_profile, new_device = enrolled_laptop(hq, new, "박서준", officer_id)
    store = open_store(old)
    with store.session_factory.begin() as s:
        records.create(s, "contact", post_id=sync_state(s).post_id, values={"name": "Unsynced, not sent"})
    kept = backup.make_backup(store)
    store.close()
    before = kept.read_bytes()

    for_other, for_itself = recovery_code(hq, other_device), recovery_code(hq, new_device)
    store = open_store(new)
    try:
        token = secrets.device_token(store.profile_id)
        with pytest.raises(UserError, match=r"does not open .*code was not spent"):
            recovery.take_in(store, kept, for_other)
        with pytest.raises(UserError, match=r"this laptop itself.*not spent"):
            recovery.take_in(store, kept, for_itself)
        assert secrets.device_token(store.profile_id) == token, "this laptop keeps the token it had"
    finally:
        store.close()
    assert _unspent(hq, for_other) and _unspent(hq, for_itself)
    assert kept.read_bytes() == before
    assert not [r for r in audit_rows(hq, "key_recovered") if r.detail.get("device_id") == other_device]
    # the code is still good for the laptop it was issued for
    secrets.forget_database_key(other_profile)
    assert recovery.recover_with_code(other, for_other).device_id == other_device
    assert not _unspent(hq, for_other)


def test_a_code_for_a_device_the_backup_no_longer_is_leaves_the_code_unspent(
        escrow_hq: EscrowHQ, tmp_path: Path) -> None:
    """A profile enrolled again keeps its key under a new device id: the first device's code opens
    its backup but would send its edits under the wrong device's numbers, so it is refused unspent."""
    from officerdesk.core.store import backup
    from officerdesk.hq import admin
    from officerdesk.sync.enrolment import enroll

    hq = escrow_hq
    old, new = tmp_path / "old", tmp_path / "new"
    officer_id = officer(hq, "정하늘")
    _profile, first = enrolled_laptop(hq, old, "정하늘", officer_id)
    stale = recovery_code(hq, first)
    db = hq_db(hq)
    try:
        with db.write() as s:
            again = admin.issue_enroll_code(s, officer_id=officer_id)
    finally:
        db.dispose()
    store = open_store(old)
    try:
        second = enroll(store, hq.url, again).device_id
        kept = backup.make_backup(store)
    finally:
        store.close()
    assert second != first
    enrolled_laptop(hq, new, "정하늘", officer_id)
    store = open_store(new)
    try:
        with pytest.raises(UserError, match=f"database of device {second}, not of {first}.*not spent"):
            recovery.take_in(store, kept, stale)
    finally:
        store.close()
    assert _unspent(hq, stale)
