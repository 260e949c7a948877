"""HQ's settings file: the secrets that must live outside the database, today the audit key.

A small TOML file, by default `hq-settings.toml` in the HQ data dir; `$OFFICERDESK_HQ_SETTINGS`
or `--settings FILE` names another. `serve` and the admin commands that write create it on first
use (mode 0600, a random key); it must stay readable by the HQ user only, because anyone who reads
the audit key can rewrite the audit chain undetected. It is kept out of the database (and so out
of `pg_dump`) on purpose: someone who can write the database must not also hold the key.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

SETTINGS_ENV = "OFFICERDESK_HQ_SETTINGS"
FILE_NAME = "hq-settings.toml"
KEY_BYTES = 32
_HEADER = """\
# OfficerDesk HQ settings (docs/hq.md, "The audit log"). Mode 0600: readable by the HQ user only.
# Keep a copy off-box, apart from the database backups: without audit_key the audit chain cannot be
# verified, and whoever holds it together with write access to the database can rewrite the chain.
"""


class SettingsError(Exception):
    """The settings file is missing, unreadable, too open or malformed; the message says which and how to fix it."""


def key_id(secret: bytes) -> str:
    """A short public name for a key: it may appear in the chain and in messages, the key never does."""
    return hashlib.sha256(b"officerdesk-hq audit key id\0" + secret).hexdigest()[:16]


@dataclass(frozen=True)
class AuditKeys:
    """The key new audit rows are signed with, and the keys of earlier rotations (to verify old rows)."""

    current: bytes
    previous: tuple[bytes, ...] = ()
    source: str = ""  # the file they came from, for messages

    @property
    def current_id(self) -> str:
        return key_id(self.current)

    def by_id(self) -> dict[str, bytes]:
        return {key_id(k): k for k in (*self.previous, self.current)}


def settings_path(override: str | os.PathLike[str] | None = None) -> Path:
    chosen = override or os.environ.get(SETTINGS_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from officerdesk.hq.database import data_dir

    return data_dir() / FILE_NAME


def load_audit_keys(path: Path | None = None, *, create: bool) -> AuditKeys:
    """The audit keys from the settings file; with `create`, a missing file is made with a new key."""
    path = path or settings_path()
    if not path.exists():
        if not create:
            raise SettingsError(f"no audit key: the HQ settings file {path} does not exist "
                                f"(give --settings FILE or set ${SETTINGS_ENV} to the file HQ uses)")
        _create(path, AuditKeys(secrets.token_bytes(KEY_BYTES)))
    return _read(path)


def rotate_audit_key(path: Path) -> tuple[AuditKeys, Path]:
    """Write the next settings (a new current key, the old one kept as previous) beside `path`.

    Returns the new keys and the staged file; `commit_staged` puts it in place once the chain's
    rotation row is committed, so a failure in between leaves the old file in use."""
    old = _read(path)
    new = AuditKeys(secrets.token_bytes(KEY_BYTES), (*old.previous, old.current), str(path))
    staged = path.with_name(path.name + ".next")
    staged.unlink(missing_ok=True)
    _write_new(staged, new)
    return new, staged


def commit_staged(staged: Path, path: Path) -> None:
    os.replace(staged, path)


def _text(keys: AuditKeys) -> str:
    previous = ", ".join(f'"{k.hex()}"' for k in keys.previous)
    return (f"{_HEADER}\naudit_key = \"{keys.current.hex()}\"\n"
            "# keys of earlier rotations, oldest first: verify-audit needs them for the rows they signed\n"
            f"previous_audit_keys = [{previous}]\n")


def _write_new(path: Path, keys: AuditKeys) -> None:
    """Create `path` with mode 0600 from the first byte; FileExistsError if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(_text(keys))
        out.flush()
        os.fsync(out.fileno())


def _create(path: Path, keys: AuditKeys) -> None:
    # written whole under a temporary name, then linked: a second process starting at the same time
    # either wins the link or reads the complete file, never a half-written one
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    _write_new(tmp, keys)
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass  # another process made it first: use theirs
    finally:
        tmp.unlink(missing_ok=True)


def _read(path: Path) -> AuditKeys:
    try:
        mode = path.stat().st_mode
        if sys.platform != "win32" and mode & 0o077:
            raise SettingsError(f"the HQ settings file {path} has loose permissions ({mode & 0o777:o}): "
                                f"it holds the audit key; run `chmod 600 {path}`")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"cannot read the HQ settings file {path}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"the HQ settings file {path} is not valid TOML: {exc}") from None
    current = _key(path, "audit_key", data.get("audit_key"))
    raw_previous = data.get("previous_audit_keys", [])
    if not isinstance(raw_previous, list):
        raise SettingsError(f"{path}: previous_audit_keys must be a list of keys")
    previous = tuple(_key(path, "previous_audit_keys", k) for k in raw_previous)
    return AuditKeys(current, previous, str(path))


def _key(path: Path, name: str, value: object) -> bytes:
    if not isinstance(value, str) or len(value) != 2 * KEY_BYTES:
        raise SettingsError(f"{path}: {name} must be {2 * KEY_BYTES} hexadecimal digits")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise SettingsError(f"{path}: {name} must be {2 * KEY_BYTES} hexadecimal digits") from None
