"""The briefs an officer generated: recorded as drafts, finalised with their SHA-256, queued for HQ.

The sync engine uploads briefs whose `sent_state` is "queued" (the PDF is read from `path`).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import dto as d
from officerdesk.core import kinds
from officerdesk.core.models import Brief, SyncState
from officerdesk.core.report_dto import BriefHeading, BriefIssue, BriefSummary
from officerdesk.core.services import issue_settings as issue_settings_file
from officerdesk.core.services import records
from officerdesk.errors import UserError


def sha256_of(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


# Crockford's base-32 letters: no I, L, O or U to misread in a number copied by hand
_CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
SERIES_LETTERS = 4


def series(session: Session) -> str:
    """This laptop's series tag in document numbers, from its site id (made once per profile, never
    shared): two laptops of one post number in separate series, offline, without asking HQ."""
    state = session.get(SyncState, 1)
    site = state.site_id if state is not None else ""
    digest = base64.b32encode(hashlib.sha256(site.encode()).digest()).decode()
    return digest.translate(_CROCKFORD)[:SERIES_LETTERS]


def next_number(session: Session, post_code: str, year: int) -> str:
    """The next document number of this laptop's series for `post_code` in `year`:
    "WAS-2026-K7QD-0042". Counted over every brief record here, deleted ones too, so a number once
    given is never given again."""
    prefix = f"{post_code.upper() or 'HQ'}-{year}-{series(session)}-"
    taken = session.scalars(select(Brief.doc_number).where(Brief.doc_number.startswith(prefix, autoescape=True))).all()
    last = max((int(n[len(prefix):]) for n in taken if n[len(prefix):].isdigit()), default=0)
    return f"{prefix}{last + 1:04d}"


def issue_settings(settings_file: Path) -> tuple[str, str, str]:
    """(HQ division, 직위, contact) as the officer set them in the profile's settings.json."""
    saved = issue_settings_file.read(settings_file)
    return saved.hq_division, saved.officer_title, saved.officer_contact


def issue(session: Session, *, post_code: str, settings_file: Path | None = None, final: bool, today: dt.date | None = None) -> BriefIssue:
    """The official furniture of a brief about to be saved: numbered and dated when `final`."""
    recipient, title, contact = issue_settings(settings_file) if settings_file else ("", "", "")
    if not final:
        return BriefIssue(recipient=recipient, sender_title=title, sender_contact=contact)
    day = today or dt.date.today()
    return BriefIssue(next_number(session, post_code, day.year), recipient, title, contact, day)


def record(session: Session, *, post_id: str, kind: str, title: str, scope: str, period: str, language: str, classification: str,
           pdf: bytes, path: str, summary: str = "", doc_number: str = "", brief_id: str | None = None) -> d.BriefDTO:
    """Note a brief that was just written to `path` (a draft until finalised); with `brief_id`,
    the draft saved before is updated instead (a finalised brief is never rewritten)."""
    values = {
        "kind": kind, "title": title[:500], "scope": scope[:200], "period": period[:32],
        "language": language, "classification": classification, "sha256": sha256_of(pdf), "path": path,
        "summary": summary, "doc_number": doc_number,
    }
    if brief_id is not None:
        before = records.get(session, kinds.BRIEF.name, brief_id)
        assert isinstance(before, d.BriefDTO)
        if before.finalised:
            raise UserError("This brief is already finalised; build a new one.", "이미 확정된 보고서입니다. 새로 만드십시오.")
        dto = records.update(session, kinds.BRIEF.name, brief_id, values)
    else:
        dto = records.create(session, kinds.BRIEF.name, post_id=post_id, values={**values, "finalised": False, "sent_state": "draft"})
    assert isinstance(dto, d.BriefDTO)
    return dto


def save(session: Session, *, pdf: bytes, target: Path, heading: BriefHeading, kind: str, title: str, scope: str,
         language: str, final: bool = False, summary: BriefSummary | None = None, doc_number: str = "",
         brief_id: str | None = None) -> d.BriefDTO:
    """Saving a brief, for the command line and the New Brief dialog alike: the file (PDF, or a
    Word copy) written whole (or not at all), then noted under this laptop's post as a draft,
    finalised when `final`, with the summary the officer left and the number it was issued under.
    A failed write records nothing; a failed record leaves a complete file the officer can keep."""
    from officerdesk.core.brief_files import write_atomically
    from officerdesk.core.services import identity

    if final and not doc_number:
        raise UserError("A finalised brief needs its document number.", "확정하는 보고서에는 문서번호가 있어야 합니다.")
    if doc_number and session.scalar(select(Brief.id).where(Brief.doc_number == doc_number, Brief.id != (brief_id or ""))):
        raise UserError(f"Document number {doc_number} is already used.", f"문서번호 {doc_number}은(는) 이미 쓰였습니다.")
    target = target.expanduser().resolve()
    write_atomically(target, pdf)
    entry = record(
        session, post_id=identity.require(session).post_id, kind=kind, title=title, scope=scope,
        period=heading.period.code if heading.period else "", language=language,
        classification=heading.classification, pdf=pdf, path=str(target),
        summary=summary.to_text() if summary else "", doc_number=doc_number, brief_id=brief_id,
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
