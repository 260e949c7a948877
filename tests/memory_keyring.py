"""An in-memory keyring for tests, benchmarks and screenshot runs on throw-away profiles.

It lives outside the officerdesk package on purpose: the app itself only ever uses a real keyring
backend, and never this one.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict, forgotten at exit: for tests, benchmarks and screenshot runs on
    throw-away profiles, never for an officer's key. Install it with `keyring.set_keyring`."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)
