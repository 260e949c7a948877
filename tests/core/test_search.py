"""Full-text search: the shared acceptance set, Korean/English/CJK matching, safety, index upkeep."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import load_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from officerdesk.core.search import index as search
from officerdesk.core.search import porter
from officerdesk.core.search.text import Highlighter, grams, parse, words
from officerdesk.core.services import identity, records
from officerdesk.core.store import migrate
from officerdesk.errors import ValidationError

SHARED = Path(__file__).resolve().parents[3] / "shared"


def _eval_lines() -> list[tuple[str, list[str], list[str]]]:
    path = SHARED / "data" / "search_eval.tsv"
    if not path.exists():  # reported by the shared_dir fixture in the test itself
        return [("", [], [])]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, must, *rest = [*line.split("\t"), ""][:3]
        split = lambda s: [t for t in s.split(";") if t]  # noqa: E731
        out.append((query, split(must), split(rest[0] if rest else "")))
    return out


@pytest.fixture
def corpus(store, shared_dir: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        return load_corpus(s, shared_dir / "data" / "search_corpus.jsonl")


def _titles(store, query: str, **kw: object) -> list[str]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        return [h.title for h in search.search(s, query, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("query", "must", "must_not"), _eval_lines(), ids=lambda v: v if isinstance(v, str) else None)
def test_acceptance_set(store, corpus, query: str, must: list[str], must_not: list[str]) -> None:  # type: ignore[no-untyped-def]
    got = _titles(store, query, limit=50)
    top = got[:10]
    assert [t for t in must if t not in top] == [], f"{query!r} -> {top}"
    assert [t for t in must_not if t in got] == [], f"{query!r} -> {got}"


# -- Korean, English, Chinese and Japanese as people type them ---------------------------------

@pytest.mark.parametrize(
    ("query", "found", "not_found"),
    [
        ("특허", "USPTO 국제협력과 면담", "특별 점검 회의"),  # 특허청은: a word inside a word with a particle
        ("특별", "특별 점검 회의", "USPTO 국제협력과 면담"),  # one shared syllable is no match either way
        ("영업비밀", "다온바이오 영업비밀 유출 상담", "특별 점검 회의"),
        ("비밀", "다온바이오 영업비밀 유출 상담", "USPTO 국제협력과 면담"),  # not at a word's start
        ("특허청 디지털", "일본 특허청 디지털 전환 추진", "USPTO 국제협력과 면담"),  # all words required
        ("counterfeiting", "Counterfeit batteries seized at Rotterdam", "Trade association quarterly"),
        ("counterfeit", "EUIPO Anti-Counterfeiting Observatory briefing", "Trade association quarterly"),
        ("seizures", "Meeting with CBP IPR Branch", "Trade association quarterly"),
        ("知识产权", "国家知识产权局 면담", "JPO 審査業務部 意見交換"),
        ("特許", "JPO 審査業務部 意見交換", "国家知识产权局 면담"),
        ("特許庁", "田中 健一", "张伟"),
        ("张伟", "张伟", "田中 健一"),
        ("伟", "张伟", "田中 健一"),  # one character: also the last of a run
        ("張伟", None, "张伟"),  # traditional 張 is another character
        ("USPTO", "USPTO 국제협력과 면담", "Trade association quarterly"),
        ("rcep", "본부 화상회의: 해외 특허관 정례 보고", "특별 점검 회의"),
        ("국가知识产权", None, "国家知识产权局 면담"),  # the Hangul word is not there
    ],
)
def test_matching(store, corpus, query: str, found: str | None, not_found: str) -> None:  # type: ignore[no-untyped-def]
    got = _titles(store, query)
    if found:
        assert found in got, got
    assert not_found not in got, got


def test_a_contact_is_found_by_its_organization(store, corpus) -> None:  # type: ignore[no-untyped-def]
    assert "Jennifer Morales" in _titles(store, "Customs Border Protection")
    assert "Claire Dubois" in _titles(store, "EUIPO Observatory", types=["contact"])


def test_titles_rank_above_bodies(store, corpus) -> None:  # type: ignore[no-untyped-def]
    got = _titles(store, "특허", limit=50)
    assert got.index("한빛전자 특허 침해 소송 대응 지원") < got.index("USPTO 국제협력과 면담")


def test_exclusion_or_and_type_filter(store, corpus) -> None:  # type: ignore[no-untyped-def]
    assert "Counterfeit batteries seized at Rotterdam" not in _titles(store, "counterfeit -batteries")
    assert "Meeting with CBP IPR Branch" in _titles(store, "counterfeit -batteries")
    either = _titles(store, "세관 OR 영업비밀")
    assert {"세관 지재권 보호 협의", "다온바이오 영업비밀 유출 상담"} <= set(either)
    assert _titles(store, "세관 AND 영업비밀") == []
    with store.session_factory.begin() as s:
        hits = search.search(s, "counterfeit", types=["contact"])
        assert {h.type for h in hits} == {"contact"} and len(hits) == 2
        assert len(search.search(s, "특허", limit=2)) == 2
        with pytest.raises(ValidationError) as info:
            search.search(s, "특허", types=["planet"])
        assert info.value.field == "type"


def test_hits_carry_display_title_snippet_and_score(store, corpus) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        hits = search.search(s, "seizures")
        contact = next(h for h in hits if h.type == "contact")
        assert contact.title == "Jennifer Morales"
        assert contact.snippet == "Counterfeit «seizures» and recordation."
        meeting = next(h for h in hits if h.type == "meeting")
        assert "«seizure»" in meeting.snippet and meeting.snippet.startswith("…")
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        assert all(h.score > 0 for h in hits)
        (org,) = search.search(s, "知识产权", types=["organization"])
        assert org.snippet == "国家«知识产权»局"
        (note,) = search.search(s, "특허청 디지털")
        assert "«디지털»" in note.snippet
        records.update(s, "organization", corpus["国家知识产权局"], {"name_en": "CNIPA"})
        (cnipa,) = search.search(s, "CNIPA", types=["organization"])  # shown though not the title
        assert cnipa.title == "国家知识产权局" and cnipa.snippet == "«CNIPA»"


UNSAFE = [
    "", " ", '"', '""', '"특허', "*", "특허*", "**", "NEAR", "NEAR(특허 세관)", "AND", "OR", "NOT",
    "특허 AND", "OR 특허", "특허 OR", "특허 NOT", "(", ")", "(특허", "-", "--", "- -", "-특허", "--특허",
    "\x00", "특허\x00세관", "\ud800", "특허\udfff", "{title}: 특허", "title:특허", "gbody : 특허", "^특허",
    "특허 + 세관", "'", "\\", "%_", "특허" * 5000, "a" * 10000, " -x" * 3000, "张" * 10000,
    "\u200b", "\ufeff특허", "ＵＳＰＴＯ", "k" + "meeting", "Anti-Counterfeiting", "trade-secrets!",
]


def test_any_input_is_safe(store, corpus) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        for query in UNSAFE:
            assert isinstance(search.search(s, query), list), repr(query)
            assert isinstance(search.search(s, query, types=["meeting", "contact"]), list), repr(query)


def test_empty_and_only_excluded_queries_return_nothing(store, corpus) -> None:  # type: ignore[no-untyped-def]
    for query in ("", "   ", "-특허", "!!! ...", "kmeeting"):
        assert _titles(store, query) == []
    assert _titles(store, "특허", limit=0) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60))
def test_fuzzed_queries_never_raise(store, corpus, query: str) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        search.search(s, query)


# -- the index follows every edit, in the edit's own transaction -----------------------------

def test_index_follows_create_edit_delete_restore(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        m = records.create(s, "meeting", post_id=post, values={"title": "위조상품 단속 회의", "starts_at": "2026-10-01T10:00:00Z"})
        assert [h.id for h in search.search(s, "위조")] == [m.id]
        records.update(s, "meeting", m.id, {"title": "상표 심사 회의", "notes": "Discussed seizures."})
        assert search.search(s, "위조") == []
        assert [h.id for h in search.search(s, "상표 seizure")] == [m.id]
        records.delete(s, "meeting", m.id)
        assert search.search(s, "상표") == []
        records.restore(s, "meeting", m.id)
        assert [h.id for h in search.search(s, "상표")] == [m.id]


def test_a_partly_loaded_record_is_read_back_for_the_index(store) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core.models import Meeting

    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        made = records.create(s, "meeting", post_id=post, values={"title": "면담", "notes": "영업비밀 유출", "starts_at": "2026-10-01"})
    with store.session_factory.begin() as s:
        meeting = s.get(Meeting, made.id)
        assert meeting is not None
        s.expire(meeting, ["notes"])  # not loaded: the index must not lose it
        meeting.title = "세관 협의"
        s.flush()
        assert [h.id for h in search.search(s, "세관 비밀")] == [made.id]


def test_a_rolled_back_edit_leaves_no_trace_in_the_index(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory() as s, s.begin():
        post = identity.require(s).post_id
        records.create(s, "company", post_id=post, values={"name_ko": "새봄화장품"})
        assert len(search.search(s, "새봄")) == 1
        s.rollback()
    with store.session_factory.begin() as s:
        assert search.search(s, "새봄") == []
        assert s.execute(text("SELECT count(*) FROM search_doc")).scalar() == 0


def test_renaming_an_organization_moves_its_contacts(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        org = records.create(s, "organization", post_id=post, values={"name": "国家工商行政管理总局"})
        other = records.create(s, "organization", post_id=post, values={"name": "WIPO"})
        person = records.create(s, "contact", post_id=post, values={"name": "李明", "organization_id": org.id})
    with store.session_factory.begin() as s:
        records.update(s, "organization", org.id, {"name": "国家知识产权局", "name_ko": "중국 국가지식산권국"})
        assert person.id in {h.id for h in search.search(s, "知识产权", types=["contact"])}
        assert search.search(s, "工商", types=["contact"]) == []
        assert person.id in {h.id for h in search.search(s, "지식산권")}
        records.update(s, "contact", person.id, {"organization_id": other.id})
        assert [h.id for h in search.search(s, "WIPO", types=["contact"])] == [person.id]
        assert search.search(s, "知识产权", types=["contact"]) == []


def test_renaming_a_company_moves_its_requests(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        company = records.create(s, "company", post_id=post, values={"name_ko": "한빛전자", "name_en": "Hanbit"})
        req = records.create(s, "company_request", post_id=post, values={"title": "소송 지원", "company_id": company.id})
        assert req.id in {h.id for h in search.search(s, "한빛", types=["company_request"])}
        records.update(s, "company", company.id, {"name_ko": "누리전자", "name_en": "Nuri"})
        assert [h.id for h in search.search(s, "누리", types=["company_request"])] == [req.id]
        assert search.search(s, "Hanbit") == []


def test_rebuild_gives_the_same_answers(store, corpus) -> None:  # type: ignore[no-untyped-def]
    queries = [q for q, _, _ in _eval_lines()]
    with store.session_factory.begin() as s:
        before = {q: [h.id for h in search.search(s, q)] for q in queries}
        live = sum(records.count(s, t) for t in search.INDEXED_TYPES)
        assert search.rebuild(s) == live
        assert {q: [h.id for h in search.search(s, q)] for q in queries} == before


def test_upgrading_an_older_profile_indexes_its_records(store, corpus) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    cfg = migrate.alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert migrate.current_revision(store) == "0001"
    assert migrate.upgrade(store)  # 0002 indexes with its own fields: 0001's contact has no department
    assert "张伟" in _titles(store, "知识产权")
    with store.session_factory.begin() as s:
        assert search.search(s, "知识产权", types=["contact"])


def _downgrade(store, revision: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    cfg = migrate.alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    assert migrate.current_revision(store) == revision


def test_an_upgraded_profile_finds_contacts_by_other_addresses_and_department(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        kim = records.create(s, "contact", post_id=post, values={
            "name": "김서연", "email": "sy.kim@kipo.go.kr", "emails": ["home: seoyeon.k@example.kr"],
            "department": "특허심사기획국", "address": "work: 189 Cheongsa-ro, Daejeon",
        })
        smith = records.create(s, "contact", post_id=post, values={
            "name": "Jane Smith", "emails": ["work: jane.smith@uspto.example"], "department": "Office of Policy and International Affairs",
        })
    queries = {"seoyeon.k@example.kr": kim.id, "특허심사": kim.id, "Daejeon": kim.id,
               "jane.smith@uspto.example": smith.id, "international affairs": smith.id}

    def found() -> dict[str, list[str]]:
        with store.session_factory.begin() as s:
            return {q: [h.id for h in search.search(s, q, types=["contact"])] for q in queries}

    assert found() == {q: [i] for q, i in queries.items()}
    _downgrade(store, "0010")  # the index as the build before 0011 kept it
    assert found() == {q: [] for q in queries}
    assert migrate.upgrade(store)
    assert found() == {q: [i] for q, i in queries.items()}


# -- the pieces -------------------------------------------------------------------------------

def test_index_text_splits_scripts_and_makes_grams() -> None:
    assert words("USPTO는 国家知识产权局와 AI발명") == "USPTO 는  와 AI 발명"
    assert grams("특허청은 张伟 局") == "특허 허청 청은 张伟 伟 局"


def test_query_terms() -> None:
    assert [(t.kind, t.text, t.negated) for t in parse('"Trade" secrets -특별 知识产权*')] == [
        ("word", "trade", False), ("word", "secrets", False), ("hangul", "특별", True), ("cjk", "知识产权", False)
    ]
    (either,) = parse("세관 OR 영업비밀")
    assert [t.text for t in either.alternatives()] == ["세관", "영업비밀"]
    assert len(parse("x " * 5000)) == 1 and len(parse(" ".join(f"w{i}" for i in range(100)))) == 16
    (chain,) = parse(" OR ".join(f"w{i}" for i in range(100)))
    assert len(chain.alternatives()) == 16


def test_snippet_marks_what_matched() -> None:
    marks = Highlighter(parse("특허 seizures 知识"))
    assert marks.snippet(["", "미국 특허청은 seizure를 国家知识产权局"]) == "미국 «특허»청은 «seizure»를 国家«知识»产权局"
    assert marks.snippet(["특별 점검"]) == "특별 점검"
    long = "앞 " * 100 + "특허 " + "뒤 " * 100
    cut = marks.snippet([long])
    assert cut.startswith("…") and cut.endswith("…") and "«특허»" in cut and len(cut) < 140


def _english_words() -> list[str]:
    sample = Path(re.__file__).read_text(encoding="utf-8") + Path(json.__file__).read_text(encoding="utf-8")
    extra = "seizures seizure counterfeiting counterfeit relational generalizations happy sky agreed feed " \
            "hopping filing rolling controlling adjustable electricity triplicate conditional ies sss"
    return sorted({w.lower() for w in re.findall(r"[A-Za-z]{2,25}", sample)} | set(extra.split()))


def test_porter_stems_exactly_as_fts5(store) -> None:  # type: ignore[no-untyped-def]
    vocabulary = _english_words()
    with store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.w USING fts5(a, tokenize='porter unicode61 remove_diacritics 2')")
        conn.exec_driver_sql("INSERT INTO temp.w (rowid, a) VALUES (?, ?)", list(enumerate(vocabulary)))
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.v USING fts5vocab(temp, w, 'instance')")
        fts5 = {doc: term for term, doc in conn.exec_driver_sql("SELECT term, doc FROM temp.v")}
        conn.exec_driver_sql("DROP TABLE temp.v")
        conn.exec_driver_sql("DROP TABLE temp.w")
    assert len(vocabulary) > 300
    assert [(w, fts5[i], porter.stem(w)) for i, w in enumerate(vocabulary) if fts5[i] != porter.stem(w)] == []


# -- the command line -------------------------------------------------------------------------

MAKE_PROFILE = """
import sys
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from corpus import load_corpus
from officerdesk.profiles import open_store
from officerdesk.core.services import identity
st = open_store(sys.argv[1])
with st.session_factory.begin() as s:
    identity.set_up(s, officer_name="Park", post_code="BJS")
with st.session_factory.begin() as s:
    load_corpus(s, Path(sys.argv[2]))
st.close()
"""


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "officerdesk", *args], env=env, capture_output=True, text=True, timeout=120)


def test_cli_search(tmp_path: Path, file_keyring_env: dict[str, str], shared_dir: Path) -> None:
    profile = str(tmp_path / "p")
    corpus_file = str(shared_dir / "data" / "search_corpus.jsonl")
    subprocess.run([sys.executable, "-c", MAKE_PROFILE, profile, corpus_file, str(Path(__file__).parent)],
                   env=file_keyring_env, check=True, timeout=120)

    got = _cli(file_keyring_env, "search", "--profile", profile, "--json", "知识产权")
    assert got.returncode == 0, got.stderr
    hits = [json.loads(line) for line in got.stdout.splitlines()]
    assert {"国家知识产权局 면담", "张伟"} <= {h["title"] for h in hits}
    assert all(set(h) == {"type", "id", "title", "snippet", "score"} for h in hits)
    assert any("«知识产权»" in h["snippet"] for h in hits)

    got = _cli(file_keyring_env, "search", "--profile", profile, "--json", "--type", "contact", "--limit", "1", "counterfeit")
    assert got.returncode == 0, got.stderr
    (hit,) = [json.loads(line) for line in got.stdout.splitlines()]
    assert hit["type"] == "contact"

    got = _cli(file_keyring_env, "search", "--profile", profile, "특허청", "디지털")
    assert got.returncode == 0 and "일본 특허청 디지털 전환 추진" in got.stdout

    got = _cli(file_keyring_env, "search", "--profile", profile, '"NEAR(*', "--", "-(")
    assert got.returncode == 0 and got.stdout == "", got.stderr

    got = _cli(file_keyring_env, "search", "--profile", profile, "--type", "planet", "x")
    assert got.returncode == 2
    got = _cli(file_keyring_env, "search", "--profile", str(tmp_path / "none"), "x")
    assert got.returncode == 1 and got.stderr.count("\n") == 1


def test_cli_search_on_a_seeded_profile(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    profile = str(tmp_path / "seeded")
    got = _cli(file_keyring_env, "seed", "--profile", profile, "--records", "400", "--post", "WAS")
    if got.returncode == 2 and "invalid choice" in got.stderr:  # pragma: no cover - before `seed` landed
        pytest.skip("no `officerdesk seed` in this build")
    assert got.returncode == 0, got.stderr
    got = _cli(file_keyring_env, "search", "--profile", profile, "--json", "--limit", "5", "특허")
    assert got.returncode == 0, got.stderr
    hits = [json.loads(line) for line in got.stdout.splitlines()]
    assert 1 <= len(hits) <= 5
    assert all(h["title"] and h["type"] in search.INDEXED_TYPES for h in hits)
    assert any("«특허" in h["snippet"] for h in hits), hits
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


@pytest.fixture
def demo_store(store):  # type: ignore[no-untyped-def]
    from officerdesk.core.demo import seed as demo

    with store.session_factory.begin() as s:
        demo.seed(s, post_code="WAS", records=300, seed=11)
    return store


@pytest.mark.parametrize("query", ["특허", "patent", "상품", "상표 -침해", "세관 OR customs", "대사관"])
def test_totals_and_the_list_filter_find_what_search_finds(demo_store, query: str) -> None:  # type: ignore[no-untyped-def]
    """One matching rule: search's hits, its per-type totals and a list's text filter agree."""
    with demo_store.session_factory.begin() as s:
        hits = search.search(s, query, limit=search.MAX_LIMIT)
        assert 0 < len(hits) < search.MAX_LIMIT  # the profile is small enough to see every hit
        by_type: dict[str, set[str]] = {}
        for hit in hits:
            by_type.setdefault(hit.type, set()).add(hit.id)
        assert search.totals(s, query) == {t: len(ids) for t, ids in by_type.items()}
        for record_type in search.INDEXED_TYPES:
            flt = records.Filter(text=query)
            listed = {d.id for d in records.list_records(s, record_type, flt)}
            assert listed == by_type.get(record_type, set()), (query, record_type)
            assert records.count(s, record_type, flt) == len(listed)
            # a common word's plan (the list read in its order, the id test off its index): same rows
            in_order = records.list_statement(record_type, flt, limit=500, many=True)
            assert {o.id for o in s.scalars(in_order)} == listed


def test_hits_carry_date_status_and_post(store) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    with store.session_factory.begin() as s:
        me = identity.require(s)
        records.create(s, "company_request", post_id=me.post_id,
                       values={"title": "Wombat trademark", "received": dt.date(2026, 3, 4)})
        records.create(s, "follow_up", post_id=me.post_id, values={"text": "Wombat call", "due": dt.date(2026, 5, 6)})
    with store.session_factory.begin() as s:
        hits = {h.type: h for h in search.search(s, "wombat")}
    assert (hits["company_request"].date, hits["company_request"].status) == (dt.date(2026, 3, 4), "received")
    assert (hits["follow_up"].date, hits["follow_up"].status) == (dt.date(2026, 5, 6), "open")
    assert hits["follow_up"].post == hits["company_request"].post == me.post_code != ""
