"""Which keyring holds the database key, chosen in a fresh process as the app starts: the backend
named by PYTHON_KEYRING_BACKEND, else keyringrc.cfg's, else the platform's own without keyring's
discovery, else keyring's discovery among keyring's own OS backends only (a plain-file keyring is
used when named, never found); fail and null are refused whichever way they come."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Asks secrets for the keyring (and a key, when argv[2] names a profile id) with the platform's
# list replaced by argv[1] (comma-separated; "-" keeps the real one).
# TEST_DISCOVERABLE widens what discovery may pick: the tests' file keyrings then stand for an OS
# keyring outside the platform's list (this machine has no second one that answers).
CHOOSE = """
import json, os, sys
from officerdesk import secrets
from officerdesk.errors import KeyringError
if sys.argv[1] != "-":
    secrets.PLATFORM_BACKENDS = {p: tuple(sys.argv[1].split(",")) for p in ("linux", "win32", "darwin")}
if os.environ.get("TEST_DISCOVERABLE"):
    secrets.DISCOVERABLE += (os.environ["TEST_DISCOVERABLE"],)
out = {}
try:
    if len(sys.argv) > 2:
        out["key"] = (secrets.database_key(sys.argv[2]) or b"").hex()
    out["backend"] = secrets.backend_name()
except KeyringError as exc:
    out["error"] = str(exc)
out["discovery ran"] = "keyring.backends.macOS" in sys.modules  # discovery imports every backend
print(json.dumps(out))
"""
PLATFORM = "tests.file_keyrings.PlatformKeyring"
OTHER = "tests.file_keyrings.OtherKeyring"
UNUSABLE = "tests.file_keyrings.UnusableKeyring"
CHAINER = "keyring.backends.chainer.ChainerBackend"  # discovery's answer when several backends work


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.update(
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
        # no desktop keyring answers, wherever the tests run
        DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path / 'no-bus'}",
        TEST_PLATFORM_KEYRING=str(tmp_path / "platform.json"), TEST_OTHER_KEYRING=str(tmp_path / "other.json"),
        PYTHONPATH=str(ROOT),
    )
    return env


def choose(env: dict[str, str], platform: str, *args: str) -> dict[str, str]:
    done = subprocess.run([sys.executable, "-c", CHOOSE, platform, *args], env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    got: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return got


def config(env: dict[str, str], backend: str) -> None:
    folder = Path(env["XDG_CONFIG_HOME"]) / "python_keyring"
    folder.mkdir(parents=True)
    (folder / "keyringrc.cfg").write_text(f"[backend]\ndefault-keyring={backend}\n", encoding="utf-8")


def test_the_environment_variable_wins(env: dict[str, str]) -> None:
    config(env, "keyring.backends.null.Keyring")
    env["PYTHON_KEYRING_BACKEND"] = OTHER
    got = choose(env, PLATFORM)
    assert got["backend"] == OTHER and not got["discovery ran"]


def test_the_config_file_wins_over_the_platform(env: dict[str, str]) -> None:
    config(env, OTHER)
    got = choose(env, PLATFORM)
    assert got["backend"] == OTHER and not got["discovery ran"]


def test_the_platform_keyring_is_taken_without_discovery(env: dict[str, str]) -> None:
    got = choose(env, f"{UNUSABLE},{PLATFORM}")  # the first does not answer: the next is tried
    assert got == {"backend": PLATFORM, "discovery ran": False}


def _registered(env: dict[str, str], *args: str) -> dict[str, str]:
    """`choose` with the tests' file keyrings registered, so keyring's discovery sees them."""
    script = f"import tests.file_keyrings\n{CHOOSE}"
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    got: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return got


def test_no_platform_keyring_falls_back_to_discovery(env: dict[str, str]) -> None:
    env["TEST_DISCOVERABLE"] = "tests.file_keyrings"
    assert _registered(env, UNUSABLE) == {"backend": CHAINER, "discovery ran": True}


def test_discovery_never_picks_a_file_keyring(env: dict[str, str]) -> None:
    """keyrings.alt's plain file keyring (installed here) and the tests' file keyrings all work,
    and discovery would choose them; without a name the app refuses instead."""
    pytest.importorskip("keyrings.alt.file", reason="keyrings.alt is what discovery would find: dev extra")
    got = _registered(env, UNUSABLE)
    assert got["discovery ran"] and "No usable OS keyring" in got["error"] and "only when named" in got["error"]


@pytest.mark.parametrize("named", ["env", "config"])
def test_a_plain_file_keyring_named_explicitly_is_used(env: dict[str, str], named: str) -> None:
    pytest.importorskip("keyrings.alt.file", reason="the real plain file keyring comes with the dev extra")
    plain = "keyrings.alt.file.PlaintextKeyring"
    if named == "env":
        env["PYTHON_KEYRING_BACKEND"] = plain
    else:
        config(env, plain)
    got = choose(env, UNUSABLE, "p1")
    assert got == {"key": "", "backend": plain, "discovery ran": False}


@pytest.mark.parametrize("named", ["env", "config"])
def test_a_named_null_keyring_is_refused(env: dict[str, str], named: str) -> None:
    if named == "env":
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    else:
        config(env, "keyring.backends.null.Keyring")
    got = choose(env, PLATFORM)
    assert "No usable OS keyring" in got["error"]


def test_a_key_the_platform_keyring_lacks_is_found_where_discovery_looks(env: dict[str, str]) -> None:
    """An older version stored the key through keyring's discovery (here a chain whose first
    working backend is OtherKeyring); it is still found, and that keyring stays in force."""
    key = "ab" * 32
    Path(env["TEST_OTHER_KEYRING"]).write_text(json.dumps({"OfficerDesk/db-key:p1": key}), encoding="utf-8")
    env["TEST_DISCOVERABLE"] = "tests.file_keyrings"
    assert _registered(env, PLATFORM, "p1") == {"key": key, "backend": CHAINER, "discovery ran": True}


def test_a_key_in_a_file_keyring_is_not_read_unless_it_is_named(env: dict[str, str]) -> None:
    key = "ab" * 32
    Path(env["TEST_OTHER_KEYRING"]).write_text(json.dumps({"OfficerDesk/db-key:p1": key}), encoding="utf-8")
    assert _registered(env, PLATFORM, "p1") == {"key": "", "backend": PLATFORM, "discovery ran": True}


def test_a_key_in_the_platform_keyring_needs_no_discovery(env: dict[str, str]) -> None:
    key = "cd" * 32
    Path(env["TEST_PLATFORM_KEYRING"]).write_text(json.dumps({"OfficerDesk/db-key:p1": key}), encoding="utf-8")
    got = choose(env, PLATFORM, "p1")
    assert got == {"key": key, "backend": PLATFORM, "discovery ran": False}
