"""Attachments and briefs through a real HQ process, over a loopback link that can be cut."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sync_netlink import Link

from officerdesk.core import attachments
from officerdesk.core.models import Attachment, Blob, Brief, BriefDispatch, Meeting, utcnow
from officerdesk.core.services import briefs_log, records
from officerdesk.core.store.db import Store
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import NetworkError
from officerdesk.hq import admin, uploads
from officerdesk.hq import blobs as hq_blobs
from officerdesk.hq.audit import verify_chain
from officerdesk.hq.database import Database
from officerdesk.hq.uploads import UploadRules
from officerdesk.profiles import open_store
from officerdesk.protocol.wire import MAX_BODY_BYTES
from officerdesk.sync import dispatch
from officerdesk.sync.client import Retry
from officerdesk.sync.engine import sync_once
from officerdesk.sync.enrolment import client_for, enroll
from officerdesk.sync.local_hq import LocalHQ, start_local_hq

SIZE = 3 * (1 << 20) + 12345  # four upload chunks, incompressible


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[LocalHQ]:
    server = start_local_hq(tmp_path / "hq")
    yield server
    server.stop()


def laptop(root: Path, hq: LocalHQ, url: str, name: str) -> Store:
    db = Database(hq.db_url)
    with db.write() as s:
        if admin.post_by_code(s, "WAS") is None:
            admin.create_post(s, code="WAS", name_en="Washington", name_ko="워싱턴", country="US", tz="UTC")
        code = admin.issue_enroll_code(s, officer_id=admin.create_officer(s, post_code="WAS", name=name).id)
    db.dispose()
    store = open_store(root)
    enroll(store, url, code)
    return store


def sync(store: Store, attempts: int = 1) -> object:
    with client_for(store, retry=Retry(attempts=attempts, base=0.01, cap=0.05)) as client:
        return sync_once(store, client)


def test_attachment_upload_and_download_resume_where_the_link_broke(hq: LocalHQ, tmp_path: Path) -> None:
    port = int(hq.url.rsplit(":", 1)[1])
    link_a, link_b = Link(port), Link(port)
    try:
        a = laptop(tmp_path / "a", hq, link_a.url, "김민수")
        b = laptop(tmp_path / "b", hq, link_b.url, "이영희")
        data = os.urandom(SIZE)
        sha = hashlib.sha256(data).hexdigest()
        with a.session_factory.begin() as s:
            post = sync_state(s).post_id
            mid = records.create(s, "meeting", post_id=post, values={"title": "KIPO visit", "starts_at": "2026-10-01T10:00:00"}).id
            attachments.add(s, a.paths.attachments, owner_type="meeting", owner_id=mid, data=data, filename="slides.pdf")

        link_a.cut_after(int(SIZE * 0.6), upstream=True)
        with pytest.raises(NetworkError):
            sync(a)
        with a.session_factory.begin() as s:
            kept = s.get(Blob, sha).uploaded  # type: ignore[union-attr]
        assert 0 < kept < SIZE, "the chunks HQ acknowledged before the cut are remembered"
        link_a.restore()
        sent_before = link_a.bytes_up
        report = sync(a)
        assert report.uploaded_files == 1 and report.pushed >= 2  # type: ignore[attr-defined]
        assert link_a.bytes_up - sent_before < SIZE - kept + 200_000, "the upload resumed, it did not start over"

        link_b.cut_after(int(SIZE * 0.5), stay_down=False)
        received_before = link_b.bytes_down
        report = sync(b, attempts=3)
        assert report.downloaded_files == 1  # type: ignore[attr-defined]
        assert link_b.bytes_down - received_before < SIZE * 1.3, "the download resumed with a range request"
        with b.session_factory.begin() as s:
            att = s.scalars(select(Attachment)).one()
            assert attachments.read(s, b.paths.attachments, att.id) == data
        stored = [f for f in b.paths.attachments.rglob("*") if f.is_file()]
        assert len(stored) == 1 and data[:4096] not in stored[0].read_bytes(), "kept encrypted on B too"
        assert sync(b).downloaded_files == 0  # type: ignore[attr-defined]
        a.close()
        b.close()
    finally:
        link_a.close()
        link_b.close()


def test_finalised_briefs_reach_hq_once(hq: LocalHQ, tmp_path: Path) -> None:
    a = laptop(tmp_path / "a", hq, hq.url, "김민수")
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a finalised brief\n%%EOF\n")
    missing = tmp_path / "gone.pdf"
    missing.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with a.session_factory.begin() as s:
        post = sync_state(s).post_id
        ids = []
        for path in (pdf, missing):
            dto = briefs_log.record(s, post_id=post, kind="meeting", title=path.stem, scope="", period="2026-10",
                                    language="ko", classification="internal", pdf=path.read_bytes(), path=str(path))
            briefs_log.finalise(s, dto.id)
            ids.append(dto.id)
    missing.unlink()
    report = sync(a)
    assert report.briefs_sent == 1  # type: ignore[attr-defined]
    assert any("gone" in r for r in report.rejections)  # type: ignore[attr-defined]
    with a.session_factory.begin() as s:
        assert [s.get(Brief, i).sent_state for i in ids] == ["sent", "queued"]  # type: ignore[union-attr]
    token_client = client_for(a)
    listed = httpx.get(f"{hq.url}/v1/briefs", headers={"Authorization": f"Bearer {token_client.token}"}).json()
    token_client.close()
    assert [b["sha256"] for b in listed] == [hashlib.sha256(pdf.read_bytes()).hexdigest()]
    assert sync(a).briefs_sent == 0  # type: ignore[attr-defined]
    a.close()


def big_pdf(pixels: int = 3000) -> bytes:
    """A valid one-page PDF of about pixels² bytes: the page shows a grey image of random noise,
    stored unfiltered, so neither gzip nor anything else makes it smaller."""
    noise = os.urandom(pixels * pixels)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
        b" /Length %d >>\nstream\n%s\nendstream" % (pixels, pixels, len(noise), noise),
    ]
    out, offsets = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def finalised_brief(store: Store, path: Path, pdf: bytes, title: str) -> str:
    path.write_bytes(pdf)
    with store.session_factory.begin() as s:
        dto = briefs_log.record(s, post_id=sync_state(s).post_id, kind="meeting", title=title, scope="",
                                period="2026-11", language="ko", classification="internal", pdf=pdf, path=str(path))
        briefs_log.finalise(s, dto.id)
    return dto.id


def hq_get(hq: LocalHQ, store: Store, path: str) -> httpx.Response:
    with client_for(store) as client:
        token = client.token
    return httpx.get(f"{hq.url}/v1{path}", headers={"Authorization": f"Bearer {token}"}, timeout=30)


def test_a_brief_larger_than_a_request_syncs_in_chunks_and_resumes(hq: LocalHQ, tmp_path: Path) -> None:
    pdf = big_pdf()
    assert len(pdf) > MAX_BODY_BYTES
    sha = hashlib.sha256(pdf).hexdigest()
    link = Link(int(hq.url.rsplit(":", 1)[1]))
    try:
        a = laptop(tmp_path / "a", hq, link.url, "김민수")
        brief_id = finalised_brief(a, tmp_path / "big.pdf", pdf, "연간 동향 보고")
        link.cut_after(int(len(pdf) * 0.6), upstream=True)
        with pytest.raises(NetworkError):
            sync(a)  # the brief stops half-way; the push then finds the link down too
        with a.session_factory.begin() as s:
            assert s.get(Brief, brief_id).sent_state == "queued"  # type: ignore[union-attr]
            held = s.get(BriefDispatch, brief_id)
            assert held is not None and held.refusals == 0 and held.retry_at is None, "a broken link is no refusal"
        link.restore()
        sent_before = link.bytes_up
        report = sync(a)
        assert report.briefs_sent == 1 and report.briefs_held == 0  # type: ignore[attr-defined]
        assert link.bytes_up - sent_before < len(pdf) * 0.4 + (2 << 20), "the upload went on from HQ's offset"
        with a.session_factory.begin() as s:
            assert s.get(Brief, brief_id).sent_state == "sent"  # type: ignore[union-attr]
            assert s.get(BriefDispatch, brief_id) is None
        listed = hq_get(hq, a, "/briefs").json()
        assert [(b["sha256"], b["size"], b["id"]) for b in listed] == [(sha, len(pdf), brief_id)]
        fetched = hq_get(hq, a, f"/briefs/{sha}")
        assert fetched.status_code == 200 and fetched.content == pdf, "HQ gives back the very same bytes"
        assert sync(a).briefs_sent == 0  # type: ignore[attr-defined]
        a.close()
    finally:
        link.close()


def test_a_refused_brief_is_held_with_its_reason_and_records_still_sync(hq: LocalHQ, tmp_path: Path) -> None:
    a = laptop(tmp_path / "a", hq, hq.url, "김민수")
    b = laptop(tmp_path / "b", hq, hq.url, "이영희")
    not_pdf = finalised_brief(a, tmp_path / "scan.pdf", b"GIF89a not a PDF at all", "스캔 자료")
    too_big = finalised_brief(a, tmp_path / "big.pdf", b"%PDF-1.7\n" + os.urandom(5000) + b"\n%%EOF\n", "첨부 많은 보고")
    with a.session_factory.begin() as s:
        state = sync_state(s)
        # what this HQ "advertised" (and recently: no meta asked this round): the laptop does not even try
        state.max_blob_bytes, state.last_sync_at = 4096, utcnow()
        records.create(s, "meeting", post_id=sync_state(s).post_id,
                       values={"title": "KIPO 협의", "starts_at": "2026-11-02T10:00:00"})

    report = sync(a)
    assert report.briefs_sent == 0 and report.briefs_held == 2 and report.pushed >= 3  # type: ignore[attr-defined]
    reasons = " ".join(report.rejections)  # type: ignore[attr-defined]
    assert "스캔 자료" in reasons and "not_pdf" in reasons
    assert "첨부 많은 보고" in reasons and "at most 4,096 bytes" in reasons
    with a.session_factory.begin() as s:
        held = {i: s.get(BriefDispatch, i) for i in (not_pdf, too_big)}
        for row in held.values():
            assert row is not None and row.refusals == 1 and row.retry_at is not None
            assert abs(row.retry_at - (utcnow() + dispatch.FIRST_PAUSE)) < dt.timedelta(minutes=1)
        assert "not_pdf" in held[not_pdf].problem  # type: ignore[union-attr]
        assert {s.get(Brief, i).sent_state for i in held} == {"queued"}  # type: ignore[union-attr]
    assert sync(b).pulled > 0  # type: ignore[attr-defined]
    with b.session_factory.begin() as s:
        assert [m.title for m in s.scalars(select(Meeting))] == ["KIPO 협의"]
        assert {br.sent_state for br in s.scalars(select(Brief))} == {"queued"}
    assert sync(b).briefs_held == 0  # type: ignore[attr-defined]  # A's queued briefs are not B's to send

    again = sync(a)  # within the pause: not asked again
    assert again.briefs_held == 0 and again.rejections == []  # type: ignore[attr-defined]
    with a.session_factory.begin() as s:
        s.get(BriefDispatch, not_pdf).retry_at = utcnow() - dt.timedelta(seconds=1)  # type: ignore[union-attr]
    assert sync(a).briefs_held == 1  # type: ignore[attr-defined]
    with a.session_factory.begin() as s:
        row = s.get(BriefDispatch, not_pdf)
        assert row is not None and row.refusals == 2, "refused again: the pause doubles"
        assert abs(row.retry_at - (utcnow() + 2 * dispatch.FIRST_PAUSE)) < dt.timedelta(minutes=1)  # type: ignore[operator]
    assert hq_get(hq, a, "/briefs").json() == []
    a.close()
    b.close()


def test_the_pause_after_refusals_doubles_up_to_a_day() -> None:
    assert [dispatch.pause_after(n) for n in (1, 2, 3)] == [dispatch.FIRST_PAUSE * k for k in (1, 2, 4)]
    assert dispatch.pause_after(40) == dispatch.LONGEST_PAUSE


def test_an_upload_hq_discarded_as_expired_is_sent_again_from_the_start(hq: LocalHQ, tmp_path: Path) -> None:
    """HQ discards an unfinished upload untouched for a day; the laptop, which remembers sending
    part of it, learns from HEAD's 404 that HQ has none and sends the whole file again."""
    link = Link(int(hq.url.rsplit(":", 1)[1]))
    hq_db = Database(hq.db_url)  # with the audit key HQ's process uses (the test session's settings file)
    try:
        a = laptop(tmp_path / "a", hq, link.url, "김민수")
        data = os.urandom(SIZE)
        sha = hashlib.sha256(data).hexdigest()
        with a.session_factory.begin() as s:
            mid = records.create(s, "meeting", post_id=sync_state(s).post_id,
                                 values={"title": "KIPO visit", "starts_at": "2026-10-01T10:00:00"}).id
            attachments.add(s, a.paths.attachments, owner_type="meeting", owner_id=mid, data=data, filename="a.pdf")
        link.cut_after(int(SIZE * 0.6), upstream=True)
        with pytest.raises(NetworkError):
            sync(a)
        with a.session_factory.begin() as s:
            assert 0 < s.get(Blob, sha).uploaded < SIZE  # type: ignore[union-attr]
        a_day_on = UploadRules(clock=lambda: utcnow() + dt.timedelta(hours=25))
        assert uploads.sweep(hq_db, a_day_on) == 1  # HQ's housekeeping, a day later
        link.restore()
        sent_before = link.bytes_up
        assert sync(a).uploaded_files == 1  # type: ignore[attr-defined]
        assert link.bytes_up - sent_before > SIZE, "the whole file went again"
        assert b"".join(hq_blobs.stream(hq_db, sync_post(a), sha, 0, SIZE - 1)) == data
        with hq_db.read() as s:
            assert hq_blobs.complete_size(s, sync_post(a), sha) == SIZE
            assert verify_chain(s, hq_db.audit_keys).ok, "housekeeping's row joins the server's chain"
        a.close()
    finally:
        hq_db.dispose()
        link.close()


def sync_post(store: Store) -> str:
    with store.session_factory.begin() as s:
        return sync_state(s).post_id


def test_a_document_number_another_laptop_filed_is_refused_and_said(hq: LocalHQ, tmp_path: Path) -> None:
    a, b = laptop(tmp_path / "a", hq, hq.url, "김민수"), laptop(tmp_path / "b", hq, hq.url, "이영희")
    number = "WAS-2026-AAAA-0001"  # as two laptops whose series tags collide would both number it
    ids = []
    for store, text in ((a, b"% one"), (b, b"% two")):
        pdf = store.paths.root / "brief.pdf"
        pdf.write_bytes(b"%PDF-1.4\n" + text + b"\n%%EOF\n")
        with store.session_factory.begin() as s:
            dto = briefs_log.record(s, post_id=sync_state(s).post_id, kind="meeting", title="brief", scope="", period="2026-10",
                                    language="ko", classification="internal", pdf=pdf.read_bytes(), path=str(pdf), doc_number=number)
            briefs_log.finalise(s, dto.id)
            ids.append(dto.id)
    assert sync(a).briefs_sent == 1  # type: ignore[attr-defined]
    report = sync(b)
    assert report.briefs_sent == 0  # type: ignore[attr-defined]
    assert any(number in r and "Build the brief again" in r for r in report.rejections), report.rejections  # type: ignore[attr-defined]
    with b.session_factory.begin() as s:
        assert s.get(Brief, ids[1]).sent_state == "queued"  # type: ignore[union-attr]
        assert number in s.get(BriefDispatch, ids[1]).problem  # type: ignore[union-attr]
    a.close()
    b.close()
