"""Cross-post leaks, endpoint by endpoint: a BJS device can neither read, write nor download a
WAS record, file or brief; an HQ analyst reads them all; a revoked device gets nothing at all."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from hq_harness import HQ, Laptop, request_fields
from sqlalchemy import select

from officerdesk.core.ids import uuid7
from officerdesk.hq import admin
from officerdesk.hq.store import Blob, Record

FILE = b"WAS confidential attachment " * 4000
FILE_SHA = hashlib.sha256(FILE).hexdigest()
PARTIAL = b"WAS half-uploaded file " * 1000
PARTIAL_SHA = hashlib.sha256(PARTIAL).hexdigest()
PDF = b"%PDF-1.7\n% WAS brief\n%%EOF\n"
PDF_SHA = hashlib.sha256(PDF).hexdigest()


def _patch(laptop: Laptop, sha: str, offset: int, total: int, chunk: bytes) -> Any:
    return laptop.http.patch(f"/v1/blobs/{sha}", content=chunk, headers={
        **laptop.headers, "Upload-Offset": str(offset), "Upload-Length": str(total)})


def _brief(pdf: bytes = PDF) -> dict[str, Any]:
    return {"id": uuid7(), "kind": "case", "title": "WAS case", "sha256": hashlib.sha256(pdf).hexdigest()}


def _file_brief(laptop: Laptop, pdf: bytes = PDF) -> Any:
    assert _patch(laptop, hashlib.sha256(pdf).hexdigest(), 0, len(pdf), pdf).status_code == 204
    return laptop.http.post("/v1/briefs", json=_brief(pdf), headers=laptop.headers)


class World:
    def __init__(self, hq: HQ) -> None:
        self.hq = hq
        self.was, self.bjs = hq.laptop("WAS"), hq.laptop("BJS", name="王芳")
        self.analyst = hq.laptop("HQ", role="hq_analyst", name="이서연")
        self.request, self.attachment = uuid7(), uuid7()
        was = self.was
        was.push(was.upsert("company_request", self.request, request_fields(details="분쟁 상세")),
                 was.upsert("attachment", self.attachment, {"sha256": FILE_SHA, "filename": "x.pdf", "size": len(FILE),
                                                           "owner_type": "company_request", "owner_id": self.request}))
        assert _patch(was, FILE_SHA, 0, len(FILE), FILE).status_code == 204
        assert _patch(was, PARTIAL_SHA, 0, len(PARTIAL), PARTIAL[:1000]).status_code == 204
        assert _file_brief(was).json()["status"] == "stored"

    def was_state(self) -> Any:
        with self.hq.db.read() as s:
            return (s.execute(select(Record.id, Record.data).where(Record.post_id == self.was.post_id)
                              .order_by(Record.id)).all(),
                    s.execute(select(Blob.sha256, Blob.received, Blob.complete).where(Blob.post_id == self.was.post_id)
                              .order_by(Blob.sha256)).all())


@pytest.fixture
def world(hq: HQ) -> World:
    return World(hq)


def test_pull_leaks_nothing(world: World) -> None:
    changes = world.bjs.pull_all()
    assert not [c for c in changes if c["post_id"] == world.was.post_id and c["type"] != "post"]
    assert not any(c["id"] in (world.request, world.attachment) for c in changes)
    assert all(c["value"] != "분쟁 상세" for c in changes)


def test_push_cannot_touch_another_posts_records(world: World) -> None:
    bjs, before = world.bjs, world.was_state()
    move = bjs.transition(world.request, "received", "rejected")
    move["args"]["post_id"] = world.was.post_id
    results = bjs.push(
        move,
        bjs.upsert("company_request", world.request, {"details": "overwritten"}),
        bjs.upsert("company_request", world.request, {"details": "moved"}, post_id=world.was.post_id),
        bjs.upsert("company_request", uuid7(), request_fields(), post_id=world.was.post_id),
        bjs.upsert("attachment", world.attachment, {"deleted": True}),
    )["results"]
    assert all(r["status"] == "rejected" and r["reason"].startswith("another_post") for r in results)
    assert all(r["current_status"] is None for r in results)  # not even the status leaks
    assert world.was_state() == before


def test_blob_state_upload_and_download_are_per_post(world: World) -> None:
    bjs, before = world.bjs, world.was_state()
    for sha in (FILE_SHA, PARTIAL_SHA):
        assert bjs.http.head(f"/v1/blobs/{sha}", headers=bjs.headers).status_code == 404
        assert bjs.http.get(f"/v1/blobs/{sha}", headers=bjs.headers).status_code == 404
    # continuing WAS's half upload from where WAS is: HQ treats it as BJS's own, new upload
    assert _patch(bjs, PARTIAL_SHA, 1000, len(PARTIAL), PARTIAL[1000:]).status_code == 409
    # a BJS attachment record naming WAS's file still does not open WAS's copy
    bjs.push(bjs.upsert("attachment", uuid7(), {"sha256": FILE_SHA, "filename": "stolen.pdf", "owner_type": "meeting",
                                                 "owner_id": uuid7()}))
    assert bjs.http.get(f"/v1/blobs/{FILE_SHA}", headers=bjs.headers).status_code == 404
    assert bjs.http.get(f"/v1/blobs/{FILE_SHA}", headers={**bjs.headers, "Range": "bytes=10-"}).status_code == 404
    assert world.was_state() == before
    # WAS itself, of course, can
    assert world.was.http.get(f"/v1/blobs/{FILE_SHA}", headers=world.was.headers).content == FILE


def test_briefs_are_per_post(world: World) -> None:
    bjs = world.bjs
    assert bjs.http.get("/v1/briefs", headers=bjs.headers).json() == []
    assert bjs.http.get(f"/v1/briefs/{PDF_SHA}", headers=bjs.headers).status_code == 404
    # WAS's uploaded PDF is not BJS's to file: BJS must upload the bytes into its own area
    assert bjs.http.post("/v1/briefs", json=_brief(), headers=bjs.headers).json()["error"] == "pdf_missing"
    # the same bytes from BJS are BJS's own brief: "duplicate" would reveal that WAS has them
    assert _file_brief(bjs).json()["status"] == "stored"
    listed = world.was.http.get("/v1/briefs", headers=world.was.headers).json()
    assert [b["post_id"] for b in listed] == [world.was.post_id]


def test_meta_and_enroll_name_no_post(world: World) -> None:
    body = world.bjs.http.get("/v1/meta", headers=world.bjs.headers).json()
    assert set(body) == {"server_time_ms", "epoch", "min_client_version", "protocol", "limits"}


def test_an_hq_analyst_reads_and_downloads_everything(world: World) -> None:
    analyst = world.analyst
    ids = {c["id"] for c in analyst.pull_all()}
    assert {world.request, world.attachment} <= ids
    assert analyst.http.get(f"/v1/blobs/{FILE_SHA}", headers=analyst.headers).content == FILE
    assert [b["sha256"] for b in analyst.http.get("/v1/briefs", headers=analyst.headers).json()] == [PDF_SHA]
    assert analyst.http.get(f"/v1/briefs/{PDF_SHA}", headers=analyst.headers).content == PDF
    # ...and uploads only into its own post's area
    assert analyst.http.head(f"/v1/blobs/{FILE_SHA}", headers=analyst.headers).status_code == 404


ENDPOINTS = [
    ("GET", "/v1/pull", {}),
    ("POST", "/v1/push", {"json": {"mutations": []}}),
    ("HEAD", f"/v1/blobs/{FILE_SHA}", {}),
    ("PATCH", f"/v1/blobs/{FILE_SHA}", {"content": b"x", "headers": {"Upload-Offset": "0", "Upload-Length": "1"}}),
    ("GET", f"/v1/blobs/{FILE_SHA}", {}),
    ("POST", "/v1/briefs", {"json": _brief(b"%PDF-1.7 other")}),
    ("GET", "/v1/briefs", {}),
    ("GET", f"/v1/briefs/{PDF_SHA}", {}),
]


@pytest.mark.parametrize(("method", "path", "kwargs"), ENDPOINTS, ids=[f"{m} {p.split('/')[2]}" for m, p, _ in ENDPOINTS])
def test_a_revoked_device_gets_401_everywhere(world: World, method: str, path: str, kwargs: dict[str, Any]) -> None:
    with world.hq.db.write() as s:
        admin.revoke_device(s, device_id=world.was.device_id)
    extra = dict(kwargs)
    headers = {**world.was.headers, **extra.pop("headers", {})}
    resp = world.hq.http.request(method, path, headers=headers, **extra)
    assert resp.status_code == 401
    if method != "HEAD":
        assert resp.json()["error"] == "unauthorized"


def _snapshot_all(laptop: Laptop, limit: int = 2) -> list[dict[str, Any]]:
    """Every record of a first pull by snapshot (pages of `limit` records)."""
    out: list[dict[str, Any]] = []
    after, since = "", 0
    while True:
        resp = laptop.http.get("/v1/pull", params={"cursor": 0, "snapshot": 1, "after": after, "since": since,
                                                   "limit": limit}, headers=laptop.headers)
        assert resp.status_code == 200, resp.text
        page = resp.json()
        out += page["records"]
        if not page["has_more"]:
            return out
        after, since = page["snapshot_after"], page["snapshot_seq"]


def test_a_snapshot_pull_leaks_nothing(world: World) -> None:
    records = _snapshot_all(world.bjs)
    assert records, "BJS sees at least the published posts"
    assert not [r for r in records if r["post_id"] == world.was.post_id and r["type"] != "post"]
    assert not any(r["id"] in (world.request, world.attachment) for r in records)
    assert "분쟁 상세" not in repr(records)
    # an id after another post's record does not skip to it either: every page is scoped
    assert not any(r["post_id"] == world.was.post_id and r["type"] != "post"
                   for r in _snapshot_all(world.bjs, limit=1))
    everything = {r["id"] for r in _snapshot_all(world.analyst)}
    assert {world.request, world.attachment} <= everything
