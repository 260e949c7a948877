"""Test set-up shared by every layer: an in-memory keyring and fresh profiles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from officerdesk.hq.settings_file import SETTINGS_ENV
from tests.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True, scope="session")
def hq_settings_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """HQ's settings file (its audit key) for every in-process HQ database and every HQ process a
    test starts (they inherit the environment), instead of one in the user's own data dir."""
    path = tmp_path_factory.mktemp("hq-settings") / "hq-settings.toml"
    previous = os.environ.get(SETTINGS_ENV)
    os.environ[SETTINGS_ENV] = str(path)
    yield path
    if previous is None:
        os.environ.pop(SETTINGS_ENV, None)
    else:
        os.environ[SETTINGS_ENV] = previous


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(previous)


@pytest.fixture
def file_keyring_env(tmp_path: Path) -> dict[str, str]:
    """Environment for CLI subprocesses: a plain file keyring, asked for by name, in tmp_path."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg-config")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture
def store(tmp_path: Path, memory_keyring: MemoryKeyring):  # type: ignore[no-untyped-def]
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store

    st = open_store(tmp_path / "profile")
    with st.session_factory.begin() as s:
        identity.set_up(s, officer_name="김민수", post_code="WAS")
    yield st
    st.close()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"shared/ data missing at {SHARED}")
    return SHARED
