"""SECURITY.md "Bad input": each gets a clear 4xx with an ErrorBody, changes nothing, and is never a 5xx."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hq_harness import HQ, Laptop, request_fields
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from officerdesk.core.ids import uuid7
from officerdesk.core.models import RECORD_TYPES
from officerdesk.core.services.validation import synced_cleaner
from officerdesk.core.write.changes import encode_value
from officerdesk.hq import admin
from officerdesk.hq.store import Blob, BriefFile, Change, Device, EnrollCode, Record
from officerdesk.protocol.wire import HQ_MAX_PUSH, MAX_BODY_BYTES, MAX_STRING
from tests.protocol.stamps import MALFORMED_STAMPS


def fingerprint(hq: HQ, *, devices: bool = True) -> str:
    """Everything a request could change, except the audit log (refusals are audited)."""
    with hq.db.read() as s:
        parts = [
            s.execute(select(Record.id, Record.data, Record.clocks, Record.deleted).order_by(Record.id)).all(),
            s.execute(select(Change.seq).order_by(Change.seq)).all(),
            s.execute(select(Device.id, Device.last_seq, Device.revoked_at).order_by(Device.id)).all() if devices else [],
            s.execute(select(EnrollCode.code_hash, EnrollCode.used_at).order_by(EnrollCode.code_hash)).all(),
            s.execute(select(Blob.sha256, Blob.received).order_by(Blob.sha256)).all(),
            s.execute(select(BriefFile.sha256).order_by(BriefFile.sha256)).all(),
        ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


@pytest.fixture
def laptop(hq: HQ) -> Laptop:
    laptop = hq.laptop()
    laptop.push(laptop.upsert("company_request", uuid7(), request_fields()))
    return laptop


def _push_body(laptop: Laptop, **args: Any) -> dict[str, Any]:
    m = laptop.upsert("company", uuid7(), {"name_ko": "회사"})
    laptop.seq -= 1  # the refused mutation does not use up its number
    m["args"].update(args)
    return {"mutations": [m]}


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"a": value}
    return value


Case = Callable[[HQ, Laptop], Any]

CASES: dict[str, tuple[Case, int, str]] = {
    # tokens
    "no token": (lambda hq, lt: hq.http.get("/v1/pull"), 401, "unauthorized"),
    "malformed token": (lambda hq, lt: hq.http.get("/v1/pull", headers={"Authorization": "Basic abc"}), 401, "unauthorized"),
    "short token": (lambda hq, lt: hq.http.get("/v1/pull", headers={"Authorization": "Bearer x"}), 401, "unauthorized"),
    "unknown token": (lambda hq, lt: hq.http.get("/v1/pull", headers={"Authorization": "Bearer " + "A" * 43}), 401, "unauthorized"),
    "token with NUL": (lambda hq, lt: hq.http.post("/v1/push", json={"mutations": []}, headers={
        "Authorization": "Bearer " + "A" * 20 + "%00"}), 401, "unauthorized"),
    # enrollment
    "expired code": (lambda hq, lt: hq.http.post("/v1/enroll", json={"code": _expired_code(hq)}), 401, "enrollment_refused"),
    "code too long": (lambda hq, lt: hq.http.post("/v1/enroll", json={"code": "A" * 65}), 422, "invalid"),
    "device name with NUL": (lambda hq, lt: hq.http.post("/v1/enroll", json={"code": "ABCD-EFGH-JKLM", "device_name": "a\x00b"}), 400, "invalid_text"),
    # bodies
    "malformed JSON": (lambda hq, lt: hq.http.post("/v1/push", content=b'{"mutations": [', headers={
        **lt.headers, "Content-Type": "application/json"}), 422, "invalid"),
    "wrong shape": (lambda hq, lt: hq.http.post("/v1/push", json={"mutations": [{"seq": "one"}]}, headers=lt.headers), 422, "invalid"),
    "extra field": (lambda hq, lt: hq.http.post("/v1/push", json={"mutations": [], "admin": True}, headers=lt.headers), 422, "invalid"),
    "too many mutations": (lambda hq, lt: hq.http.post("/v1/push", json={"mutations": [
        lt.upsert("company", uuid7(), {"name_ko": "x"}) for _ in range(HQ_MAX_PUSH + 1)]}, headers=lt.headers), 422, "invalid"),
    "oversize body": (lambda hq, lt: hq.http.post("/v1/push", content=b" " * (MAX_BODY_BYTES + 1), headers={
        **lt.headers, "Content-Type": "application/json"}), 413, "too_large"),
    "oversize chunked body": (lambda hq, lt: hq.http.post("/v1/push", content=_chunks(MAX_BODY_BYTES + 1), headers={
        **lt.headers, "Content-Type": "application/json"}), 413, "too_large"),
    "gzip bomb": (lambda hq, lt: hq.http.post("/v1/push", content=gzip.compress(b"0" * (64 << 20)), headers={
        **lt.headers, "Content-Type": "application/json", "Content-Encoding": "gzip"}), 413, "too_large"),
    "broken gzip": (lambda hq, lt: hq.http.post("/v1/push", content=gzip.compress(b'{"mutations": []}')[:-9], headers={
        **lt.headers, "Content-Type": "application/json", "Content-Encoding": "gzip"}), 400, "bad_gzip"),
    "unknown encoding": (lambda hq, lt: hq.http.post("/v1/push", content=b"{}", headers={
        **lt.headers, "Content-Type": "application/json", "Content-Encoding": "br"}), 415, "unsupported_encoding"),
    "deep JSON": (lambda hq, lt: hq.http.post("/v1/push", json=_push_body(lt, fields={"name_ko": _nested(40)}),
                                              headers=lt.headers), 400, "too_deep"),
    "very deep JSON": (lambda hq, lt: hq.http.post("/v1/push", content=b'{"mutations":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                                                   headers={**lt.headers, "Content-Type": "application/json"}), 400, "bad_request"),
    "NaN": (lambda hq, lt: hq.http.post("/v1/push", content=json.dumps(_push_body(lt, fields={"size": float("nan")})).encode(),
                                        headers={**lt.headers, "Content-Type": "application/json"}), 400, "invalid_number"),
    # content types, in any case, are read by one rule: a JSON body is always inspected
    "odd-case content type": (lambda hq, lt: hq.http.post("/v1/push", content=json.dumps(
        _push_body(lt, fields={"name_ko": "a\x00b"})).encode(), headers={
        **lt.headers, "Content-Type": "Application/JSON; Charset=UTF-8"}), 400, "invalid_text"),
    "+json content type": (lambda hq, lt: hq.http.post("/v1/push", content=json.dumps(
        _push_body(lt, fields={"name_ko": "a\x00b"})).encode(), headers={
        **lt.headers, "Content-Type": "application/problem+JSON"}), 400, "invalid_text"),
    "text content type": (lambda hq, lt: hq.http.post("/v1/push", content=b'{"mutations": []}', headers={
        **lt.headers, "Content-Type": "text/plain"}), 415, "unsupported_media_type"),
    "no content type": (lambda hq, lt: hq.http.post("/v1/enroll", content=b'{"code": "ABCD-EFGH-JKLM"}'),
                        415, "unsupported_media_type"),
    # header numbers are ASCII digits (the test client sends these as UTF-8; the raw latin-1
    # byte "²", which passes str.isdigit() and then breaks int(), is sent in test_abuse.py)
    "superscript Upload-Offset": (lambda hq, lt: hq.http.patch("/v1/blobs/" + "a" * 64, content=b"x", headers={
        **lt.headers, "Upload-Offset": "²".encode(), "Upload-Length": "1"}), 400, "bad_header"),
    "full-width Upload-Length": (lambda hq, lt: hq.http.patch("/v1/blobs/" + "a" * 64, content=b"x", headers={
        **lt.headers, "Upload-Offset": "0", "Upload-Length": "\uff11".encode()}), 400, "bad_header"),
    "Arabic-Indic Upload-Offset": (lambda hq, lt: hq.http.patch("/v1/blobs/" + "a" * 64, content=b"x", headers={
        **lt.headers, "Upload-Offset": "\u0660".encode(), "Upload-Length": "1"}), 400, "bad_header"),
    "superscript Content-Length": (lambda hq, lt: hq.http.post("/v1/push", content=b'{"mutations": []}', headers={
        **lt.headers, "Content-Type": "application/json", "Content-Length": "\u00b9\u00b2".encode()}), 400, "bad_header"),
    # text
    "NUL in a value": (lambda hq, lt: hq.http.post("/v1/push", json=_push_body(lt, fields={"name_ko": "a\x00b"}),
                                                   headers=lt.headers), 400, "invalid_text"),
    "NUL in a field name": (lambda hq, lt: hq.http.post("/v1/push", json=_push_body(lt, fields={"name\x00": "a"}),
                                                        headers=lt.headers), 400, "invalid_text"),
    "lone surrogate": (lambda hq, lt: hq.http.post("/v1/push", content=json.dumps(_push_body(lt)).replace(
        "\\ud68c", "\\ud800").encode(), headers={**lt.headers, "Content-Type": "application/json"}), 400, "invalid_text"),
    "invalid UTF-8": (lambda hq, lt: hq.http.post("/v1/push", content=b'{"mutations": ["\xff\xfe"]}', headers={
        **lt.headers, "Content-Type": "application/json"}), 400, "bad_request"),
    "non-NFC text": (lambda hq, lt: hq.http.post("/v1/push", json=_push_body(lt, fields={"name_ko": "\u1100\u1161"}),
                                                 headers=lt.headers), 400, "invalid_text"),
    "oversize string": (lambda hq, lt: hq.http.post("/v1/push", json=_push_body(lt, fields={"notes": "x" * (MAX_STRING + 1)}),
                                                    headers=lt.headers), 422, "too_long"),
    # mutation numbers and clocks
    **{f"malformed clock ({why})": (lambda hq, lt, bad=bad: hq.http.post("/v1/push", json={"mutations": [
        {**_push_body(lt)["mutations"][0], "hlc": bad}]}, headers=lt.headers), 422, "invalid") for why, bad in {
        "letters": "z" * 17, "full-width digits": "\uff10" * 17, "upper case": "0" * 16 + "A",
        "trailing newline": "0" * 16 + "\n", "sign": "+" + "0" * 16, "underscore": "0" * 8 + "_" + "0" * 8,
        "Arabic-Indic digits": "\u0661" * 17, "too long": "0" * 18, "a number": 1}.items()},
    "huge seq": (lambda hq, lt: hq.http.post("/v1/push", json={"mutations": [
        {**_push_body(lt)["mutations"][0], "seq": 2**70}]}, headers=lt.headers), 400, "bad_sequence"),
    "gapped seq": (lambda hq, lt: hq.http.post("/v1/push", json={"mutations": [
        {**_push_body(lt)["mutations"][0], "seq": lt.seq + 5}]}, headers=lt.headers), 409, "mutation_gap"),
    "regressing seq": (lambda hq, lt: hq.http.post("/v1/push", json={"mutations": [
        {**_push_body(lt)["mutations"][0], "seq": 1}]}, headers=lt.headers), 409, "seq_reused"),
    "zero seq": (lambda hq, lt: hq.http.post("/v1/push", json={"mutations": [
        {**_push_body(lt)["mutations"][0], "seq": 0}]}, headers=lt.headers), 422, "invalid"),
    # pull
    "negative cursor": (lambda hq, lt: hq.http.get("/v1/pull", params={"cursor": -1}, headers=lt.headers), 422, "invalid"),
    "cursor not a number": (lambda hq, lt: hq.http.get("/v1/pull", params={"cursor": "x"}, headers=lt.headers), 422, "invalid"),
    "zero limit": (lambda hq, lt: hq.http.get("/v1/pull", params={"limit": 0}, headers=lt.headers), 422, "invalid"),
    "cursor from the future": (lambda hq, lt: hq.http.get("/v1/pull", params={"cursor": 10**30}, headers=lt.headers), 409, "cursor_ahead"),
    "another epoch": (lambda hq, lt: hq.http.get("/v1/pull", headers={**lt.headers, "X-Epoch": "0" * 16}), 409, "epoch_changed"),
    # blobs and briefs
    "bad blob name": (lambda hq, lt: hq.http.get("/v1/blobs/..%2F..%2Fetc", headers=lt.headers), 404, "not_found"),
    "upper-case blob name": (lambda hq, lt: hq.http.get("/v1/blobs/" + "A" * 64, headers=lt.headers), 422, "invalid"),
    "oversize blob": (lambda hq, lt: hq.http.patch("/v1/blobs/" + "a" * 64, content=b"x", headers={
        **lt.headers, "Upload-Offset": "0", "Upload-Length": str(1 << 40)}), 413, "too_large"),
    "negative offset": (lambda hq, lt: hq.http.patch("/v1/blobs/" + "a" * 64, content=b"x", headers={
        **lt.headers, "Upload-Offset": "-1", "Upload-Length": "1"}), 400, "bad_header"),
    "wrong offset": (lambda hq, lt: hq.http.patch("/v1/blobs/" + "a" * 64, content=b"x", headers={
        **lt.headers, "Upload-Offset": "5", "Upload-Length": "10"}), 409, "wrong_offset"),
    "brief whose PDF HQ lacks": (lambda hq, lt: hq.http.post("/v1/briefs", json={
        "id": uuid7(), "kind": "meeting", "sha256": "0" * 64}, headers=lt.headers), 409, "pdf_missing"),
    "brief with its PDF inline (the old form)": (lambda hq, lt: hq.http.post("/v1/briefs", json={
        "id": uuid7(), "kind": "meeting", "sha256": "0" * 64, "pdf_base64": "JVBERi0xLjcK"}, headers=lt.headers), 422, "invalid"),
    "unknown route": (lambda hq, lt: hq.http.get("/v1/admin", headers=lt.headers), 404, "not_found"),
    "wrong method": (lambda hq, lt: hq.http.delete("/v1/push", headers=lt.headers), 405, "method_not_allowed"),
}


def _chunks(n: int) -> Iterator[bytes]:
    for _ in range(n // (1 << 20) + 1):
        yield b" " * (1 << 20)


def _expired_code(hq: HQ) -> str:
    import datetime as dt

    officer = hq.officer("WAS")
    with hq.db.write() as s:
        return admin.issue_enroll_code(s, officer_id=officer, ttl=dt.timedelta(seconds=-1))


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_refused_clearly_and_changes_nothing(name: str, hq: HQ, laptop: Laptop) -> None:
    case, status, error = CASES[name]
    before = fingerprint(hq)
    resp = case(hq, laptop)
    assert resp.status_code == status, resp.text[:500]
    body = resp.json()
    assert set(body) == {"error", "detail"} and body["error"] == error
    if name != "expired code":  # issuing the code is the test's own set-up
        assert fingerprint(hq) == before
    # and the server still serves
    assert laptop.pull().status_code == 200


def test_bad_values_in_one_mutation_change_nothing(hq: HQ, laptop: Laptop) -> None:
    before = fingerprint(hq, devices=False)
    results = laptop.push(
        laptop.upsert("company_request", uuid7(), request_fields(title="x" * 501)),
        laptop.upsert("company", uuid7(), {"name_ko": "x", "size": "gigantic"}),
        laptop.upsert("attachment", uuid7(), {"sha256": "a" * 64, "filename": "f", "owner_type": "meeting",
                                              "owner_id": uuid7(), "size": 2**60}),
        laptop.upsert("company_request", uuid7(), request_fields(received=None)),
        laptop.upsert("meeting", uuid7(), {"title": "x", "starts_at": "2026-13-45T99:00:00"}),
        laptop.upsert("contact", "not-a-uuid", {"name": "x"}),
        laptop.upsert("contact", uuid7(), {}),
    )["results"]
    assert [r["status"] for r in results] == ["rejected"] * 7
    assert all(r["reason"].split(":")[0] in ("invalid_value", "malformed") for r in results)
    assert fingerprint(hq, devices=False) == before  # answered (last_seq moved), nothing written


# ---- what no honest laptop sends: malformed stamps and writes to what HQ owns ------------------------

HOSTILE = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@HOSTILE
@given(hlc=MALFORMED_STAMPS)
def test_a_malformed_stamp_in_any_form_is_refused_and_changes_nothing(hq: HQ, laptop: Laptop, hlc: str) -> None:
    before = fingerprint(hq)
    body = _push_body(laptop)
    body["mutations"][0]["hlc"] = hlc
    resp = hq.http.post("/v1/push", json=body, headers=laptop.headers)
    # (a NUL byte is refused as text before the stamp is looked at: 400 invalid_text)
    assert (resp.status_code, resp.json()["error"]) in ((422, "invalid"), (400, "invalid_text")), resp.text[:300]
    assert fingerprint(hq) == before


def _forbidden(hq: HQ, lt: Laptop, kind: str) -> dict[str, Any]:
    """One write no honest laptop makes, aimed at a record of the laptop's own post."""
    with hq.db.read() as s:
        request = s.scalars(select(Record).where(Record.type == "company_request", Record.post_id == lt.post_id)).first()
        assert request is not None
        officer = s.get(Record, lt.officer_id)
        history = s.scalars(select(Record).where(Record.type == "status_change", Record.post_id == lt.post_id)).first()
        conflict = s.scalars(select(Record).where(Record.type == "conflict", Record.post_id == lt.post_id)).first()
    writes: dict[str, tuple[str, str, dict[str, Any]]] = {
        "new status history": ("status_change", uuid7(), {"request_id": request.id, "from_status": "received",
                                                          "to_status": "closed", "at": "2026-11-25T10:00:00"}),
        "edit of status history": ("status_change", history.id if history else uuid7(), {"to_status": "closed"}),
        "delete of status history": ("status_change", history.id if history else uuid7(), {"deleted": True}),
        "post": ("post", lt.post_id, {"name_en": "Renamed"}),
        "officer": ("officer", officer.id if officer else lt.officer_id, {"role": "admin"}),
        "new conflict": ("conflict", uuid7(), {"resolved": True}),
        "conflict text": ("conflict", conflict.id if conflict else uuid7(), {"local_value": "forged"}),
        "conflict unresolved": ("conflict", conflict.id if conflict else uuid7(), {"resolved": False}),
        "request closed by upsert": ("company_request", request.id, {"status": "closed"}),
        "request escalated by upsert": ("company_request", request.id, {"escalated": True}),
        "new request born closed": ("company_request", uuid7(), request_fields(status="closed")),
        "new request born escalated": ("company_request", uuid7(), request_fields(escalated=True)),
    }
    record_type, rid, fields = writes[kind]
    return lt.upsert(record_type, rid, fields, post_id=lt.post_id)


FORBIDDEN_WRITES = ["new status history", "edit of status history", "delete of status history", "post", "officer",
                    "new conflict", "conflict text", "conflict unresolved", "request closed by upsert",
                    "request escalated by upsert", "new request born closed", "new request born escalated"]


@pytest.fixture
def history_and_conflict(hq: HQ, laptop: Laptop) -> Laptop:
    """The laptop's post has a status move and a conflict at HQ, for the forbidden writes to aim at."""
    with hq.db.read() as s:
        request = s.scalars(select(Record).where(Record.type == "company_request", Record.post_id == laptop.post_id)).one()
    assert laptop.push(laptop.transition(request.id, "received", "reviewing"))["results"][0]["status"] == "applied"
    other, rid = hq.laptop(), uuid7()
    laptop.push(laptop.upsert("meeting", rid, {"title": "t", "starts_at": "2026-11-20T14:00:00", "notes": "v0"}))
    other.push(other.upsert("meeting", rid, {"notes": "theirs"}, base={"notes": 0}))
    laptop.push(laptop.upsert("meeting", rid, {"notes": "mine"}, base={"notes": 0}))
    return laptop


@HOSTILE
@given(kinds=st.lists(st.sampled_from(FORBIDDEN_WRITES), min_size=1, max_size=4))
def test_writes_to_what_hq_owns_are_refused_and_change_nothing(hq: HQ, history_and_conflict: Laptop,
                                                                kinds: list[str]) -> None:
    lt = history_and_conflict
    with hq.db.read() as s:
        assert s.scalars(select(Record.id).where(Record.type == "conflict")).first() is not None
    before = fingerprint(hq, devices=False)
    results = lt.push(*(_forbidden(hq, lt, kind) for kind in kinds))["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(kinds), list(zip(kinds, results, strict=True))
    assert all(r["reason"].split(":")[0] in ("hq_owned", "not_initial", "invalid_value") for r in results)
    assert fingerprint(hq, devices=False) == before


def test_what_an_administrator_publishes_passes_the_fields_own_validators(hq: HQ) -> None:
    """Every laptop's pull checks a post's and an officer's values with their fields' validators:
    a value they refuse would stop every sync at that record, so the admin command refuses it."""
    db = hq.db
    with db.write() as s:
        post = admin.create_post(s, code="LAX", name_en=" Los  Angeles ", name_ko="로스앤젤레스", country="US", tz="UTC")
        with pytest.raises(admin.AdminError, match="email"):
            admin.create_officer(s, post_code="LAX", name="김민수", email="not an email")
        with pytest.raises(admin.AdminError, match="too long"):
            admin.create_officer(s, post_code="LAX", name="김" * 201)
        admin.create_officer(s, post_code="LAX", name=" 김  민수 ", email="kim@example.org")
    with db.read() as s:
        published = s.scalars(select(Record).where(Record.post_id == post.id)).all()
        assert sorted(r.type for r in published) == ["officer", "post"]
        for rec in published:
            cls = RECORD_TYPES[rec.type]
            assert {k: encode_value(synced_cleaner(cls, k)(v)) for k, v in rec.data.items()} == rec.data
        assert {r.type: r.data.get("name", r.data.get("name_en")) for r in published} == {
            "post": "Los Angeles", "officer": "김 민수"}
