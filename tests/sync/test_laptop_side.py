"""Laptop-side pieces that need no server: applying pages, conflicts, attachments, enrolment."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pydantic
import pytest
from sqlalchemy import select

from officerdesk.core import attachments
from officerdesk.core.models import Blob, Conflict, Contact, Officer, Outbox, Post, utcnow
from officerdesk.core.services import conflicts, identity, records, requests
from officerdesk.core.store.db import Store
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import UserError
from officerdesk.protocol import wire as p
from officerdesk.sync.apply import apply_page
from officerdesk.sync.client import ServerError
from officerdesk.sync.enrolment import adopt

LATE = "ffffffffff0000000"[:13] + "0000"  # far later than any stamp made now
EARLY = "0000000000001" + "0000"


def page(changes: list[dict[str, Any]], cursor: int, epoch: str = "e1") -> p.PullResponse:
    return p.PullResponse(changes=[p.Change(**c) for c in changes], next_cursor=cursor, has_more=False, epoch=epoch)


def change(seq: int, rid: str, post: str, field: str, value: Any, hlc: str, kind: str = "contact", site: str = "other") -> dict[str, Any]:
    return {"seq": seq, "type": kind, "id": rid, "post_id": post, "field": field, "value": value, "hlc": hlc, "site_id": site}


def apply(store: Store, pg: p.PullResponse) -> None:
    with store.session_factory.begin() as s:
        s.info["remote"] = True
        apply_page(s, sync_state(s), pg)


def test_pulled_fields_win_only_when_later(store: Store) -> None:
    with store.session_factory.begin() as s:
        ident = identity.require(s)
        cid = records.create(s, "contact", post_id=ident.post_id, values={"name": "Mine", "position": "Director"}).id
        pending = len(s.scalars(select(Outbox)).all())
    apply(store, page([change(1, cid, ident.post_id, "name", "Theirs (older)", EARLY),
                       change(2, cid, ident.post_id, "position", "Examiner", LATE)], 2))
    with store.session_factory.begin() as s:
        c = s.get(Contact, cid)
        assert c is not None
        assert c.name == "Mine" and c.position == "Examiner"
        assert c.clocks["name"][2] == 1, "a losing change still advances the seen seq"
        assert c.clocks["position"][:2] == [LATE, "other"]
        assert sync_state(s).pull_cursor == 2
        assert len(s.scalars(select(Outbox)).all()) == pending, "applying HQ's changes makes no mutations"


def test_a_malformed_local_clock_left_by_an_old_hq_loses_to_hqs_value(store: Store) -> None:
    """Before HQ was strict it could pass on a full-width stamp, which sorts after every real one:
    a laptop holding it must still take HQ's later (repaired) value instead of freezing the field."""
    with store.session_factory.begin() as s:
        ident = identity.require(s)
        cid = records.create(s, "contact", post_id=ident.post_id, values={"name": "Frozen"}).id
    with store.session_factory.begin() as s:  # the clock an old HQ handed over
        c = s.get(Contact, cid)
        assert c is not None
        s.info["remote"] = True
        c.clocks = {**c.clocks, "name": ["\uff10" * 13 + "0000", "old-hq", 3]}
    apply(store, page([change(4, cid, ident.post_id, "name", "Repaired", EARLY)], 4))
    with store.session_factory.begin() as s:
        c = s.get(Contact, cid)
        assert c is not None and c.name == "Repaired" and c.clocks["name"][:2] == [EARLY, "other"]


def test_a_record_split_across_pages_arrives_whole(store: Store) -> None:
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
    rid = "01890000-0000-7000-8000-000000000001"
    apply(store, page([change(1, rid, post, "kind", "court", LATE, kind="meeting")], 1))
    apply(store, page([change(2, rid, post, "title", "Hearing", LATE, kind="meeting"),
                       change(3, rid, post, "starts_at", "2026-10-01T01:00:00+00:00", LATE, kind="meeting")], 3))
    with store.session_factory.begin() as s:
        m = records.get(s, "meeting", rid)
        assert (m.title, m.kind, m.starts_at.isoformat()) == ("Hearing", "court", "2026-10-01T01:00:00")  # type: ignore[attr-defined]


def test_hq_decides_request_status_whatever_the_clocks(store: Store) -> None:
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        rid = records.create(s, "company_request", post_id=post, values={"title": "Squatted mark"}).id
        requests.transition(s, rid, "reviewing")
    apply(store, page([change(1, rid, post, "status", "received", EARLY, kind="company_request")], 1))
    with store.session_factory.begin() as s:
        assert records.get(s, "company_request", rid).status == "received"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "bad",
    [
        {"field": "name", "value": 12},
        {"field": "name", "value": None},
        {"field": "last_contacted", "value": "not a date"},
        {"field": "name", "value": "nul\x00byte"},
    ],
)
def test_a_malformed_page_changes_nothing(store: Store, bad: dict[str, Any]) -> None:
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
    good = change(1, "01890000-0000-7000-8000-0000000000aa", post, "name", "Fine", LATE)
    with pytest.raises(ServerError):
        apply(store, page([good, {**change(2, "01890000-0000-7000-8000-0000000000bb", post, "name", "x", LATE), **bad}], 2))
    with store.session_factory.begin() as s:
        assert s.scalars(select(Contact)).all() == []
        assert sync_state(s).pull_cursor == 0


def test_other_posts_and_unknown_fields_are_not_stored(store: Store) -> None:
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
    apply(store, page([change(1, "01890000-0000-7000-8000-0000000000cc", "another-post", "name", "Leak", LATE),
                       change(2, "01890000-0000-7000-8000-0000000000dd", post, "future_field", "x", LATE),
                       change(3, "01890000-0000-7000-8000-0000000000ee", "another-post", "code", "ZZZ", LATE, kind="post")], 3))
    with store.session_factory.begin() as s:
        assert s.scalars(select(Contact)).all() == []
        assert s.get(Post, "01890000-0000-7000-8000-0000000000ee") is not None, "posts are published to everyone"


def test_resolving_a_conflict_writes_a_new_edit(store: Store) -> None:
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        mid = records.create(s, "meeting", post_id=post, values={"title": "JPO", "starts_at": "2026-10-01T10:00:00", "notes": "mine"}).id
    cid = "01890000-0000-7000-8000-0000000000c1"
    fields = {"target_type": "meeting", "target_id": mid, "field": "notes", "local_value": "mine",
              "remote_value": "theirs", "remote_author": "Lee", "remote_hlc": LATE, "resolved": False}
    apply(store, page([change(i, cid, post, f, v, LATE, kind="conflict") for i, (f, v) in enumerate(fields.items(), 1)], 9))
    with store.session_factory.begin() as s:
        assert [c.id for c in conflicts.list_open(s)] == [cid]
        before = s.scalar(select(Outbox.mutation_seq).order_by(Outbox.mutation_seq.desc()).limit(1))
        conflicts.resolve(s, cid, keep="merged", text="mine + theirs")
    with store.session_factory.begin() as s:
        assert records.get(s, "meeting", mid).notes == "mine + theirs"  # type: ignore[attr-defined]
        assert conflicts.list_open(s) == []
        assert s.get(Conflict, cid).resolved  # type: ignore[union-attr]
        new = s.scalars(select(Outbox).where(Outbox.mutation_seq > before)).all()
        # the new text, and the decision itself (so the post's other laptops stop listing it)
        assert sorted((o.args["type"], o.args["fields"]) for o in new) == [
            ("conflict", {"resolved": True}), ("meeting", {"notes": "mine + theirs"})]


def test_attachments_are_encrypted_on_disk_and_read_back(store: Store) -> None:
    data = "회의록 — confidential minutes".encode() * 100
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        mid = records.create(s, "meeting", post_id=post, values={"title": "KIPO", "starts_at": "2026-10-01T10:00:00"}).id
        att = attachments.add(s, store.paths.attachments, owner_type="meeting", owner_id=mid, data=data, filename="minutes.txt")
        again = attachments.add(s, store.paths.attachments, owner_type="meeting", owner_id=mid, data=data, filename="copy.txt")
    files = [f for f in store.paths.attachments.rglob("*") if f.is_file()]
    assert len(files) == 1, "one content, one stored file"
    assert b"confidential" not in files[0].read_bytes()
    with store.session_factory.begin() as s:
        assert attachments.read(s, store.paths.attachments, att.id) == data
        assert attachments.read(s, store.paths.attachments, again.id) == data
        assert s.get(Blob, att.sha256).uploaded == 0  # type: ignore[attr-defined, union-attr]
    files[0].write_bytes(files[0].read_bytes()[:-1] + b"\x00")
    with store.session_factory.begin() as s, pytest.raises(UserError, match="damaged"):
        attachments.read(s, store.paths.attachments, att.id)


def enrolment(post_code: str, **kw: Any) -> p.EnrollResponse:
    base = {"device_id": "dev-1", "token": "t", "post_id": "01890000-0000-7000-8000-00000000a001", "post_code": post_code,
            "officer_id": "01890000-0000-7000-8000-00000000b001", "officer_name": "김민수", "role": "officer",
            "epoch": "e1", "server_time_ms": 1_700_000_000_000}
    return p.EnrollResponse(**{**base, **kw})


def test_enrolment_repoints_a_set_up_profile_to_hqs_ids(store: Store) -> None:
    with store.session_factory.begin() as s:
        old = identity.require(s)
        cid = records.create(s, "contact", post_id=old.post_id, values={"name": "Examiner Tanaka"}).id
        seqs = [o.mutation_seq for o in s.scalars(select(Outbox))]
        s.get(Outbox, seqs[0]).state = "acked"  # type: ignore[union-attr]
    answer = enrolment("WAS")
    with store.session_factory.begin() as s:
        s.info["remote"] = True
        adopt(s, answer, "http://127.0.0.1:1")
    with store.session_factory.begin() as s:
        ident = identity.require(s)
        assert (ident.post_id, ident.post_code, ident.officer_id, ident.enrolled) == (answer.post_id, "WAS", answer.officer_id, True)
        assert s.get(Post, old.post_id) is None and s.get(Officer, old.officer_id) is None
        assert s.get(Contact, cid).post_id == answer.post_id  # type: ignore[union-attr]
        rows = s.scalars(select(Outbox).order_by(Outbox.mutation_seq)).all()
        assert [r.mutation_seq for r in rows] == list(range(1, len(seqs))), "a new device numbers from 1"
        assert all(r.args["post_id"] == answer.post_id for r in rows)
        records.create(s, "contact", post_id=answer.post_id, values={"name": "Next"})
        assert max(r.mutation_seq for r in s.scalars(select(Outbox))) == len(seqs)


def test_enrolment_into_another_post_is_refused(store: Store, tmp_path: Path) -> None:
    with store.session_factory.begin() as s, pytest.raises(UserError, match="new profile"):
        adopt(s, enrolment("TYO"), "http://127.0.0.1:1")
    with store.session_factory.begin() as s:
        assert not identity.require(s).enrolled


def test_a_hostile_hq_answer_fails_the_sync_and_changes_nothing(store: Store) -> None:
    import httpx

    from officerdesk.sync.client import HQClient, Retry
    from officerdesk.sync.engine import sync_once

    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        cid = records.create(s, "contact", post_id=post, values={"name": "Mine"}).id
        state = sync_state(s)
        state.device_id, state.epoch, state.last_sync_at = "dev", "e1", utcnow()
    pushed: list[int] = []

    def hostile(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/push"):
            sent = [m["seq"] for m in json.loads(gzip.decompress(request.content) if request.headers.get("Content-Encoding") else request.content)["mutations"]]
            pushed.extend(sent)
            return httpx.Response(200, json={"results": [{"seq": q, "status": "applied"} for q in sent],
                                             "last_seq": sent[-1], "server_time_ms": 1})
        return httpx.Response(200, json={"changes": [{"seq": 1, "type": "contact", "id": cid, "post_id": post,
                                                      "field": "name", "value": {"$gt": ""}, "hlc": LATE, "site_id": "x"}],
                                         "next_cursor": 1, "has_more": False, "epoch": "e1"})

    client = HQClient("http://127.0.0.1:9", "tok", transport=httpx.MockTransport(hostile), retry=Retry(attempts=1))
    with pytest.raises(ServerError) as err:
        sync_once(store, client)
    assert "wrong value for contact.name" in str(err.value)
    with store.session_factory.begin() as s:
        assert records.get(s, "contact", cid).name == "Mine"  # type: ignore[attr-defined]
        assert sync_state(s).pull_cursor == 0
        assert "cannot use" in sync_state(s).last_error
    assert pushed and {o.state for o in _outbox(store)} == {"acked"}, "what HQ answered for stays answered"


def _outbox(store: Store) -> list[Outbox]:
    with store.session_factory.begin() as s:
        return list(s.scalars(select(Outbox).order_by(Outbox.mutation_seq)))


def test_enrolment_makes_the_device_id_the_site_id_of_every_clock(store: Store) -> None:
    """HQ stamps the device's writes with its device id; equal clocks must order the same here."""
    device = "01890000-0000-7000-8000-0000000000d1"
    with store.session_factory.begin() as s:
        old_site = sync_state(s).site_id
        cid = records.create(s, "contact", post_id=identity.require(s).post_id, values={"name": "Examiner Tanaka"}).id
        stamps = dict(s.get(Contact, cid).clocks)  # type: ignore[union-attr]
    assert {c[1] for c in stamps.values()} == {old_site}
    with store.session_factory.begin() as s:
        s.info["remote"] = True
        adopt(s, enrolment("WAS", device_id=device), "http://127.0.0.1:1")
    with store.session_factory.begin() as s:
        assert sync_state(s).site_id == device
        clocks = s.get(Contact, cid).clocks  # type: ignore[union-attr]
        assert clocks == {f: [c[0], device, c[2]] for f, c in stamps.items()}, "stamps kept, site replaced"
        records.update(s, "contact", cid, {"name": "Tanaka"})
    with store.session_factory.begin() as s:
        assert s.get(Contact, cid).clocks["name"][1] == device  # type: ignore[union-attr]


@pytest.mark.parametrize("hlc", ["\uff10" * 17, LATE.upper(), LATE + "\n", "+" + LATE[1:], LATE[:16]])
def test_a_malformed_stamp_from_hq_fails_the_page_and_changes_nothing(store: Store, hlc: str) -> None:
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        cid = records.create(s, "contact", post_id=post, values={"name": "Mine"}).id
        clocks = dict(s.get(Contact, cid).clocks)  # type: ignore[union-attr]
    bad = change(1, cid, post, "name", "Theirs", hlc)
    with pytest.raises(pydantic.ValidationError):
        page([bad], 1)  # what the client parses HQ's answer with: a ServerError there
    with pytest.raises(ServerError, match="malformed clock"):
        apply(store, p.PullResponse(changes=[p.Change.model_construct(**bad)], next_cursor=1, has_more=False, epoch="e1"))
    record = {"type": "contact", "id": cid, "post_id": post, "fields": {"name": "Theirs"}, "author": "x",
              "clocks": {"name": [hlc, "other", 1]}}
    snapshot = p.PullResponse(changes=[], next_cursor=1, has_more=False, epoch="e1", snapshot=True,
                              records=[p.SnapshotRecord(**record)])
    with pytest.raises(ServerError, match="malformed clock"):
        apply(store, snapshot)
    with store.session_factory.begin() as s:
        assert s.get(Contact, cid).name == "Mine" and s.get(Contact, cid).clocks == clocks  # type: ignore[union-attr]
        assert sync_state(s).pull_cursor == 0
