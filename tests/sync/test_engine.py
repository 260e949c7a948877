"""The sync round against the in-process HQ: refusals, conflicts, epochs, cancel, round trips."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sync_world import HQ, Laptop, two_laptops_of_was

from officerdesk.core.models import CompanyRequest, Outbox, StatusChange
from officerdesk.core.services import conflicts, records, requests
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import AuthError, Cancelled
from officerdesk.hq import admin
from officerdesk.hq.routes import meta as meta_route
from officerdesk.sync import engine
from officerdesk.sync.engine import sync_once


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[HQ, Laptop, Laptop]]:
    with two_laptops_of_was(tmp_path) as world:
        yield world


def new_request(lap: Laptop, **values: str) -> str:
    post = lap.post_id
    with lap.store.session_factory.begin() as s:
        return records.create(s, "company_request", post_id=post, values={"title": "Squatted mark", **values}).id


def test_a_stale_status_move_is_put_back_with_the_reason(world: tuple[HQ, Laptop, Laptop]) -> None:
    _hq, a, b = world
    rid = new_request(a)
    a.sync()
    b.sync()
    with a.store.session_factory.begin() as s:
        requests.transition(s, rid, "reviewing")
    with b.store.session_factory.begin() as s:
        requests.transition(s, rid, "rejected", note="not an IP matter")
    assert a.sync().rejected == 0
    report = b.sync()
    assert report.rejected == 1 and "refused by HQ" in report.rejections[0]
    with b.store.session_factory.begin() as s:
        assert s.get(CompanyRequest, rid).status == "reviewing"  # type: ignore[union-attr]
        mine = s.scalars(select(StatusChange).where(StatusChange.to_status == "rejected")).one()
        assert mine.deleted, "the refused move is tombstoned, so history stays a legal path"
        refused = s.scalars(select(Outbox).where(Outbox.state == "rejected")).one()
        assert refused.name == "transition" and "stale" in refused.reason
        assert s.scalars(select(Outbox).where(Outbox.state == "pending")).all() == [], "putting it back queues nothing"
    assert a.snapshot() == {k: v for k, v in b.snapshot().items() if k[1] != mine.id}


def test_concurrent_notes_become_a_conflict_that_resolves_everywhere(world: tuple[HQ, Laptop, Laptop]) -> None:
    _hq, a, b = world
    rid = new_request(a, details="first")
    a.sync()
    b.sync()
    for lap, text in ((a, "A's account of the call"), (b, "B's account of the call")):
        with lap.store.session_factory.begin() as s:
            records.update(s, "company_request", rid, {"details": text})
    a.sync()
    assert b.sync().conflicts == 1
    a.sync()
    for lap in (a, b):
        with lap.store.session_factory.begin() as s:
            (c,) = conflicts.list_open(s)
            assert {c.local_value, c.remote_value} == {"A's account of the call", "B's account of the call"}  # type: ignore[attr-defined]
    with a.store.session_factory.begin() as s:
        conflicts.resolve(s, conflicts.list_open(s)[0].id, keep="merged", text="Both accounts, merged")
    a.sync()
    b.sync()
    with b.store.session_factory.begin() as s:
        assert records.get(s, "company_request", rid).details == "Both accounts, merged"  # type: ignore[attr-defined]
        assert conflicts.list_open(s) == [], "the decision travelled: b no longer lists the conflict"


def test_a_restored_hq_is_pulled_again_and_gets_its_lost_edits_back(world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, _b = world
    rid = new_request(a, details="kept on the laptop")
    a.sync()
    with hq.db.write() as s:
        admin.reset_epoch(s)
    a.sync()  # 409 epoch_changed: cursor back to 0, acknowledged edits queued again
    with a.store.session_factory.begin() as s:
        assert sync_state(s).pull_cursor > 0
        assert s.scalars(select(Outbox).where(Outbox.state == "pending")).all() != []
    report = a.sync()
    assert report.rejected == 0
    assert a.snapshot() == hq.snapshot(a.post_id)
    assert hq.snapshot(a.post_id)[("company_request", rid)]["details"] == "kept on the laptop"


@pytest.mark.parametrize("snapshot_page", [100, 0], ids=["snapshot", "change-log"])
def test_cancel_between_pages_keeps_what_was_applied(world: tuple[HQ, Laptop, Laptop], snapshot_page: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "SNAPSHOT_PAGE", snapshot_page)
    _hq, a, b = world
    post = a.post_id
    with a.store.session_factory.begin() as s:
        for i in range(300):
            records.create(s, "contact", post_id=post, values={"name": f"Contact {i}"})
    a.sync()
    steps: list[str] = []
    with pytest.raises(Cancelled):
        sync_once(b.store, b.client, progress=lambda f, m: steps.append(m),
                  cancel=lambda: steps.count("Receiving changes from HQ") >= 2)
    with b.store.session_factory.begin() as s:
        state = sync_state(s)
        position = state.snapshot_after if snapshot_page else state.pull_cursor
        got = records.count(s, "contact")
    assert position and 0 < got < 300, "the whole page before the cancel is kept with its position, no more"
    b.sync()
    assert a.snapshot() == b.snapshot()


def test_an_idle_sync_is_one_round_trip(world: tuple[HQ, Laptop, Laptop]) -> None:
    _hq, a, _b = world
    a.sync()
    report = a.sync()
    assert (report.pushed, report.pulled, report.round_trips) == (0, 0, 1)
    assert [line.split()[0] for line in a.faults.log[-1:]] == ["GET"]


def test_a_revoked_device_is_refused(world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, _b = world
    with a.store.session_factory.begin() as s:
        device = sync_state(s).device_id
    with hq.db.write() as s:
        admin.revoke_device(s, device_id=device)
    with pytest.raises(AuthError):
        a.sync()
    with a.store.session_factory.begin() as s:
        assert sync_state(s).last_error, "the status bar can say why"


def test_a_spent_enrolment_code_is_refused_with_a_clear_message(world: tuple[HQ, Laptop, Laptop], tmp_path: Path) -> None:
    from officerdesk.errors import UserError
    from officerdesk.profiles import open_store
    from officerdesk.sync.enrolment import enroll

    hq, _a, _b = world
    code = hq.enrol_code("WAS", "박지훈")
    first = open_store(tmp_path / "c")
    enroll(first, "http://127.0.0.1", code, transport=hq.transport)
    again = open_store(tmp_path / "d")
    with pytest.raises(UserError, match="new one-time code"):
        enroll(again, "http://127.0.0.1", code, transport=hq.transport)
    with again.session_factory.begin() as s:
        assert not sync_state(s).device_id, "nothing is recorded for a refused code"
    first.close()
    again.close()


def test_an_edit_stamped_by_a_fast_clock_is_stamped_again_not_lost(world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, _b = world
    a.sync()
    with a.store.session_factory.begin() as s:
        s.info["remote"] = True
        state = sync_state(s)
        state.clock_offset_ms, state.clock = 20 * 60 * 1000, ""  # this computer's clock runs 20 min fast
    post = a.post_id
    with a.store.session_factory.begin() as s:
        cid = records.create(s, "contact", post_id=post, values={"name": "Examiner Kato"}).id
    report = a.sync()
    assert report.rejected == 0 and report.pushed == 1
    assert hq.snapshot(post)[("contact", cid)]["name"] == "Examiner Kato"
    with a.store.session_factory.begin() as s:
        assert abs(sync_state(s).clock_offset_ms) < 60_000, "the clock was corrected from HQ's time"
        assert [o.state for o in s.scalars(select(Outbox).order_by(Outbox.mutation_seq))][-2:] == ["restamped", "acked"]
        records.update(s, "contact", cid, {"position": "Director"})
    again = a.sync()
    assert (again.pushed, again.rejected) == (1, 0)
    assert a.snapshot() == hq.snapshot(post)


def test_a_push_of_many_batches_sends_them_in_order_and_acknowledges_each(
        world: tuple[HQ, Laptop, Laptop]) -> None:
    """The next batch is read (and sent) while the previous answer is recorded: nothing is sent
    twice, skipped or sent out of order (HQ would refuse a gap)."""
    hq, a, _b = world
    a.sync()
    _push_limit(a, 3)
    post = a.post_id
    ids = _contacts(a, 10)
    report = a.sync()
    assert (report.pushed, report.rejected) == (10, 0)
    assert report.round_trips >= 4 + 1  # four batches of at most three, then the pull
    with a.store.session_factory.begin() as s:
        assert {o.state for o in s.scalars(select(Outbox))} == {"acked"}
    assert all(hq.snapshot(post)[("contact", cid)]["name"] == f"Examiner {i}" for i, cid in enumerate(ids))
    assert a.snapshot() == hq.snapshot(post)


def test_edits_restamped_while_later_batches_are_in_flight_are_sent_too(
        world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, _b = world
    a.sync()
    _push_limit(a, 2)
    post = a.post_id
    early = _contacts(a, 3, "On time")
    with a.store.session_factory.begin() as s:
        s.info["remote"] = True
        state = sync_state(s)
        state.clock_offset_ms, state.clock = 20 * 60 * 1000, ""  # from here the clock runs 20 min fast
    fast = _contacts(a, 3, "Fast")
    report = a.sync()
    assert (report.pushed, report.rejected) == (6, 0)
    with a.store.session_factory.begin() as s:
        states = [o.state for o in s.scalars(select(Outbox).order_by(Outbox.mutation_seq))]
    assert states.count("restamped") == 3 and states.count("acked") == 6 and len(states) == 9
    snapshot = hq.snapshot(post)
    assert all(("contact", cid) in snapshot for cid in early + fast)
    assert a.snapshot() == snapshot


# ---- the push limit HQ advertises ------------------------------------------------------------------


def _push_limit(lap: Laptop, n: int) -> None:
    """As if HQ had advertised `n` mutations per push when the laptop last asked."""
    with lap.store.session_factory.begin() as s:
        s.info["remote"] = True
        sync_state(s).max_push = n


class OlderHQ(httpx.BaseTransport):
    """HQ as a version before advertised limits: `/v1/meta` names none, and a push of more than
    the protocol's 200 mutations is refused by its request validation (422). `sizes` lists the
    size of every push that reached the real HQ."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.older, self.sizes = inner, True, []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/push"):
            body = request.read()
            text = gzip.decompress(body) if request.headers.get("content-encoding") == "gzip" else body
            size = len(json.loads(text)["mutations"])
            if self.older and size > 200:
                return httpx.Response(422, json={"error": "invalid", "detail":
                                                 "mutations: List should have at most 200 items after validation"})
            self.sizes.append(size)
        resp = self.inner.handle_request(request)
        if self.older and request.url.path.endswith("/meta"):
            meta = json.loads(resp.read())
            meta.pop("limits")
            return httpx.Response(resp.status_code, json=meta)
        return resp


def _contacts(lap: Laptop, n: int, name: str = "Examiner") -> list[str]:
    post = lap.post_id
    with lap.store.session_factory.begin() as s:
        return [records.create(s, "contact", post_id=post, values={"name": f"{name} {i}"}).id for i in range(n)]


def test_the_laptop_learns_hqs_push_limit_and_sends_batches_of_that_size(
        world: tuple[HQ, Laptop, Laptop], monkeypatch: pytest.MonkeyPatch) -> None:
    hq, a, _b = world
    with a.store.session_factory.begin() as s:
        assert sync_state(s).max_push == 0, "nothing learned before the first sync"
    monkeypatch.setattr(meta_route, "HQ_MAX_PUSH", 5)
    a.sync()  # the first sync asks HQ for its meta
    with a.store.session_factory.begin() as s:
        assert sync_state(s).max_push == 5
    older = OlderHQ(a.faults.inner)
    older.older = False
    a.faults.inner = older
    ids = _contacts(a, 12)
    assert a.sync().pushed == 12
    assert older.sizes == [5, 5, 2], "the limit is kept and used by syncs that do not ask for the meta"
    assert set(ids) <= {cid for _t, cid in hq.snapshot(a.post_id)}


def test_hqs_own_limit_is_larger_than_the_protocols_default(world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, _b = world
    older = OlderHQ(a.faults.inner)
    older.older = False
    a.faults.inner = older
    a.sync()
    with a.store.session_factory.begin() as s:
        assert sync_state(s).max_push == engine.p.HQ_MAX_PUSH > engine.p.MAX_PUSH
    _contacts(a, 450)
    assert a.sync().pushed == 450
    assert older.sizes == [450]
    assert a.snapshot() == hq.snapshot(a.post_id)


def test_an_hq_that_advertises_no_limit_gets_batches_of_200(world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, _b = world
    older = a.faults.inner = OlderHQ(a.faults.inner)
    a.sync()
    with a.store.session_factory.begin() as s:
        assert sync_state(s).max_push == 200
    _contacts(a, 450)
    assert a.sync().pushed == 450
    assert older.sizes == [200, 200, 50]
    assert a.snapshot() == hq.snapshot(a.post_id)


def test_a_laptop_that_never_asked_sends_batches_of_200(world: tuple[HQ, Laptop, Laptop]) -> None:
    _hq, a, _b = world
    a.sync()
    _push_limit(a, 0)
    older = OlderHQ(a.faults.inner)
    older.older = False
    a.faults.inner = older
    _contacts(a, 250)
    assert a.sync().pushed == 250
    assert older.sizes == [200, 50]


def test_an_hq_replaced_by_an_older_one_gets_the_refused_batch_again_in_batches_of_200(
        world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, _b = world
    a.sync()  # learns HQ's 500
    older = a.faults.inner = OlderHQ(a.faults.inner)
    _contacts(a, 450)
    report = a.sync()
    assert (report.pushed, report.rejected) == (450, 0)
    assert older.sizes == [200, 200, 50]
    with a.store.session_factory.begin() as s:
        assert sync_state(s).max_push == 0, "the limit is learned again at the next meta"
        assert {o.state for o in s.scalars(select(Outbox))} == {"acked"}
    assert a.snapshot() == hq.snapshot(a.post_id)


def test_a_batch_of_long_notes_is_sent_as_several_within_hqs_request_limit(world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, _b = world
    older = OlderHQ(a.faults.inner)
    older.older = False
    a.faults.inner = older
    a.sync()  # learns HQ's limit of 500 mutations a push
    post = a.post_id
    long_notes = "특허 분쟁 메모 " * 20_000  # 180,000 characters: 460 kB of UTF-8, 880 kB as stored JSON
    with a.store.session_factory.begin() as s:
        ids = [records.create(s, "contact", post_id=post, values={"name": f"Lee {i}", "notes": long_notes}).id
               for i in range(20)]
    report = a.sync()  # in one batch, 9 MB: refused as too large (413), every time
    assert (report.pushed, report.rejected) == (20, 0)
    assert sum(older.sizes) == 20 and max(older.sizes) <= 5, older.sizes
    assert set(ids) <= {cid for _t, cid in hq.snapshot(post)}
    assert a.snapshot() == hq.snapshot(post)
