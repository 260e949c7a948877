"""Files attached to records, stored by SHA-256 and encrypted on disk (AES-256-GCM).

Each stored file has its own key, kept in the Attachment row (inside the encrypted database);
the nonce is kept in the Blob row and the SHA-256 is the authenticated data, so a file swapped
on disk for another one fails to open. Two attachments of the same content share one blob and
its key. The folder is the profile's `attachments/` (ProfilePaths.attachments).
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import dto as d
from officerdesk.core import kinds
from officerdesk.core.models import Attachment, Blob
from officerdesk.core.services import records
from officerdesk.errors import UserError

MAX_FILE_BYTES = 64 << 20  # protocol.MAX_BLOB_BYTES: HQ takes nothing larger


def blob_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def key_for(session: Session, sha256: str) -> str | None:
    """The hex key an existing attachment of this content was stored with."""
    return session.scalar(
        select(Attachment.file_key).where(Attachment.sha256 == sha256, Attachment.file_key != "").limit(1)
    )


def store_blob(session: Session, folder: Path, data: bytes, key_hex: str, *, uploaded: int = 0) -> Blob:
    """Encrypt `data` into the folder under its SHA-256 (once); returns its Blob row."""
    if len(data) > MAX_FILE_BYTES:
        raise UserError(
            f"The file is too large ({len(data):,} bytes; the limit is {MAX_FILE_BYTES:,}).",
            f"파일이 너무 큽니다({len(data):,}바이트, 한도 {MAX_FILE_BYTES:,}바이트).",
        )
    sha = hashlib.sha256(data).hexdigest()
    blob = session.get(Blob, sha)
    if blob is not None and blob_path(folder, sha).exists():
        return blob
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(bytes.fromhex(key_hex)).encrypt(nonce, data, sha.encode())
    target = blob_path(folder, sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(sealed)
    os.replace(tmp, target)
    if blob is None:
        blob = Blob(sha256=sha, size=len(data), path=str(target.relative_to(folder)), uploaded=uploaded, nonce=nonce)
        session.add(blob)
    else:
        blob.nonce, blob.size, blob.path = nonce, len(data), str(target.relative_to(folder))
    session.flush()
    return blob


def read_blob(session: Session, folder: Path, sha256: str) -> bytes:
    """The plaintext bytes of a stored blob, checked against its SHA-256."""
    blob = session.get(Blob, sha256)
    key_hex = key_for(session, sha256)
    if blob is None or key_hex is None:
        raise UserError(f"The file {sha256[:12]}… is not on this laptop yet.", f"파일 {sha256[:12]}…이(가) 아직 이 노트북에 없습니다.")
    try:
        sealed = (folder / blob.path).read_bytes()
        data = AESGCM(bytes.fromhex(key_hex)).decrypt(blob.nonce, sealed, sha256.encode())
    except (OSError, InvalidTag, ValueError) as exc:
        raise UserError(
            f"The stored file {sha256[:12]}… is missing or damaged ({type(exc).__name__}).",
            f"저장된 파일 {sha256[:12]}…이(가) 없거나 손상되었습니다.",
        ) from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise UserError(f"The stored file {sha256[:12]}… does not match its checksum.", "저장된 파일의 체크섬이 맞지 않습니다.")
    return data


def add(
    session: Session,
    folder: Path,
    *,
    owner_type: str,
    owner_id: str,
    data: bytes,
    filename: str,
    mime: str = "application/octet-stream",
) -> d.RecordDTO:
    """Attach a file to a record: encrypt it into the folder, add Blob and Attachment rows."""
    owner = records.load(session, owner_type, owner_id)
    sha = hashlib.sha256(data).hexdigest()
    key_hex = key_for(session, sha) or secrets.token_bytes(32).hex()
    store_blob(session, folder, data, key_hex)
    values = {"sha256": sha, "filename": filename, "size": len(data), "mime": mime,
              "owner_type": owner_type, "owner_id": owner_id, "file_key": key_hex}
    return records.create(session, kinds.ATTACHMENT.name, post_id=owner.post_id, values=values)


def read(session: Session, folder: Path, attachment_id: str) -> bytes:
    att = records.load(session, kinds.ATTACHMENT.name, attachment_id)
    assert isinstance(att, Attachment)
    return read_blob(session, folder, att.sha256)


def of_record(session: Session, owner_type: str, owner_id: str) -> list[d.RecordDTO]:
    """A record's live attachments, oldest first."""
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.owner_type == owner_type, Attachment.owner_id == owner_id, Attachment.deleted.is_(False))
        .order_by(Attachment.created_at)
    ).all()
    return records.to_dtos(session, rows)


def missing(session: Session) -> list[tuple[str, str]]:
    """(sha256, key) of attachments whose file is not on this laptop (pulled from HQ, not fetched yet)."""
    rows = session.execute(
        select(Attachment.sha256, Attachment.file_key)
        .outerjoin(Blob, Blob.sha256 == Attachment.sha256)
        .where(Blob.sha256.is_(None), Attachment.deleted.is_(False), Attachment.sha256 != "")
    ).all()
    seen: dict[str, str] = {}
    for sha, key in rows:
        if key or sha not in seen:
            seen[sha] = key
    return list(seen.items())
