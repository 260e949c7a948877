"""A first pull by snapshot (docs/sync.md, "Snapshot"): whole records in id order, then changes.

The snapshot must leave a laptop exactly as the change log would (records, field clocks, search),
converge when HQ changes between its pages, stay within the device's scope, resume after a cut
without duplicates, and keep last-writer-wins for records the laptop already has.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sync_world import HQ, Laptop, two_laptops_of_was

from officerdesk.core.ids import uuid7
from officerdesk.core.models import RECORD_TYPES, Contact
from officerdesk.core.search import index as search
from officerdesk.core.services import records, requests
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import NetworkError
from officerdesk.hq.records import Stamp, Writer, load
from officerdesk.protocol import wire as p
from officerdesk.sync import apply, engine
from officerdesk.sync.apply import apply_page
from officerdesk.sync.client import HQClient, ServerError
from officerdesk.sync.engine import Round, SyncReport

LOCAL_COLUMNS = {"created_at", "updated_at"}  # when this laptop wrote the row: never synced


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[HQ, Laptop, Laptop]]:
    monkeypatch.setattr(engine, "SNAPSHOT_PAGE", 4)  # many pages from a few records
    with two_laptops_of_was(tmp_path, "TYO") as world:
        yield world


def fill(a: Laptop, b: Laptop) -> dict[str, str]:
    """Every kind of history: creates, later edits by another laptop, status moves (HQ decides),
    a tombstone, a text conflict; returns a few ids by name."""
    post = a.post_id
    ids: dict[str, str] = {}
    with a.store.session_factory.begin() as s:
        for i in range(9):
            records.create(s, "contact", post_id=post, values={"name": f"Examiner {i}", "notes": f"met at IP5 {i}"})
        ids["edited"] = records.create(s, "contact", post_id=post, values={"name": "Director Kim", "position": "Dir"}).id
        ids["gone"] = records.create(s, "trend_note", post_id=post, values={"title": "Customs recordal"}).id
        ids["meeting"] = records.create(s, "meeting", post_id=post, values={
            "title": "JPO heads", "starts_at": "2026-10-01T10:00:00", "agenda": "PPH"}).id
        ids["request"] = records.create(s, "company_request", post_id=post, values={"title": "Squatted mark"}).id
    a.sync()
    b.sync()
    with b.store.session_factory.begin() as s:
        records.update(s, "contact", ids["edited"], {"position": "Commissioner", "notes": "from b"})
        requests.transition(s, ids["request"], "reviewing")
        records.delete(s, "trend_note", ids["gone"])
    with a.store.session_factory.begin() as s:
        records.update(s, "meeting", ids["meeting"], {"agenda": "a's agenda"})
    with b.store.session_factory.begin() as s:
        records.update(s, "meeting", ids["meeting"], {"agenda": "b's agenda"})
    a.sync()
    b.sync()
    a.sync()
    return ids


def rows(lap: Laptop) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced row of the laptop, every column but the local write times, clocks included."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with lap.store.session_factory.begin() as s:
        for kind, cls in RECORD_TYPES.items():
            for row in s.execute(select(cls.__table__)).mappings():
                out[(kind, row["id"])] = {k: v for k, v in row.items() if k not in LOCAL_COLUMNS}
    return out


def found(lap: Laptop, *queries: str) -> list[list[str]]:
    with lap.store.session_factory.begin() as s:
        return [sorted(hit.id for hit in search.search(s, q, limit=100)) for q in queries]


def state_of(lap: Laptop) -> tuple[int, str, int]:
    with lap.store.session_factory.begin() as s:
        state = sync_state(s)
        return state.pull_cursor, state.snapshot_after, state.snapshot_seq


@pytest.mark.parametrize("one_match", [True, False], ids=["clocks-in-one-match", "clocks-field-by-field"])
def test_a_snapshot_first_sync_leaves_the_same_database_as_the_change_log(
    world: tuple[HQ, Laptop, Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_match: bool
) -> None:
    taken: list[bool] = []
    if not one_match:  # every record takes the general path (what an unusual record takes)
        monkeypatch.setattr(apply, "_plain_row", lambda *_args: None)
    else:
        plain_row = apply._plain_row

        def counted(*args: Any) -> Any:
            row = plain_row(*args)
            taken.append(row is not None)
            return row

        monkeypatch.setattr(apply, "_plain_row", counted)
    hq, a, b = world
    ids = fill(a, b)
    by_snapshot = Laptop.enrolled(tmp_path / "c", hq, "WAS", "박지훈")
    by_changes = Laptop.enrolled(tmp_path / "d", hq, "WAS", "최서연")
    first = by_snapshot.sync()
    assert first.pulled > 0 and state_of(by_snapshot)[1:] == ("", 0)
    assert any(taken) is one_match
    monkeypatch.setattr(engine, "SNAPSHOT_PAGE", 0)
    by_changes.sync()
    try:
        got, want = rows(by_snapshot), rows(by_changes)
        assert got.keys() == want.keys()
        assert {k: v for k, v in got.items()} == want, [k for k in got if got[k] != want.get(k)]
        assert got[("trend_note", ids["gone"])]["deleted"] is True, "a tombstone arrives as a tombstone"
        assert got[("company_request", ids["request"])]["status"] == "reviewing"
        assert any(k[0] == "conflict" for k in got), "HQ's conflict record arrives too"
        queries = ("Examiner", "IP5", "Commissioner", "agenda", "Squatted")
        assert found(by_snapshot, *queries) == found(by_changes, *queries)
        assert found(by_snapshot, "Examiner")[0], "the search index is filled"
        assert state_of(by_snapshot) == state_of(by_changes)
        assert by_snapshot.snapshot() == a.snapshot() == hq.snapshot(a.post_id)
        assert by_snapshot.sync().pulled == 0
    finally:
        by_snapshot.close()
        by_changes.close()


def _hq_edit(hq: HQ, post: str, rid: str | None, values: dict[str, Any], hlc: str) -> str:
    """An edit written at HQ (as if another laptop's push landed), with a stamp of its own."""
    with hq.db.write() as s:
        writer = Writer(s)
        rec = load(s, [rid]).get(rid) if rid else None
        if rec is None:
            rid = rid or uuid7()
            rec = writer.new_record("contact", rid, post)
        writer.set_fields(rec, values, Stamp(hlc, "elsewhere", "", "HQ test"))
        return rid


def test_edits_at_hq_between_snapshot_pages_converge(
    world: tuple[HQ, Laptop, Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, a, b = world
    fill(a, b)
    post = a.post_id
    with hq.db.read() as s:
        from officerdesk.hq.store import Record

        contacts = sorted(s.scalars(select(Record.id).where(Record.type == "contact")))
    early, late = contacts[0], contacts[-1]
    later = f"{int(time.time() * 1000) + 1000:013x}0000"
    real = HQClient.pull_snapshot
    pages: list[int] = []

    def between_pages(self: HQClient, after: str = "", since: int = 0, limit: int = p.MAX_SNAPSHOT) -> p.PullResponse:
        if len(pages) == 2:  # after two pages: a record already sent, one not yet sent, a new one
            _hq_edit(hq, post, early, {"position": "changed after it was sent", "deleted": True}, later)
            _hq_edit(hq, post, late, {"position": "changed before it was sent"}, later)
            _hq_edit(hq, post, None, {"name": "Created mid-snapshot", "classification": "internal",
                                      "deleted": False}, later)
            _hq_edit(hq, post, "00000000-0000-7000-8000-000000000000",
                     {"name": "Created before the position", "classification": "internal", "deleted": False}, later)
        page = real(self, after, since, limit)
        pages.append(len(page.records))
        return page

    c = Laptop.enrolled(tmp_path / "c", hq, "WAS", "박지훈")
    by_changes = Laptop.enrolled(tmp_path / "d", hq, "WAS", "최서연")
    monkeypatch.setattr(HQClient, "pull_snapshot", between_pages)
    try:
        c.sync()
        assert len(pages) > 3
        monkeypatch.setattr(engine, "SNAPSHOT_PAGE", 0)
        by_changes.sync()
        assert rows(c) == rows(by_changes), "the same rows and clocks as a pull of the whole change log"
        with c.store.session_factory.begin() as s:
            assert s.get(Contact, early).deleted  # type: ignore[union-attr]
            assert s.get(Contact, late).position == "changed before it was sent"  # type: ignore[union-attr]
            assert s.scalar(select(Contact.id).where(Contact.name == "Created before the position"))
        a.sync()
        assert a.snapshot() == c.snapshot()
        assert rows(a).keys() == rows(c).keys()
        assert c.sync().pulled == 0
    finally:
        c.close()
        by_changes.close()


def test_another_post_gets_none_of_the_records_and_hq_roles_get_all(world: tuple[HQ, Laptop, Laptop], tmp_path: Path) -> None:
    hq, a, b = world
    fill(a, b)
    tyo = Laptop.enrolled(tmp_path / "t", hq, "TYO", "Sato")
    try:
        with tyo.store.session_factory.begin() as s:
            records.create(s, "contact", post_id=tyo.post_id, values={"name": "Examiner Sato"})
        tyo.sync()
        raw = tyo.client.pull_snapshot("", 0, 1000)
        assert {(r.type, r.post_id == tyo.post_id) for r in raw.records} <= {("post", True), ("post", False),
                                                                              ("officer", True), ("contact", True)}
        assert {r.type for r in raw.records} >= {"post", "contact"}, "every post is published to every post"
        mine = rows(tyo)
        assert all(v["post_id"] == tyo.post_id for k, v in mine.items() if k[0] != "post")
        assert not any(k in mine for k in rows(a) if k[0] not in ("post",)), "no record of WAS on a TYO laptop"
    finally:
        tyo.close()
    code = hq.enrol_code("TYO", "Analyst", role="hq_analyst")
    from officerdesk.profiles import open_store
    from officerdesk.sync.enrolment import enroll

    store = open_store(tmp_path / "h")
    enroll(store, "http://127.0.0.1", code, transport=hq.transport)
    store.close()
    analyst = Laptop(tmp_path / "h", hq)
    try:
        analyst.sync()
        assert {k for k in rows(a) if k[0] != "officer"} <= rows(analyst).keys()
    finally:
        analyst.close()


def test_a_snapshot_cut_mid_way_resumes_without_duplicates(world: tuple[HQ, Laptop, Laptop], tmp_path: Path) -> None:
    hq, a, b = world
    fill(a, b)
    c = Laptop.enrolled(tmp_path / "c", hq, "WAS", "박지훈")
    try:
        c.faults.arm("drop_response", 2, only="/pull")
        with pytest.raises(NetworkError):
            c.sync()
        cursor, after, since = state_of(c)
        assert cursor == 0 and after and since > 0, "two pages are kept with their position"
        kept = rows(c)
        assert 0 < len([k for k in kept if k[0] != "post"]) < len(rows(a))
        assert max(k[1] for k in kept if k[0] in ("contact", "meeting", "trend_note")) <= after
        c.restart()  # the laptop is closed and opened again in between
        calls = len(c.faults.log)
        c.sync()
        resumed = [line for line in c.faults.log[calls:] if "/pull" in line]
        a.sync()
        assert c.snapshot() == a.snapshot() == hq.snapshot(a.post_id)
        assert rows(c).keys() == rows(a).keys()
        assert len(resumed) < len(rows(a)) // 4 + 2, "the resumed pull does not start again"
        assert state_of(c)[1:] == ("", 0) and c.sync().pulled == 0
    finally:
        c.close()


def later_than(lap: Laptop, other: Laptop) -> None:
    """The laptop's next stamps order after every stamp the other has made (as if it had seen
    them): which edit is later must not rest on two clocks' offsets from HQ."""
    with other.store.session_factory.begin() as s:
        theirs = sync_state(s).clock
    with lap.store.session_factory.begin() as s:
        s.info["remote"] = True
        state = sync_state(s)
        state.clock = max(state.clock, theirs)


def test_records_the_laptop_has_keep_last_writer_wins(world: tuple[HQ, Laptop, Laptop]) -> None:
    """A laptop with its own unsynced edits pulls a snapshot (a restored HQ, a reset cursor): its
    later edits stay, HQ's later ones win, HQ decides a request's status, and pushing afterwards
    makes a text conflict as it would have without the snapshot."""
    hq, a, b = world
    ids = fill(a, b)
    with b.store.session_factory.begin() as s:
        records.update(s, "contact", ids["edited"], {"position": "b's earlier position"})
    later_than(a, b)
    with a.store.session_factory.begin() as s:
        records.update(s, "contact", ids["edited"], {"position": "a's later position", "notes": "a's notes"})
        requests.transition(s, ids["request"], "in_progress")
    later_than(b, a)
    with b.store.session_factory.begin() as s:
        records.update(s, "contact", ids["edited"], {"phones": "b's later phone"})
        records.update(s, "contact", ids["edited"], {"notes": "b, unsynced"})
    a.sync()
    with b.store.session_factory.begin() as s:
        state = sync_state(s)
        state.pull_cursor, state.snapshot_after, state.snapshot_seq = 0, "", 0
    rnd = Round(b.store, b.client, SyncReport(), None, None)
    engine.pull(rnd)  # the pull alone: b's edits are still pending
    with b.store.session_factory.begin() as s:
        mine = s.get(Contact, ids["edited"])
        assert mine is not None
        assert (mine.position, mine.phones, mine.notes) == ("a's later position", "b's later phone", "b, unsynced")
        assert records.get(s, "company_request", ids["request"]).status == "in_progress"  # type: ignore[attr-defined]
    report = b.sync()
    assert report.pushed == 3 and report.conflicts == 1, "b's notes against a's: the later wins, the other is kept"
    a.sync()
    assert a.snapshot() == b.snapshot() == hq.snapshot(a.post_id)


def test_a_malformed_snapshot_changes_nothing(world: tuple[HQ, Laptop, Laptop], tmp_path: Path) -> None:
    hq, a, b = world
    fill(a, b)
    c = Laptop.enrolled(tmp_path / "c", hq, "WAS", "박지훈")
    try:
        page = c.client.pull_snapshot("", 0, 100)
        record = next(r for r in page.records if r.type == "contact")
        for spoil in ({"fields": {**record.fields, "name": 7}}, {"clocks": {**record.clocks, "name": ["x", "y", 1]}},
                      {"clocks": {**record.clocks, "name": ["0" * 17]}}):
            bad = page.model_copy(update={"records": [record.model_copy(update=spoil)]})
            with pytest.raises(ServerError), c.store.session_factory.begin() as s:
                s.info["remote"] = True
                apply_page(s, sync_state(s), bad)
            assert state_of(c) == (0, "", 0) and not any(k[0] == "contact" for k in rows(c))
    finally:
        c.close()


def test_a_change_page_has_only_the_keys_older_laptops_know(world: tuple[HQ, Laptop, Laptop]) -> None:
    hq, a, b = world
    fill(a, b)
    token = a.client.token
    answer = hq.client.get("/v1/pull", params={"cursor": 0}, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    assert set(json.loads(answer.content)) == {"changes", "next_cursor", "has_more", "epoch"}
    snap = hq.client.get("/v1/pull", params={"cursor": 0, "snapshot": 1}, headers={"Authorization": f"Bearer {token}"})
    body = json.loads(snap.content)
    assert body["snapshot"] is True and body["records"] and body["changes"] == []
    assert body["snapshot_seq"] == body["next_cursor"] > 0
    later = hq.client.get("/v1/pull", params={"cursor": 5, "snapshot": 1}, headers={"Authorization": f"Bearer {token}"})
    assert "records" not in json.loads(later.content), "only a first pull (cursor 0) is a snapshot"


def _snapshot_answer(**over: Any) -> dict[str, Any]:
    record = {"type": "contact", "id": "r2", "post_id": "P", "fields": {}, "clocks": {}}
    body = {"changes": [], "records": [record], "next_cursor": 7, "has_more": True, "epoch": "e",
            "snapshot": True, "snapshot_after": "r2", "snapshot_seq": 7}
    body.update(over)
    return body


@pytest.mark.parametrize("answer", [
    _snapshot_answer(records=[{"type": "contact", "id": "r2", "post_id": "P", "fields": {}, "clocks": {}}] * 2),
    _snapshot_answer(snapshot_after="r9"),
    _snapshot_answer(snapshot_seq=8),
    _snapshot_answer(records=[], snapshot_after="r1"),
    _snapshot_answer(has_more=False),
    _snapshot_answer(changes=[{"seq": 8, "type": "contact", "id": "r", "post_id": "P", "field": "name",
                               "hlc": "0" * 17, "site_id": "s"}]),
], ids=["repeats", "position", "start-moved", "empty-with-more", "done-with-position", "changes"])
def test_a_snapshot_page_that_does_not_add_up_is_refused(answer: dict[str, Any]) -> None:
    import httpx

    client = HQClient("http://127.0.0.1:9", "tok", transport=httpx.MockTransport(
        lambda _request: httpx.Response(200, json=answer)))
    with pytest.raises(ServerError):
        client.pull_snapshot("r1", 7)
    client.close()


def test_a_snapshot_page_that_adds_up_is_taken() -> None:
    import httpx

    client = HQClient("http://127.0.0.1:9", "tok", transport=httpx.MockTransport(
        lambda _request: httpx.Response(200, json=_snapshot_answer())))
    assert [r.id for r in client.pull_snapshot("r1", 7).records] == ["r2"]
    client.close()
