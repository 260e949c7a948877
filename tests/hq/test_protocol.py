"""The sync protocol at HQ, in-process: enroll, meta, push (exactly-once, LWW, conflicts,
transitions, tombstones, clocks) and pull (scope, pages, epochs)."""

from __future__ import annotations

from typing import Any

from hq_harness import HQ, Laptop, request_fields
from sqlalchemy import func, select

from officerdesk.core.clock import encode, wall_ms_now
from officerdesk.core.ids import uuid7
from officerdesk.hq import admin
from officerdesk.hq.store import Change, Record
from officerdesk.protocol.wire import HQ_MAX_PUSH, MAX_BODY_BYTES, MAX_PUSH


def _changes(hq: HQ) -> int:
    with hq.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Change)) or 0)


def _record(hq: HQ, record_id: str) -> Record:
    with hq.db.read() as s:
        rec = s.get(Record, record_id)
        assert rec is not None
        return rec


def _fields(changes: list[dict[str, Any]], record_id: str) -> dict[str, Any]:
    return {c["field"]: c["value"] for c in changes if c["id"] == record_id}


# ---- enroll and meta -----------------------------------------------------------------------------


def test_meta_reports_time_epoch_and_limits(hq: HQ) -> None:
    body = hq.http.get("/v1/meta").json()
    assert abs(body["server_time_ms"] - wall_ms_now()) < 5000
    assert body["epoch"] and body["limits"]["max_push"] == HQ_MAX_PUSH > MAX_PUSH
    assert body["limits"]["max_body_bytes"] == MAX_BODY_BYTES


def test_enroll_gives_a_token_bound_to_the_officer_and_post(hq: HQ) -> None:
    officer = hq.officer("BJS", "王芳")
    resp = hq.http.post("/v1/enroll", json={"code": hq.code(officer), "device_name": "ThinkPad"})
    body = resp.json()
    assert resp.status_code == 200
    assert body["post_code"] == "BJS" and body["officer_id"] == officer and body["role"] == "officer"
    assert len(body["token"]) >= 40


def test_an_enrollment_code_works_once(hq: HQ) -> None:
    code = hq.code(hq.officer("WAS"))
    assert hq.http.post("/v1/enroll", json={"code": code}).status_code == 200
    again = hq.http.post("/v1/enroll", json={"code": code})
    assert again.status_code == 401 and again.json()["error"] == "enrollment_refused"


def test_an_expired_or_unknown_code_is_refused(hq: HQ) -> None:
    import datetime as dt

    officer = hq.officer("WAS")
    with hq.db.write() as s:
        code = admin.issue_enroll_code(s, officer_id=officer, ttl=dt.timedelta(seconds=-1))
    assert hq.http.post("/v1/enroll", json={"code": code}).status_code == 401
    assert hq.http.post("/v1/enroll", json={"code": "ABCD-EFGH-JKLM"}).status_code == 401


def test_codes_are_typed_loosely(hq: HQ) -> None:
    code = hq.code(hq.officer("WAS"))
    assert hq.http.post("/v1/enroll", json={"code": f"  {code.lower().replace('-', ' ')} "}).status_code == 200


def test_a_revoked_device_gets_401(hq: HQ) -> None:
    laptop = hq.laptop()
    assert laptop.pull().status_code == 200
    with hq.db.write() as s:
        admin.revoke_device(s, device_id=laptop.device_id)
    resp = laptop.pull()
    assert resp.status_code == 401 and resp.json()["error"] == "unauthorized"
    assert hq.http.post("/v1/push", json={"mutations": []}, headers=laptop.headers).status_code == 401


# ---- push: exactly once ----------------------------------------------------------------------------


def test_push_applies_and_pull_returns_the_fields(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = uuid7()
    body = laptop.push(laptop.upsert("company_request", rid, request_fields()))
    assert body["results"] == [{"seq": 1, "status": "applied", "reason": "", "current_status": None}]
    assert body["last_seq"] == 1
    fields = _fields(laptop.pull_all(), rid)
    assert fields["title"] == "Trademark squatting at the fair" and fields["status"] == "received"


def test_a_batch_of_the_advertised_size_is_applied_and_a_larger_one_refused(hq: HQ) -> None:
    laptop = hq.laptop()
    limit = hq.http.get("/v1/meta").json()["limits"]["max_push"]
    batch = [laptop.upsert("contact", uuid7(), {"name": f"Examiner {i}", "phones": "+1 202 555 0100",
                                                "notes": "Met at the IP5 heads meeting. " * 3}) for i in range(limit)]
    body = laptop.push(*batch)
    assert [r["status"] for r in body["results"]] == ["applied"] * limit and body["last_seq"] == limit
    before = _changes(hq)
    too_many = [laptop.upsert("contact", uuid7(), {"name": f"Counsel {i}"}) for i in range(limit + 1)]
    refused = laptop.push(*too_many, expect=422)
    assert refused["error"] == "invalid" and f"at most {limit} items" in refused["detail"]
    assert _changes(hq) == before
    laptop.seq -= limit + 1
    assert laptop.push(*too_many[:limit])["last_seq"] == 2 * limit, "nothing of the refused push was applied"


def test_a_replayed_push_changes_nothing(hq: HQ) -> None:
    laptop = hq.laptop()
    batch = [laptop.upsert("company", uuid7(), {"name_ko": f"회사 {i}"}) for i in range(3)]
    laptop.push(*batch)
    before = _changes(hq)
    again = laptop.push(*batch)
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    assert again["last_seq"] == 3 and _changes(hq) == before


def test_a_batch_overlapping_what_hq_has_applies_only_the_new_part(hq: HQ) -> None:
    laptop = hq.laptop()
    first = [laptop.upsert("company", uuid7(), {"name_ko": "가"}) for _ in range(2)]
    laptop.push(*first)
    more = [laptop.upsert("company", uuid7(), {"name_ko": "나"}) for _ in range(2)]
    body = laptop.push(*first, *more)
    assert [r["status"] for r in body["results"]] == ["duplicate", "duplicate", "applied", "applied"]
    assert body["last_seq"] == 4


def test_a_gap_is_refused_and_changes_nothing(hq: HQ) -> None:
    laptop = hq.laptop()
    laptop.push(laptop.upsert("company", uuid7(), {"name_ko": "가"}))
    laptop.seq += 1  # mutation 2 never sent
    before = _changes(hq)
    body = laptop.push(laptop.upsert("company", uuid7(), {"name_ko": "다"}), expect=409)
    assert body["error"] == "mutation_gap" and _changes(hq) == before


def test_a_batch_out_of_order_is_refused(hq: HQ) -> None:
    laptop = hq.laptop()
    a, b = laptop.upsert("company", uuid7(), {"name_ko": "가"}), laptop.upsert("company", uuid7(), {"name_ko": "나"})
    before = _changes(hq)
    assert laptop.push(b, a, expect=400)["error"] == "bad_sequence"
    assert _changes(hq) == before


def test_a_reused_seq_with_other_content_is_refused(hq: HQ) -> None:
    laptop = hq.laptop()
    laptop.push(laptop.upsert("company", uuid7(), {"name_ko": "가"}))
    laptop.seq = 0  # a laptop restored from an old backup numbers from 1 again
    before = _changes(hq)
    assert laptop.push(laptop.upsert("company", uuid7(), {"name_ko": "새"}), expect=409)["error"] == "seq_reused"
    assert _changes(hq) == before


def test_a_device_may_start_numbering_anywhere(hq: HQ) -> None:
    laptop = hq.laptop()
    laptop.seq = 41  # edits made and purged before this device was enrolled
    body = laptop.push(laptop.upsert("company", uuid7(), {"name_ko": "가"}))
    assert body["results"][0]["status"] == "applied" and body["last_seq"] == 42


# ---- push: last writer wins per field ----------------------------------------------------------------


def test_last_writer_wins_per_field(hq: HQ) -> None:
    a, b = hq.laptop(), hq.laptop(name="박지영")
    rid = uuid7()
    a.push(a.upsert("company_request", rid, request_fields()))
    now = wall_ms_now()
    # b edits the priority later, a edits the title later but pushes after b with an older priority
    b.push(b.upsert("company_request", rid, {"priority": "high"}, hlc=encode(now + 20, 0)))
    a.push(a.upsert("company_request", rid, {"priority": "low", "title": "New title"}, hlc=encode(now + 10, 0)))
    rec = _record(hq, rid)
    assert rec.data["priority"] == "high" and rec.data["title"] == "New title"


def test_equal_clocks_are_ordered_by_the_devices_enrolled_ids(hq: HQ) -> None:
    a, b = hq.laptop(), hq.laptop()
    hi, lo = sorted([a, b], key=lambda lt: lt.device_id, reverse=True)
    rid, hlc = uuid7(), encode(wall_ms_now(), 0)
    a.push(a.upsert("company", rid, {"name_ko": "가"}))
    hi.push(hi.upsert("company", rid, {"sector": "HI"}, hlc=hlc))
    # the other device claims a site that would sort last: HQ ignores the claim
    resp = lo.http.post("/v1/push", json={"mutations": [lo.upsert("company", rid, {"sector": "LO"}, hlc=hlc)]},
                        headers={**lo.headers, "X-Site-Id": "zzzz"})
    assert resp.status_code == 200
    rec = _record(hq, rid)
    assert rec.data["sector"] == "HI" and rec.clocks["sector"][1] == hi.device_id


def test_author_and_site_are_the_enrolled_officer_and_device(hq: HQ) -> None:
    laptop = hq.laptop(name="박지영")
    rid = uuid7()
    resp = laptop.http.post("/v1/push", json={"mutations": [
        laptop.upsert("company", rid, {"name_ko": "가"}, author="HQ")]}, headers={**laptop.headers, "X-Site-Id": "hq"})
    assert resp.status_code == 200 and resp.json()["results"][0]["status"] == "applied"
    changes = [c for c in laptop.pull_all() if c["id"] == rid]
    assert changes and all(c["site_id"] == laptop.device_id and c["author"] == "박지영" for c in changes)
    assert _record(hq, rid).clocks["name_ko"][1:] == [laptop.device_id, changes[0]["seq"], laptop.device_id, "박지영"]


def test_a_status_in_an_edit_of_an_existing_request_is_refused(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = uuid7()
    laptop.push(laptop.upsert("company_request", rid, request_fields()))
    before = _changes(hq)
    assert laptop.push(laptop.transition(rid, "received", "reviewing"))["results"][0]["status"] == "applied"
    before = _changes(hq)
    for fields in ({"status": "closed", "priority": "high"}, {"escalated": True}, {"status": "in_progress"}):
        result = laptop.push(laptop.upsert("company_request", rid, fields))["results"][0]
        assert result["status"] == "rejected" and result["reason"].startswith("hq_owned:"), result
    rec = _record(hq, rid)
    assert rec.data["status"] == "reviewing" and rec.data["priority"] == "normal" and _changes(hq) == before
    # the creating upsert sent again (to a restored HQ): its initial state changes nothing, the rest applies
    again = laptop.push(laptop.upsert("company_request", rid, request_fields(priority="high")))["results"][0]
    assert again["status"] == "applied"
    assert _record(hq, rid).data["status"] == "reviewing" and _record(hq, rid).data["priority"] == "high"


def test_a_new_request_must_start_in_its_initial_state(hq: HQ) -> None:
    laptop = hq.laptop()
    before = _changes(hq)
    for extra in ({"status": "closed"}, {"status": "escalated"}, {"escalated": True}, {"escalated": None}):
        rid = uuid7()
        result = laptop.push(laptop.upsert("company_request", rid, request_fields(**extra)))["results"][0]
        assert result["status"] == "rejected", (extra, result)
        with hq.db.read() as s:
            assert s.get(Record, rid) is None
    assert _changes(hq) == before
    rid = uuid7()  # leaving the decided fields out is fine: the request is born received
    fields = {k: v for k, v in request_fields().items() if k != "status"}
    assert laptop.push(laptop.upsert("company_request", rid, fields))["results"][0]["status"] == "applied"
    assert _record(hq, rid).data["status"] == "received" and _record(hq, rid).data["escalated"] is False


# ---- push: free text kept ------------------------------------------------------------------------------


def test_concurrent_free_text_edits_keep_both_texts(hq: HQ) -> None:
    a, b = hq.laptop(name="김민수"), hq.laptop(name="박지영")
    rid = uuid7()
    a.push(a.upsert("meeting", rid, {"title": "USPTO", "starts_at": "2026-11-20T14:00:00", "notes": "v0"}))
    base = {c["field"]: c["seq"] for c in b.pull_all() if c["id"] == rid}
    now = wall_ms_now()
    a.push(a.upsert("meeting", rid, {"notes": "A's notes"}, base={"notes": base["notes"]}, hlc=encode(now, 0), author="김민수"))
    resp = b.push(b.upsert("meeting", rid, {"notes": "B's notes"}, base={"notes": base["notes"]},
                           hlc=encode(now + 5, 0), author="박지영"))
    assert resp["results"][0]["status"] == "conflict_recorded"
    assert _record(hq, rid).data["notes"] == "B's notes"  # the later clock wins the field
    conflicts = [c for c in a.pull_all() if c["type"] == "conflict"]
    fields = {c["field"]: c["value"] for c in conflicts}
    assert fields["target_id"] == rid and fields["field"] == "notes"
    assert fields["local_value"] == "B's notes" and fields["remote_value"] == "A's notes"
    assert fields["remote_author"] == "김민수" and fields["resolved"] is False


def test_a_resolution_travels_to_the_posts_other_devices_and_nothing_else_is_accepted(hq: HQ) -> None:
    a, b, other = hq.laptop(), hq.laptop(), hq.laptop(post="BJS")
    rid = uuid7()
    now = wall_ms_now()
    a.push(a.upsert("meeting", rid, {"title": "USPTO", "starts_at": "2026-11-20T14:00:00", "notes": "v0"}, hlc=encode(now, 0)))
    a.push(a.upsert("meeting", rid, {"notes": "A"}, base={"notes": 0}, hlc=encode(now + 10, 0)))
    b.push(b.upsert("meeting", rid, {"notes": "B"}, base={"notes": 0}, hlc=encode(now + 20, 0)))
    cid = next(c["id"] for c in a.pull_all() if c["type"] == "conflict")
    refused = [
        other.upsert("conflict", cid, {"resolved": True}, post_id=hq.posts["WAS"], hlc=encode(now + 30, 0)),
        b.upsert("conflict", cid, {"resolved": True, "local_value": "rewritten"}, hlc=encode(now + 30, 0)),
        b.upsert("conflict", cid, {"resolved": False}, hlc=encode(now + 30, 0)),
        b.upsert("conflict", uuid7(), {"resolved": True}, hlc=encode(now + 30, 0)),
    ]
    reasons = [other.push(refused[0])["results"][0]["reason"]]
    reasons += [r["reason"] for r in b.push(*refused[1:])["results"]]
    assert [r.split(":")[0] for r in reasons] == ["another_post", "hq_owned", "invalid_value", "hq_owned"]
    assert _record(hq, cid).data["resolved"] is False
    assert b.push(b.upsert("conflict", cid, {"resolved": True}, hlc=encode(now + 40, 0)))["results"][0]["status"] == "applied"
    assert _fields(a.pull_all(), cid)["resolved"] is True
    assert _record(hq, cid).data["local_value"] in ("A", "B")


def test_a_losing_concurrent_text_is_kept_too(hq: HQ) -> None:
    a, b = hq.laptop(), hq.laptop()
    rid = uuid7()
    now = wall_ms_now()
    a.push(a.upsert("trend_note", rid, {"title": "AI patents", "summary": "v0"}, hlc=encode(now, 0)))
    a.push(a.upsert("trend_note", rid, {"summary": "newer from A"}, base={"summary": 0}, hlc=encode(now + 50, 0)))
    resp = b.push(b.upsert("trend_note", rid, {"summary": "older from B"}, base={"summary": 0}, hlc=encode(now + 10, 0)))
    assert resp["results"][0]["status"] == "conflict_recorded"
    assert _record(hq, rid).data["summary"] == "newer from A"
    conflicts = [c for c in b.pull_all() if c["type"] == "conflict"]
    conflict = _fields(conflicts, conflicts[0]["id"])
    assert conflict["local_value"] == "older from B" and conflict["remote_value"] == "newer from A"


def test_one_laptops_own_successive_edits_never_conflict(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = uuid7()
    laptop.push(laptop.upsert("meeting", rid, {"title": "x", "starts_at": "2026-11-20T14:00:00", "notes": "1"}))
    body = laptop.push(laptop.upsert("meeting", rid, {"notes": "2"}, base={"notes": 0}),
                       laptop.upsert("meeting", rid, {"notes": "3"}, base={"notes": 0}))
    assert [r["status"] for r in body["results"]] == ["applied", "applied"]
    assert _record(hq, rid).data["notes"] == "3"


def test_an_edit_after_seeing_the_latest_text_is_not_a_conflict(hq: HQ) -> None:
    a, b = hq.laptop(), hq.laptop()
    rid = uuid7()
    a.push(a.upsert("meeting", rid, {"title": "x", "starts_at": "2026-11-20T14:00:00", "notes": "A"}))
    seen = {c["field"]: c["seq"] for c in b.pull_all() if c["id"] == rid}
    body = b.push(b.upsert("meeting", rid, {"notes": "A, then B"}, base={"notes": seen["notes"]}))
    assert body["results"][0]["status"] == "applied"


# ---- push: transitions ---------------------------------------------------------------------------


def _request(hq: HQ, laptop: Laptop) -> str:
    rid = uuid7()
    laptop.push(laptop.upsert("company_request", rid, request_fields()))
    return rid


def test_a_legal_transition_moves_status_and_records_history(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = _request(hq, laptop)
    body = laptop.push(laptop.transition(rid, "received", "reviewing", note="첫 검토"),
                       laptop.transition(rid, "reviewing", "escalated"))
    assert [r["status"] for r in body["results"]] == ["applied", "applied"]
    rec = _record(hq, rid)
    assert rec.data["status"] == "escalated" and rec.data["escalated"] is True
    history = [c for c in laptop.pull_all() if c["type"] == "status_change"]
    moves = {(c["id"]): c for c in history if c["field"] == "to_status"}
    assert sorted(c["value"] for c in moves.values()) == ["escalated", "reviewing"]
    assert any(c["field"] == "note" and c["value"] == "첫 검토" for c in history)


def test_a_stale_transition_is_rejected_with_the_current_status(hq: HQ) -> None:
    a, b = hq.laptop(), hq.laptop()
    rid = _request(hq, a)
    a.push(a.transition(rid, "received", "reviewing"))
    body = b.push(b.transition(rid, "received", "rejected"))
    result = body["results"][0]
    assert result["status"] == "rejected" and result["current_status"] == "reviewing"
    assert result["reason"].startswith("stale_transition")
    assert _record(hq, rid).data["status"] == "reviewing"


def test_an_illegal_transition_is_rejected(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = _request(hq, laptop)
    result = laptop.push(laptop.transition(rid, "received", "closed"))["results"][0]
    assert result["status"] == "rejected" and result["reason"].startswith("illegal_transition")
    assert result["current_status"] == "received"


def _resolved(laptop: Laptop, rid: str) -> None:
    moves = (("received", "reviewing"), ("reviewing", "in_progress"), ("in_progress", "resolved"))
    body = laptop.push(*(laptop.transition(rid, a, b) for a, b in moves))
    assert [r["status"] for r in body["results"]] == ["applied"] * 3


def test_hq_refuses_a_close_without_the_outcome(hq: HQ) -> None:
    """The laptop's rule (closing needs the outcome) holds at HQ too: one rule, protocol/rules.py."""
    laptop = hq.laptop()
    rid = _request(hq, laptop)
    _resolved(laptop, rid)
    result = laptop.push(laptop.transition(rid, "resolved", "closed"))["results"][0]
    assert result["status"] == "rejected" and result["reason"].startswith("needs_outcome:")
    assert "outcome" in result["reason"] and result["current_status"] == "resolved"
    assert _record(hq, rid).data["status"] == "resolved"  # nothing changed
    blank = laptop.push(laptop.upsert("company_request", rid, {"outcome": "   "}, base={"outcome": 1}),
                        laptop.transition(rid, "resolved", "closed"))["results"]
    assert blank[1]["status"] == "rejected" and blank[1]["reason"].startswith("needs_outcome:")
    written = laptop.push(laptop.upsert("company_request", rid, {"outcome": "상표 이의신청 인용"}, base={"outcome": 2}),
                          laptop.transition(rid, "resolved", "closed"))["results"]
    assert [r["status"] for r in written] == ["applied", "applied"]
    assert _record(hq, rid).data["status"] == "closed"


def test_a_replayed_rejection_is_rejected_again(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = _request(hq, laptop)
    move = laptop.transition(rid, "received", "closed")
    laptop.push(move)
    again = laptop.push(move)["results"][0]
    assert again["status"] == "rejected" and again["current_status"] == "received"


# ---- push: tombstones ----------------------------------------------------------------------------


def test_an_edit_concurrent_with_a_delete_is_a_conflict(hq: HQ) -> None:
    a, b = hq.laptop(), hq.laptop()
    rid = uuid7()
    a.push(a.upsert("contact", rid, {"name": "Jane Roe", "notes": ""}))
    b.pull_all()
    a.push(a.upsert("contact", rid, {"deleted": True}))
    body = b.push(b.upsert("contact", rid, {"notes": "met at WIPO"}))
    assert body["results"][0]["status"] == "conflict_recorded"
    rec = _record(hq, rid)
    assert rec.deleted and rec.data["notes"] == "met at WIPO"  # kept under the tombstone
    conflict = [c for c in b.pull_all() if c["type"] == "conflict"]
    assert {c["field"]: c["value"] for c in conflict}["field"] == "deleted"


def test_a_stale_undelete_does_not_bring_a_record_back(hq: HQ) -> None:
    a, b = hq.laptop(), hq.laptop()
    rid = uuid7()
    now = wall_ms_now()
    a.push(a.upsert("contact", rid, {"name": "Jane Roe"}, hlc=encode(now, 0)))
    a.push(a.upsert("contact", rid, {"deleted": True}, hlc=encode(now + 1, 0)))
    b.push(b.upsert("contact", rid, {"deleted": False}, base={"deleted": 0}, hlc=encode(now + 100, 0)))
    assert _record(hq, rid).deleted
    seen = {c["field"]: c["seq"] for c in b.pull_all() if c["id"] == rid}
    b.push(b.upsert("contact", rid, {"deleted": False}, base={"deleted": seen["deleted"]}, hlc=encode(now + 200, 0)))
    assert not _record(hq, rid).deleted  # a deliberate restore by someone who saw the delete


def test_undoing_a_delete_before_syncing_restores_the_record(hq: HQ) -> None:
    """Delete then Undo on one laptop, both pushed in one go: the record stays, for everyone."""
    a, b = hq.laptop(), hq.laptop()
    rid = uuid7()
    now = wall_ms_now()
    a.push(a.upsert("contact", rid, {"name": "Jane Roe"}, hlc=encode(now, 0)))
    body = a.push(
        a.upsert("contact", rid, {"deleted": True}, base={"deleted": 0}, hlc=encode(now + 1, 0)),
        a.upsert("contact", rid, {"deleted": False}, base={"deleted": 0}, hlc=encode(now + 2, 0)),
    )
    assert [r["status"] for r in body["results"]] == ["applied", "applied"]
    assert not _record(hq, rid).deleted
    latest = {c["field"]: c["value"] for c in b.pull_all() if c["id"] == rid}
    assert latest["deleted"] is False


# ---- push: clocks and values ------------------------------------------------------------------------


def test_a_clock_more_than_five_minutes_ahead_is_rejected(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = uuid7()
    ahead = encode(wall_ms_now() + 6 * 60 * 1000, 0)
    result = laptop.push(laptop.upsert("company", rid, {"name_ko": "미래"}, hlc=ahead))["results"][0]
    assert result["status"] == "rejected" and result["reason"].startswith("clock_ahead")
    with hq.db.read() as s:
        assert s.get(Record, rid) is None
    ok = laptop.push(laptop.upsert("company", rid, {"name_ko": "현재"}, hlc=encode(wall_ms_now() + 4 * 60 * 1000, 0)))
    assert ok["results"][0]["status"] == "applied"


def test_unknown_types_fields_and_bad_values_are_rejected_one_by_one(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = uuid7()
    before = _changes(hq)
    body = laptop.push(
        laptop.upsert("spaceship", uuid7(), {"name": "x"}),
        laptop.upsert("company", uuid7(), {"name_ko": "가", "secret_field": 1}),
        laptop.upsert("company_request", uuid7(), request_fields(priority="extreme")),
        laptop.upsert("meeting", uuid7(), {"title": "x", "starts_at": "not a date"}),
        laptop.upsert("company", rid, {"name_ko": "나"}),
    )
    reasons = [r["reason"].split(":")[0] for r in body["results"]]
    assert reasons == ["unknown_type", "unknown_field", "invalid_value", "invalid_value", ""]
    assert _changes(hq) == before + 1  # the one good company's one field


def test_values_are_stored_in_their_canonical_form(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = uuid7()
    laptop.push(laptop.upsert("follow_up", rid, {"text": "call back", "due": "2026-12-01T00:00:00", "done": "yes"}))
    data = _record(hq, rid).data
    assert data["due"] == "2026-12-01" and data["done"] is True


def test_local_only_fields_never_reach_hq(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = uuid7()
    laptop.push(laptop.upsert("attachment", rid, {"sha256": "a" * 64, "filename": "x.pdf", "owner_type": "meeting",
                                                  "owner_id": uuid7(), "file_key": "b" * 64}))
    assert "file_key" not in _record(hq, rid).data


# ---- scope ------------------------------------------------------------------------------------------


def test_a_device_cannot_write_another_posts_record(hq: HQ) -> None:
    was, bjs = hq.laptop("WAS"), hq.laptop("BJS")
    rid = uuid7()
    was.push(was.upsert("company", rid, {"name_ko": "워싱턴 회사"}))
    body = bjs.push(bjs.upsert("company", rid, {"name_ko": "hijack"}, post_id=bjs.post_id),
                    bjs.upsert("company", uuid7(), {"name_ko": "x"}, post_id=was.post_id),
                    bjs.upsert("company", rid, {"name_ko": "move"}, post_id=was.post_id))
    assert [r["status"] for r in body["results"]] == ["rejected"] * 3
    assert all(r["reason"].startswith("another_post") for r in body["results"])
    assert _record(hq, rid).data["name_ko"] == "워싱턴 회사"
    from officerdesk.hq.store import AuditEntry

    with hq.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "scope_violation")) == 3


def test_laptops_cannot_push_hq_records(hq: HQ) -> None:
    laptop = hq.laptop()
    body = laptop.push(laptop.upsert("officer", laptop.officer_id, {"role": "hq_analyst"}),
                       laptop.upsert("post", laptop.post_id, {"name_en": "mine"}, post_id=laptop.post_id))
    assert all(r["status"] == "rejected" for r in body["results"])
    resp = hq.http.post("/v1/enroll", json={"code": hq.code(laptop.officer_id)})
    assert resp.json()["role"] == "officer"


def test_pull_sees_only_the_own_post_and_published_posts(hq: HQ) -> None:
    was, bjs = hq.laptop("WAS"), hq.laptop("BJS")
    was_rec, bjs_rec = uuid7(), uuid7()
    was.push(was.upsert("company", was_rec, {"name_ko": "W"}))
    bjs.push(bjs.upsert("company", bjs_rec, {"name_ko": "B"}))
    seen = bjs.pull_all()
    ids = {c["id"] for c in seen}
    assert bjs_rec in ids and was_rec not in ids
    assert {c["value"] for c in seen if c["type"] == "post" and c["field"] == "code"} == {"WAS", "BJS", "HQ"}
    officers = {c["post_id"] for c in seen if c["type"] == "officer"}
    assert officers == {bjs.post_id}


def test_an_hq_analyst_reads_every_post(hq: HQ) -> None:
    was, bjs = hq.laptop("WAS"), hq.laptop("BJS")
    analyst = hq.laptop("HQ", role="hq_analyst")
    recs = [uuid7(), uuid7()]
    was.push(was.upsert("company", recs[0], {"name_ko": "W"}))
    bjs.push(bjs.upsert("company", recs[1], {"name_ko": "B"}))
    assert set(recs) <= {c["id"] for c in analyst.pull_all()}
    # ...but writes only to its own post
    body = analyst.push(analyst.upsert("company", recs[0], {"name_ko": "edited"}, post_id=was.post_id))
    assert body["results"][0]["status"] == "rejected"


# ---- pull ----------------------------------------------------------------------------------------


def test_pull_pages_follow_each_other_without_gaps(hq: HQ) -> None:
    laptop = hq.laptop()
    laptop.push(*[laptop.upsert("company", uuid7(), {"name_ko": f"회사 {i}"}) for i in range(30)])
    seqs, cursor = [], 0
    while True:
        page = laptop.pull(cursor, limit=7).json()
        seqs += [c["seq"] for c in page["changes"]]
        assert len(page["changes"]) <= 7
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seqs == sorted(set(seqs)) and len(seqs) == len(laptop.pull(0).json()["changes"])
    final = laptop.pull(cursor).json()
    assert final["changes"] == [] and final["next_cursor"] == cursor and not final["has_more"]


def test_the_cursor_skips_other_posts_changes(hq: HQ) -> None:
    was, bjs = hq.laptop("WAS"), hq.laptop("BJS")
    bjs.pull_all()
    was.push(*[was.upsert("company", uuid7(), {"name_ko": "W"}) for _ in range(5)])
    page = bjs.pull().json()
    assert page["changes"] == [] and page["next_cursor"] > bjs.cursor


def test_a_changed_epoch_or_a_cursor_from_the_future_is_409(hq: HQ) -> None:
    laptop = hq.laptop()
    epoch = hq.http.get("/v1/meta").json()["epoch"]
    assert laptop.pull(**{"X-Epoch": epoch}).status_code == 200
    assert laptop.pull(cursor=10**9).json()["error"] == "cursor_ahead"
    with hq.db.write() as s:
        admin.reset_epoch(s)
    resp = laptop.pull(**{"X-Epoch": epoch})
    assert resp.status_code == 409 and resp.json()["error"] == "epoch_changed"


def test_after_an_epoch_reset_a_device_numbers_afresh(hq: HQ) -> None:
    laptop = hq.laptop()
    laptop.push(laptop.upsert("company", uuid7(), {"name_ko": "가"}))
    with hq.db.write() as s:
        admin.reset_epoch(s)
    laptop.seq = 10
    assert laptop.push(laptop.upsert("company", uuid7(), {"name_ko": "나"}))["results"][0]["status"] == "applied"


def test_openapi_is_published(hq: HQ) -> None:
    doc = hq.http.get("/openapi.json").json()
    assert {"/v1/enroll", "/v1/meta", "/v1/push", "/v1/pull"} <= set(doc["paths"])
