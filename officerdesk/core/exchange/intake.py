"""Turning imported items (a dict of DOMAIN.md field names per record) into new records.

Every value goes through the same validation as a form (`services.validation`), so a bad one
stops the import with ImportFailed naming the line and the field. What the interchange format adds
to the plain fields:
  meeting          "start"/"end" (aliases of starts_at/ends_at); an offset becomes the meeting's
                   tz unless "tz" is given; a time without offset is read in "tz" (else UTC).
  contact          "organization": a name, found among existing organizations or created.
  company_request  "company": a name, found or created; "status" is reached by legal moves, each
                   kept in the history ("history": [{"from","to","at","note"}] replays given ones).
  contact, meeting "foreign_id": the id another program gave the record (a vCard or calendar UID).
Re-importing never copies: an item whose id (ours) or foreign id is already in the profile updates
that record, or is counted unchanged when it would change nothing (a deleted one comes back).
A reader's {"skipped": why} item is counted as skipped with its reason.
Records are handed to a BatchWriter in the caller's transaction: an error leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import enums, kinds
from officerdesk.core.ids import canonical_id, uuid7
from officerdesk.core.models import RECORD_TYPES, SyncRecord, user_fields
from officerdesk.core.services.validation import clean_datetime, clean_values
from officerdesk.core.write.bulk import BatchWriter, Move, is_legal, legal_path, new_record
from officerdesk.errors import ImportFailed, Reason, ValidationError

_FIXED = frozenset({"id", "post_id", "created_hlc"})
# In the order an export writes them, so links point backwards.
IMPORTABLE = kinds.names_of(kinds.EXPORTED)
ALIASES: dict[str, dict[str, str]] = {kinds.MEETING.name: {"start": "starts_at", "end": "ends_at"}}
# A linked record given by name: the item's field is named after the linked type ("organization").
NAME_LINKS: dict[str, kinds.NameLink] = {k.name: k.link for k in kinds.EXPORTED if k.link}
WORKFLOW = frozenset({"status", "escalated", "history"})
CHECK_EVERY = 500  # ids checked against the database per query
ID_FORM = "a UUID in lower-case hexadecimal, such as 0190a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b"


FOREIGN = "foreign_id"
MAX_FOREIGN_ID = 200  # a list item's limit; a longer UID (Exchange writes long ones) is kept as its digest


def foreign_key(uid: str) -> str:
    uid = uid.strip()
    return uid if len(uid) <= MAX_FOREIGN_ID else "sha256:" + hashlib.sha256(uid.encode()).hexdigest()


class Intake:
    """Validates items one by one and queues them; `close` writes the rest and returns counts."""

    def __init__(self, session: Session, writer: BatchWriter, post_id: str) -> None:
        self.session, self.writer, self.post_id = session, writer, post_id
        self.seen: set[str] = set()
        self.queue: list[tuple[int, SyncRecord, list[Move], dict[str, Any]]] = []
        self.updated: dict[str, int] = {}
        self.unchanged: dict[str, int] = {}
        self.skipped: list[tuple[int, Reason]] = []
        self.foreign: dict[str, dict[str, str]] = {}  # kind -> foreign id -> record id
        self.foreign_lines: dict[str, int] = {}  # foreign ids of this file -> their line
        self.names: dict[str, dict[str, str]] = {link.kind: {} for link in NAME_LINKS.values()}
        self.known: dict[str, set[str]] = {link.kind: set() for link in NAME_LINKS.values()}
        for link in NAME_LINKS.values():
            cls = kinds.named(link.kind).model()
            for row in session.execute(select(cls.id, *(getattr(cls, c) for c in link.searched)).where(cls.deleted.is_(False))):
                self._remember(link.kind, row[0], row[1:])

    def _remember(self, kind: str, record_id: str, names: Any) -> None:
        self.known[kind].add(record_id)
        for name in names:
            if name:
                self.names[kind].setdefault(name.casefold(), record_id)

    def _foreign_uids(self, kind: str) -> dict[str, str]:
        """Foreign id -> record id of one kind, read once per import."""
        if kind not in self.foreign:
            cls = RECORD_TYPES[kind]
            found: dict[str, str] = {}
            if "foreign_uids" in cls.__table__.columns:
                for record_id, ids in self.session.execute(select(cls.id, cls.__table__.c.foreign_uids)):
                    found.update((f, record_id) for f in ids or [])
            self.foreign[kind] = found
        return self.foreign[kind]

    def _foreign_key(self, kind: str, foreign: Any) -> str | None:
        if not isinstance(foreign, str) or not foreign.strip() or "foreign_uids" not in RECORD_TYPES[kind].__table__.columns:
            return None
        return foreign_key(foreign)

    def take(self, line: int, item: dict[str, Any]) -> None:
        if "skipped" in item:
            why = item["skipped"]
            self.skipped.append((line, why if isinstance(why, Reason) else Reason(str(why), str(why))))
            return
        kind = item.pop("type", None)
        if not isinstance(kind, str) or kind not in IMPORTABLE:
            raise ImportFailed(line, f"unknown record type {kind!r} (one of: {', '.join(IMPORTABLE)})",
                               f"알 수 없는 기록 유형 {kind!r}입니다({', '.join(IMPORTABLE)} 중 하나)")
        key = self._foreign_key(kind, item.pop(FOREIGN, None))
        if key is not None:
            if key in self.foreign_lines:
                first = self.foreign_lines[key]
                self.skipped.append((line, Reason(f"the same UID as line {first}", f"{first}행과 UID가 같음")))
                return
            self.foreign_lines[key] = line
            item.setdefault("id", self._foreign_uids(kind).get(key))
            item["foreign_uids"] = [key]
        record_id = self._record_id(line, item.pop("id", None))
        cls = RECORD_TYPES[kind]
        try:
            values = self._values(line, kind, cls, item)
            workflow = {k: values.pop(k) for k in WORKFLOW.intersection(values)}
            cleaned = clean_values(cls, values, creating=True)
            moves = self._moves(line, cleaned, workflow) if kinds.named(kind).workflow else []
        except ValidationError as exc:
            raise ImportFailed(line, f"{kind.replace('_', ' ')} {exc.message}", f"{kind.replace('_', ' ')} {exc.message_ko}") from None
        obj = new_record(cls, {**cleaned, "id": record_id, "post_id": self.post_id})
        if kind in self.known:
            self._remember(kind, record_id, [getattr(obj, c, "") for c in ("name", "name_en", "name_ko")])
        self.queue.append((line, obj, moves, cleaned))
        if len(self.queue) >= CHECK_EVERY:
            self._hand_over()

    def close(self) -> None:
        self._hand_over()

    def _record_id(self, line: int, value: Any) -> str:
        if value in (None, ""):
            return uuid7()
        record_id = canonical_id(value)
        if record_id is None:
            raise ImportFailed(line, f"id: {str(value)[:40]!r} is not a record id ({ID_FORM})",
                               f"id: {str(value)[:40]!r}은(는) 기록 id가 아닙니다({ID_FORM})")
        if record_id in self.seen:
            raise ImportFailed(line, f"id: {record_id} appears twice in the file", f"id: {record_id}이(가) 파일에 두 번 나옵니다")
        self.seen.add(record_id)
        return record_id

    def _values(self, line: int, kind: str, cls: type[SyncRecord], item: dict[str, Any]) -> dict[str, Any]:
        values = dict(item)
        for alias, field in ALIASES.get(kind, {}).items():
            if alias in values:
                if field in values:
                    raise ImportFailed(line, f"{kind}: give either {alias!r} or {field!r}, not both",
                                      f"{kind}: {alias!r}와(과) {field!r} 중 하나만 주십시오")
                values[field] = values.pop(alias)
        if kind in NAME_LINKS:
            self._link_by_name(kind, values)
        allowed = _allowed(kind)
        if not allowed.issuperset(values):
            unknown = sorted(set(values) - allowed)
            raise ImportFailed(line, f"{kind.replace('_', ' ')} has no field {unknown[0]!r}",
                               f"{kind.replace('_', ' ')}에는 {unknown[0]!r} 필드가 없습니다")
        if kind == kinds.MEETING.name:
            _meeting_times(values)
        return values

    def _link_by_name(self, kind: str, values: dict[str, Any]) -> None:
        link = NAME_LINKS[kind]
        target, id_key = link.kind, link.column
        name = values.pop(target, None)
        current = values.get(id_key)
        if isinstance(current, str):
            current = canonical_id(current.strip())  # as validation will store it
        if not isinstance(name, str) or not name.strip() or (current and current in self.known[target]):
            return
        found = self.names[target].get(name.strip().casefold())
        if found is None:
            fields = {kinds.named(target).title: name}
            try:
                made = RECORD_TYPES[target](id=uuid7(), post_id=self.post_id, **clean_values(RECORD_TYPES[target], fields, creating=True))
            except ValidationError as exc:
                raise ValidationError(target, exc.field_message, exc.field_message_ko) from None
            self._remember(target, made.id, [name.strip()])
            self.queue.append((0, made, [], {}))
            found = made.id
        values[id_key] = found

    def _moves(self, line: int, cleaned: dict[str, Any], workflow: dict[str, Any]) -> list[Move]:
        history = workflow.get("history")
        last = history[-1].get("to") if isinstance(history, list) and history and isinstance(history[-1], dict) else None
        status = workflow.get("status") or last or "received"
        if status not in enums.STATUS:
            raise ValidationError("status", f"{status!r} is not one of: {', '.join(enums.STATUS)}", f"{status!r}은(는) 상태 값이 아닙니다")
        received = cleaned.get("received") or dt.date.today()
        if history:
            return _replay(history, status)
        path = legal_path(status)
        if workflow.get("escalated") in (True, "true", 1) and "escalated" not in path and status != "received":
            try:
                path = legal_path("escalated") + legal_path(status, start="escalated")
            except ValueError:
                raise ValidationError("escalated", f"a {status} request cannot have been escalated", "이관될 수 없는 상태입니다") from None
        start = dt.datetime.combine(received, dt.time(9))
        return [(step, start + dt.timedelta(minutes=i), "imported") for i, step in enumerate(path, 1)]

    def _hand_over(self) -> None:
        """Ids already in the profile (one query per type and batch) update their record; the
        others are queued for writing."""
        by_type: dict[type[SyncRecord], dict[str, int]] = {}
        for line, obj, _, _ in self.queue:
            by_type.setdefault(type(obj), {})[obj.id] = line
        conn = self.session.connection()
        taken: set[str] = set()
        for cls, ids in by_type.items():
            # plain SQL: compiling an IN of 500 bound values through SQLAlchemy cost more than the query
            sql = f'SELECT id FROM "{cls.__tablename__}" WHERE id IN ({", ".join("?" * len(ids))})'
            taken.update(row[0] for row in conn.exec_driver_sql(sql, tuple(ids)))
        for line, obj, moves, cleaned in self.queue:
            if obj.id in taken:
                self._update(line, obj, cleaned)
            else:
                self.writer.add(obj, moves)
        self.queue = []

    def _update(self, line: int, new: SyncRecord, cleaned: dict[str, Any]) -> None:
        """The record already here takes the file's values; its workflow moves only by hand."""
        kind = new.record_type
        old = self.session.get(type(new), new.id)
        if old is None or old.post_id != self.post_id:
            raise ImportFailed(line, f"a {kind.replace('_', ' ')} with id {new.id} belongs to another post",
                               f"id {new.id}인 {kind.replace('_', ' ')}은(는) 다른 공관의 기록입니다")
        changes = {k: v for k, v in cleaned.items() if k not in WORKFLOW and k not in _FIXED and getattr(old, k) != v}
        if "foreign_uids" in changes:
            changes["foreign_uids"] = list(dict.fromkeys([*(old.foreign_uids or []), *cleaned["foreign_uids"]]))  # type: ignore[attr-defined]
            if changes["foreign_uids"] == (old.foreign_uids or []):  # type: ignore[attr-defined]
                del changes["foreign_uids"]
        if old.deleted:
            changes["deleted"] = False
        counts = self.updated if changes else self.unchanged
        counts[kind] = counts.get(kind, 0) + 1
        for name, value in changes.items():
            setattr(old, name, value)


@functools.cache
def _allowed(kind: str) -> frozenset[str]:
    return frozenset(user_fields(RECORD_TYPES[kind])) | (WORKFLOW if kinds.named(kind).workflow else frozenset())


def _replay(history: Any, status: str) -> list[Move]:
    if not isinstance(history, list) or not all(isinstance(h, dict) for h in history):
        raise ValidationError("history", "must be a list of {from, to, at, note}", "{from, to, at, note} 목록이어야 합니다")
    moves: list[Move] = []
    here = "received"
    for step in history:
        if step.get("from", here) != here or not is_legal([str(step.get("to"))], start=here):
            raise ValidationError("history", f"the move {step.get('from', here)} -> {step.get('to')} is not allowed", "허용되지 않는 상태 변경입니다")
        at = clean_datetime("history", step.get("at")) or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        note = step.get("note", "")
        if not isinstance(note, str) or len(note) > 5000 or "\x00" in note:
            raise ValidationError("history", "note must be text of at most 5,000 characters", "메모는 5,000자 이하의 텍스트여야 합니다")
        here = str(step["to"])
        moves.append((here, at, note))
    if here != status:
        raise ValidationError("status", f"is {status} but the history ends at {here}", f"상태({status})가 이력의 마지막({here})과 다릅니다")
    return moves


def _zone(name: Any) -> dt.tzinfo | None:
    if not isinstance(name, str) or not name:
        return None
    if name[0] in "+-":
        try:
            offset = dt.datetime.strptime(name.replace(":", ""), "%z").utcoffset()
        except ValueError:
            raise ValidationError("tz", f"{name!r} is not a time zone", f"{name!r}은(는) 시간대가 아닙니다") from None
        return dt.timezone(offset) if offset is not None else None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("tz", f"{name!r} is not a time zone", f"{name!r}은(는) 시간대가 아닙니다") from None


def _meeting_times(values: dict[str, Any]) -> None:
    """Aware times keep their instant; an offset names the meeting's zone when none is given."""
    zone = _zone(values.get("tz"))
    for field in ("starts_at", "ends_at"):
        raw = values.get(field)
        if not isinstance(raw, str) or not raw.strip():
            continue
        try:
            parsed = dt.datetime.fromisoformat(raw.strip())
        except ValueError:
            clean_datetime(field, raw)  # raises the usual "is not a date and time" error
            raise
        if parsed.tzinfo is None and zone is not None:
            parsed = parsed.replace(tzinfo=zone)
        elif parsed.tzinfo is not None and not values.get("tz") and field == "starts_at":
            values["tz"] = _offset_name(parsed)
        values[field] = parsed


def _offset_name(value: dt.datetime) -> str:
    offset = value.utcoffset() or dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"

