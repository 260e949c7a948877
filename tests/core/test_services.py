from __future__ import annotations

import pytest
from sqlalchemy import select

from officerdesk.core.models import Outbox
from officerdesk.core.services import identity, records, requests
from officerdesk.errors import NotFound, ValidationError, WorkflowError


def test_create_update_delete_restore_every_type(store) -> None:  # type: ignore[no-untyped-def]
    samples = {
        "organization": {"name": "国家知识产权局", "name_en": "CNIPA", "kind": "ip_office"},
        "contact": {"name": "张伟", "position": "处长", "email": "zhang@example.cn"},
        "company": {"name_ko": "한빛전자", "name_en": "Hanbit Electronics", "size": "large"},
        "company_request": {"title": "특허 침해 소송", "category": "patent_dispute", "priority": "high"},
        "meeting": {"title": "USPTO 면담", "starts_at": "2026-10-05T10:00:00-04:00", "kind": "ip_office"},
        "follow_up": {"text": "자료 송부", "due": "2026-11-01"},
        "trend_note": {"title": "RCEP 이행", "topic": "RCEP", "summary": "요약"},
    }
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        for kind, values in samples.items():
            made = records.create(s, kind, post_id=post, values=values)
            assert records.get(s, kind, made.id).display_title
            records.update(s, kind, made.id, {"classification": "restricted"})
            assert records.get(s, kind, made.id).classification == "restricted"
            records.delete(s, kind, made.id)
            with pytest.raises(NotFound):
                records.get(s, kind, made.id)
            assert records.count(s, kind) == 0
            records.restore(s, kind, made.id)
            assert records.count(s, kind) == 1


def test_meeting_times_are_stored_in_utc(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        m = records.create(s, "meeting", post_id=post, values={"title": "x", "starts_at": "2026-10-05T10:00:00-04:00", "tz": "America/New_York"})
        assert m.starts_at is not None and m.starts_at.hour == 14


@pytest.mark.parametrize(
    ("field", "value", "needle"),
    [
        ("title", "", "required"),
        ("title", "a\x00b", "NUL"),
        ("title", "x" * 600, "too long"),
        ("title", "\ud800", "invalid character"),
        ("category", "bogus", "not one of"),
        ("due", "31/12/2026", "not a date"),
        ("contact_ids", ["not-an-id"], "not a record id"),
        ("nonsense", "x", "not a field"),
    ],
)
def test_validation_names_field_and_changes_nothing(store, field: str, value: object, needle: str) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        before = s.scalar(select(Outbox.mutation_seq).order_by(Outbox.mutation_seq.desc()).limit(1))
        values = {"title": "ok", field: value}
        with pytest.raises(ValidationError) as info:
            records.create(s, "company_request", post_id=post, values=values)
        assert info.value.field == field
        assert needle in str(info.value)
        assert info.value.field_message_ko != info.value.field_message
        after = s.scalar(select(Outbox.mutation_seq).order_by(Outbox.mutation_seq.desc()).limit(1))
        assert before == after
        assert records.count(s, "company_request") == 0


def test_text_is_normalised_to_nfc(store) -> None:  # type: ignore[no-untyped-def]
    decomposed = "\u1112\u1161\u11ab"  # 한 as jamo
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        c = records.create(s, "company", post_id=post, values={"name_ko": decomposed})
        assert c.name_ko == "한"


def test_workflow_allows_only_legal_moves_and_keeps_history(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        r = records.create(s, "company_request", post_id=post, values={"title": "상표 무단선점", "outcome": "등록 취소"})
        with pytest.raises(WorkflowError):
            requests.transition(s, r.id, "resolved")
        with pytest.raises(ValidationError):
            records.update(s, "company_request", r.id, {"status": "resolved"})
        for step in ("reviewing", "escalated", "in_progress", "resolved", "in_progress", "resolved", "closed"):
            requests.transition(s, r.id, step)
        got = records.get(s, "company_request", r.id)
        assert got.status == "closed" and got.escalated
        assert [h.to_status for h in got.history] == ["reviewing", "escalated", "in_progress", "resolved", "in_progress", "resolved", "closed"]
        with pytest.raises(WorkflowError):
            requests.transition(s, r.id, "in_progress")
        with pytest.raises(WorkflowError, match="now"):
            requests.transition(s, r.id, "closed", expected_from="resolved")


def test_every_edit_writes_clocks_and_outbox_in_one_transaction(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        r = records.create(s, "company_request", post_id=post, values={"title": "t"})
        records.update(s, "company_request", r.id, {"details": "new text"})
        requests.transition(s, r.id, "reviewing")
    with store.session_factory.begin() as s:
        rows = s.scalars(select(Outbox).order_by(Outbox.mutation_seq)).all()
        names = [(o.name, sorted(o.args.get("fields", {}))) for o in rows]
        assert names[0][0] == "upsert" and "title" in names[0][1]
        assert names[1] == ("upsert", ["details"])
        assert rows[2].name == "transition" and rows[2].args["to"] == "reviewing"
        from officerdesk.core.models import CompanyRequest

        obj = s.get(CompanyRequest, r.id)
        assert obj is not None and obj.clocks["details"][0] > obj.clocks["title"][0]
    # a failed unit of work leaves no outbox row behind
    with pytest.raises(RuntimeError), store.session_factory.begin() as s:
        records.update(s, "company_request", r.id, {"details": "lost"})
        raise RuntimeError("crash")
    with store.session_factory.begin() as s:
        assert len(s.scalars(select(Outbox)).all()) == 3
        assert records.get(s, "company_request", r.id).details == "new text"


def test_list_filters_and_sorts(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        for i, cat in enumerate(["customs", "counterfeit", "customs"]):
            records.create(s, "company_request", post_id=post, values={"title": f"req {i}", "category": cat, "received": f"2026-10-0{i + 1}"})
        got = records.list_records(s, "company_request", records.Filter(category=["customs"]))
        assert [g.title for g in got] == ["req 2", "req 0"]
        got = records.list_records(s, "company_request", records.Filter(order_by="title", descending=False))
        assert [g.title for g in got] == ["req 0", "req 1", "req 2"]
        assert records.count(s, "company_request", records.Filter(text="req 1")) == 1
