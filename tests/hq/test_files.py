"""Attachment uploads and downloads, and finalised briefs, at HQ."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from hq_harness import HQ, Laptop
from sqlalchemy import func, select

from officerdesk.core.ids import uuid7
from officerdesk.hq.audit import verify_chain
from officerdesk.hq.store import AuditEntry, Blob, BlobChunk, BriefFile

DATA = bytes(range(256)) * 1000  # 256,000 bytes
SHA = hashlib.sha256(DATA).hexdigest()


def patch(laptop: Laptop, sha: str, offset: int, total: int, chunk: bytes) -> Any:
    return laptop.http.patch(f"/v1/blobs/{sha}", content=chunk, headers={
        **laptop.headers, "Upload-Offset": str(offset), "Upload-Length": str(total),
        "Content-Type": "application/offset+octet-stream"})


def upload(laptop: Laptop, data: bytes = DATA, chunk: int = 100_000) -> str:
    sha = hashlib.sha256(data).hexdigest()
    for offset in range(0, len(data), chunk):
        assert patch(laptop, sha, offset, len(data), data[offset:offset + chunk]).status_code == 204
    return sha


def attach(laptop: Laptop, sha: str, owner: str | None = None) -> str:
    rid = uuid7()
    body = laptop.push(laptop.upsert("attachment", rid, {
        "sha256": sha, "filename": "contract.pdf", "size": len(DATA), "owner_type": "meeting",
        "owner_id": owner or uuid7(), "mime": "application/pdf"}))
    assert body["results"][0]["status"] == "applied"
    return rid


def test_resumable_upload_then_download(hq: HQ) -> None:
    laptop = hq.laptop()
    assert laptop.http.head(f"/v1/blobs/{SHA}", headers=laptop.headers).status_code == 404
    assert patch(laptop, SHA, 0, len(DATA), DATA[:100_000]).status_code == 204
    head = laptop.http.head(f"/v1/blobs/{SHA}", headers=laptop.headers)
    assert head.headers["Upload-Offset"] == "100000" and head.headers["Upload-Complete"] == "0"
    wrong = patch(laptop, SHA, 50_000, len(DATA), DATA[50_000:150_000])
    assert wrong.status_code == 409 and wrong.headers["Upload-Offset"] == "100000"
    last = patch(laptop, SHA, 100_000, len(DATA), DATA[100_000:])
    assert last.status_code == 204 and last.headers["Upload-Complete"] == "1"
    assert patch(laptop, SHA, 0, len(DATA), DATA[:10]).headers["Upload-Complete"] == "1"  # idempotent
    # not downloadable until a record points at it
    assert laptop.http.get(f"/v1/blobs/{SHA}", headers=laptop.headers).status_code == 404
    attach(laptop, SHA)
    got = laptop.http.get(f"/v1/blobs/{SHA}", headers=laptop.headers)
    assert got.status_code == 200 and got.content == DATA
    part = laptop.http.get(f"/v1/blobs/{SHA}", headers={**laptop.headers, "Range": "bytes=150000-"})
    assert part.status_code == 206 and part.content == DATA[150_000:]
    assert part.headers["Content-Range"] == f"bytes 150000-{len(DATA) - 1}/{len(DATA)}"
    bad = laptop.http.get(f"/v1/blobs/{SHA}", headers={**laptop.headers, "Range": f"bytes={len(DATA)}-"})
    assert bad.status_code == 416


def test_a_hash_mismatch_discards_the_upload(hq: HQ) -> None:
    laptop = hq.laptop()
    fake = "0" * 64
    assert patch(laptop, fake, 0, 20, b"a" * 10).status_code == 204
    resp = patch(laptop, fake, 10, 20, b"b" * 10)
    assert resp.status_code == 400 and resp.json()["error"] == "hash_mismatch"
    assert laptop.http.head(f"/v1/blobs/{fake}", headers=laptop.headers).status_code == 404
    with hq.db.read() as s:
        assert s.scalar(select(func.count()).select_from(BlobChunk)) == 0
        assert verify_chain(s, hq.db.audit_keys).ok


def test_upload_limits(hq: HQ) -> None:
    laptop = hq.laptop()
    huge = patch(laptop, SHA, 0, 65 << 20, b"x")
    assert huge.status_code == 413 and huge.json()["error"] == "too_large"
    assert patch(laptop, SHA, 0, 5, b"123456").json()["error"] == "beyond_length"
    assert patch(laptop, SHA, 0, len(DATA), b"").status_code == 204
    assert patch(laptop, SHA, 0, 999, b"x").json()["error"] == "length_mismatch"
    missing = laptop.http.patch(f"/v1/blobs/{SHA}", content=b"x", headers=laptop.headers)
    assert missing.status_code == 422 and "upload-offset: Field required" in missing.json()["detail"]
    # byte 0xB2 reads (Latin-1) as "²", which str.isdigit() takes for a digit and int() refuses
    odd = laptop.http.patch(f"/v1/blobs/{SHA}", content=b"x", headers={
        **laptop.headers, "Upload-Offset": b"\xb2", "Upload-Length": b"1"})
    assert odd.status_code == 400 and odd.json()["error"] == "bad_header"
    assert laptop.http.head("/v1/blobs/NOT-A-HASH", headers=laptop.headers).status_code == 422
    with hq.db.read() as s:
        assert s.scalar(select(Blob.received)) == 0


def test_a_deleted_attachment_no_longer_opens_its_file(hq: HQ) -> None:
    laptop = hq.laptop()
    rid = attach(laptop, upload(laptop))
    laptop.push(laptop.upsert("attachment", rid, {"deleted": True}))
    assert laptop.http.get(f"/v1/blobs/{SHA}", headers=laptop.headers).status_code == 404


PDF = b"%PDF-1.7\n% a brief\n%%EOF\n"


def _brief(pdf: bytes = PDF) -> dict[str, Any]:
    return {"id": uuid7(), "kind": "meeting", "title": "회의 보고", "period": "2026-11", "language": "ko",
            "classification": "internal", "sha256": hashlib.sha256(pdf).hexdigest()}


def test_briefs_are_stored_once(hq: HQ) -> None:
    laptop = hq.laptop()
    brief = _brief()
    upload(laptop, PDF, chunk=7)  # the PDF goes up in chunks like any file, then the brief is filed
    first = laptop.http.post("/v1/briefs", json=brief, headers=laptop.headers)
    again = laptop.http.post("/v1/briefs", json=brief, headers=laptop.headers)
    assert first.json() == {"sha256": brief["sha256"], "status": "stored"}
    assert again.json()["status"] == "duplicate"
    listed = laptop.http.get("/v1/briefs", headers=laptop.headers).json()
    assert [b["id"] for b in listed] == [brief["id"]] and listed[0]["title"] == "회의 보고"
    assert listed[0]["size"] == len(PDF)
    received = dt.datetime.fromisoformat(listed[0]["received_at"])  # stored without a zone: sent as UTC
    assert received.utcoffset() == dt.timedelta(0) and abs(dt.datetime.now(dt.UTC) - received).total_seconds() < 600
    pdf = laptop.http.get(f"/v1/briefs/{brief['sha256']}", headers=laptop.headers)
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content == PDF
    assert pdf.headers["content-length"] == str(len(PDF))
    with hq.db.read() as s:
        audited = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "brief_received")).all()
        assert [(d["brief_id"], d["size"]) for d in audited] == [(brief["id"], len(PDF))] and verify_chain(s, hq.db.audit_keys).ok


def test_a_brief_is_filed_only_once_its_whole_pdf_is_at_hq(hq: HQ) -> None:
    laptop = hq.laptop()
    brief = _brief()
    post = lambda: laptop.http.post("/v1/briefs", json=brief, headers=laptop.headers)  # noqa: E731
    assert post().json()["error"] == "pdf_missing"
    assert patch(laptop, brief["sha256"], 0, len(PDF), PDF[:10]).status_code == 204
    half = post()
    assert half.status_code == 409 and half.json()["error"] == "pdf_missing"
    assert patch(laptop, brief["sha256"], 10, len(PDF), PDF[10:]).status_code == 204
    assert post().json()["status"] == "stored"


def test_bad_briefs_are_refused(hq: HQ) -> None:
    laptop = hq.laptop()
    post = lambda body: laptop.http.post("/v1/briefs", json=body, headers=laptop.headers)  # noqa: E731
    upload(laptop, PDF)
    exe = b"MZ\x90\x00 an executable"
    upload(laptop, exe)
    assert post(_brief(exe)).json()["error"] == "not_pdf"
    assert post({**_brief(), "id": "not-an-id"}).status_code == 422
    assert post({**_brief(), "classification": "secret"}).status_code == 422
    assert post({**_brief(), "surprise": 1}).status_code == 422
    assert post({**_brief(), "pdf_base64": "JVBERi0xLjcK"}).status_code == 422  # the old inline form is gone
    with hq.db.read() as s:
        assert s.scalar(select(func.count()).select_from(BriefFile)) == 0


def test_a_document_number_is_held_by_one_brief_of_a_post(hq: HQ) -> None:
    was, other_was, bjs = hq.laptop("WAS"), hq.laptop("WAS", name="이영희"), hq.laptop("BJS", name="王芳")
    first_pdf, second_pdf = b"%PDF-1.7\n% WAS brief 1\n%%EOF\n", b"%PDF-1.7\n% WAS brief 2\n%%EOF\n"
    for laptop, pdf in ((was, first_pdf), (other_was, second_pdf), (bjs, second_pdf)):
        upload(laptop, pdf)
    first = {**_brief(first_pdf), "doc_number": "WAS-2026-K7QD-0042"}
    assert was.http.post("/v1/briefs", json=first, headers=was.headers).json()["status"] == "stored"
    assert was.http.post("/v1/briefs", json=first, headers=was.headers).json()["status"] == "duplicate"  # a retry
    clash = {**_brief(second_pdf), "doc_number": "WAS-2026-K7QD-0042"}
    refused = other_was.http.post("/v1/briefs", json=clash, headers=other_was.headers)
    assert refused.status_code == 409 and refused.json()["error"] == "doc_number_taken"
    assert "WAS-2026-K7QD-0042" in refused.json()["detail"] and first["id"] in refused.json()["detail"]
    listed = was.http.get("/v1/briefs", headers=was.headers).json()
    assert [(b["id"], b["doc_number"]) for b in listed] == [(first["id"], "WAS-2026-K7QD-0042")]  # nothing changed
    # another post's series is its own; a brief without a number is never refused for it
    assert bjs.http.post("/v1/briefs", json=clash, headers=bjs.headers).json()["status"] == "stored"
    unnumbered = _brief(second_pdf)
    assert other_was.http.post("/v1/briefs", json=unnumbered, headers=other_was.headers).json()["status"] == "stored"
    bad = other_was.http.post("/v1/briefs", json={**_brief(second_pdf), "doc_number": "was 42\n"}, headers=other_was.headers)
    assert bad.status_code == 422
