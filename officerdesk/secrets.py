"""The only module that talks to `keyring`: the database key and the HQ device token.

keyring's `fail` backend raises and its `null` backend silently forgets; either would lose the
database key, so both are refused with a message that says what to do instead.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from officerdesk.errors import KeyringError

SERVICE = "OfficerDesk"
KEY_BYTES = 32

_REFUSED = {"keyring.backends.fail", "keyring.backends.null"}

_HELP = (
    "No usable OS keyring was found, so OfficerDesk cannot keep its database key safe. "
    "Start the desktop keyring (Secret Service, e.g. GNOME Keyring or KWallet), or name a "
    "backend explicitly with PYTHON_KEYRING_BACKEND."
)
_HELP_KO = (
    "사용할 수 있는 OS 키링이 없어 데이터베이스 키를 안전하게 보관할 수 없습니다. "
    "데스크톱 키링(Secret Service)을 실행하거나 PYTHON_KEYRING_BACKEND로 백엔드를 지정하십시오."
)


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if inner is not None:
        return list(inner)
    return [backend]


def backend() -> KeyringBackend:
    """The keyring in force, refused when it is `fail`, `null` or an empty chain."""
    try:
        kr = keyring.get_keyring()
    except ImportError as exc:  # PYTHON_KEYRING_BACKEND names a backend that is not installed
        raise KeyringError(
            f"The keyring backend named in PYTHON_KEYRING_BACKEND cannot be loaded ({exc}).",
            f"PYTHON_KEYRING_BACKEND에 지정한 키링 백엔드를 불러올 수 없습니다({exc}).",
        ) from exc
    leaves = _leaf_backends(kr)
    usable = [b for b in leaves if type(b).__module__ not in _REFUSED]
    if not usable:
        raise KeyringError(_HELP, _HELP_KO)
    return kr


def backend_name() -> str:
    kr = backend()
    return f"{type(kr).__module__}.{type(kr).__name__}"


def _get(name: str) -> str | None:
    try:
        return backend().get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringError(f"The keyring refused to read {name}: {exc}") from exc


def _set(name: str, value: str) -> None:
    try:
        backend().set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise KeyringError(f"The keyring refused to store {name}: {exc}") from exc
    if _get(name) != value:
        raise KeyringError(
            f"The keyring did not keep {name}; refusing to continue so the key is not lost. {_HELP}",
            _HELP_KO,
        )


def _delete(name: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend().delete_password(SERVICE, name)


def database_key(profile_id: str) -> bytes | None:
    value = _get(f"db-key:{profile_id}")
    if value is None:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def create_database_key(profile_id: str) -> bytes:
    import secrets as _random  # a new key only: reading one needs no CSPRNG module

    key = _random.token_bytes(KEY_BYTES)
    _set(f"db-key:{profile_id}", key.hex())
    return key


def store_database_key(profile_id: str, key: bytes) -> None:
    _set(f"db-key:{profile_id}", key.hex())


def forget_database_key(profile_id: str) -> None:
    """Only for a throw-away profile (the self-test) whose database is deleted with it."""
    _delete(f"db-key:{profile_id}")


def device_token(profile_id: str) -> str | None:
    return _get(f"device-token:{profile_id}")


def store_device_token(profile_id: str, token: str) -> None:
    _set(f"device-token:{profile_id}", token)


def forget_device_token(profile_id: str) -> None:
    _delete(f"device-token:{profile_id}")
