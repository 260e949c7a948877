"""Attachments and briefs through a real HQ process, over a loopback link that can be cut."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sync_netlink import Link

from officerdesk.core import attachments
from officerdesk.core.changes import sync_state
from officerdesk.core.db import Store
from officerdesk.core.models import Attachment, Blob, Brief
from officerdesk.core.services import briefs_log, records
from officerdesk.errors import NetworkError
from officerdesk.hq import admin
from officerdesk.hq.database import Database
from officerdesk.profiles import open_store
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
