"""Create, read, update, delete (tombstone), restore and list any record type.

Aggregate modules (requests, meetings, contacts ...) add their own rules on top; the generic
path here validates every field, keeps the tombstone, and builds DTOs with linked names resolved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from officerdesk.core import dto as d
from officerdesk.core import kinds
from officerdesk.core.listing import DATE_FIELD as DATE_FIELD
from officerdesk.core.listing import DEFAULT_ORDER as DEFAULT_ORDER
from officerdesk.core.listing import NO_FILTER, order_of
from officerdesk.core.listing import TITLE_FIELD as TITLE_FIELD
from officerdesk.core.listing import Filter as Filter
from officerdesk.core.models import (
    RECORD_TYPES,
    CompanyRequest,
    Conflict,
    Contact,
    FollowUp,
    Meeting,
    StatusChange,
    SyncRecord,
)
from officerdesk.core.search import index as search_index
from officerdesk.core.services import local_dates
from officerdesk.core.services.validation import clean_values
from officerdesk.errors import NotFound, ValidationError

DTO_TYPES: dict[str, type[d.RecordDTO]] = {k.name: k.dto for k in kinds.KINDS}

# Fields that only the workflow may set.
WORKFLOW_ONLY: dict[str, frozenset[str]] = {k.name: k.workflow for k in kinds.KINDS if k.workflow}


def model_for(record_type: str) -> type[SyncRecord]:
    try:
        return RECORD_TYPES[record_type]
    except KeyError:
        raise ValidationError("type", f"unknown record type {record_type!r}", f"알 수 없는 레코드 유형 {record_type!r}") from None


def to_dto(obj: SyncRecord, **extra: Any) -> d.RecordDTO:
    cls = DTO_TYPES[obj.record_type]
    copied, fields = _dto_plan(obj.record_type)
    kwargs: dict[str, Any] = {}
    for name in copied:
        if name not in extra:
            value = getattr(obj, name)
            kwargs[name] = tuple(value) if isinstance(value, list) else value
    for name, value in extra.items():
        if name in fields:
            kwargs[name] = value
    return cls(**kwargs)


@functools.cache
def _dto_plan(record_type: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The DTO fields read from the model (its mapped attributes, not its properties), and every
    DTO field: worked out once per record type, where every save and every list row asked again."""
    model = RECORD_TYPES[record_type]
    fields = [f.name for f in dataclasses.fields(DTO_TYPES[record_type])]
    copied = tuple(n for n in fields if hasattr(model, n) and not isinstance(getattr(model, n), property))
    return copied, frozenset(fields)


def _names(session: Session, cls: type[SyncRecord], ids: Iterable[str], attr: str) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(_names_query(cls, attr), {"id_1": list(wanted)}).all()
    return {row[0]: row[1] for row in rows}


# A list's linked names: record type -> (linked model, the id column, the name column, the DTO field).
LINKED_NAMES: dict[str, tuple[type[SyncRecord], str, str, str]] = {
    k.name: (kinds.named(k.link.kind).model(), k.link.column, k.link.name, k.link.field) for k in kinds.KINDS if k.link
}


def names_statement(cls: type[SyncRecord], attr: str, ids: Iterable[str]) -> Select[Any]:
    return _names_query(cls, attr).params(id_1=list(ids))


@functools.cache
def _names_query(cls: type[SyncRecord], attr: str) -> Select[Any]:
    """Linked records' names by id, the ids a parameter: built once, not per save. The
    parameter keeps the name SQLAlchemy gives an IN's values, which `core/store/quick_sql.py`
    (generated from this statement) expects."""
    return select(cls.id, getattr(cls, attr)).where(cls.id.in_(bindparam("id_1", expanding=True)))


def to_dtos(session: Session, objs: Sequence[SyncRecord]) -> list[d.RecordDTO]:
    """DTOs with linked names resolved in one query per link, not one per row."""
    if not objs:
        return []
    kind = objs[0].record_type
    if kind in LINKED_NAMES:
        linked, id_attr, name_attr, field = LINKED_NAMES[kind]
        names = _names(session, linked, (getattr(o, id_attr) for o in objs), name_attr)
        return [to_dto(o, **{field: names.get(getattr(o, id_attr) or "", "")}) for o in objs]
    if kind == Conflict.record_type:
        return [to_dto(o, target_title=_target_title(session, o)) for o in objs]  # type: ignore[arg-type]
    return [to_dto(o) for o in objs]


def _target_title(session: Session, c: Conflict) -> str:
    target = session.get(model_for(c.target_type), c.target_id)
    return to_dto(target).display_title if target is not None else c.target_id


def load(session: Session, record_type: str, record_id: str, *, include_deleted: bool = False) -> SyncRecord:
    cls = model_for(record_type)
    obj = session.get(cls, record_id)
    if obj is None or (obj.deleted and not include_deleted):
        raise NotFound(f"No {record_type.replace('_', ' ')} with id {record_id}", f"ID {record_id} 레코드가 없습니다")
    return obj


def get(session: Session, record_type: str, record_id: str) -> d.RecordDTO:
    obj = load(session, record_type, record_id)
    if isinstance(obj, CompanyRequest):
        return _request_detail(session, obj)
    if isinstance(obj, Meeting):
        return _meeting_detail(session, obj)
    return to_dtos(session, [obj])[0]


# A record's detail queries, built once with the id as a parameter: building a statement cost
# about as much as running it, once per opened or saved record.
_FOLLOW_UPS = {
    column: select(FollowUp)
    .where(getattr(FollowUp, column) == bindparam("id"), FollowUp.deleted.is_(False))
    .order_by(FollowUp.due)
    for column in ("request_id", "meeting_id")
}
_HISTORY = (
    select(StatusChange)
    .where(StatusChange.request_id == bindparam("id"))
    .order_by(StatusChange.at, StatusChange.created_hlc)
)


def _follow_ups(session: Session, **where: str) -> tuple[d.FollowUpDTO, ...]:
    (column, value), = where.items()
    rows = session.scalars(_FOLLOW_UPS[column], {"id": value}).all()
    return tuple(to_dto(r) for r in rows)  # type: ignore[misc]


def _request_detail(session: Session, obj: CompanyRequest) -> d.RecordDTO:
    history = session.scalars(_HISTORY, {"id": obj.id}).all()
    base = to_dtos(session, [obj])[0]
    assert isinstance(base, d.CompanyRequestDTO)
    return dataclasses.replace(
        base,
        history=tuple(to_dto(h) for h in history),  # type: ignore[misc]  # a status change's DTO
        follow_ups=_follow_ups(session, request_id=obj.id),
    )


def _meeting_detail(session: Session, obj: Meeting) -> d.RecordDTO:
    names = _names(session, Contact, obj.contact_ids, "name")
    return to_dto(
        obj,
        attendee_names=tuple(names[i] for i in obj.contact_ids if i in names),
        follow_ups=_follow_ups(session, meeting_id=obj.id),
    )


def _check_writable(record_type: str, values: dict[str, Any]) -> None:
    blocked = WORKFLOW_ONLY.get(record_type, frozenset()) & set(values)
    if blocked:
        name = sorted(blocked)[0]
        raise ValidationError(name, "changes only through the request workflow", "요청 처리 절차로만 변경할 수 있습니다")


def create(session: Session, record_type: str, *, post_id: str, values: dict[str, Any], workflow: bool = False) -> d.RecordDTO:
    cls = model_for(record_type)
    if not workflow:
        _check_writable(record_type, {k: v for k, v in values.items() if k != "status" or v != "received"})
    values = dict(values)
    record_id = values.pop("id", None)
    cleaned = clean_values(cls, values, creating=True)
    obj = cls(post_id=post_id, **cleaned)
    if record_id:
        obj.id = record_id
    session.add(obj)
    session.flush()
    return get(session, record_type, obj.id)


def update(session: Session, record_type: str, record_id: str, values: dict[str, Any]) -> d.RecordDTO:
    cls = model_for(record_type)
    _check_writable(record_type, values)
    obj = load(session, record_type, record_id)
    for name, value in clean_values(cls, values, creating=False).items():
        if name in ("id", "post_id"):
            raise ValidationError(name, "cannot be changed", "변경할 수 없습니다")
        setattr(obj, name, value)
    session.flush()
    return get(session, record_type, record_id)


def delete(session: Session, record_type: str, record_id: str) -> None:
    obj = load(session, record_type, record_id)
    obj.deleted = True
    session.flush()


def restore(session: Session, record_type: str, record_id: str) -> d.RecordDTO:
    obj = load(session, record_type, record_id, include_deleted=True)
    obj.deleted = False
    session.flush()
    return get(session, record_type, record_id)


def _select(record_type: str, flt: Filter, *, many: bool = False) -> Select[Any]:
    cls = model_for(record_type)
    stmt = select(cls)
    if not flt.include_deleted:
        stmt = stmt.where(cls.deleted.is_(False))
    if flt.post_id:
        stmt = stmt.where(cls.post_id == flt.post_id)
    if flt.text:
        stmt = _text_filter(stmt, cls, record_type, flt.text, many=many)
    for name in ("status", "category", "priority", "kind"):
        wanted = getattr(flt, name)
        if wanted and hasattr(cls, name):
            stmt = stmt.where(getattr(cls, name).in_(list(wanted)))
    date_col = DATE_FIELD.get(record_type)
    end = flt.date_to + dt.timedelta(days=1) if flt.date_to else None
    if date_col and cls is Meeting and (flt.date_from or end):
        # a meeting's date is its local date (its zone, else its post's), as the briefs count it
        stmt = stmt.where(local_dates.meetings_on_local_dates(flt.date_from, end))
    elif date_col:
        if flt.date_from:
            stmt = stmt.where(getattr(cls, date_col) >= flt.date_from)
        if end:
            stmt = stmt.where(getattr(cls, date_col) < end)
    if flt.open_only and cls is CompanyRequest:
        from officerdesk.core.enums import OPEN_STATUSES

        stmt = stmt.where(CompanyRequest.status.in_(OPEN_STATUSES))
    if flt.open_only and cls is FollowUp:
        stmt = stmt.where(FollowUp.done.is_(False))
    if flt.due_before and cls in (CompanyRequest, FollowUp):
        from officerdesk.core.enums import OPEN_STATUSES

        due = CompanyRequest.due if cls is CompanyRequest else FollowUp.due
        still_open = CompanyRequest.status.in_(OPEN_STATUSES) if cls is CompanyRequest else FollowUp.done.is_(False)
        stmt = stmt.where(due.is_not(None), due < flt.due_before, still_open)
    if flt.assignee and cls is CompanyRequest:
        stmt = stmt.where(or_(CompanyRequest.assignee_id == flt.assignee, CompanyRequest.assignee_id.is_(None)))
    if flt.open_only and cls is Conflict:
        stmt = stmt.where(Conflict.resolved.is_(False))
    return stmt


# A text that finds more records than this is filtered while the list is read in its order
# (see `_text_filter`); fewer are looked up by id and sorted.
MANY_MATCHES = 1000


def _text_filter(stmt: Select[Any], cls: type[SyncRecord], record_type: str, text: str, *, many: bool) -> Select[Any]:
    """Records the search index finds for the text (the one matching rule, shared with search
    everywhere: names in other scripts, Korean words inside compounds); a type outside the
    index (briefs, conflicts) matches its title's text.

    `many`: the text finds many records (a common word in 17,000 of 30,000 meetings). Looked up
    by id, each would be read and all sorted before the first page (1.7 s); with the id test
    kept off the id index (`id || ''`), SQLite reads the list in its order's index and stops at
    the page's end instead."""
    if record_type not in search_index.INDEXED_TYPES:
        return stmt.where(getattr(cls, TITLE_FIELD[record_type]).contains(text, autoescape=True))
    ids = search_index.matching_ids(record_type, text)
    if ids is None:
        return stmt
    subquery = ids.columns(search_index.search_doc.c.record_id)
    return stmt.where((cls.id.concat("") if many else cls.id).in_(subquery))


def list_statement(record_type: str, flt: Filter = NO_FILTER, *, offset: int = 0, limit: int | None = None,
                   many: bool = False) -> Select[Any]:
    """The query behind a list's page (also compiled ahead for the app's start, `core/store/quick.py`)."""
    cls = model_for(record_type)
    if flt.order_by and flt.order_by not in cls.__table__.columns:
        raise ValidationError("order_by", f"cannot sort by {flt.order_by!r}", f"{flt.order_by!r}(으)로 정렬할 수 없습니다")
    order, desc = order_of(record_type, flt)
    column = getattr(cls, order)
    stmt = _select(record_type, flt, many=many).order_by(column.desc() if desc else column.asc(), cls.id)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return stmt


def list_records(session: Session, record_type: str, flt: Filter = NO_FILTER, *, offset: int = 0, limit: int | None = None) -> list[d.RecordDTO]:
    many = bool(flt.text) and record_type in search_index.INDEXED_TYPES and \
        search_index.match_count(session, record_type, flt.text) > MANY_MATCHES
    stmt = list_statement(record_type, flt, offset=offset, limit=limit, many=many)
    return to_dtos(session, session.scalars(stmt).all())


def count_statement(record_type: str, flt: Filter = NO_FILTER) -> Select[Any]:
    return _select(record_type, flt).with_only_columns(func.count()).select_from(model_for(record_type))


def count(session: Session, record_type: str, flt: Filter = NO_FILTER) -> int:
    text_only = dataclasses.replace(flt, text="", order_by=None, descending=None) == NO_FILTER
    if flt.text and text_only and record_type in search_index.INDEXED_TYPES \
            and search_index.matching_ids(record_type, flt.text) is not None:
        # the index holds exactly the live records: counted there, no record is read (a common
        # word in 17,000 meetings: ~10 ms instead of ~0.3-0.9 s)
        return search_index.match_count(session, record_type, flt.text)
    return int(session.scalar(count_statement(record_type, flt)) or 0)
