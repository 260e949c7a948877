"""Attachment files between the laptop and HQ (docs/sync.md, "Blobs"); a brief's PDF goes up the
same way (sync/dispatch.py).

Uploads are resumable: HEAD asks HQ how many bytes it has, PATCH sends the rest in chunks and
the blob's `uploaded` offset is saved after each one. Downloads are content-addressed: the bytes
must hash to the name asked for, or they are thrown away. A file HQ does not have yet (its
author's laptop has not uploaded it) is simply tried again on the next round.
"""

from __future__ import annotations

import hashlib
import secrets
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import attachments
from officerdesk.core.models import Attachment, Blob
from officerdesk.errors import NetworkError, UserError
from officerdesk.sync.client import ProtocolRefused, ServerError

if TYPE_CHECKING:
    from officerdesk.sync.engine import Round

CHUNK = 1 << 20


def upload_blobs(rnd: Round) -> None:
    folder = rnd.store.paths.attachments
    todo = rnd.run(lambda s: list(s.scalars(select(Blob.sha256).where(Blob.uploaded < Blob.size))))
    for sha in todo:
        rnd.step(0.1, "Sending attached files")
        try:
            data = rnd.run(partial(attachments.read_blob, folder=folder, sha256=sha))
            upload(rnd, sha, data, "Sending attached files")
        except (ProtocolRefused, UserError) as exc:
            if isinstance(exc, ServerError):
                raise
            # one file HQ refuses (too large) or that is damaged here must not stop the sync
            rnd.report.rejections.append(f"File {sha[:12]}… was not sent: {exc}")
            continue
        rnd.report.uploaded_files += 1


def upload(rnd: Round, sha: str, data: bytes, message: str) -> None:
    """Send what HQ does not have yet of the file `sha`, in chunks, from HQ's own offset: a
    connection that broke mid-file (this round or an earlier one) costs at most one chunk."""
    found = rnd.client.blob_offset(sha)
    offset, complete = found if found else (0, False)
    while not complete and offset < len(data):
        rnd.step(0.1, message)
        offset = rnd.client.blob_patch(sha, offset, len(data), data[offset:offset + CHUNK])
        _save_offset(rnd, sha, min(offset, len(data)))
        complete = offset >= len(data)
    _save_offset(rnd, sha, len(data))


def _save_offset(rnd: Round, sha: str, offset: int) -> None:
    def save(s: Session) -> None:
        blob = s.get(Blob, sha)
        if blob is not None:
            blob.uploaded = offset

    rnd.run(save)


def download_blobs(rnd: Round) -> None:
    folder = rnd.store.paths.attachments
    wanted = rnd.run(attachments.missing)
    for sha, key in wanted:
        rnd.step(0.8, "Receiving attached files")
        data = _download(rnd, sha)
        if data is None:
            continue
        rnd.run(partial(_store, folder=folder, data=data, sha=sha, key=key))
        rnd.report.downloaded_files += 1


def _store(s: Session, folder: Path, data: bytes, sha: str, key: str) -> None:
    key_hex = key or attachments.key_for(s, sha) or _new_key(s, sha)
    attachments.store_blob(s, folder, data, key_hex, uploaded=len(data))


def _download(rnd: Round, sha: str) -> bytes | None:
    """The verified bytes, resuming after a broken connection from the byte where it broke."""
    data = bytearray()
    for attempt in range(rnd.client.retry.attempts):
        try:
            if not rnd.client.blob_fetch(sha, data):
                return None  # not at HQ yet
            break
        except ProtocolRefused as exc:
            rnd.report.rejections.append(f"File {sha[:12]}… was not received: {exc}")
            return None
        except NetworkError:
            if attempt + 1 >= rnd.client.retry.attempts:
                raise
            rnd.client.sleep(rnd.client.retry.delay(attempt))
    if hashlib.sha256(data).hexdigest() != sha:
        return None  # a torn or wrong file is never stored; the next round fetches it again
    return bytes(data)


def _new_key(s: Session, sha: str) -> str:
    key = secrets.token_bytes(32).hex()
    for att in s.scalars(select(Attachment).where(Attachment.sha256 == sha, Attachment.file_key == "")):
        att.file_key = key  # a remote session: stays on this laptop
    return key
