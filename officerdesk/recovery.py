"""Getting a lost database key back, and what a locked profile can still do (docs/hq.md, "Key escrow").

Like profiles.py, the one place where recovery meets the OS keyring. Every way in proves the key
against the database (read-only) before the keyring keeps it, and none of them creates, moves or
writes the database file: a key that does not open it changes nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from officerdesk import secrets
from officerdesk.core.store import recovery_file
from officerdesk.core.store.db import Store, enrolled_device, key_opens, read_profile_id
from officerdesk.errors import UserError
from officerdesk.paths import ProfilePaths, profile_paths
from officerdesk.sync import escrow
from officerdesk.sync.enrolment import hq_settings
from officerdesk.sync.lane import run_unit

if TYPE_CHECKING:
    from officerdesk.sync.engine import SyncReport


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
    """Recover through HQ: the key is proven (before the code is spent), then kept; so is the
    device's new token, which the spent code made the device's own (the old one stopped working)."""
    paths = profile_paths(root)
    profile_id = _locked_profile(paths)
    known = options(root)
    url = hq_url or known.hq_url
    if not url:
        raise UserError("This profile does not know its HQ address: give --hq URL.",
                        "이 프로필은 본부 주소를 모릅니다. --hq URL을 지정하십시오.")
    ca = ca_bundle or hq_settings(paths).get("ca_bundle") or None
    got = _spent_if_it_opens(paths.database, url, code, device_id=known.device_id or None, ca=ca,
                             transport=transport, not_opened=lambda _got: _not_this_database(paths))
    secrets.store_database_key(profile_id, got.key)
    secrets.store_device_token(profile_id, got.token)
    return Result(profile_id, got.device_id, token_restored=True)


def _spent_if_it_opens(database: Path, url: str, code: str, *, not_opened: Callable[[escrow.RecoveredDevice], UserError],
                       device_id: str | None = None, ca: str | None = None,
                       transport: httpx.BaseTransport | None = None,
                       refuse: Callable[[escrow.RecoveredDevice], None] | None = None,
                       shown_as: Path | None = None) -> escrow.RecoveredDevice:
    """The one recovery sequence, for a locked profile and an old laptop's backup alike: HQ's box is
    fetched and opened here, `refuse` may turn it down, the key must open `database` (read-only)
    and the database must be the device's the code was issued for; only then is the code spent.
    Anything that does not fit leaves the code good for the laptop it was issued for. `shown_as`:
    the file the officer named, when `database` is a copy of it."""
    named = shown_as or database

    def fits(got: escrow.RecoveredDevice) -> None:
        if refuse is not None:
            refuse(got)
        enrolled_as = enrolled_device(database, got.key)
        if enrolled_as is None:
            raise not_opened(got)
        if enrolled_as != got.device_id:
            raise UserError(f"{named} is the database of device {enrolled_as or '(not enrolled)'}, "
                            f"not of {got.device_id} the recovery code is for; the code was not spent.",
                            f"{named}은(는) 복구 코드의 기기 {got.device_id}가 아니라 "
                            f"{enrolled_as or '(미등록)'}의 데이터베이스입니다. 코드는 사용되지 않았습니다.")

    return escrow.recover(url, code, device_id=device_id, ca_bundle=ca, transport=transport, check=fits)


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


# ---- device replacement: an old laptop's backup taken in by its successor ------------------------


@dataclass(frozen=True)
class TakenIn:
    old_device_id: str
    pushed: int
    rejected: int
    files_sent: int = 0
    files_missing: tuple[str, ...] = ()  # unsent attachments whose file was not beside the backup


class _OneKey:
    """DatabaseKeys for a copy of an old laptop's backup: the recovered key, nothing kept."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def backend_name(self) -> str:
        return "recovered"

    def database_key(self, profile_id: str) -> bytes | None:
        return self.key

    def create_database_key(self, profile_id: str) -> bytes:
        raise UserError("a backup being taken in is never given a new key")


def attachments_beside(backup: Path) -> Path | None:
    """The old profile's attachment folder when the backup is still in (or beside) that profile:
    `<profile>/backups/x.db` -> `<profile>/attachments`, or an `attachments` folder next to it."""
    for folder in ((backup.parent.parent / "attachments") if backup.parent.name == "backups" else None,
                   backup.parent / "attachments"):
        if folder is not None and folder.is_dir():
            return folder
    return None


def take_in(store: Store, backup: str | os.PathLike[str], code: str, *,
            attachments: str | os.PathLike[str] | None = None,
            transport: httpx.BaseTransport | None = None) -> TakenIn:
    """Send the unsynced edits and attachment files of an old laptop's backup to HQ, once, as the
    old device; then retire the old device at HQ.

    The recovery code (issued for the OLD device) brings its key and a new token for it. A copy of
    the backup is opened with that key; the files it had not uploaded are copied (still encrypted,
    their keys are in the backup) from the old profile's attachment folder, and sent as a sync sends
    them (content-addressed: a file HQ has is not sent again); then its pending outbox is pushed
    with the old device's own mutation numbers, so HQ's exactly-once rule holds: what HQ already has
    is a duplicate, never a new edit. Last, the old device is revoked at HQ (audited
    `device_retired`), so the lost laptop cannot sync again if found. This laptop receives the
    edits and files through its ordinary pull. The backup and the old folder are only read."""
    import json
    import tempfile

    from officerdesk.core.store import db
    from officerdesk.core.write.changes import sync_state

    source = Path(backup)
    if not source.is_file():
        raise UserError(f"{source}: no such backup file", f"{source}: 백업 파일이 없습니다")
    folder_of_files = Path(attachments) if attachments else attachments_beside(source)
    if attachments and not Path(attachments).is_dir():
        raise UserError(f"{attachments}: no such attachment folder", f"{attachments}: 첨부 파일 폴더가 없습니다")
    url, own_device = run_unit(store, None, lambda s: (sync_state(s).hq_url, sync_state(s).device_id))
    if not url or not own_device:
        raise UserError("Enrol this laptop with HQ first: the old laptop's edits go through HQ.",
                        "먼저 이 노트북을 본부에 등록하십시오. 이전 노트북의 편집은 본부를 거쳐 옵니다.")
    ca = hq_settings(store.paths).get("ca_bundle") or None

    def not_this_laptop(got: escrow.RecoveredDevice) -> None:
        if got.device_id == own_device:
            raise UserError("This recovery code is for this laptop itself; there is nothing to take in. "
                            "The code was not spent.",
                            "이 복구 코드는 이 노트북 자신의 것입니다. 코드는 사용되지 않았습니다.")

    def not_a_backup_of(got: escrow.RecoveredDevice) -> UserError:
        return UserError(f"The recovered key does not open {source}: it is not a backup of device {got.device_id}. "
                         "The code was not spent.",
                         f"복구한 키로 {source}을(를) 열 수 없습니다(기기 {got.device_id}의 백업이 아님). "
                         "코드는 사용되지 않았습니다.")

    with tempfile.TemporaryDirectory(prefix="officerdesk-take-in-") as folder:
        paths = profile_paths(folder)
        shutil.copyfile(source, paths.database)  # proven on a copy: the backup itself is only read
        got = _spent_if_it_opens(paths.database, url, code, ca=ca, transport=transport,
                                 refuse=not_this_laptop, not_opened=not_a_backup_of, shown_as=source)
        paths.profile_file.write_text(json.dumps({"profile_id": "take-in"}), encoding="utf-8")
        old = db.open_store(folder, keys=_OneKey(got.key), create=False)
        try:
            epoch = run_unit(old, None, lambda s: sync_state(s).epoch)
            missing = _copy_unsent_files(old, folder_of_files)
            report = _send_as_old_device(old, url, got.token, epoch, ca, transport)
            _retire(url, got.token, own_device, ca, transport)
        finally:
            old.close()
    return TakenIn(got.device_id, report.pushed, report.rejected, report.uploaded_files, missing)


def _copy_unsent_files(old: Store, source: Path | None) -> tuple[str, ...]:
    """Copy the encrypted files the backup had not finished uploading into the copy's folder;
    the SHA-256s of those not found (no folder, or a file gone from it)."""
    from sqlalchemy import select

    from officerdesk.core.models import Blob

    unsent = run_unit(old, None, lambda s: list(s.execute(select(Blob.sha256, Blob.path)
                                                           .where(Blob.uploaded < Blob.size))))
    missing: list[str] = []
    for sha, relative in unsent:
        found = source / relative if source is not None else None
        if found is None or not found.is_file():
            missing.append(sha)
            continue
        target = old.paths.attachments / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(found, target)
    return tuple(missing)


def _send_as_old_device(old: Store, url: str, token: str, epoch: str, ca: str | None,
                        transport: httpx.BaseTransport | None) -> SyncReport:
    """Files, then edits, as a sync sends them (an attachment's file before its record's edits)."""
    from officerdesk.sync import files
    from officerdesk.sync.client import HQClient
    from officerdesk.sync.engine import Round, SyncReport, push

    with HQClient(url, token, ca_bundle=ca, transport=transport) as client:
        client.epoch = epoch  # the backup's own view of HQ: a reset HQ refuses, as for any push
        rnd = Round(old, client, SyncReport(), None, None)
        files.upload_blobs(rnd)
        push(rnd)
    return rnd.report


def _retire(url: str, token: str, successor: str, ca: str | None, transport: httpx.BaseTransport | None) -> None:
    from officerdesk.errors import AuthError
    from officerdesk.sync.client import HQClient

    # AuthError: a retry after a lost answer finds the token already revoked, which is the point
    with HQClient(url, token, ca_bundle=ca, transport=transport) as client, contextlib.suppress(AuthError):
        client.retire_device(successor)
