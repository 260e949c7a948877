"""Two small keyring backends for the tests of how the keyring is chosen (tests/test_secrets.py):
each keeps its secrets in a JSON file named by an environment variable, so separate processes
share them. Not for an officer's key."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties


class _FileKeyring(KeyringBackend):
    variable = ""

    @property
    def path(self) -> Path:
        return Path(os.environ[self.variable])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self.path.write_text(json.dumps(data), encoding="utf-8")


class PlatformKeyring(_FileKeyring):
    """Stands in for the platform's own keyring (listed in secrets.PLATFORM_BACKENDS by a test)."""

    priority = 0.2  # below keyring's discovery's pick, so discovery never chooses it
    variable = "TEST_PLATFORM_KEYRING"


class OtherKeyring(_FileKeyring):
    """What keyring's discovery finds: the viable backend with the highest priority here."""

    priority = 0.9
    variable = "TEST_OTHER_KEYRING"


class UnusableKeyring(KeyringBackend):
    """A platform keyring whose daemon does not answer: not viable."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's class property
        raise RuntimeError("the keyring daemon is not running")

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("never used")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("never used")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("never used")
