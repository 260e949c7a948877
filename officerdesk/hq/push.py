"""One push: exactly-once by (device, mutation seq), all of it in one write transaction.

A mutation whose seq HQ has already answered is not applied again: a replay gets `duplicate`
(or, when the first answer was `rejected`, that same rejection again, so a laptop whose reply was
lost still learns to put its optimistic status back). The same seq with different content means
the laptop's numbering went backwards (a restored laptop): the whole push is refused with 409
and nothing changes. So is a gap. A device's first push within an epoch may start at any seq.

The work is split so the server-wide write lock is held briefly: `prepare` (no database) checks
the batch's shape, each clock and each field's value and digests every mutation; `push` then,
inside `Database.write()`, reads the device and the touched records with one SELECT each, decides
last-writer-wins on plain rows, and writes with a few Core statements (one INSERT of new records,
one executemany UPDATE of changed ones, one INSERT each of change rows and receipts, one audit
entry for the push).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import dataclass
from typing import cast

from sqlalchemy import String, Table, delete, insert, literal, null, select, update
from sqlalchemy import cast as cast_
from sqlalchemy.orm import Session

from officerdesk.core.clock import decode, wall_ms_now
from officerdesk.hq import audit, records
from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.errors import HQError
from officerdesk.hq.mutations import Prepared, PushState, apply, prepare
from officerdesk.hq.store import Device, MutationReceipt, Record, utcnow
from officerdesk.protocol.wire import Mutation, MutationResult, PushRequest, PushResponse

MAX_SEQ = 2**53  # exact in every JSON reader, far inside a 64-bit column


def digest(m: Mutation) -> str:
    body = json.dumps({"name": m.name, "args": m.args, "hlc": m.hlc}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def check_shape(mutations: list[Mutation]) -> None:
    """Refuse a batch that is not numbered one by one, or carries a malformed clock (the wire
    model refuses those already; this keeps a batch built without validation honest too)."""
    if any(m.seq > MAX_SEQ for m in mutations):
        raise HQError(400, "bad_sequence", f"mutation seqs must stay below {MAX_SEQ}")
    for prev, cur in itertools.pairwise(mutations):
        if cur.seq != prev.seq + 1:
            raise HQError(400, "bad_sequence", f"mutation seqs must rise by one; {cur.seq} follows {prev.seq}")
    for m in mutations:
        try:
            decode(m.hlc)
        except ValueError:
            raise HQError(422, "invalid", f"mutation {m.seq}: malformed clock stamp {m.hlc!r}") from None


@dataclass(frozen=True)
class PreparedPush:
    """A push request checked as far as it can be without the database (outside the write lock)."""

    mutations: list[Mutation]
    prepared: list[Prepared]
    digests: list[str]


def prepare_push(request: PushRequest) -> PreparedPush:
    mutations = request.mutations
    check_shape(mutations)
    server_ms = wall_ms_now()
    return PreparedPush(mutations, [prepare(m, server_ms) for m in mutations], [digest(m) for m in mutations])


_RECEIPT, _DEVICE = cast(Table, MutationReceipt.__table__), cast(Table, Device.__table__)


def _replays(session: Session, device_id: str, batch: PreparedPush, last: int) -> dict[int, MutationResult]:
    old = [(m, d) for m, d in zip(batch.mutations, batch.digests, strict=True) if m.seq <= last]
    if not old:
        return {}
    receipts = {
        r.seq: r for r in session.execute(select(
            MutationReceipt.seq, MutationReceipt.digest, MutationReceipt.status, MutationReceipt.reason,
            MutationReceipt.current_status,
        ).where(MutationReceipt.device_id == device_id, MutationReceipt.seq.in_([m.seq for m, _ in old])))
    }
    out = {}
    for m, d in old:
        receipt = receipts.get(m.seq)
        if receipt is not None and receipt.digest != d:
            raise HQError(409, "seq_reused",
                          f"HQ already holds a different mutation {m.seq} from this device; its numbering "
                          f"went backwards (a restored laptop?). HQ has applied up to {last}.")
        if receipt is not None and receipt.status == "rejected":
            out[m.seq] = MutationResult(seq=m.seq, status="rejected", reason=receipt.reason,
                                        current_status=receipt.current_status)
        else:
            out[m.seq] = MutationResult(seq=m.seq, status="duplicate")
    return out


@dataclass
class _Plan:
    """What one push decided, from the device and record rows as read."""

    epoch: str
    device: tuple[int, str]                 # (last_seq, seq_epoch) as read
    results: dict[int, MutationResult]
    todo: list[tuple[Mutation, Prepared, str]]
    writer: records.RowWriter | None = None
    state: PushState | None = None
    versions: dict[str, int] | None = None  # updated_seq of every record read


def _decide(session: Session, ctx: DeviceContext, batch: PreparedPush) -> _Plan:
    mutations = batch.mutations
    epoch_now = select(records.META.c.epoch).where(records.META.c.id == 1).scalar_subquery()
    row = session.execute(select(Device.last_seq, Device.seq_epoch, epoch_now).where(Device.id == ctx.device_id)).one()
    device, epoch = (int(row[0]), str(row[1])), str(row[2])
    fresh = device[1] != epoch
    last = (mutations[0].seq - 1 if mutations else 0) if fresh else device[0]
    results = _replays(session, ctx.device_id, batch, last)
    todo = [(m, prep, d) for m, prep, d in zip(mutations, batch.prepared, batch.digests, strict=True) if m.seq > last]
    if todo and todo[0][0].seq != last + 1:
        raise HQError(409, "mutation_gap", f"expected mutation {last + 1} next, got {todo[0][0].seq}")
    plan = _Plan(epoch, device, results, todo)
    if not todo:
        return plan
    ids = [str(m.args.get(k, ""))[:36] for m, _, _ in todo for k in ("id", "change_id")]
    rows = records.load_rows(session, ids)
    plan.versions = {rid: r.updated_seq for rid, r in rows.items()}
    plan.writer = records.RowWriter(session, rows)
    plan.state = PushState(plan.writer, ctx, rows)
    for m, prep, _ in todo:
        results[m.seq] = apply(plan.state, m, prep)
    return plan


_DEVICE_KEY = "#device"  # not a record id (those are UUIDs)


def _unchanged(session: Session, ctx: DeviceContext, plan: _Plan) -> bool:
    """True when the device and every record the plan read are as they were (under the lock).
    One query: the records' updated_seq and the device's numbering side by side."""
    ids = list({str(m.args.get(k, ""))[:36] for m, _, _ in plan.todo for k in ("id", "change_id")})
    device = select(literal(_DEVICE_KEY, String), Device.last_seq, Device.seq_epoch).where(Device.id == ctx.device_id)
    query = device.union_all(select(Record.id, Record.updated_seq, cast_(null(), String))
                             .where(Record.id.in_(ids))) if ids else device
    now: dict[str, int] = {}
    seen: tuple[int, str] | None = None
    for key, seq, epoch in session.execute(query):
        if key == _DEVICE_KEY:
            seen = (int(seq), str(epoch))
        else:
            now[key] = int(seq or 0)
    return seen == plan.device and now == (plan.versions or {})


def push(session: Session, ctx: DeviceContext, request: PushRequest | PreparedPush) -> PushResponse:
    """Call inside `Database.write()`; `prepare_push` the request before taking the lock.

    In a `write(lock_late=True)` on PostgreSQL the push is decided on the rows as read, without
    the server-wide lock; then the lock is taken (with the change numbers), and when the device or
    any record it read changed meanwhile (another push got there first), it is decided again, now
    under the lock. Refusals are only ever given under the lock."""
    batch = request if isinstance(request, PreparedPush) else prepare_push(request)
    locked = bool(session.info.get("write_locked"))
    head: int | None = None
    try:
        plan = _decide(session, ctx, batch)
    except HQError:
        if locked:
            raise
        records.take_numbers(session, 0)
        locked, plan = True, _decide(session, ctx, batch)
    if not locked and plan.writer is not None:
        head = records.take_numbers(session, plan.writer.count)
        if not _unchanged(session, ctx, plan):
            records.give_back(session, head)
            head, plan = None, _decide(session, ctx, batch)
    mutations = batch.mutations
    if not plan.todo:
        return PushResponse(results=[plan.results[m.seq] for m in mutations],
                            last_seq=plan.device[0] if plan.device[1] == plan.epoch else 0,
                            server_time_ms=wall_ms_now())
    assert plan.writer is not None and plan.state is not None
    todo, writer = plan.todo, plan.writer
    if head is None:
        head = records.take_numbers(session, writer.count)
    writer.renumber(head)
    if plan.device[1] != plan.epoch:  # numbering restarts in a new epoch: answers from the old one no longer count
        session.execute(delete(MutationReceipt).where(MutationReceipt.device_id == ctx.device_id,
                                                      MutationReceipt.seq >= todo[0][0].seq))
    writer.flush()
    now = utcnow()
    session.execute(insert(_RECEIPT), [
        {"device_id": ctx.device_id, "seq": m.seq, "digest": d, "status": plan.results[m.seq].status,
         "reason": plan.results[m.seq].reason, "current_status": plan.results[m.seq].current_status, "at": now}
        for m, _, d in todo])
    new_last = todo[-1][0].seq
    session.execute(update(_DEVICE).where(_DEVICE.c.id == ctx.device_id)
                    .values(last_seq=new_last, seq_epoch=plan.epoch, last_push_at=now))
    _audit(session, ctx, [plan.results[m.seq] for m, _, _ in todo], plan.state)
    return PushResponse.model_construct(results=[plan.results[m.seq] for m in mutations], last_seq=new_last,
                                        server_time_ms=wall_ms_now())


def _audit(session: Session, ctx: DeviceContext, results: list[MutationResult], state: PushState) -> None:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    rejected = [{"seq": r.seq, "reason": r.reason[:200]} for r in results if r.status == "rejected"][:50]
    audit.append(session, actor=ctx.actor, action="push", post_id=ctx.post_id,
                 first_seq=results[0].seq, last_seq=results[-1].seq, counts=counts,
                 rejected=rejected, conflicts=state.conflicts[:50])
    for violation in state.scope_violations:
        audit.append(session, actor=ctx.actor, action="scope_violation", post_id=ctx.post_id, **violation)
