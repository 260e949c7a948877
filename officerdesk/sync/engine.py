"""One sync round between this laptop and HQ (docs/sync.md): files, briefs, push, pull, files.

Every step commits locally in small pieces that are each complete: a pushed batch is marked
acknowledged only after HQ answered, a pulled page is applied together with its cursor, an
uploaded chunk moves the blob's offset. Cancelling or losing the network between two pieces
leaves nothing half-applied; the next round goes on from there and repeats nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import Text, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from officerdesk.core.clock import MAX_DRIFT_MS, HybridClock, decode, wall_ms_now
from officerdesk.core.models import RECORD_TYPES, CompanyRequest, Outbox, StatusChange, utcnow
from officerdesk.core.services import merging
from officerdesk.core.store.db import Store
from officerdesk.core.write.bulk import no_cycle_collection
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import Cancelled, NetworkError, OfficerDeskError
from officerdesk.protocol import wire as p
from officerdesk.sync import dispatch, escrow, files, versions
from officerdesk.sync.apply import PageResult, apply_page
from officerdesk.sync.client import HQClient, ProtocolRefused
from officerdesk.sync.lane import Lane, run_unit

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
META_EVERY = dt.timedelta(hours=6)  # how often the clock is re-checked against HQ's
CLOCK_AHEAD = "clock_ahead"  # HQ's reason for an edit stamped more than 5 minutes in its future
T = TypeVar("T")


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    seconds: float = 0.0
    round_trips: int = 0
    uploaded_files: int = 0
    downloaded_files: int = 0
    briefs_sent: int = 0
    briefs_held: int = 0  # refused by HQ or unreadable here: kept queued, tried again later
    repointed: int = 0  # records re-pointed here to the survivor of a merge made elsewhere
    rejections: list[str] = field(default_factory=list)
    update: p.Installer | None = None  # a newer installer HQ publishes (learned with HQ's clock)

    def summary(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k in ("pushed", "pulled", "conflicts", "rejected", "seconds")}


@dataclass
class Round:
    store: Store
    client: HQClient
    report: SyncReport
    progress: Progress | None
    cancel: CancelCheck | None
    lane: Lane | None = None
    merges: set[str] = field(default_factory=set)  # contacts the pull brought into a merge to follow

    def step(self, fraction: float, message: str) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("sync cancelled")
        if self.progress is not None:
            self.progress(fraction, message)

    def run(self, fn: Callable[[Session], T], *, remote: bool = True) -> T:
        """fn(session) as one local transaction, through the lane when there is one; `remote`
        sessions write no outbox rows."""
        return run_unit(self.store, self.lane, fn, remote=remote)


def sync_once(store: Store, client: HQClient, *, progress: Progress | None = None,
              cancel: CancelCheck | None = None, lane: Lane | None = None) -> SyncReport:
    """Push before pull; returns what moved. Raises AuthError, NetworkError, Cancelled, UserError.

    Every unit of database work goes through `lane` when given; HTTP stays on this thread."""
    started, trips = time.monotonic(), client.round_trips
    rnd = Round(store, client, SyncReport(), progress, cancel, lane)
    try:
        epoch, needs_meta = rnd.run(_epoch_and_staleness)
        client.epoch = epoch
        if needs_meta:
            calibrate(rnd)
        files.upload_blobs(rnd)
        dispatch.send_briefs(rnd)
        push(rnd)
        try:
            pull(rnd)
        except OfficerDeskError:
            if rnd.merges:  # pages applied before the cut keep their merges followed; pushed next round
                rnd.run(partial(merging.follow_merges, contacts=rnd.merges), remote=False)
            raise
        follow_merges(rnd)
        files.download_blobs(rnd)
        if client.token:
            escrow.escrow_if_due(store, client, lambda: rnd.run(lambda s: sync_state(s).device_id))
    except OfficerDeskError as exc:
        failure = _too_old(rnd, exc) if isinstance(exc, ProtocolRefused) else exc
        _record(rnd, error=str(failure) or type(failure).__name__)
        if failure is exc:
            raise
        raise failure from exc
    rnd.report.seconds = round(time.monotonic() - started, 3)
    rnd.report.round_trips = client.round_trips - trips
    _record(rnd, error="")
    if progress is not None:
        progress(1.0, "Sync complete")
    return rnd.report


def follow_merges(rnd: Round) -> None:
    """After pulling a merge made elsewhere (or a link to a contact merged here), re-point this
    laptop's links as its own edits and send them now, so one round leaves HQ converged
    (docs/sync.md, "Merged contacts")."""
    if not rnd.merges:
        return  # the pull brought no tombstone naming a survivor and no link to a contact
    rnd.report.repointed = rnd.run(partial(merging.follow_merges, contacts=rnd.merges), remote=False)
    if rnd.report.repointed:
        push(rnd)


def _epoch_and_staleness(s: Session) -> tuple[str, bool]:
    """HQ's epoch as last seen, and whether HQ's clock is due to be checked again."""
    state = sync_state(s)
    return state.epoch, state.last_sync_at is None or utcnow() - state.last_sync_at > META_EVERY


def _record(rnd: Round, *, error: str) -> None:
    def write(s: Session) -> None:
        state = sync_state(s)
        state.last_error = error[:2000]
        if not error:
            state.last_sync_at = utcnow()

    with suppress(Cancelled):  # the window is closing: the next round records its own outcome
        rnd.run(write)


def _too_old(rnd: Round, refusal: ProtocolRefused) -> OfficerDeskError:
    """HQ's 426 `client_too_old` (its minimum rose since the last clock check) in this laptop's
    own words, with the minimum from /v1/meta; any other refusal as it is."""
    if refusal.code != p.CLIENT_TOO_OLD:
        return refusal
    try:
        versions.require_supported(rnd.client.meta())
    except versions.ClientTooOld as exc:
        return exc
    except OfficerDeskError:
        pass
    return refusal  # HQ contradicts itself, or went away: show what it said


def calibrate(rnd: Round) -> p.Meta:
    """Learn HQ's clock (and epoch) so this laptop's stamps are never far ahead of HQ's; stop
    here when HQ no longer syncs with this version, and learn whether an update exists."""
    sent = time.time_ns() // 1_000_000
    meta = rnd.client.meta()
    received = time.time_ns() // 1_000_000
    versions.require_supported(meta)
    releases = rnd.client.releases()
    if releases is not None:
        rnd.report.update = versions.newer_installer(releases)

    def learn(s: Session) -> str:
        state = sync_state(s)
        state.clock_offset_ms = meta.server_time_ms - (sent + received) // 2
        state.max_push = push_limit(meta.limits.max_push)
        state.max_blob_bytes = meta.limits.max_blob_bytes
        if not state.epoch:
            state.epoch = meta.epoch
        return state.epoch

    rnd.client.epoch = rnd.run(learn)
    return meta


# ---- push --------------------------------------------------------------------------------------


def push_limit(advertised: int) -> int:
    """Mutations per push for an HQ that advertises `advertised` (0: unknown, the protocol's
    MAX_PUSH); never more than a push request may hold."""
    if advertised <= 0:
        return p.MAX_PUSH
    return min(advertised, p.HQ_MAX_PUSH)


def push(rnd: Round) -> None:
    """Send the pending outbox in batches of HQ's advertised size (learned by `calibrate`, kept in
    the sync state; MAX_PUSH until learned); mark each acknowledged mutation.

    HQ takes a device's batches strictly one after another (their seqs must follow on), so one is
    in flight at a time; but the next batch is read from the outbox while HQ works on this one,
    and this one's answer is recorded while HQ works on the next: the laptop's time and HQ's
    overlap instead of adding up."""
    rnd.step(0.2, "Sending changes to HQ")
    limit = rnd.run(lambda s: push_limit(sync_state(s).max_push))
    batch = _pending(rnd, 0, limit)
    if not batch:
        return
    sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push")
    try:
        flight = sender.submit(_send, rnd.client, batch)
        while True:
            rnd.step(0.2, "Sending changes to HQ")
            upcoming = _pending(rnd, batch[-1].seq, limit)
            answer, sent_at, received_at, split = flight.result()
            if split:  # HQ refused a batch of the size it had advertised (replaced by an older HQ?)
                limit = min(limit, p.MAX_PUSH)
                upcoming = upcoming[:limit]
            answered = {r.seq for r in answer.results}
            complete = all(m.seq in answered or m.seq <= answer.last_seq for m in batch)
            if upcoming and complete:
                flight = sender.submit(_send, rnd.client, upcoming)
            rnd.run(partial(_record_answer, report=rnd.report, batch=batch, answer=answer,
                            sent_plus_received=sent_at + received_at, split=split))
            if not (upcoming and complete):
                # what is still pending: after an incomplete answer, from the start; else the
                # edits a clock correction queued again
                upcoming = _pending(rnd, batch[-1].seq if complete else 0, limit)
                if not upcoming:
                    return
                flight = sender.submit(_send, rnd.client, upcoming)
            batch = upcoming
    finally:
        sender.shutdown(wait=True, cancel_futures=True)  # never leave a push running behind the pull


# A batch's mutations together stay under half of HQ's request limit (as stored JSON, which is at
# least as long as what travels), so a batch of long notes is sent as several, never refused as
# too large again and again; one mutation alone always goes (it fits: MAX_STRING per field).
PUSH_BUDGET_BYTES = p.MAX_BODY_BYTES // 2


def _record_answer(s: Session, report: SyncReport, batch: list[p.Mutation], answer: p.PushResponse,
                   sent_plus_received: int, split: bool) -> None:
    _acknowledge(s, report, batch, answer)
    state = sync_state(s)
    state.clock_offset_ms = answer.server_time_ms - sent_plus_received // 2
    if split:
        state.max_push = 0  # learned again from HQ's meta


def _pending(rnd: Round, after: int, limit: int) -> list[p.Mutation]:
    """The next batch of at most `limit` pending mutations numbered after `after`, and at most
    about `budget` bytes of arguments."""
    return rnd.run(lambda s: _pending_in(s, after, limit))


def _pending_in(s: Session, after: int, limit: int) -> list[p.Mutation]:
    # plain rows, the arguments as their stored JSON text: nothing here is changed, and the
    # mutations are validated straight from that text (`wire.stored_mutations`)
    rows = s.execute(
        select(Outbox.mutation_seq, Outbox.name, sql_cast(Outbox.args, Text), Outbox.hlc)
        .where(Outbox.state == "pending", Outbox.mutation_seq > after)
        .order_by(Outbox.mutation_seq).limit(limit)
    ).all()
    taken: list[tuple[int, str, str, str]] = []
    size, budget = 0, PUSH_BUDGET_BYTES
    for seq, name, args, hlc in rows:
        size += len(args)
        if taken and size > budget:
            break
        taken.append((seq, name, args, hlc))
    return p.stored_mutations(taken)


def _send(client: HQClient, batch: list[p.Mutation]) -> tuple[p.PushResponse, int, int, bool]:
    """HQ's answer, when it was sent and received, and whether the batch had to be split: an HQ
    that refuses a batch larger than MAX_PUSH as too large (413) or too long (422) gets it again
    in batches of MAX_PUSH, one after another, and their answers are joined into one."""
    sent_at = time.time_ns() // 1_000_000
    try:
        answer = client.push(batch)
    except ProtocolRefused as exc:
        if exc.status not in (413, 422) or len(batch) <= p.MAX_PUSH:
            raise
        answers = [client.push(batch[i:i + p.MAX_PUSH]) for i in range(0, len(batch), p.MAX_PUSH)]
        answer = p.PushResponse.model_construct(results=[r for a in answers for r in a.results],
                                                last_seq=answers[-1].last_seq,
                                                server_time_ms=answers[-1].server_time_ms)
        return answer, sent_at, time.time_ns() // 1_000_000, True
    return answer, sent_at, time.time_ns() // 1_000_000, False


def _acknowledge(s: Session, report: SyncReport, batch: list[p.Mutation], answer: p.PushResponse) -> None:
    """Record HQ's answer. What HQ took (applied, duplicate, conflict recorded, or covered by its
    last_seq) is marked acknowledged with one UPDATE of the pending rows; a refused mutation is
    loaded and put back one by one."""
    results = {r.seq: r for r in answer.results}
    taken, refused = [], []
    for mutation in batch:
        result = results.get(mutation.seq)
        if result is None:
            if mutation.seq <= answer.last_seq:
                taken.append(mutation.seq)  # HQ has it (an earlier, lost answer applied it)
        elif result.status == "rejected":
            refused.append(mutation)
        else:
            taken.append(mutation.seq)  # conflict_recorded too: the Conflict row arrives with the pull
    for i in range(0, len(taken), 500):
        part = taken[i:i + 500]
        # plain SQL: SQLAlchemy's expanding IN re-rendered 500 parameters per batch, costing more
        # than the UPDATE itself; the ORM holds no outbox objects here to synchronize
        done = s.connection().exec_driver_sql(
            f"UPDATE outbox SET state = 'acked' WHERE state = 'pending' AND mutation_seq IN ({', '.join('?' * len(part))})",
            tuple(part))
        report.pushed += done.rowcount
    if refused:
        _refused(s, report, refused, results, answer)


def _refused(s: Session, report: SyncReport, batch: list[p.Mutation], results: dict[int, p.MutationResult],
             answer: p.PushResponse) -> None:
    rows = {r.mutation_seq: r for r in s.scalars(select(Outbox).where(Outbox.mutation_seq.in_([m.seq for m in batch])))}
    for mutation in batch:
        row, result = rows.get(mutation.seq), results[mutation.seq]
        if row is None or row.state != "pending":
            continue
        if result.reason.startswith(CLOCK_AHEAD):
            _restamp(s, row, answer.server_time_ms)
        else:
            row.state, row.reason = "rejected", result.reason[:2000]
            report.rejected += 1
            report.rejections.append(_undo(s, row, result))


def _restamp(s: Session, row: Outbox, server_ms: int) -> None:
    """HQ refused the edit's clock as too far ahead (this computer's clock ran fast): correct the
    clock from HQ's time, stamp the edit again and queue it as a new mutation, so it is not lost."""
    state = sync_state(s)
    state.clock_offset_ms = server_ms - wall_ms_now()
    clock = HybridClock.from_state("", state.clock_offset_ms)  # forget the stamps of the fast clock
    hlc = clock.now()
    if state.clock and decode(state.clock)[0] > decode(hlc)[0] + MAX_DRIFT_MS:
        state.clock = clock.state
    row.state, row.reason = "restamped", "clock ahead of HQ: sent again with a corrected clock"
    if row.name == "upsert":
        obj = s.get(RECORD_TYPES.get(str(row.args.get("type")), CompanyRequest), str(row.args.get("id", "")))
        if obj is not None:
            clocks = dict(obj.clocks or {})
            for name in row.args.get("fields", {}):
                if name in clocks:
                    clocks[name] = [hlc, clocks[name][1], clocks[name][2]]
            obj.clocks = clocks
    s.add(Outbox(name=row.name, args=row.args, hlc=hlc, state="pending"))
    s.flush()


def _undo(s: Session, row: Outbox, result: p.MutationResult) -> str:
    """Put back what a refused mutation changed optimistically; returns a sentence for people."""
    args = row.args
    if row.name == "transition":
        request = s.get(CompanyRequest, str(args.get("id", "")))
        change = s.get(StatusChange, str(args.get("change_id", "")))
        if change is not None:
            change.deleted = True
        if request is not None and result.current_status:
            request.status = result.current_status
            if args.get("to") == "escalated":
                request.escalated = _was_escalated(s, request.id)
        title = request.title if request is not None else args.get("id", "")
        return f"Status move {args.get('from')} -> {args.get('to')} of '{title}' was refused by HQ: {result.reason}"
    return f"Change to {args.get('type', '?')} {args.get('id', '')} was refused by HQ: {result.reason}"


def _was_escalated(s: Session, request_id: str) -> bool:
    s.flush()
    return bool(s.scalar(select(StatusChange.id).where(
        StatusChange.request_id == request_id, StatusChange.to_status == "escalated", StatusChange.deleted.is_(False),
    ).limit(1)))


# ---- pull --------------------------------------------------------------------------------------


Position = tuple[int, str, int]  # (change cursor, snapshot after-id, snapshot start seq)
# records per snapshot page; 0: a first pull reads the change log (tests make pages small)
SNAPSHOT_PAGE = int(os.environ.get("OFFICERDESK_SYNC_SNAPSHOT_PAGE", "") or p.MAX_SNAPSHOT)


def _fetch(client: HQClient, position: Position) -> p.PullResponse:
    """Cursor 0 (nothing pulled yet) is a first pull: whole records by snapshot, then changes."""
    cursor, after, since = position
    if cursor == 0 and SNAPSHOT_PAGE:
        return client.pull_snapshot(after, since, SNAPSHOT_PAGE)
    return client.pull(cursor)


def _next(page: p.PullResponse) -> Position | None:
    """Where the pull goes on after this page; None when it is done."""
    if page.snapshot:
        if page.has_more:
            return 0, page.snapshot_after, page.snapshot_seq
        # snapshot complete: the changes made since it started follow as ordinary pages
        return (page.next_cursor, "", 0) if page.next_cursor else None
    return (page.next_cursor, "", 0) if page.has_more and page.changes else None


def pull(rnd: Round) -> None:
    """Pull pages until HQ has no more; each page and its cursor (or snapshot position) commit
    together, so a pull cut off mid-way goes on from the next page.

    The next page is fetched while this one is applied (its position is known from this page's
    answer), so HQ's time and the laptop's time overlap instead of adding up. A page is tens of
    thousands of new objects without cycles: the cyclic collector is paused meanwhile, as for a
    bulk write (it walked them, and the whole process, again and again: a third of the time)."""
    with no_cycle_collection():
        _pull(rnd)


def _pull(rnd: Round) -> None:
    resets = 0
    fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull")
    try:
        start: Position = rnd.run(_position)
        ahead: Future[p.PullResponse] = fetcher.submit(_fetch, rnd.client, start)
        while True:
            rnd.step(0.5, "Receiving changes from HQ")
            try:
                page = ahead.result()
            except ProtocolRefused as exc:
                if exc.status != 409 or resets >= 2:
                    raise
                resets += 1
                _reset_epoch(rnd)
                ahead = fetcher.submit(_fetch, rnd.client, (0, "", 0))
                continue
            following = _next(page)
            if following is not None:
                ahead = fetcher.submit(_fetch, rnd.client, following)
            result = rnd.run(partial(_apply, page=page))
            rnd.merges |= result.contacts
            rnd.report.pulled += result.applied
            rnd.report.conflicts += result.new_conflicts
            if following is None:
                if page.has_more and not page.snapshot:
                    raise NetworkError("HQ said more changes follow but sent none; try again later")
                return
    finally:
        fetcher.shutdown(wait=False, cancel_futures=True)


def _apply(s: Session, page: p.PullResponse) -> PageResult:
    return apply_page(s, sync_state(s), page)


def _position(s: Session) -> Position:
    state = sync_state(s)
    return state.pull_cursor, state.snapshot_after, state.snapshot_seq


def _reset_epoch(rnd: Round) -> None:
    """HQ was restored (its epoch changed) or our cursor is too old: re-pull from the start.
    The pending outbox stays and is pushed again on the next round."""
    meta = rnd.client.meta()

    def start_again(s: Session) -> None:
        state = sync_state(s)
        state.epoch = meta.epoch
        state.max_push = push_limit(meta.limits.max_push)
        state.max_blob_bytes = meta.limits.max_blob_bytes
        state.pull_cursor, state.snapshot_after, state.snapshot_seq = 0, "", 0
        _requeue_edits(s)

    rnd.run(start_again)
    rnd.client.epoch = meta.epoch


def _requeue_edits(s: Session) -> None:
    """A restored HQ may have lost edits it had acknowledged: send them again as new mutations.
    Field edits are safe to repeat (last writer wins by their original clocks: one HQ still has
    changes nothing); status moves are not repeated, HQ's workflow state is authoritative."""
    acked = s.scalars(select(Outbox).where(Outbox.state == "acked", Outbox.name == "upsert").order_by(Outbox.mutation_seq)).all()
    for row in acked:
        s.add(Outbox(name=row.name, args=row.args, hlc=row.hlc, state="pending"))
        row.state = "requeued"
    s.flush()
