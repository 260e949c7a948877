"""Getting a lost database key back, and what a locked profile can still do (docs/hq.md, "Key escrow").

Like profiles.py, the one place where recovery meets the OS keyring. Every way in proves the key
against the database (read-only) before the keyring keeps it, and none of them creates, moves or
writes the database file: a key that does not open it changes nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import httpx

from officerdesk import secrets
from officerdesk.core.store import recovery_file
from officerdesk.core.store.db import Store, key_opens, read_profile_id
from officerdesk.errors import UserError
from officerdesk.paths import ProfilePaths, profile_paths
from officerdesk.sync import escrow
from officerdesk.sync.enrolment import hq_settings


@dataclass(frozen=True)
class Options:
    """The recoveries a locked profile really has: HQ escrow only when this laptop was enrolled
    (hq.json names its HQ and device); a recovery file and a new profile always."""

    hq_url: str
    device_id: str

    @property
    def escrow(self) -> bool:
        return bool(self.hq_url and self.device_id)


def options(root: str | os.PathLike[str] | None) -> Options:
    settings = hq_settings(profile_paths(root))
    return Options(str(settings.get("hq_url") or ""), str(settings.get("device_id") or ""))


@dataclass(frozen=True)
class Result:
    profile_id: str
    device_id: str = ""
    token_restored: bool = False


def _locked_profile(paths: ProfilePaths) -> str:
    if not (paths.database.exists() and paths.database.stat().st_size > 0):
        raise UserError(f"There is no database at {paths.database} to recover a key for.",
                        f"{paths.database}에 키를 복구할 데이터베이스가 없습니다.")
    profile_id = read_profile_id(paths)
    if profile_id is None:
        raise UserError(f"{paths.profile_file} is missing: the keyring entry cannot be named. Nothing was changed.",
                        f"{paths.profile_file}이(가) 없어 키링 항목을 정할 수 없습니다. 아무것도 변경하지 않았습니다.")
    return profile_id


def _not_this_database(paths: ProfilePaths) -> UserError:
    return UserError(f"The recovered key does not open {paths.database}: it belongs to another profile or device. "
                     "Nothing was changed.",
                     f"복구한 키로 {paths.database}을(를) 열 수 없습니다(다른 프로필 또는 기기의 키). "
                     "아무것도 변경하지 않았습니다.")


def recover_with_code(root: str | os.PathLike[str] | None, code: str, *, hq_url: str = "",
                      ca_bundle: str | None = None, transport: httpx.BaseTransport | None = None) -> Result:
    """Recover through HQ: the key is proven, then kept; so is the device's new token when the code
    was for this laptop's own device (HQ retired the old one)."""
    paths = profile_paths(root)
    profile_id = _locked_profile(paths)
    known = options(root)
    url = hq_url or known.hq_url
    if not url:
        raise UserError("This profile does not know its HQ address: give --hq URL.",
                        "이 프로필은 본부 주소를 모릅니다. --hq URL을 지정하십시오.")
    ca = ca_bundle or hq_settings(paths).get("ca_bundle") or None
    got = escrow.recover(url, code, device_id=known.device_id or None, ca_bundle=ca, transport=transport)
    if not key_opens(paths.database, got.key):
        raise _not_this_database(paths)
    secrets.store_database_key(profile_id, got.key)
    secrets.store_device_token(profile_id, got.token)
    return Result(profile_id, got.device_id, token_restored=True)


def recover_with_file(root: str | os.PathLike[str] | None, file: str | os.PathLike[str], passphrase: str) -> Result:
    paths = profile_paths(root)
    profile_id = _locked_profile(paths)
    found = recovery_file.read(Path(file), passphrase)
    if not key_opens(paths.database, found.key):
        raise _not_this_database(paths)
    secrets.store_database_key(profile_id, found.key)
    return Result(profile_id)


def export_file(store: Store, target: str | os.PathLike[str], passphrase: str, *,
                n: int = recovery_file.SCRYPT_N) -> Path:
    """Settings -> Security: the open profile's key, wrapped with the officer's passphrase."""
    return recovery_file.write(Path(target), profile_id=store.profile_id, key=store.key, passphrase=passphrase, n=n)
