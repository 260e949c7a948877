"""One push: exactly-once by (device, mutation seq), all of it in one write transaction.

A mutation whose seq HQ has already answered is not applied again: a replay gets `duplicate`
(or, when the first answer was `rejected`, that same rejection again, so a laptop whose reply was
lost still learns to put its optimistic status back). The same seq with different content means
the laptop's numbering went backwards (a restored laptop): the whole push is refused with 409
and nothing changes. So is a gap. A device's first push within an epoch may start at any seq.
"""

from __future__ import annotations

import hashlib
import itertools
import json

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from officerdesk.core.clock import decode, wall_ms_now
from officerdesk.hq import audit, records
from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.errors import HQError
from officerdesk.hq.mutations import PushState, apply
from officerdesk.hq.store import Device, MutationReceipt, utcnow
from officerdesk.sync.protocol import Mutation, MutationResult, PushRequest, PushResponse

MAX_SEQ = 2**53  # exact in every JSON reader, far inside a 64-bit column


def digest(m: Mutation) -> str:
    body = json.dumps({"name": m.name, "args": m.args, "hlc": m.hlc}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def check_shape(mutations: list[Mutation]) -> None:
    """Refuse a batch that is not numbered one by one, or carries a malformed clock."""
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


def _replays(session: Session, device: Device, mutations: list[Mutation], last: int) -> dict[int, MutationResult]:
    old = [m for m in mutations if m.seq <= last]
    if not old:
        return {}
    receipts = {
        r.seq: r for r in session.scalars(select(MutationReceipt).where(
            MutationReceipt.device_id == device.id, MutationReceipt.seq.in_([m.seq for m in old])))
    }
    out = {}
    for m in old:
        receipt = receipts.get(m.seq)
        if receipt is not None and receipt.digest != digest(m):
            raise HQError(409, "seq_reused",
                          f"HQ already holds a different mutation {m.seq} from this device; its numbering "
                          f"went backwards (a restored laptop?). HQ has applied up to {last}.")
        if receipt is not None and receipt.status == "rejected":
            out[m.seq] = MutationResult(seq=m.seq, status="rejected", reason=receipt.reason,
                                        current_status=receipt.current_status)
        else:
            out[m.seq] = MutationResult(seq=m.seq, status="duplicate")
    return out


def push(session: Session, ctx: DeviceContext, request: PushRequest, site: str) -> PushResponse:
    """Call inside `Database.write()`."""
    mutations = request.mutations
    check_shape(mutations)
    writer = records.Writer(session)
    device = session.get(Device, ctx.device_id)
    assert device is not None
    fresh = device.seq_epoch != writer.meta.epoch
    last = (mutations[0].seq - 1 if mutations else 0) if fresh else device.last_seq
    results = _replays(session, device, mutations, last)
    new = [m for m in mutations if m.seq > last]
    if new and new[0].seq != last + 1:
        raise HQError(409, "mutation_gap", f"expected mutation {last + 1} next, got {new[0].seq}")
    ids = [str(m.args.get(k, ""))[:36] for m in new for k in ("id", "change_id")]
    state = PushState(writer, ctx, site, wall_ms_now(), records.load(session, ids))
    if fresh and new:  # numbering restarts in a new epoch: answers from the old one no longer count
        session.execute(delete(MutationReceipt).where(MutationReceipt.device_id == device.id,
                                                      MutationReceipt.seq >= new[0].seq))
    receipts = []
    for m in new:
        result = apply(state, m)
        results[m.seq] = result
        receipts.append({"device_id": device.id, "seq": m.seq, "digest": digest(m), "status": result.status,
                         "reason": result.reason, "current_status": result.current_status, "at": utcnow()})
    if receipts:
        session.execute(insert(MutationReceipt), receipts)
    if new:
        device.last_seq, device.seq_epoch = new[-1].seq, writer.meta.epoch
        device.last_push_at = utcnow()
        _audit(session, ctx, [results[m.seq] for m in new], state)
    return PushResponse(results=[results[m.seq] for m in mutations],
                        last_seq=device.last_seq if device.seq_epoch == writer.meta.epoch else 0,
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
