from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from officerdesk.core.services import identity, records
from officerdesk.core.store import backup
from officerdesk.errors import KeyringError, ProfileLocked, UserError
from officerdesk.profiles import open_store

# long enough that it cannot occur by chance in encrypted bytes (3 letters did, about 3% of runs)
TITLE = "JPO 意見交換 plaintext marker 7f3a9c"


def _seed_one(root: Path) -> str:
    st = open_store(root)
    with st.session_factory.begin() as s:
        ident = identity.set_up(s, officer_name="Kim", post_code="TYO")
        rid = records.create(s, "meeting", post_id=ident.post_id, values={"title": TITLE, "starts_at": "2026-10-01T10:00:00+09:00"}).id
    st.close()
    return rid


def test_database_is_unreadable_without_the_key(tmp_path: Path) -> None:
    _seed_one(tmp_path / "p")
    db = tmp_path / "p" / "officerdesk.db"
    assert not db.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert TITLE.encode() not in db.read_bytes()
    assert "意見交換".encode() not in db.read_bytes()


def test_reopen_reads_back(tmp_path: Path) -> None:
    rid = _seed_one(tmp_path / "p")
    st = open_store(tmp_path / "p")
    with st.session_factory.begin() as s:
        assert records.get(s, "meeting", rid).title == TITLE
    st.close()


def test_missing_key_stops_and_changes_nothing(tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    _seed_one(tmp_path / "p")
    db = tmp_path / "p" / "officerdesk.db"
    before = db.read_bytes()
    memory_keyring.store.clear()
    with pytest.raises(ProfileLocked, match="missing"):
        open_store(tmp_path / "p")
    assert db.read_bytes() == before
    assert memory_keyring.store == {}, "no new key may be made for an existing database"


def test_wrong_key_stops(tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    _seed_one(tmp_path / "p")
    for k in list(memory_keyring.store):
        memory_keyring.store[k] = "00" * 32
    with pytest.raises(ProfileLocked, match="wrong"):
        open_store(tmp_path / "p")


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_refuses_fail_and_null_keyrings(tmp_path: Path, backend: type) -> None:
    keyring.set_keyring(backend())
    with pytest.raises(KeyringError, match="keyring"):
        open_store(tmp_path / "p")
    assert not (tmp_path / "p" / "officerdesk.db").exists()


def test_plaintext_and_truncated_files_are_refused(tmp_path: Path) -> None:
    _seed_one(tmp_path / "p")
    db = tmp_path / "p" / "officerdesk.db"
    shutil.copy(db, tmp_path / "orig.db")
    sqlite3.connect(tmp_path / "plain.db").execute("create table t(x)").connection.commit()
    shutil.copy(tmp_path / "plain.db", db)
    with pytest.raises(UserError, match="unencrypted"):
        open_store(tmp_path / "p")
    db.write_bytes(b"\x01" * 100)
    with pytest.raises(UserError, match="truncated"):
        open_store(tmp_path / "p")
    db.write_bytes((tmp_path / "orig.db").read_bytes()[:8192] + b"\x00" * 100)
    with pytest.raises(UserError):
        open_store(tmp_path / "p")


def test_new_profile_is_migrated_to_head(tmp_path: Path) -> None:
    from officerdesk.core.store import migrate

    st = open_store(tmp_path / "p")
    assert migrate.current_revision(st) == migrate.head_revision()
    st.close()


def test_backup_verify_and_restore(tmp_path: Path) -> None:
    rid = _seed_one(tmp_path / "p")
    st = open_store(tmp_path / "p")
    path = backup.make_backup(st)
    assert backup.verify(path, st.key) > 5
    with st.session_factory.begin() as s:
        records.delete(s, "meeting", rid)
    backup.restore(st, path)
    st2 = open_store(tmp_path / "p")
    with st2.session_factory.begin() as s:
        assert records.get(s, "meeting", rid).title
    st2.close()
    with pytest.raises(UserError, match="not a backup"):
        (tmp_path / "junk.db").write_bytes(b"x" * 4096)
        backup.restore(st2, tmp_path / "junk.db")


def test_automatic_backup_is_daily_and_rotates(tmp_path: Path) -> None:
    import os

    _seed_one(tmp_path / "p")
    st = open_store(tmp_path / "p")
    first = backup.backup_if_due(st)
    assert first is not None and first.exists()
    assert backup.backup_if_due(st) is None, "a second backup on the same day is not due"
    old = first.stat().st_mtime - 2 * 86400
    os.utime(first, (old, old))
    assert backup.backup_if_due(st) is not None
    for _ in range(backup.KEEP + 3):
        backup.make_backup(st)
    assert len(list(st.paths.backups.glob("officerdesk-*.db"))) == backup.KEEP
    st.close()
