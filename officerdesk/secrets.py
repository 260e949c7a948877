"""The only module that talks to `keyring`: the database key and the HQ device token.

keyring's `fail` backend raises and its `null` backend silently forgets; either would lose the
database key, so both are refused with a message that says what to do instead.

Which keyring: the backend named by PYTHON_KEYRING_BACKEND, else the one named in keyring's config
file (keyringrc.cfg), else the platform's own (Secret Service or KWallet on Linux, the Windows
Credential Locker, the macOS Keychain) when it answers, else what keyring's discovery finds among
keyring's own OS backends. Discovery never picks anything else: keyrings.alt's plain and
"encrypted" files (or any other file or third-party backend) would put the database key in a file
beside the database, so they are used only when named; otherwise the app refuses, saying how to
name one. keyring's discovery imports every backend it knows and asks each whether it works (on Linux the
macOS one alone runs `ldconfig`, ~70 ms): every start would pay it to find the backend the
platform list names first. A secret the platform's keyring does not have is still looked up
where keyring's discovery would have looked (a key written by an older version through keyring's
chain of backends is found), so nothing that could be read before is missed now.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend

from officerdesk.errors import KeyringError

SERVICE = "OfficerDesk"
KEY_BYTES = 32

_REFUSED = {"keyring.backends.fail", "keyring.backends.null"}

# The OS keyring of each platform, tried in this order (keyring's own priorities: KWallet before
# Secret Service on a KDE desktop).
SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
KWALLET = "keyring.backends.kwallet.DBusKeyring"
PLATFORM_BACKENDS: dict[str, tuple[str, ...]] = {
    "linux": (SECRET_SERVICE, KWALLET),
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
    "darwin": ("keyring.backends.macOS.Keyring",),
}

# What keyring's discovery may choose: keyring's own backends (fail and null are refused later, and
# its chainer only chains what this allows). A module prefix, so a test can widen it in its process.
DISCOVERABLE: tuple[str, ...] = ("keyring.backends.",)

# The platform backend this module put in force, and keyring's discovery once asked (on a miss).
_platform_pick: KeyringBackend | None = None
_discovered: list[KeyringBackend] = []

_HELP = (
    "No usable OS keyring was found, so OfficerDesk cannot keep its database key safe. "
    "Start the desktop keyring (Secret Service, e.g. GNOME Keyring or KWallet), or name a "
    "backend explicitly with PYTHON_KEYRING_BACKEND (a plain-file keyring is used only when named)."
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


def platform_candidates() -> tuple[str, ...]:
    names = PLATFORM_BACKENDS.get("linux" if sys.platform.startswith("linux") else sys.platform, ())
    if KWALLET in names and "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").split(":"):
        names = (KWALLET, *(n for n in names if n != KWALLET))
    return names


def platform_backend() -> KeyringBackend | None:
    """The first of the platform's keyrings that loads and answers; None when none does."""
    for name in platform_candidates():
        module_name, _, class_name = name.rpartition(".")
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
            if cls.viable:  # the backend's own check (Secret Service: the daemon answers on D-Bus)
                found: KeyringBackend = cls()
                return found
        except Exception:  # a backend that cannot load or start here is not this platform's
            continue
    return None


def discoverable(kr: KeyringBackend) -> bool:
    """Whether keyring's discovery may choose `kr` (a plain-file backend must be named instead)."""
    return type(kr).__module__.startswith(DISCOVERABLE)


def _discover() -> None:
    keyring.core.init_backend(limit=discoverable)  # nothing allowed found: `fail`, refused in backend()


def _in_force() -> KeyringBackend:
    """keyring's backend in force; the first time, chosen as described in the module's docstring."""
    global _platform_pick
    if keyring.core._keyring_backend is None:  # nothing chosen yet (tests and tools set their own)
        named = keyring.core.load_env() or keyring.core.load_config()
        if named is None:
            _platform_pick = named = platform_backend()
        if named is not None:
            keyring.set_keyring(named)
        else:
            _discover()
    return keyring.get_keyring()


def backend() -> KeyringBackend:
    """The keyring in force, refused when it is `fail`, `null` or an empty chain."""
    try:
        kr = _in_force()
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
        kr = backend()
        value = kr.get_password(SERVICE, name)
        if value is None and kr is _platform_pick:
            value = _get_where_discovery_looks(kr, name)
        return value
    except keyring.errors.KeyringError as exc:
        raise KeyringError(f"The keyring refused to read {name}: {exc}") from exc


def _get_where_discovery_looks(picked: KeyringBackend, name: str) -> str | None:
    """A secret the platform's keyring lacks, looked up in the keyring keyring's discovery picks
    (a chain of several, or another backend); when found there, that keyring stays in force."""
    if not _discovered:
        _discover()  # nothing is named: see _in_force
        _discovered.append(keyring.get_keyring())
        keyring.set_keyring(picked)
    found = _discovered[0]
    if type(found) is type(picked) or not any(type(b).__module__ not in _REFUSED for b in _leaf_backends(found)):
        return None
    value = found.get_password(SERVICE, name)
    if value is not None:
        keyring.set_keyring(found)
    return value


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
