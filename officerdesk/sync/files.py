"""Attachment files and finalised briefs between the laptop and HQ (docs/sync.md, "Blobs", "Briefs").

Uploads are resumable: HEAD asks HQ how many bytes it has, PATCH sends the rest in chunks and
the blob's `uploaded` offset is saved after each one. Downloads are content-addressed: the bytes
must hash to the name asked for, or they are thrown away. A file HQ does not have yet (its
author's laptop has not uploaded it) is simply tried again on the next round.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import attachments
from officerdesk.core.models import Attachment, Blob, Brief
from officerdesk.errors import NetworkError, UserError
from officerdesk.protocol import wire as p
from officerdesk.sync.client import ProtocolRefused, ServerError

if TYPE_CHECKING:
    from officerdesk.sync.engine import Round

CHUNK = 1 << 20


def upload_blobs(rnd: Round) -> None:
    folder = rnd.store.paths.attachments
    with rnd.session() as s:
        todo = [b.sha256 for b in s.scalars(select(Blob).where(Blob.uploaded < Blob.size))]
    for sha in todo:
        rnd.step(0.1, "Sending attached files")
        try:
            with rnd.session() as s:
                data = attachments.read_blob(s, folder, sha)
            _upload(rnd, sha, data)
        except (ProtocolRefused, UserError) as exc:
            if isinstance(exc, ServerError):
                raise
            # one file HQ refuses (too large) or that is damaged here must not stop the sync
            rnd.report.rejections.append(f"File {sha[:12]}… was not sent: {exc}")
            continue
        rnd.report.uploaded_files += 1


def _upload(rnd: Round, sha: str, data: bytes) -> None:
    found = rnd.client.blob_offset(sha)
    offset, complete = found if found else (0, False)
    while not complete and offset < len(data):
        rnd.step(0.1, "Sending attached files")
        offset = rnd.client.blob_patch(sha, offset, len(data), data[offset:offset + CHUNK])
        _save_offset(rnd, sha, min(offset, len(data)))
        complete = offset >= len(data)
    _save_offset(rnd, sha, len(data))


def _save_offset(rnd: Round, sha: str, offset: int) -> None:
    with rnd.session() as s:
        blob = s.get(Blob, sha)
        if blob is not None:
            blob.uploaded = offset


def download_blobs(rnd: Round) -> None:
    folder = rnd.store.paths.attachments
    with rnd.session() as s:
        wanted = attachments.missing(s)
    for sha, key in wanted:
        rnd.step(0.8, "Receiving attached files")
        data = _download(rnd, sha)
        if data is None:
            continue
        with rnd.session() as s:
            key_hex = key or attachments.key_for(s, sha) or _new_key(s, sha)
            attachments.store_blob(s, folder, data, key_hex, uploaded=len(data))
        rnd.report.downloaded_files += 1


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


def send_briefs(rnd: Round) -> None:
    """Upload finalised briefs (sent_state "queued") and mark them sent; HQ dedupes by SHA-256."""
    with rnd.session() as s:
        queued = [b.id for b in s.scalars(select(Brief).where(Brief.sent_state == "queued", Brief.deleted.is_(False)))]
    for brief_id in queued:
        rnd.step(0.15, "Sending briefs to HQ")
        with rnd.session() as s:
            brief = s.get(Brief, brief_id)
            assert brief is not None
            try:
                upload = _brief_upload(rnd.store.paths.root, brief)
            except UserError as exc:  # one unreadable brief must not stop the rest of the sync
                rnd.report.rejections.append(exc.message)
                continue
        rnd.client.send_brief(upload)
        with rnd.session(remote=False) as s:  # an ordinary edit: "sent" reaches the post's other laptops
            brief = s.get(Brief, brief_id)
            if brief is not None:
                brief.sent_state = "sent"
                if not brief.sha256:
                    brief.sha256 = upload.sha256
        rnd.report.briefs_sent += 1


def _brief_upload(root: Path, brief: Brief) -> p.BriefUpload:
    path = Path(brief.path)
    if not path.is_absolute():
        path = root / path
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise UserError(
            f"The brief '{brief.title}' cannot be sent: its PDF {path} is missing ({exc.strerror}).",
            f"브리프 '{brief.title}'을(를) 보낼 수 없습니다. PDF 파일 {path}이(가) 없습니다.",
        ) from exc
    sha = hashlib.sha256(pdf).hexdigest()
    if brief.sha256 and sha != brief.sha256:
        raise UserError(
            f"The brief '{brief.title}' was not sent: its PDF {path} changed after it was finalised.",
            f"브리프 '{brief.title}'을(를) 보내지 않았습니다. 확정 후 PDF 파일 {path}이(가) 변경되었습니다.",
        )
    return p.BriefUpload(
        id=brief.id, kind=brief.kind, title=brief.title, period=brief.period,
        language=brief.language, classification=brief.classification, sha256=sha,
        pdf_base64=base64.b64encode(pdf).decode("ascii"),
    )
