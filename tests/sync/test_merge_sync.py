"""A merge of two contacts through a real HQ process: two laptops and HQ end with the same records,
including a link the second laptop made to the merged contact before it heard of the merge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_world import COMPARED, LOCAL_ONLY_FIELDS

from officerdesk.core.models import RECORD_TYPES, Contact, Meeting, user_fields
from officerdesk.core.services import merging, records
from officerdesk.core.store.db import Store
from officerdesk.core.write.changes import encode_value, sync_state
from officerdesk.errors import UserError
from officerdesk.hq import admin
from officerdesk.hq.database import Database
from officerdesk.hq.store import Record
from officerdesk.profiles import open_store
from officerdesk.sync.client import Retry
from officerdesk.sync.engine import SyncReport, sync_once
from officerdesk.sync.enrolment import client_for, enroll
from officerdesk.sync.local_hq import LocalHQ, start_local_hq


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[LocalHQ]:
    server = start_local_hq(tmp_path / "hq")
    yield server
    server.stop()


def laptop(root: Path, hq: LocalHQ, name: str, post: str = "WAS") -> Store:
    db = Database(hq.db_url)
    with db.write() as s:
        if admin.post_by_code(s, post) is None:
            admin.create_post(s, code=post, name_en=post, name_ko=post, country="X", tz="UTC")
        code = admin.issue_enroll_code(s, officer_id=admin.create_officer(s, post_code=post, name=name).id)
    db.dispose()
    store = open_store(root)
    enroll(store, hq.url, code)
    return store


def sync(store: Store) -> SyncReport:
    with client_for(store, retry=Retry(attempts=1, base=0.01, cap=0.05)) as client:
        return sync_once(store, client)


def laptop_view(store: Store) -> dict[tuple[str, str], dict[str, object]]:
    out = {}
    with store.session_factory.begin() as s:
        for kind in COMPARED:
            cls = RECORD_TYPES[kind]
            fields = [f for f in user_fields(cls) if (kind, f) not in LOCAL_ONLY_FIELDS]
            for obj in s.scalars(select(cls)):
                out[(kind, obj.id)] = {f: encode_value(getattr(obj, f)) for f in fields}
    return out


def hq_view(hq: LocalHQ, post_id: str) -> dict[tuple[str, str], dict[str, object]]:
    db = Database(hq.db_url)
    try:
        with db.read() as s:
            rows = s.scalars(select(Record).where(Record.post_id == post_id, Record.type.in_(COMPARED))).all()
            return {(r.type, r.id): {k: v for k, v in r.data.items() if (r.type, k) not in LOCAL_ONLY_FIELDS}
                    for r in rows}
    finally:
        db.dispose()


def test_a_merge_converges_on_two_laptops_and_hq(hq: LocalHQ, tmp_path: Path) -> None:
    a = laptop(tmp_path / "a", hq, "김민수")
    b = laptop(tmp_path / "b", hq, "이영희")
    with a.session_factory.begin() as s:
        post = sync_state(s).post_id
        keep = records.create(s, "contact", post_id=post, values={"name": "王小明", "email": "wang@cnipa.gov.cn"}).id
        lose = records.create(s, "contact", post_id=post, values={"name": "왕샤오밍", "position": "Director"}).id
        met = records.create(s, "meeting", post_id=post, values={
            "title": "CNIPA", "starts_at": "2026-10-01T10:00:00", "contact_ids": [lose]}).id
        asked = records.create(s, "company_request", post_id=post, values={"title": "TM", "contact_ids": [lose, keep]}).id
    sync(a)
    sync(b)
    listed = [json.loads(line) for line in hq.admin("possible-duplicates", "--post", "WAS", "--json").splitlines()]
    assert [{x["first"]["id"], x["second"]["id"]} for x in listed] == [{keep, lose}]
    assert listed[0]["reasons"] == ["same name in pinyin and Revised Romanisation (wang xiao ming)"]
    # B, not yet knowing of the merge, links the contact about to be merged to a meeting of its own
    with b.session_factory.begin() as s:
        own = records.create(s, "meeting", post_id=post, values={
            "title": "Follow-up call", "starts_at": "2026-10-08T10:00:00", "contact_ids": [lose]}).id
    with a.session_factory.begin() as s:
        values = {c.field: c.suggested for c in merging.choices(s, keep, lose)}
        merging.merge_contacts(s, survivor_id=keep, loser_id=lose, values=values)
    sync(a)
    report = sync(b)
    assert report.repointed == 1, "B re-points the one link only it held, and sends it in the same round"
    sync(a)
    views = [laptop_view(a), laptop_view(b), hq_view(hq, post)]
    assert views[0] == views[1] == views[2]
    merged = views[2][("contact", lose)]
    assert merged["deleted"] is True and merged["merged_into"] == keep
    assert views[2][("contact", keep)]["position"] == "Director"
    for meeting in (met, own):
        assert views[2][("meeting", meeting)]["contact_ids"] == [keep]
    assert views[2][("company_request", asked)]["contact_ids"] == [keep]
    with b.session_factory.begin() as s:
        assert s.get(Meeting, own).contact_ids == [keep]
        assert s.get(Contact, lose).merged_into == keep
    assert sync(b).repointed == 0, "nothing left to follow: the rule has settled"
    assert hq.admin("possible-duplicates", "--post", "WAS") == "no possible duplicates"
    a.close()
    b.close()


def test_hq_analysts_see_possible_duplicates_across_posts(hq: LocalHQ, tmp_path: Path) -> None:
    posts = {"WAS": ("김민수", "Wang Xiaoming", "xm.wang@cnipa.gov.cn"), "BJS": ("이영희", "王晓明", "XM.Wang@cnipa.gov.cn")}
    ids = {}
    for code, (officer, name, email) in posts.items():
        store = laptop(tmp_path / code, hq, officer, code)
        with store.session_factory.begin() as s:
            post = sync_state(s).post_id
            ids[code] = records.create(s, "contact", post_id=post, values={"name": name, "email": email}).id
            records.create(s, "contact", post_id=post, values={"name": f"Someone Else {code}"})
        sync(store)
        store.close()
    across = [json.loads(line) for line in hq.admin("possible-duplicates", "--json").splitlines()]
    assert len(across) == 1
    pair = {(x["post"], x["id"]) for x in (across[0]["first"], across[0]["second"])}
    assert pair == {("WAS", ids["WAS"]), ("BJS", ids["BJS"])}
    assert across[0]["reasons"][0] == "same e-mail (xm.wang@cnipa.gov.cn)"
    assert hq.admin("possible-duplicates", "--post", "BJS") == "no possible duplicates"
    with pytest.raises(UserError, match="no post 'XYZ'"):
        hq.admin("possible-duplicates", "--post", "XYZ")
