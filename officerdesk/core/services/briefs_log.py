"""The briefs an officer generated: recorded as drafts, finalised with their SHA-256, queued for HQ.

The sync engine uploads briefs whose `sent_state` is "queued" (the PDF is read from `path`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from officerdesk.core import dto as d
from officerdesk.core import kinds
from officerdesk.core.report_dto import BriefHeading
from officerdesk.core.services import records
from officerdesk.errors import UserError


def sha256_of(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def record(session: Session, *, post_id: str, kind: str, title: str, scope: str, period: str, language: str, classification: str, pdf: bytes, path: str) -> d.BriefDTO:
    """Note a brief that was just written to `path` (a draft until finalised)."""
    dto = records.create(session, kinds.BRIEF.name, post_id=post_id, values={
        "kind": kind, "title": title[:500], "scope": scope[:200], "period": period[:32],
        "language": language, "classification": classification, "sha256": sha256_of(pdf), "path": path,
        "finalised": False, "sent_state": "draft",
    })
    assert isinstance(dto, d.BriefDTO)
    return dto


def save(session: Session, *, pdf: bytes, target: Path, heading: BriefHeading, kind: str, title: str, scope: str,
         language: str, final: bool = False) -> d.BriefDTO:
    """Saving a brief, for the command line and the New Brief dialog alike: the PDF written whole
    (or not at all), then noted under this laptop's post as a draft, finalised when `final`. A
    failed write records nothing; a failed record leaves a complete file the officer can keep."""
    from officerdesk.core.brief_files import write_atomically
    from officerdesk.core.services import identity

    target = target.expanduser().resolve()
    write_atomically(target, pdf)
    entry = record(
        session, post_id=identity.require(session).post_id, kind=kind, title=title, scope=scope,
        period=heading.period.code if heading.period else "", language=language,
        classification=heading.classification, pdf=pdf, path=str(target),
    )
    return finalise(session, entry.id) if final else entry


def finalise(session: Session, brief_id: str) -> d.BriefDTO:
    """Fix the brief as sent: its SHA-256 is taken from the file as it is now, and it is queued for HQ."""
    brief = records.get(session, kinds.BRIEF.name, brief_id)
    assert isinstance(brief, d.BriefDTO)
    if brief.finalised:
        return brief
    path = Path(brief.path)
    try:
        digest = sha256_of(path.read_bytes())
    except OSError as exc:
        raise UserError(
            f"The brief's file cannot be read ({path}): {exc.strerror or exc}",
            f"보고서 파일을 읽을 수 없습니다({path}): {exc.strerror or exc}",
        ) from None
    updated = records.update(session, kinds.BRIEF.name, brief_id, {"sha256": digest, "finalised": True, "sent_state": "queued"})
    assert isinstance(updated, d.BriefDTO)
    return updated


def queued(session: Session) -> list[d.BriefDTO]:
    """Finalised briefs waiting to be sent to HQ."""
    rows = records.list_records(session, kinds.BRIEF.name, records.Filter())
    return [b for b in rows if isinstance(b, d.BriefDTO) and b.sent_state == "queued"]
