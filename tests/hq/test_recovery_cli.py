"""recover, recovery-file and take-in as an officer drives them: `officerdesk` subprocesses against a
real HQ on loopback, the keyring a plain file both this process and the commands read. Exit codes
and messages, and no traceback for bad input (wrong code or passphrase, missing file, HQ down)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from officerdesk import secrets
from officerdesk.core.services import records
from officerdesk.core.store import backup
from officerdesk.core.write.changes import sync_state
from officerdesk.profiles import open_store
from officerdesk.sync.local_hq import free_port
from tests.hq.escrow_hq import EscrowHQ, enrolled_laptop, officer, recovery_code, start

OFFICERDESK = str(Path(sys.executable).with_name("officerdesk"))
PASSPHRASE = "blue harbour lantern"


@pytest.fixture(scope="module")
def escrow_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EscrowHQ]:
    yield from start(tmp_path_factory.mktemp("escrow-cli"), free_failures=50)


@pytest.fixture
def env(file_keyring_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The commands' environment, and this process on the same keyring file, so a profile set up
    here is the one the commands open."""
    monkeypatch.setenv("XDG_DATA_HOME", file_keyring_env["XDG_DATA_HOME"])
    keyring.set_keyring(PlaintextKeyring())  # the autouse memory keyring fixture puts its own back
    return file_keyring_env


def officerdesk(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([OFFICERDESK, *args], input=stdin, capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def refused(done: subprocess.CompletedProcess[str], message: str) -> None:
    """Exit 1 with one line saying `message`, and no traceback."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr + done.stdout and "unexpected error" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_recover_from_a_recovery_file_and_through_hq_as_the_officer_types_it(
        escrow_hq: EscrowHQ, env: dict[str, str], tmp_path: Path) -> None:
    root = tmp_path / "laptop"
    profile_id, device_id = enrolled_laptop(escrow_hq, root, "박지훈")
    key = secrets.database_key(profile_id)
    kept = tmp_path / "key.recovery"
    written = officerdesk(env, "recovery-file", "--profile", str(root), str(kept), stdin=PASSPHRASE + "\n")
    assert written.returncode == 0 and "Recovery file written" in written.stdout, written.stderr
    refused(officerdesk(env, "recovery-file", "--profile", str(root), str(tmp_path / "short.recovery"),
                        stdin="short\n"), "at least")

    secrets.forget_database_key(profile_id)
    secrets.forget_device_token(profile_id)
    refused(officerdesk(env, "recover", "--profile", str(root), "--file", str(kept), stdin="blue harbour\n"),
            "passphrase does not open")
    refused(officerdesk(env, "recover", "--profile", str(root), "--file", str(tmp_path / "nowhere.recovery"),
                        stdin=PASSPHRASE + "\n"), "not an OfficerDesk recovery file")
    assert secrets.database_key(profile_id) is None
    done = officerdesk(env, "recover", "--profile", str(root), "--file", str(kept), stdin=PASSPHRASE + "\n")
    assert done.returncode == 0 and "back in the OS keyring" in done.stdout, done.stderr
    assert secrets.database_key(profile_id) == key

    secrets.forget_database_key(profile_id)
    refused(officerdesk(env, "recover", "--profile", str(root), "--hq", escrow_hq.url,
                        "--code", "AAAA-BBBB-CCCC-DDDD-EEEE"), "HQ refused the recovery code")
    refused(officerdesk(env, "recover", "--profile", str(root), "--hq", escrow_hq.url, "--code", "x"),
            "20 letters and digits")
    refused(officerdesk(env, "recover", "--profile", str(root), "--hq", f"http://127.0.0.1:{free_port()}",
                        "--code", "AAAA-BBBB-CCCC-DDDD-EEEE"), "cannot reach HQ")
    assert secrets.database_key(profile_id) is None
    code = recovery_code(escrow_hq, device_id)
    done = officerdesk(env, "recover", "--profile", str(root), "--hq", escrow_hq.url, "--code", code)
    assert done.returncode == 0 and f"this laptop is device {device_id} again" in done.stdout, done.stderr
    assert secrets.database_key(profile_id) == key
    refused(officerdesk(env, "recover", "--profile", str(root), "--code", code), "already used")
    synced = officerdesk(env, "sync", "--profile", str(root), "--json")  # the new token works
    assert synced.returncode == 0, synced.stderr


def test_take_in_from_the_command_line(escrow_hq: EscrowHQ, env: dict[str, str], tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    officer_id = officer(escrow_hq, "최서연")
    _old_profile, old_device = enrolled_laptop(escrow_hq, old, "최서연", officer_id)
    store = open_store(old)
    with store.session_factory.begin() as s:
        records.create(s, "contact", post_id=sync_state(s).post_id, values={"name": "Left on the old laptop"})
    kept = backup.make_backup(store)
    store.close()
    enrolled_laptop(escrow_hq, new, "최서연", officer_id)

    refused(officerdesk(env, "take-in", "--profile", str(new), str(tmp_path / "none.db"), "--code", "AAAA-BBBB"),
            "no such backup file")
    refused(officerdesk(env, "take-in", "--profile", str(new), str(kept), "--code", "AAAA-BBBB-CCCC-DDDD-EEEE"),
            "HQ refused the recovery code")
    refused(officerdesk(env, "take-in", "--profile", str(new), str(kept), "--code", "AAAA-BBBB-CCCC-DDDD-EEEE",
                        "--attachments", str(tmp_path / "no-folder")), "no such attachment folder")
    done = officerdesk(env, "take-in", "--profile", str(new), str(kept), "--code",
                       recovery_code(escrow_hq, old_device), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"old_device_id": old_device, "pushed": 1, "rejected": 0, "files_sent": 0,
                                       "files_missing": [], "retired": True}
    found = officerdesk(env, "sync", "--profile", str(old))  # the old laptop, found again
    refused(found, "HQ refused this device")
