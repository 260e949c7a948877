"""stats, check, backup and restore as a user runs them: separate processes, a real keyring file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

MAKE_PROFILE = """
import sys
from officerdesk.profiles import open_store
from officerdesk.core.services import identity, records
st = open_store(sys.argv[1])
with st.session_factory.begin() as s:
    ident = identity.set_up(s, officer_name="Park", post_code="GVA")
    records.create(s, "trend_note", post_id=ident.post_id, values={"title": "WIPO 디지털 전환", "topic": "WIPO"})
st.close()
"""


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "officerdesk", *args], env=env, capture_output=True, text=True, timeout=120)


def test_stats_check_backup_restore(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    profile = tmp_path / "p"
    subprocess.run([sys.executable, "-c", MAKE_PROFILE, str(profile)], env=file_keyring_env, check=True, timeout=120)

    got = run(file_keyring_env, "stats", "--profile", str(profile), "--json")
    assert got.returncode == 0, got.stderr
    stats = json.loads(got.stdout)
    assert stats["counts"]["trend_note"] == 1 and stats["pending"] == 1

    got = run(file_keyring_env, "check", "--profile", str(profile), "--json")
    assert got.returncode == 0, got.stderr
    report = json.loads(got.stdout)
    assert report["integrity"] == "ok" and report["schema"] == report["schema_head"]
    assert report["encryption"].startswith("SQLCipher")

    backup = tmp_path / "b.db"
    got = run(file_keyring_env, "backup", "--profile", str(profile), "-o", str(backup))
    assert got.returncode == 0, got.stderr
    assert backup.stat().st_size > 0 and not backup.read_bytes().startswith(b"SQLite format 3")
    assert got.stdout.strip() == f"backed up to {backup.resolve()} (encrypted with this profile's key; verified)"

    got = run(file_keyring_env, "restore", "--profile", str(profile), str(backup))
    assert got.returncode == 0, got.stderr
    assert "restored" in got.stdout
    assert json.loads(run(file_keyring_env, "stats", "--profile", str(profile), "--json").stdout)["counts"]["trend_note"] == 1


def test_errors_are_one_line_with_exit_codes(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    got = run(file_keyring_env, "stats", "--profile", str(tmp_path / "nothing"))
    assert got.returncode == 1
    assert got.stderr.count("\n") == 1 and "No OfficerDesk profile" in got.stderr
    assert "Traceback" not in got.stderr

    got = run(file_keyring_env, "stats", "--bogus")
    assert got.returncode == 2

    profile = tmp_path / "p"
    subprocess.run([sys.executable, "-c", MAKE_PROFILE, str(profile)], env=file_keyring_env, check=True, timeout=120)
    (tmp_path / "junk.db").write_bytes(b"\x00" * 8192)
    got = run(file_keyring_env, "restore", "--profile", str(profile), str(tmp_path / "junk.db"))
    assert got.returncode == 1 and "not a backup" in got.stderr and "Traceback" not in got.stderr

    # a locked profile: the keyring lost its key
    env = dict(file_keyring_env, XDG_DATA_HOME=str(tmp_path / "other-keyring"))
    got = run(env, "stats", "--profile", str(profile))
    assert got.returncode == 1 and "key is missing" in got.stderr

    env = dict(file_keyring_env, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    got = run(env, "stats", "--profile", str(profile))
    assert got.returncode == 1 and "keyring" in got.stderr.lower() and "Traceback" not in got.stderr


def test_a_keyring_backend_that_cannot_load_is_one_clear_line(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    env = dict(file_keyring_env, PYTHON_KEYRING_BACKEND="nothere.Backend")
    got = run(env, "seed", "--profile", str(tmp_path / "p"), "--records", "50")
    assert got.returncode == 1 and "Traceback" not in got.stderr
    assert "PYTHON_KEYRING_BACKEND" in got.stderr and "cannot be loaded" in got.stderr
    assert not (tmp_path / "p" / "officerdesk.db").exists()
