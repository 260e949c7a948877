"""Applying one pushed mutation at HQ (docs/sync.md, "Push rules").

upsert:     per field last-writer-wins by (hlc, site); a concurrent edit of a free-text field keeps
            the losing text in a "conflict" record; an edit of a tombstoned record is a conflict
            ("restore?"); a tombstone is undone only by a writer that has seen it.
            A "conflict" record (HQ-made) accepts only `resolved=true`, from a device of its post.
transition: a request's status move, checked against the workflow and HQ's current status.

Each returns a MutationResult; anything wrong with the mutation is a `rejected` result with a
reason and changes nothing.

What can be decided without HQ's records (the clock, the shape of the arguments, each field's
canonical value) is worked out by `prepare` before the push takes the server-wide write lock;
`apply` then only looks at the records. A refusal found early is raised at the same point of the
checks as before, so a mutation with two faults gets the same reason either way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import ValidationError as ShapeError

from officerdesk.core import enums
from officerdesk.core.clock import too_far_ahead, wall_ms_now
from officerdesk.core.ids import uuid7
from officerdesk.core.models import RECORD_TYPES, SyncRecord, user_fields
from officerdesk.core.services.validation import synced_cleaner
from officerdesk.core.write.changes import encode_value
from officerdesk.errors import ValidationError
from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.records import Row, RowWriter, Stamp, after
from officerdesk.protocol import rules
from officerdesk.protocol.wire import (
    AUTHOR_MAX,
    Mutation,
    MutationResult,
    TransitionArgs,
    UpsertArgs,
    is_record_id,
)

_FIELDS = {name: frozenset(user_fields(cls)) for name, cls in RECORD_TYPES.items()}


class Rejected(Exception):
    def __init__(self, reason: str, current_status: str | None = None, *, scope: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.current_status, self.scope = reason, current_status, scope


A = TypeVar("A", UpsertArgs, TransitionArgs)


@dataclass
class PushState:
    """What one push needs across its mutations."""

    writer: RowWriter
    device: DeviceContext
    records: dict[str, Row]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    scope_violations: list[dict[str, Any]] = field(default_factory=list)

    def stamp(self, hlc: str) -> Stamp:
        """Every write of this push: its author and site are the enrolled officer and device,
        whatever the laptop says; the device id is also the laptop's site id (sync/enrolment.py),
        so ties of equal clocks order the same at HQ and on every laptop."""
        return Stamp(hlc, self.device.device_id, self.device.device_id, self.device.officer_name[:AUTHOR_MAX])


class _Refused:
    """A field value `clean_value` refused, kept to be raised where the checks reach it."""

    __slots__ = ("error",)

    def __init__(self, error: Rejected) -> None:
        self.error = error


@dataclass(slots=True)
class Prepared:
    """One mutation as far as it can be checked without HQ's records."""

    early: Rejected | None = None              # refused whatever HQ holds (clock, shape)
    args: UpsertArgs | TransitionArgs | None = None
    values_error: Rejected | None = None       # upsert: a type that cannot be pushed
    # upsert: (field, canonical value or _Refused, HQ decides it when the record exists)
    fields: list[tuple[str, Any, bool]] = field(default_factory=list)


def prepare(m: Mutation, server_ms: int) -> Prepared:
    try:
        if too_far_ahead(m.hlc, server_ms):
            raise Rejected("clock_ahead: the edit's clock is more than 5 minutes ahead of HQ's; "
                           "correct the computer's clock")
        if m.name != "upsert":
            return Prepared(args=_parse(TransitionArgs, m.args))
        args = _plain_upsert(m.args) or _parse(UpsertArgs, m.args)
    except Rejected as exc:
        return Prepared(early=exc)
    out = Prepared(args=args)
    cls = RECORD_TYPES.get(args.type)
    if args.type in rules.HQ_OWNED_TYPES:
        out.values_error = Rejected(f"hq_owned: {args.type} records are published by HQ, not pushed", scope=True)
    elif args.type == rules.HISTORY_TYPE:
        out.values_error = Rejected("hq_owned: status history is recorded by HQ from transitions, not pushed",
                                    scope=True)
    elif cls is None:
        out.values_error = Rejected(f"unknown_type: {args.type!r} is not a record type")
    else:
        known, decides = _FIELDS[args.type], rules.HQ_DECIDES.get(args.type, frozenset())
        for name, value in args.fields.items():
            if name not in known:
                out.fields.append((name, _Refused(Rejected(f"unknown_field: {name[:64]!r} is not a field of "
                                                           f"{args.type}")), False))
                continue
            if (args.type, name) in rules.LOCAL_ONLY:
                continue
            try:
                cleaned: Any = clean_value(cls, name, value)
            except Rejected as exc:
                cleaned = _Refused(exc)
            out.fields.append((name, cleaned, name in decides))
    return out


def apply(state: PushState, m: Mutation, prepared: Prepared | None = None) -> MutationResult:
    prep = prepared or prepare(m, wall_ms_now())
    try:
        if prep.early is not None:
            raise prep.early
        if isinstance(prep.args, UpsertArgs):
            recorded = _upsert(state, m, prep.args, prep)
            return MutationResult.model_construct(seq=m.seq, status="conflict_recorded" if recorded else "applied",
                                                  reason="", current_status=None)
        assert isinstance(prep.args, TransitionArgs)
        _transition(state, m, prep.args)
        return MutationResult.model_construct(seq=m.seq, status="applied", reason="", current_status=None)
    except Rejected as exc:
        if exc.scope:
            state.scope_violations.append({"seq": m.seq, "reason": exc.reason,
                                           "record_post_id": str(m.args.get("post_id", ""))[:36],
                                           "id": str(m.args.get("id", ""))[:36]})
        return MutationResult(seq=m.seq, status="rejected", reason=exc.reason, current_status=exc.current_status)


def _parse(model: type[A], args: dict[str, Any]) -> A:
    try:
        return model.model_validate(args)
    except ShapeError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise Rejected(f"malformed: {where or 'args'}: {first.get('msg')}") from None


_UPSERT_KEYS = frozenset(UpsertArgs.model_fields)


def _plain_upsert(args: dict[str, Any]) -> UpsertArgs | None:
    """UpsertArgs without pydantic for arguments of exactly the expected types within their
    limits (what a laptop sends; validating each of a batch's mutations was a tenth of a push's
    time); None for anything else, which `_parse` then validates with its precise errors.
    It uses the wire's own checks and takes nothing the model refuses (tests/hq/test_push_path.py)."""
    if not args.keys() <= _UPSERT_KEYS:
        return None
    kind, rid, post, author = args.get("type"), args.get("id"), args.get("post_id"), args.get("author", "")
    fields, base = args.get("fields"), args.get("base", {})
    if not (type(kind) is str and len(kind) <= 32 and is_record_id(rid) and is_record_id(post)
            and type(author) is str and len(author) <= AUTHOR_MAX
            and type(fields) is dict and fields and type(base) is dict):
        return None
    if not all((type(v) is int and v >= 0) or v is None for v in base.values()):
        return None
    return UpsertArgs.model_construct(type=kind, id=rid, post_id=post, author=author, fields=dict(fields),
                                      base=dict(base))


def _own_record(state: PushState, record_type: str, record_id: str, post_id: str) -> Row | None:
    """The record when this device may write it (None: it is new); Rejected otherwise."""
    if not is_record_id(record_id):
        raise Rejected(f"malformed: {record_id[:40]!r} is not a record id")
    if post_id != state.device.post_id:
        raise Rejected("another_post: the record's post is not this device's post", scope=True)
    rec = state.records.get(record_id)
    if rec is None:
        return None
    if rec.post_id != state.device.post_id:
        raise Rejected("another_post: the record belongs to another post", scope=True)
    if rec.type != record_type:
        raise Rejected(f"wrong_type: record {record_id} is a {rec.type}, not a {record_type}")
    return rec


def clean_value(cls: type[SyncRecord], name: str, value: Any) -> Any:
    """The canonical JSON value of a field (what every laptop will receive), or Rejected.

    The laptop's own validator of the field decides (`synced_cleaner`): HQ keeps no rules of its own."""
    try:
        cleaned = synced_cleaner(cls, name)(value)
    except ValidationError as exc:
        raise Rejected(f"invalid_value: {cls.record_type}.{exc}") from None
    return encode_value(cleaned)


def _values(prep: Prepared, creating: bool) -> dict[str, Any]:
    if prep.values_error is not None:
        raise prep.values_error
    out = {}
    for name, value, decides in prep.fields:
        if isinstance(value, _Refused):
            raise value.error
        if decides and value != rules.REQUEST_INITIAL.get(name):
            # status moves are transitions; HQ writes status and escalated itself
            if not creating:
                raise Rejected(f"hq_owned: {name} of an existing request changes only by a transition", scope=True)
            raise Rejected(f"not_initial: a new request starts with {name} "
                           f"{rules.REQUEST_INITIAL.get(name)!r}; later states are reached by transitions", scope=True)
        if decides and not creating:
            # the request's creating upsert again (a laptop re-sends its edits to a restored HQ):
            # its initial state is no news, the rest of it is an ordinary edit
            continue
        out[name] = value
    return out


def _upsert(state: PushState, m: Mutation, args: UpsertArgs, prep: Prepared) -> bool:
    """Apply the fields that win; True when a conflict was recorded."""
    rec = _own_record(state, args.type, args.id, args.post_id)
    if args.type == rules.CONFLICT_TYPE:
        _check_resolution(rec, args)
    values = _values(prep, creating=rec is None)
    if rec is None and args.type in rules.HQ_DECIDES:
        # a new request is born in the initial state even when the upsert leaves those fields out
        values = {**{k: v for k, v in rules.REQUEST_INITIAL.items() if k in rules.HQ_DECIDES[args.type]}, **values}
    stamp = state.stamp(m.hlc)
    if rec is None:
        rec = state.writer.new_record(args.type, args.id, args.post_id)
        state.records[rec.id] = rec
        state.writer.set_fields(rec, values, stamp)
        return False
    cls = RECORD_TYPES[args.type]
    winners: dict[str, Any] = {}
    recorded = False
    for name, value in values.items():
        clock = rec.clocks.get(name)
        base = args.base.get(name) or 0
        if clock is None:
            winners[name] = value
            continue
        wins = (m.hlc, stamp.site) > (clock[0], clock[1])
        if name == "deleted" and rec.deleted and value is False:
            # only a writer that saw the tombstone restores it: one who had pulled it, or the
            # device that wrote it (an officer undoing a delete before the laptop synced)
            wins = wins and (base >= clock[2] or clock[3] == state.device.device_id)
        concurrent = base < clock[2] and clock[3] != state.device.device_id and value != rec.data.get(name)
        if concurrent and name in cls.text_fields:
            _conflict(state, rec, name, mine=(value, m.hlc), theirs=clock)
            recorded = True
        if wins:
            winners[name] = value
    tombstone = rec.clocks.get("deleted") or ["", "", 0, "", ""]
    if (rec.deleted and winners.get("deleted") is not False and set(values) - {"deleted"}
            and tombstone[3] != state.device.device_id):
        # an edit of a record someone else deleted: the tombstone stays, the edit is kept beneath
        # it and surfaced so the officer can restore the record
        _conflict(state, rec, "deleted", mine=(_summary(values), m.hlc), theirs=tombstone)
        recorded = True
    state.writer.set_fields(rec, winners, stamp)
    return recorded


def _check_resolution(rec: Row | None, args: UpsertArgs) -> None:
    """HQ makes conflict records; a device of the post may only mark one resolved."""
    if rec is None:
        raise Rejected("hq_owned: conflict records are made by HQ; a device only marks one resolved")
    if set(args.fields) != set(rules.CONFLICT_DEVICE_WRITES):
        raise Rejected("hq_owned: of a conflict record a device may push only `resolved`")
    if any(args.fields[k] is not v for k, v in rules.CONFLICT_DEVICE_WRITES.items()):
        raise Rejected("invalid_value: conflict.resolved can only be set to true")


def _summary(values: dict[str, Any]) -> str:
    return "\n".join(f"{k}: {v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
                     for k, v in values.items() if k != "deleted")


def _conflict(state: PushState, rec: Row, name: str, *, mine: tuple[Any, str], theirs: list[Any]) -> None:
    """Keep both texts: local = what the pushing officer wrote, remote = the other one."""
    text, hlc = mine
    other = "" if name == "deleted" else rec.data.get(name, "")
    values = {
        "target_type": rec.type, "target_id": rec.id, "field": name,
        "local_value": text, "remote_value": other if isinstance(other, str) else json.dumps(other),
        "remote_author": str(theirs[4] if len(theirs) > 4 else "")[:200], "remote_hlc": theirs[0],
        "resolved": False, "classification": rec.data.get("classification", "internal"), "deleted": False,
    }
    conflict_id = uuid7()
    state.writer.publish(rules.CONFLICT_TYPE, conflict_id, rec.post_id, values, state.stamp(hlc))
    state.conflicts.append({"id": conflict_id, "target_type": rec.type, "target_id": rec.id, "field": name})


def _transition(state: PushState, m: Mutation, args: TransitionArgs) -> None:
    for status in (args.from_, args.to):
        if status not in enums.STATUS:
            raise Rejected(f"malformed: {status!r} is not a request status")
    rec = _own_record(state, rules.REQUEST_TYPE, args.id, args.post_id)
    if rec is None:
        raise Rejected("unknown_record: HQ has no such request")
    current = rec.data.get("status")
    if rec.deleted:
        raise Rejected("deleted: the request was deleted", current)
    if current != args.from_:
        raise Rejected(f"stale_transition: the request is now {current} at HQ, not {args.from_}", current)
    if args.to not in enums.allowed_moves(args.from_):
        raise Rejected(f"illegal_transition: a {args.from_} request cannot move to {args.to}", current)
    if rules.outcome_missing(args.to, rec.data.get("outcome")):
        raise Rejected(f"needs_outcome: a request moves to {args.to} only with its outcome written; "
                       "push the outcome before the move", current)
    if args.change_id in state.records:  # every id a push names was loaded with its records
        raise Rejected("duplicate_change: this status change id is already recorded", current)
    cls = RECORD_TYPES[rules.HISTORY_TYPE]
    history = {
        "request_id": rec.id, "from_status": args.from_, "to_status": args.to,
        "at": clean_value(cls, "at", args.at), "note": clean_value(cls, "note", args.note),
        "classification": rec.data.get("classification", "internal"), "deleted": False,
    }
    stamp = state.stamp(after(m.hlc, rec.clocks.get("status", [None])[0]))
    moved: dict[str, Any] = {"status": args.to}
    if args.to == "escalated" and not rec.data.get("escalated"):
        moved["escalated"] = True
    state.writer.set_fields(rec, moved, stamp)
    change = state.writer.publish(rules.HISTORY_TYPE, args.change_id, rec.post_id, history, stamp)
    state.records[change.id] = change
