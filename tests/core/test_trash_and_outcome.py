"""The Trash lists tombstones and restores them as ordinary synced edits; closing a request
needs its outcome (one rule, in the workflow)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from officerdesk.core.models import Outbox
from officerdesk.core.services import identity, records, requests, trash
from officerdesk.errors import ValidationError


def test_trash_lists_deleted_records_of_every_type_and_restores_one(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        kept = records.create(s, "organization", post_id=post, values={"name": "Kept"})
        org = records.create(s, "organization", post_id=post, values={"name": "CNIPA"})
        note = records.create(s, "trend_note", post_id=post, values={"title": "RCEP 이행"})
        records.delete(s, "organization", org.id)
        records.delete(s, "trend_note", note.id)
    with store.session_factory.begin() as s:
        listed = trash.trashed(s)
        assert {(t.record_type, t.id, t.title) for t in listed} == {
            ("organization", org.id, "CNIPA"), ("trend_note", note.id, "RCEP 이행")}
        assert kept.id not in {t.id for t in listed}
        assert [t.id for t in trash.trashed(s, text="RCEP")] == [note.id]
        queued = s.scalar(select(Outbox.mutation_seq).order_by(Outbox.mutation_seq.desc()).limit(1))
        back = trash.restore(s, "organization", org.id)
        assert back.title == "CNIPA"
    with store.session_factory.begin() as s:
        assert records.get(s, "organization", org.id).display_title == "CNIPA"
        assert [t.id for t in trash.trashed(s)] == [note.id]
        newer = s.scalars(select(Outbox).where(Outbox.mutation_seq > queued)).all()
        assert newer, "a restore is queued for HQ like any edit"


def test_a_request_closes_only_with_its_outcome(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        r = records.create(s, "company_request", post_id=post, values={"title": "상표 무단선점"})
        for step in ("reviewing", "in_progress", "resolved"):
            requests.transition(s, r.id, step)
    with store.session_factory.begin() as s, pytest.raises(ValidationError) as refused:
        requests.transition(s, r.id, "closed")
    assert refused.value.field == "outcome"
    with store.session_factory.begin() as s:
        assert records.get(s, "company_request", r.id).status == "resolved"  # nothing changed
        records.update(s, "company_request", r.id, {"outcome": "   "})
        with pytest.raises(ValidationError):
            requests.transition(s, r.id, "closed")
        records.update(s, "company_request", r.id, {"outcome": "등록 취소 결정"})
        assert requests.transition(s, r.id, "closed").status == "closed"
