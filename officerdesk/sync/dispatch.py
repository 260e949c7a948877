"""Finalised briefs to HQ (docs/sync.md, "Briefs").

The PDF goes up resumably in chunks, exactly as an attachment's file does (`files.upload`), so
a brief of any size HQ advertises it accepts reaches it; then the brief is filed (its metadata,
idempotent by SHA-256). A brief HQ refuses, or whose PDF cannot be read here, stays queued with
its reason in `brief_dispatch` and is tried again after a pause that doubles with each refusal:
it never stops the records' push and pull. A connection that breaks mid-PDF costs nothing: the
next round goes on from HQ's offset.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from officerdesk.core.models import Brief, BriefDispatch, utcnow
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import NetworkError, UserError
from officerdesk.protocol import wire as p
from officerdesk.sync import files
from officerdesk.sync.client import ProtocolRefused, ServerError

if TYPE_CHECKING:
    from officerdesk.sync.engine import Round

SENDING = "Sending briefs to HQ"
# A refusal rarely goes away by itself (a PDF too large, not a PDF): asking again every few
# minutes would only cost the link; a day is the longest an officer waits for a fixed HQ.
FIRST_PAUSE = dt.timedelta(minutes=15)
LONGEST_PAUSE = dt.timedelta(hours=24)


def pause_after(refusals: int) -> dt.timedelta:
    """How long a brief refused `refusals` times in a row waits before the next try."""
    doublings: int = min(max(refusals - 1, 0), 16)
    return min(LONGEST_PAUSE, FIRST_PAUSE * (1 << doublings))


def send_briefs(rnd: Round) -> None:
    """Send the briefs finalised on this laptop that are queued and due; mark each one sent."""
    due, limit = rnd.run(_due)
    for brief_id in due:
        rnd.step(0.15, SENDING)
        try:
            sha = _send(rnd, brief_id, limit)
        except NetworkError as exc:
            # nothing was refused: HQ keeps what arrived and the next round goes on from there;
            # the other briefs wait too (the link is down), the records still get their turn
            _hold(rnd, brief_id, f"sending stopped half-way ({exc}); it goes on from there next time", refused=False)
            return
        except ServerError:
            raise  # HQ answers nonsense: the rest of the round would fare no better
        except UserError as exc:
            _hold(rnd, brief_id, exc.message, refused=True)
            continue
        _sent(rnd, brief_id, sha)


def _due(s: Session) -> tuple[list[str], int]:
    """The briefs due to be sent, and the largest PDF HQ accepts."""
    due = s.scalars(
        select(Brief.id).outerjoin(BriefDispatch, BriefDispatch.brief_id == Brief.id).where(
            # another laptop's brief has no PDF here (HQ never passes `path` on): not ours to send
            Brief.sent_state == "queued", Brief.deleted.is_(False), Brief.path != "",
            or_(BriefDispatch.retry_at.is_(None), BriefDispatch.retry_at <= utcnow()),
        ).order_by(Brief.id)).all()
    return list(due), sync_state(s).max_blob_bytes or p.MAX_BLOB_BYTES


def _send(rnd: Round, brief_id: str, limit: int) -> str:
    stored, sha, fields = rnd.run(lambda s: _queued(s, brief_id))
    filing, pdf = _filing(rnd.store.paths.root, stored, sha, fields)  # the file is read off the lane
    if len(pdf) > limit:
        raise UserError(
            f"its PDF is {len(pdf):,} bytes and HQ accepts files of at most {limit:,} bytes.",
            f"PDF 파일이 {len(pdf):,}바이트로, 본부 서버가 받는 최대 크기({limit:,}바이트)를 넘습니다.",
        )
    files.upload(rnd, filing.sha256, pdf, SENDING)
    try:
        rnd.client.file_brief(filing)
    except ProtocolRefused as exc:
        if exc.code != "doc_number_taken":
            raise
        # two laptops of a post whose series tags collide (docs/decisions.md): say what to do
        raise UserError(
            f"HQ already holds another brief of this post numbered {filing.doc_number}. "
            "Build the brief again and finalise the new one: it takes the next number.",
            f"본부에 이 공관의 다른 보고서가 문서번호 {filing.doc_number}(으)로 이미 있습니다. "
            "보고서를 다시 만들어 확정하면 다음 번호를 받습니다.",
        ) from exc
    return filing.sha256


def _queued(s: Session, brief_id: str) -> tuple[str, str, dict[str, str]]:
    """A queued brief's PDF path, its SHA-256 as finalised (or "") and the fields HQ files."""
    brief = s.get(Brief, brief_id)
    assert brief is not None
    fields = dict(id=brief.id, kind=brief.kind, title=brief.title, period=brief.period,
                  language=brief.language, classification=brief.classification, doc_number=brief.doc_number or "")
    return brief.path, brief.sha256, fields


def _filing(root: Path, stored: str, finalised: str, fields: dict[str, str]) -> tuple[p.BriefFiling, bytes]:
    path = Path(stored)
    if not path.is_absolute():
        path = root / path
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise UserError(
            f"its PDF {path} is missing ({exc.strerror}).",
            f"PDF 파일 {path}이(가) 없습니다({exc.strerror}).",
        ) from exc
    sha = hashlib.sha256(pdf).hexdigest()
    if finalised and sha != finalised:
        raise UserError(
            f"its PDF {path} changed after it was finalised.",
            f"확정 후 PDF 파일 {path}이(가) 변경되었습니다.",
        )
    return p.BriefFiling(**fields, sha256=sha), pdf


def _hold(rnd: Round, brief_id: str, problem: str, *, refused: bool) -> None:
    """Keep the brief queued with its reason (and, for a refusal, the time of the next try)."""

    def hold(s: Session) -> tuple[str, str]:
        brief = s.get(Brief, brief_id)
        title = brief.title if brief is not None else brief_id
        row = s.get(BriefDispatch, brief_id)
        if row is None:
            row = BriefDispatch(brief_id=brief_id, problem="", refusals=0)
            s.add(row)
        row.problem = problem[:2000]
        if refused:
            row.refusals += 1
            row.retry_at = utcnow() + pause_after(row.refusals)
        when = f" It will be tried again after {row.retry_at:%Y-%m-%d %H:%M} UTC." if refused and row.retry_at else ""
        return title, when

    title, when = rnd.run(hold)
    rnd.report.briefs_held += 1
    rnd.report.rejections.append(f"The brief '{title}' was not sent: {problem.rstrip('.')}.{when}")


def _sent(rnd: Round, brief_id: str, sha: str) -> None:
    def mark(s: Session) -> None:
        brief = s.get(Brief, brief_id)
        if brief is not None:
            brief.sent_state = "sent"
            if not brief.sha256:
                brief.sha256 = sha
        row = s.get(BriefDispatch, brief_id)
        if row is not None:
            s.delete(row)

    rnd.run(mark, remote=False)  # an ordinary edit: "sent" reaches the post's other laptops
    rnd.report.briefs_sent += 1
