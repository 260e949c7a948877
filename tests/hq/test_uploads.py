"""Unfinished uploads at HQ: a per-device quota on their bytes, and expiry (officerdesk/hq/uploads.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hq_harness import HQ, Laptop
from hq_process import hq_cli
from sqlalchemy import func, select
from test_files import DATA, SHA, attach, patch, upload

from officerdesk.hq import uploads
from officerdesk.hq.audit import verify_chain
from officerdesk.hq.settings import Settings
from officerdesk.hq.store import AuditEntry, Blob, BlobChunk, utcnow
from officerdesk.hq.uploads import UploadRules

OTHER = bytes(reversed(DATA))  # another 256,000 bytes
OTHER_SHA = hashlib.sha256(OTHER).hexdigest()
THIRD = DATA[:200_000] + OTHER[:56_000]
THIRD_SHA = hashlib.sha256(THIRD).hexdigest()


class Clock:
    """HQ's clock, moved by the test instead of by sleeping."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, hours: float) -> None:
        self.now += dt.timedelta(hours=hours)


def use_rules(hq: HQ, **rules: Any) -> UploadRules:
    chosen = UploadRules(**rules)
    hq.app.state.uploads = chosen
    return chosen


def state_of(hq: HQ) -> tuple[Any, ...]:
    """Every upload row and chunk, and the audit log's length."""
    with hq.db.read() as s:
        return (s.execute(select(Blob.sha256, Blob.size, Blob.received, Blob.complete, Blob.device_id,
                                 Blob.touched_at).order_by(Blob.sha256)).all(),
                s.execute(select(BlobChunk.sha256, BlobChunk.offset, func.length(BlobChunk.data))
                          .order_by(BlobChunk.sha256, BlobChunk.offset)).all(),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def head(laptop: Laptop, sha: str) -> Any:
    return laptop.http.head(f"/v1/blobs/{sha}", headers=laptop.headers)


def expired_rows(hq: HQ) -> list[AuditEntry]:
    with hq.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "uploads_expired").order_by(AuditEntry.id)))


def test_a_chunk_past_the_device_quota_is_refused_and_changes_nothing(hq: HQ) -> None:
    use_rules(hq, quota=300_000)
    laptop, colleague = hq.laptop(), hq.laptop(name="이영희")
    assert patch(laptop, SHA, 0, len(DATA), DATA[:200_000]).status_code == 204
    before = state_of(hq)
    refused = patch(laptop, OTHER_SHA, 0, len(OTHER), OTHER[:150_000])  # 200,000 + 150,000 > 300,000
    assert refused.status_code == 413
    body = refused.json()
    assert body["error"] == "upload_quota" and "200000 bytes" in body["detail"] and "300000" in body["detail"]
    assert state_of(hq) == before, "a refused chunk stores nothing"
    assert head(laptop, OTHER_SHA).status_code == 404
    # up to the quota exactly is fine; the quota is the device's, not the post's
    assert patch(laptop, OTHER_SHA, 0, len(OTHER), OTHER[:100_000]).status_code == 204
    assert patch(colleague, THIRD_SHA, 0, len(THIRD), THIRD[:250_000]).status_code == 204
    # the chunk that completes a file is never refused: its bytes leave the partial pool
    done = patch(laptop, SHA, 200_000, len(DATA), DATA[200_000:])
    assert done.status_code == 204 and done.headers["Upload-Complete"] == "1"
    assert patch(laptop, OTHER_SHA, 100_000, len(OTHER), OTHER[100_000:200_000]).status_code == 204
    # continuing a colleague's upload makes its bytes this device's: 200,000 + 250,000 + 1 is too many
    taken = patch(laptop, THIRD_SHA, 250_000, len(THIRD), THIRD[250_000:250_001])
    assert taken.status_code == 413 and taken.json()["error"] == "upload_quota"
    with hq.db.read() as s:
        assert uploads.held(s, laptop.device_id) == (1, 200_000)
        assert uploads.held(s, colleague.device_id) == (1, 250_000)


def test_a_device_may_not_start_unfinished_uploads_without_end(hq: HQ, monkeypatch: pytest.MonkeyPatch) -> None:
    """Empty-bodied starts hold no bytes, so a count bounds them."""
    monkeypatch.setattr(uploads, "MAX_UNFINISHED", 2)
    laptop = hq.laptop()
    names = [hashlib.sha256(bytes([n])).hexdigest() for n in range(3)]
    assert [patch(laptop, sha, 0, 10, b"").status_code for sha in names[:2]] == [204, 204]
    before = state_of(hq)
    third = patch(laptop, names[2], 0, 10, b"")
    assert third.status_code == 413 and third.json()["error"] == "upload_quota"
    assert state_of(hq) == before
    assert patch(laptop, names[0], 0, 10, b"0123").status_code == 204, "its own uploads go on"


def test_housekeeping_discards_untouched_partial_uploads_and_never_a_complete_blob(hq: HQ) -> None:
    clock = Clock()
    rules = use_rules(hq, clock=clock)
    laptop, colleague = hq.laptop(), hq.laptop(name="이영희")
    attach(laptop, upload(laptop))  # complete, and an attachment points at it
    assert patch(laptop, OTHER_SHA, 0, len(OTHER), OTHER[:100_000]).status_code == 204
    assert patch(colleague, THIRD_SHA, 0, len(THIRD), THIRD[:50_000]).status_code == 204
    fresh = hashlib.sha256(b"fresh").hexdigest()
    clock.advance(23)
    assert uploads.sweep(hq.db, rules) == 0, "nothing is a day old yet"
    assert patch(laptop, fresh, 0, 10, b"fre").status_code == 204  # touched 23 h in
    clock.advance(1.5)
    assert head(laptop, OTHER_SHA).status_code == 404, "HEAD says so before housekeeping runs"
    assert uploads.sweep(hq.db, rules) == 2
    assert uploads.sweep(hq.db, rules) == 0
    with hq.db.read() as s:
        left = s.execute(select(Blob.sha256, Blob.complete).order_by(Blob.sha256)).all()
        assert sorted(left) == sorted([(SHA, True), (fresh, False)])
        assert s.scalar(select(func.count()).select_from(BlobChunk).where(
            BlobChunk.sha256.in_([OTHER_SHA, THIRD_SHA]))) == 0
        assert verify_chain(s, hq.db.audit_keys).ok
    [row] = expired_rows(hq)  # one summary row for the pass, not one per upload
    assert row.actor == uploads.HOUSEKEEPER
    assert row.detail == {"uploads": 2, "bytes": 150_000, "devices": 2, "untouched_hours": 24.0}
    clock.advance(24 * 30)  # a month on, the complete blob is still whole
    assert uploads.sweep(hq.db, rules) == 1  # `fresh` only
    got = laptop.http.get(f"/v1/blobs/{SHA}", headers=laptop.headers)
    assert got.status_code == 200 and got.content == DATA


def test_an_expired_upload_starts_again_from_zero(hq: HQ) -> None:
    """Discarded when its device next uploads, even if housekeeping has not run."""
    clock = Clock()
    use_rules(hq, clock=clock, quota=300_000)
    laptop = hq.laptop()
    assert patch(laptop, SHA, 0, len(DATA), DATA[:200_000]).status_code == 204
    clock.advance(25)
    # its stale bytes no longer count: this chunk fits the quota because they are gone
    assert patch(laptop, OTHER_SHA, 0, len(OTHER), OTHER[:150_000]).status_code == 204
    assert patch(laptop, OTHER_SHA, 150_000, len(OTHER), OTHER[150_000:]).status_code == 204
    late = patch(laptop, SHA, 200_000, len(DATA), DATA[200_000:])
    assert late.status_code == 409 and late.headers["Upload-Offset"] == "0"
    assert head(laptop, SHA).status_code == 404
    assert len(upload(laptop, DATA)) == 64
    assert head(laptop, SHA).headers["Upload-Complete"] == "1"
    [row] = expired_rows(hq)
    assert row.actor == f"device:{laptop.device_id}" and row.detail["uploads"] == 1


def test_serve_takes_the_quota_and_expiry_and_workers_read_them_back(tmp_path: Path) -> None:
    settings = Settings(upload_quota=128 << 20, upload_expiry_hours=6.0)
    back = Settings.from_env(settings.to_env())
    assert (back.upload_quota, back.upload_expiry_hours) == (128 << 20, 6.0)
    rules = back.upload_rules()
    assert rules == replace(UploadRules(), quota=128 << 20, expiry=dt.timedelta(hours=6))
    env = {"OFFICERDESK_HQ_DATA": str(tmp_path)}
    small = hq_cli("serve", "--upload-quota-mib", "8", env=env)
    assert small.returncode == 2 and "--upload-quota-mib is at least 64" in small.stderr
    never = hq_cli("serve", "--upload-expiry-hours", "0", env=env)
    assert never.returncode == 2 and "--upload-expiry-hours" in never.stderr
