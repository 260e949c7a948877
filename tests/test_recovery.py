"""The officer's recovery file and the key-missing profile's options (officerdesk/recovery.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from officerdesk import recovery, secrets
from officerdesk.core.store import recovery_file
from officerdesk.core.store.db import Store
from officerdesk.errors import ProfileLocked, UserError
from officerdesk.profiles import open_store

FAST = 1 << 10  # scrypt's cost in tests; the file records it, so reading follows


def test_a_recovery_file_round_trips_and_a_wrong_passphrase_is_refused(store: Store, tmp_path: Path) -> None:
    root, profile_id, key = store.paths.root, store.profile_id, store.key
    target = recovery.export_file(store, tmp_path / "key.recovery", "blue harbour lantern", n=FAST)
    assert key.hex() not in target.read_text(encoding="utf-8")
    store.close()
    secrets.forget_database_key(profile_id)
    database = hashlib.sha256(store.paths.database.read_bytes()).hexdigest()
    with pytest.raises(ProfileLocked):
        open_store(root)
    assert not recovery.options(root).escrow, "never enrolled: HQ escrow is not offered"
    with pytest.raises(UserError, match="passphrase does not open"):
        recovery.recover_with_file(root, target, "blue harbour lanterns")
    assert secrets.database_key(profile_id) is None
    assert hashlib.sha256(store.paths.database.read_bytes()).hexdigest() == database
    done = recovery.recover_with_file(root, target, "blue harbour lantern")
    assert done.profile_id == profile_id and secrets.database_key(profile_id) == key
    open_store(root).close()


def test_a_recovery_file_of_another_profile_or_a_tampered_one_changes_nothing(store: Store, tmp_path: Path) -> None:
    other = open_store(tmp_path / "other")
    foreign = recovery.export_file(other, tmp_path / "other.recovery", "another passphrase", n=FAST)
    other.close()
    root, profile_id = store.paths.root, store.profile_id
    store.close()
    secrets.forget_database_key(profile_id)
    with pytest.raises(UserError, match="does not open"):
        recovery.recover_with_file(root, foreign, "another passphrase")
    body = json.loads(foreign.read_text(encoding="utf-8"))
    body["kdf"]["n"] = 1 << 30  # a crafted cost must not make the laptop allocate gigabytes
    crafted = tmp_path / "crafted.recovery"
    crafted.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(UserError, match="costs outside"):
        recovery_file.read(crafted, "another passphrase")
    with pytest.raises(UserError, match="not an OfficerDesk recovery file"):
        recovery_file.read(tmp_path / "missing.recovery", "x")
    with pytest.raises(UserError, match="at least"):
        recovery_file.write(tmp_path / "short.recovery", profile_id="p", key=b"k" * 32, passphrase="short")
    assert secrets.database_key(profile_id) is None
