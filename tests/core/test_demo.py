"""Demo data: realistic, bilingual, deterministic for a seed, legal workflows, the rows of a normal edit."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from officerdesk.core.demo import seed as demo
from officerdesk.core.models import (
    Company,
    CompanyRequest,
    Contact,
    Meeting,
    Organization,
    Outbox,
    StatusChange,
    TrendNote,
    user_fields,
)
from officerdesk.core.search import index as search
from officerdesk.core.services import identity, records
from officerdesk.core.write.bulk import BatchWriter, is_legal, legal_path
from officerdesk.errors import Cancelled, ValidationError
from officerdesk.profiles import open_store

TODAY = dt.date(2026, 11, 20)
HANGUL = re.compile(r"[가-힣]")
CJK = re.compile(r"[\u4e00-\u9fff]")
KANA_OR_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def seeded(tmp_path: Path, name: str, post: str, n: int, seed: int = 1):  # type: ignore[no-untyped-def]
    st = open_store(tmp_path / name)
    with st.session_factory.begin() as s:
        identity.set_up(s, officer_name="김민수", post_code=post)
        counts = demo.seed(s, post_code=post, records=n, seed=seed, today=TODAY)
    return st, counts


@pytest.mark.parametrize("n", [0, 1, 6, 7, 50, 999, 200_000])
def test_plan_adds_up_and_has_every_type(n: int) -> None:
    counts = demo.plan(n)
    assert sum(counts.values()) == n
    if n >= 7:
        assert all(v >= 1 for v in counts.values())
    if n >= 1000:
        assert counts["meeting"] > counts["contact"] > counts["organization"]


@pytest.mark.parametrize(("post", "script"), [("WAS", None), ("LAX", None), ("BJS", CJK), ("TYO", KANA_OR_KANJI), ("BRU", None), ("GVA", None)])
def test_every_post_gets_its_people_and_authorities(tmp_path: Path, post: str, script: re.Pattern[str] | None) -> None:
    st, counts = seeded(tmp_path, post, post, 300)
    try:
        assert sum(counts.values()) == 300 and counts == demo.plan(300)
        with st.session_factory.begin() as s:
            post_id = identity.require(s).post_id
            for kind, n in counts.items():
                assert records.count(s, kind, records.Filter(post_id=post_id)) == n
            orgs = s.scalars(select(Organization.name_ko)).all()
            assert all(HANGUL.search(name) for name in orgs)  # every organization has a Korean name
            names = s.scalars(select(Contact.name)).all()
            if script is not None:
                assert sum(bool(script.search(n)) for n in names) > len(names) // 2
            companies = s.execute(select(Company.name_ko, Company.name_en)).all()
            assert all(HANGUL.search(ko) and en.isascii() for ko, en in companies)
            notes = s.scalars(select(Meeting.notes)).all()
            assert sum(bool(HANGUL.search(t)) for t in notes) > len(notes) // 2  # Korean mostly
            assert any(not HANGUL.search(t) for t in notes)  # some English
    finally:
        st.close()


def test_same_seed_same_records_other_seed_other_records(tmp_path: Path) -> None:
    def texts(st) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
        with st.session_factory.begin() as s:
            rows = s.execute(select(Meeting.title, Meeting.notes, Meeting.starts_at).order_by(Meeting.starts_at, Meeting.title)).all()
            rows += s.execute(select(CompanyRequest.title, CompanyRequest.details, CompanyRequest.status).order_by(CompanyRequest.title, CompanyRequest.details)).all()
            rows += s.execute(select(Contact.name, Contact.email, Contact.phones).order_by(Contact.email)).all()
        return [tuple(str(v) for v in r) for r in rows]

    a, _ = seeded(tmp_path, "a", "BJS", 400, seed=5)
    b, _ = seeded(tmp_path, "b", "BJS", 400, seed=5)
    c, _ = seeded(tmp_path, "c", "BJS", 400, seed=6)
    try:
        assert texts(a) == texts(b)
        assert texts(a) != texts(c)
    finally:
        for st in (a, b, c):
            st.close()


def test_text_is_varied_and_reads_like_notes(tmp_path: Path) -> None:
    st, _ = seeded(tmp_path, "v", "TYO", 3000)
    try:
        with st.session_factory.begin() as s:
            notes = s.scalars(select(Meeting.notes)).all()
            details = s.scalars(select(CompanyRequest.details)).all()
            trends = s.execute(select(TrendNote.title, TrendNote.summary)).all()
            classes = Counter(s.scalars(select(Meeting.classification)).all())
        assert len(set(notes)) > 0.95 * len(notes)
        assert len(set(details)) > 0.8 * len(details)
        assert len({t.summary for t in trends}) > 0.5 * len(trends)
        assert "lorem" not in " ".join(notes).lower()
        assert not re.search(r"[가-힣](은\(는\)|이\(가\)|을\(를\))", " ".join(notes + details))  # particles fit the word
        assert classes["internal"] > classes["public"] > classes["restricted"] > 0
    finally:
        st.close()


def test_request_histories_are_legal_paths(tmp_path: Path) -> None:
    st, _ = seeded(tmp_path, "w", "WAS", 2000)
    try:
        with st.session_factory.begin() as s:
            chains: dict[str, list[StatusChange]] = {}
            for change in s.scalars(select(StatusChange).order_by(StatusChange.at, StatusChange.created_hlc)):
                chains.setdefault(change.request_id, []).append(change)
            statuses: Counter[str] = Counter()
            for req in s.scalars(select(CompanyRequest)):
                chain = chains.get(req.id, [])
                assert is_legal([c.to_status for c in chain]), [c.to_status for c in chain]
                assert [c.from_status for c in chain] == ["received", *(c.to_status for c in chain)][: len(chain)]
                assert (chain[-1].to_status if chain else "received") == req.status
                assert req.escalated == any(c.to_status == "escalated" for c in chain)
                statuses[req.status] += 1
            transitions = s.scalar(select(func.count()).select_from(Outbox).where(Outbox.name == "transition"))
            categories = dict(s.execute(select(CompanyRequest.id, CompanyRequest.category)).all())
            raised = [(m.kind, categories[r]) for m in s.scalars(select(Meeting).where(Meeting.kind == "customs")) for r in m.request_ids]
        assert transitions == sum(len(c) for c in chains.values())
        assert len(statuses) >= 6  # open and closed cases, rejections and duplicates too
        assert raised and all(category in ("customs", "counterfeit") for _, category in raised)
    finally:
        st.close()


def test_bulk_rows_match_a_normal_edit(store) -> None:  # type: ignore[no-untyped-def]
    values = {"name": "国家知识产权局", "name_en": "CNIPA", "name_ko": "중국 국가지식산권국", "kind": "ip_office"}
    with store.session_factory.begin() as s:
        post_id = identity.require(s).post_id
        normal = records.create(s, "organization", post_id=post_id, values=values)
        writer = BatchWriter(s)
        writer.add(Organization(post_id=post_id, **values))
        assert writer.close() == {"organization": 1}
        rows = {o.id: o for o in s.scalars(select(Organization))}
        bulk = next(o for i, o in rows.items() if i != normal.id)
        plain = rows[normal.id]
        assert set(bulk.clocks) == set(plain.clocks) == set(user_fields(Organization))
        assert bulk.author == plain.author == "김민수" and bulk.updated_hlc > plain.updated_hlc
        upserts = [o.args for o in s.scalars(select(Outbox).order_by(Outbox.mutation_seq)) if o.args.get("type") == "organization"]
        assert len(upserts) == 2
        assert {k: v for k, v in upserts[1].items() if k != "id"} == {k: v for k, v in upserts[0].items() if k != "id"}
        assert records.get(s, "organization", bulk.id).display_title == "国家知识产权局"
        assert {h.id for h in search.search(s, "CNIPA")} == {normal.id, bulk.id}


def test_seeded_records_are_searchable(tmp_path: Path) -> None:
    st, _ = seeded(tmp_path, "s", "WAS", 500)
    try:
        with st.session_factory.begin() as s:
            title = s.scalars(select(CompanyRequest.title).order_by(CompanyRequest.title)).first()
            assert title is not None
            hits = search.search(s, title.split()[0], limit=50)
            assert title in {h.title for h in hits}
            assert any(h.type == "organization" for h in search.search(s, "USPTO"))
    finally:
        st.close()


def test_progress_and_cancel(tmp_path: Path) -> None:
    st = open_store(tmp_path / "p")
    try:
        with st.session_factory.begin() as s:
            identity.set_up(s, officer_name="Kim", post_code="GVA")
        seen: list[float] = []
        with st.session_factory.begin() as s:
            demo.seed(s, post_code="GVA", records=4500, seed=3, progress=lambda f, _m: seen.append(f))
        assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3
        flag = threading.Event()

        def stop_after_first(_fraction: float, _message: str) -> None:
            flag.set()

        with pytest.raises(Cancelled), st.session_factory.begin() as s:
            demo.seed(s, post_code="GVA", records=4500, seed=4, progress=stop_after_first, cancel=flag)
        with st.session_factory.begin() as s:
            assert sum(records.count(s, k) for k in demo.SHARES) == 4500  # the cancelled run left nothing
    finally:
        st.close()


def test_unknown_post_or_count_is_refused(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        with pytest.raises(ValidationError, match="not a demo post"):
            demo.seed(s, post_code="XYZ", records=10, seed=1)
        with pytest.raises(ValidationError, match="between"):
            demo.seed(s, post_code="WAS", records=-1, seed=1)


def test_josa_and_legal_path() -> None:
    assert demo.josa("한빛전자은(는) 특허청은(는) 서울(으)로 부산(으)로 새봄을(를)") == "한빛전자는 특허청은 서울로 부산으로 새봄을"
    assert demo.josa("国家知识产权局은(는)") == "国家知识产权局은(는)"
    assert legal_path("closed") == ["reviewing", "in_progress", "resolved", "closed"]
    assert legal_path("received") == []
    assert is_legal(["reviewing", "escalated", "resolved", "in_progress"])
    assert not is_legal(["in_progress"])
