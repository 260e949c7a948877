"""Company requests and their workflow (DOMAIN.md): only the allowed moves, history kept."""

from __future__ import annotations

from sqlalchemy.orm import Session

from officerdesk.core import dto as d
from officerdesk.core import enums, kinds
from officerdesk.core.models import CompanyRequest, StatusChange, utcnow
from officerdesk.core.services import records
from officerdesk.core.services.validation import clean_field
from officerdesk.errors import ValidationError, WorkflowError
from officerdesk.protocol import rules

NEEDS_OUTCOME = rules.NEEDS_OUTCOME  # the one rule, shared with HQ (protocol/rules.py)


def next_statuses(status: str) -> tuple[str, ...]:
    return enums.allowed_moves(status)


def check_outcome(to_status: str, outcome: str | None) -> None:
    """Refuse a move into a status that needs the request's outcome while it has none. The message is
    a whole sentence: it is shown under the Outcome field as it is, without the field's key."""
    if rules.outcome_missing(to_status, outcome):
        raise ValidationError(
            "outcome",
            f"An outcome is needed before the request can move to {enums.label(enums.STATUS, to_status)}",
            f"'{enums.label(enums.STATUS, to_status, 'ko')}'(으)로 바꾸기 전에 처리 결과를 입력해야 합니다",
        )


def transition(session: Session, request_id: str, to_status: str, *, note: str = "", expected_from: str | None = None) -> d.RecordDTO:
    """Move a request along the workflow; an illegal or stale move changes nothing."""
    if to_status not in enums.STATUS:
        raise ValidationError("status", f"{to_status!r} is not a status", f"{to_status!r}은(는) 상태 값이 아닙니다")
    obj = records.load(session, kinds.COMPANY_REQUEST.name, request_id)
    assert isinstance(obj, CompanyRequest)
    if expected_from is not None and obj.status != expected_from:
        raise WorkflowError(
            f"The request is now {enums.label(enums.STATUS, obj.status)}, not {enums.label(enums.STATUS, expected_from)}; reload and try again.",
            f"요청 상태가 이미 '{enums.label(enums.STATUS, obj.status, 'ko')}'(으)로 바뀌었습니다. 다시 불러온 뒤 시도하십시오.",
        )
    if to_status not in enums.allowed_moves(obj.status):
        raise WorkflowError(
            f"A request that is {enums.label(enums.STATUS, obj.status)} cannot move to {enums.label(enums.STATUS, to_status)}.",
            f"'{enums.label(enums.STATUS, obj.status, 'ko')}' 상태의 요청은 '{enums.label(enums.STATUS, to_status, 'ko')}'(으)로 바꿀 수 없습니다.",
        )
    check_outcome(to_status, obj.outcome)
    change = StatusChange(
        post_id=obj.post_id,
        classification=obj.classification,
        request_id=obj.id,
        from_status=obj.status,
        to_status=to_status,
        at=utcnow(),
        note=clean_field(StatusChange, "note", note),
    )
    obj.status = to_status
    if to_status == "escalated":
        obj.escalated = True
    session.add(change)
    session.flush()
    return records.get(session, kinds.COMPANY_REQUEST.name, request_id)
