"""A handover (인수인계) end to end: a real `officerdesk-hq serve` on loopback, its admin command
line, and two laptop profiles in this process, the departing officer's and the successor's
(docs/hq.md, "Handover")."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from officerdesk.core.models import CompanyRequest, FollowUp, Meeting
from officerdesk.core.services import records
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import AuthError
from officerdesk.hq import admin
from officerdesk.hq.database import Database
from officerdesk.hq.store import AuditEntry
from officerdesk.profiles import open_store
from officerdesk.sync.engine import sync_once
from officerdesk.sync.enrolment import client_for, enroll
from officerdesk.sync.local_hq import LocalHQ, start_local_hq

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[LocalHQ]:
    server = start_local_hq(tmp_path / "hq")
    try:
        server.admin("create-post", "WAS", "--name-en", "Embassy in Washington", "--name-ko", "주미국 대사관",
                     "--country", "United States", "--tz", "America/New_York")
        yield server
    finally:
        server.stop()


def _officer(hq: LocalHQ, name: str, role: str = "officer") -> str:
    return hq.admin("create-officer", "--post", "WAS", "--name", name, "--role", role)


def _laptop(hq: LocalHQ, root: Path, officer_id: str) -> None:
    code = hq.admin("enroll-code", "--officer", officer_id)
    store = open_store(root)
    try:
        enroll(store, hq.url, code)
    finally:
        store.close()


def _sync(root: Path) -> None:
    store = open_store(root, create=False)
    try:
        with client_for(store) as client:
            report = sync_once(store, client)
        assert not report.rejected, report
    finally:
        store.close()


def _work(root: Path) -> dict[str, Any]:
    store = open_store(root, create=False)
    try:
        with store.session_factory.begin() as s:
            out: dict[str, Any] = {}
            for cls in (CompanyRequest, FollowUp, Meeting):
                for obj in s.query(cls).all():
                    out[obj.title if hasattr(obj, "title") else obj.text] = (
                        getattr(obj, "assignee_id", None) or getattr(obj, "owner", None)
                        or list(getattr(obj, "officer_ids", [])))
            return out
    finally:
        store.close()


def _post_today() -> dt.date:
    return dt.datetime.now(NEW_YORK).date()


def _devices(hq: LocalHQ) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in map(json.loads, hq.admin("list-devices", "--json").splitlines())}


def test_a_handover_reassigns_on_both_laptops_and_revokes_the_departing_devices_on_its_day(
        served: LocalHQ, tmp_path: Path) -> None:
    hq = served
    kim, lee = _officer(hq, "김민수"), _officer(hq, "이영희")
    a, b = tmp_path / "kim", tmp_path / "lee"
    _laptop(hq, a, kim)
    _laptop(hq, b, lee)
    soon = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=3)
    past = soon - dt.timedelta(days=30)
    store = open_store(a, create=False)
    with store.session_factory.begin() as s:
        post = sync_state(s).post_id
        records.create(s, "company_request", post_id=post, values={"title": "open case", "assignee_id": kim})
        records.create(s, "company_request", post_id=post, values={"title": "Lee's case", "assignee_id": lee})
        records.create(s, "follow_up", post_id=post, values={"text": "call the examiner", "owner": "김민수"})
        records.create(s, "follow_up", post_id=post, values={"text": "done already", "owner": "김민수", "done": True})
        records.create(s, "meeting", post_id=post, values={"title": "next week", "starts_at": soon, "officer_ids": [kim]})
        records.create(s, "meeting", post_id=post, values={"title": "last month", "starts_at": past, "officer_ids": [kim]})
    store.close()
    _sync(a)
    _sync(b)

    tomorrow = (_post_today() + dt.timedelta(days=1)).isoformat()
    said = hq.admin("handover", "--from", kim, "--to", lee, "--on", tomorrow)
    assert "1 requests, 1 follow-ups, 1 meetings" in said and tomorrow in said

    _sync(a)  # before its day the departing officer's laptop still syncs, and sees the handover
    _sync(b)
    expected = {"open case": lee, "Lee's case": lee, "call the examiner": "이영희", "done already": "김민수",
                "next week": [lee], "last month": [kim]}
    assert _work(a) == expected
    assert _work(b) == expected

    # the day arrives (started again for today: the same handover, now due; nothing left to move)
    assert "0 requests, 0 follow-ups, 0 meetings" in hq.admin("handover", "--from", kim, "--to", lee, "--on",
                                                              _post_today().isoformat())
    with pytest.raises(AuthError, match="handed the post over"):
        _sync(a)
    _sync(b)
    devices = _devices(hq)
    revoked = {d["officer_name"]: bool(d["revoked"]) for d in devices.values()}
    assert revoked == {"김민수": True, "이영희": False}
    with pytest.raises(AuthError, match="handed the post over"):  # and it keeps saying why
        _sync(a)
    db = Database(hq.db_url)
    try:
        with db.read() as s:
            actions = [(e.action, e.detail.get("reason")) for e in s.query(AuditEntry).order_by(AuditEntry.id)]
    finally:
        db.dispose()
    assert actions.count(("revoke_device", "handover")) == 1
    assert ("start_handover", None) in actions


def test_the_command_line_refuses_a_bad_handover_and_changes_nothing(served: LocalHQ) -> None:
    hq = served
    kim, lee = _officer(hq, "김민수"), _officer(hq, "이영희")
    for args, why in [
        (("--from", kim, "--to", kim), "another officer"),
        (("--from", kim, "--to", "0190f3a0-0000-7000-8000-000000000000"), "no officer"),
        (("--from", kim, "--to", lee, "--on", "2020-01-01"), "has passed"),
        (("--from", kim, "--to", lee, "--on", "next week"), "not a date"),
    ]:
        with pytest.raises(Exception, match=why):
            hq.admin("handover", *args)
    db = Database(hq.db_url)
    try:
        with db.read() as s:
            assert all(o.leaves_on is None for o in s.query(admin.Officer))
    finally:
        db.dispose()


def test_the_endpoint_lets_an_admin_or_the_departing_officer_start_it_and_refuses_the_rest(hq) -> None:  # type: ignore[no-untyped-def]
    leaving = hq.laptop(name="김민수")
    colleague = hq.laptop(name="박지훈")
    boss = hq.laptop(post="HQ", role="admin", name="HQ admin")
    successor = hq.officer("WAS", "이영희")
    other_post = hq.officer("BJS", "王")

    def order(device: Any, to: str = successor, **extra: Any) -> Any:
        return hq.http.post("/v1/handover", headers=device.headers,
                            json={"from_officer_id": leaving.officer_id, "to_officer_id": to, **extra})

    refused = [
        (order(colleague), 403, "not_allowed"),
        (order(boss, to="0190f3a0-0000-7000-8000-000000000000"), 404, "unknown_officer"),
        (order(boss, to=leaving.officer_id), 409, "same_officer"),
        (order(boss, to=other_post), 409, "another_post"),
        (order(boss, on="2020-01-01"), 409, "day_passed"),
        (order(boss, to="not-an-id"), 422, "invalid"),
        (order(boss, surprise=1), 422, "invalid"),
    ]
    for resp, status, error in refused:
        assert (resp.status_code, resp.json()["error"]) == (status, error), resp.text
    with hq.db.read() as s:
        assert s.get(admin.Officer, leaving.officer_id).leaves_on is None  # nothing changed
    later = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    done = order(leaving, on=later)  # the departing officer, from their own laptop
    assert done.status_code == 200 and done.json()["on"] == later, done.text
    assert order(boss, on=later).status_code == 200  # again: nothing more to move, same day
