"""Import and export: the shared corpus as is, round trips, careful vCard/ICS text, bad input refused whole."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from officerdesk.core import exchange
from officerdesk.core.demo import seed as demo
from officerdesk.core.exchange.contentline import escape, fold, split_unescaped, unescape, unfold
from officerdesk.core.models import (
    CompanyRequest,
    Contact,
    Meeting,
    Organization,
    Outbox,
    StatusChange,
)
from officerdesk.core.services import identity, records
from officerdesk.core.write.bulk import is_legal
from officerdesk.errors import ImportFailed, UserError
from officerdesk.profiles import open_store

TODAY = dt.date(2026, 11, 20)


def fresh(tmp_path: Path, name: str, post: str = "WAS"):  # type: ignore[no-untyped-def]
    st_ = open_store(tmp_path / name)
    with st_.session_factory.begin() as s:
        identity.set_up(s, officer_name="김민수", post_code=post)
    return st_


def import_into(store, path: Path, fmt: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        return exchange.import_file(s, path, fmt)


def export_from(store, path: Path, fmt: str, types: tuple[str, ...] = (), *, restricted: bool = True) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        return exchange.export_file(s, path, fmt, types=types, include_restricted=restricted)


def test_imports_the_shared_corpus_as_is(store, shared_dir: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = shared_dir / "data" / "search_corpus.jsonl"
    lines = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    counts = import_into(store, corpus, "jsonl")
    wanted = {t: sum(1 for x in lines if x["type"] == t) for t in {x["type"] for x in lines}}
    assert {k: v for k, v in counts.items() if k in wanted} == wanted
    with store.session_factory.begin() as s:
        m = s.scalars(select(Meeting).where(Meeting.title == "USPTO 국제협력과 면담")).one()
        assert (m.starts_at, m.tz) == (dt.datetime(2026, 10, 5, 14, 0), "-04:00")
        zhang = records.get(s, "contact", s.scalars(select(Contact.id).where(Contact.name == "张伟")).one())
        assert zhang.organization_name == "国家知识产权局"  # found or created by name, once
        assert s.scalar(select(func.count()).select_from(Organization).where(Organization.name == "国家知识产权局")) == 1
        for req in s.scalars(select(CompanyRequest)):
            chain = s.scalars(select(StatusChange.to_status).where(StatusChange.request_id == req.id).order_by(StatusChange.at, StatusChange.created_hlc)).all()
            wanted_status = next(x["status"] for x in lines if x.get("title") == req.title)
            assert req.status == wanted_status and is_legal(chain) and (chain[-1] if chain else "received") == wanted_status
            assert req.escalated == (wanted_status == "escalated")
        assert s.scalar(select(func.count()).select_from(Outbox).where(Outbox.name == "transition")) > 0


def test_jsonl_round_trip_gives_the_same_records(tmp_path: Path) -> None:
    a, b = fresh(tmp_path, "a", "BJS"), fresh(tmp_path, "b", "BJS")
    try:
        with a.session_factory.begin() as s:
            demo.seed(s, post_code="BJS", records=600, seed=2, today=TODAY)
        first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
        counts = export_from(a, first, "jsonl")
        assert sum(counts.values()) == 600
        assert import_into(b, first, "jsonl") == counts
        assert export_from(b, second, "jsonl") == counts
        assert first.read_bytes() == second.read_bytes()  # same ids, fields, links and status histories
        item = json.loads(first.read_text(encoding="utf-8").splitlines()[0])
        assert item["type"] == "organization" and "id" in item and "clocks" not in item
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("fmt", ["csv", "vcf"])
def test_contacts_round_trip_through_csv_and_vcard(tmp_path: Path, fmt: str) -> None:
    a, b = fresh(tmp_path, "a", "TYO"), fresh(tmp_path, "b", "TYO")
    try:
        with a.session_factory.begin() as s:
            demo.seed(s, post_code="TYO", records=300, seed=4, today=TODAY)
            post_id = identity.require(s).post_id
            records.create(s, "contact", post_id=post_id, values={
                "name": "김 서연, \"Sue\"", "position": "법무팀장; IP", "notes": "줄 하나\n줄 둘, 셋; 넷 \\ 끝", "phones": "+82 2-1234-5678",
                "email": "sue@example.kr"})
            orgs = {c.organization_name for c in records.list_records(s, "contact")} - {""}  # type: ignore[attr-defined]
        path = tmp_path / f"c.{fmt}"
        assert export_from(a, path, fmt) == {"contact": 37}
        assert import_into(b, path, fmt) == {"contact": 37, "organization": len(orgs)}  # found again by name, once each

        def contacts(store) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
            with store.session_factory.begin() as s:
                dtos = records.list_records(s, "contact")
            return sorted((c.id, c.name, c.name_alt, c.position, c.organization_name, c.email, c.phones, c.notes,
                           c.language, c.last_contacted, c.classification) for c in dtos)  # type: ignore[attr-defined]

        assert contacts(a) == contacts(b)
        assert any("田中" in c[1] or " " in c[1] for c in contacts(b))
    finally:
        a.close()
        b.close()


VCARD_40 = (
    "\ufeffBEGIN:VCARD\r\nVERSION:4.0\r\nFN:张伟\r\nN:张;伟;;;\r\nORG:国家知识产权局;商标局\r\n"
    "item1.TEL;TYPE=\"work,voice\";VALUE=uri:tel:+86-10-6208-3114\r\nEMAIL;PREF=1:zhang.wei@example.cn\r\n"
    "NOTE:상표 심사 정책 담당\\, 악의적 출원 대응 창구.\\n두 번째 줄이 길어서 접히는 메모입니다 — 75옥텟을\r\n  넘기면 접힙니다.\r\n"
    "PHOTO;MEDIATYPE=image/png:data:image/png;base64,iVBORw0KGgo=\r\nLANG:zh\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Miller;Jennifer;;;\nTITLE:Director\\, IPR Branch\nCLASS:CONFIDENTIAL\nEND:VCARD\n"
)


def test_reads_vcards_from_address_books(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cards.vcf"
    path.write_bytes(VCARD_40.encode("utf-8"))
    assert import_into(store, path, "vcf") == {"contact": 2, "organization": 1}
    with store.session_factory.begin() as s:
        by_name = {c.name: c for c in records.list_records(s, "contact")}  # type: ignore[attr-defined]
    zhang, miller = by_name["张伟"], by_name["Jennifer Miller"]
    assert zhang.organization_name == "国家知识产权局" and zhang.language == "zh"  # type: ignore[attr-defined]
    assert zhang.notes == "상표 심사 정책 담당, 악의적 출원 대응 창구.\n두 번째 줄이 길어서 접히는 메모입니다 — 75옥텟을 넘기면 접힙니다."  # type: ignore[attr-defined]
    assert zhang.phones == "work: +86-10-6208-3114" and zhang.email == "zhang.wei@example.cn"  # type: ignore[attr-defined]
    assert miller.position == "Director, IPR Branch" and miller.classification == "restricted"  # type: ignore[attr-defined]


def test_ics_export_is_rfc_5545_text(tmp_path: Path) -> None:
    a = fresh(tmp_path, "a")
    try:
        with a.session_factory.begin() as s:
            demo.seed(s, post_code="WAS", records=200, seed=1, today=TODAY)
            first = records.list_records(s, "meeting", records.Filter(order_by="id", descending=False), limit=1)[0]
        path = tmp_path / "m.ics"
        counts = export_from(a, path, "ics")
        raw = path.read_bytes()
    finally:
        a.close()
    physical = raw.split(b"\r\n")
    assert physical[-1] == b"" and all(len(line) <= 75 for line in physical)
    assert b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("utf-8")
    logical = [line for _, line in unfold(enumerate(text.split("\r\n"), 1)) if line]
    assert logical[0] == "BEGIN:VCALENDAR" and logical[-1] == "END:VCALENDAR"
    assert logical.count("BEGIN:VEVENT") == logical.count("END:VEVENT") == counts["meeting"]
    event = logical[logical.index(f"UID:{first.id}@officerdesk") - 1 :]
    start = first.starts_at.strftime("DTSTART:%Y%m%dT%H%M%SZ")  # type: ignore[attr-defined]
    assert start in event[:6]
    summary = next(line for line in event if line.startswith("SUMMARY:"))
    assert unescape(summary.removeprefix("SUMMARY:")) == first.title  # type: ignore[attr-defined]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_folding_and_escaping_round_trip(text: str) -> None:
    line = "NOTE:" + escape(text)
    folded = fold(line)
    assert all(len(p.encode("utf-8")) <= 75 for p in folded.split("\r\n"))
    [(_, back)] = list(unfold(enumerate(folded.removesuffix("\r\n").split("\r\n"), 1)))
    assert back == line
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert unescape(back.removeprefix("NOTE:")) == expected
    assert [unescape(p) for p in split_unescaped(escape(text) + ";" + escape(text), ";")] == [expected, expected]


def _jsonl(*items: object) -> bytes:
    return "\n".join(i if isinstance(i, str) else json.dumps(i, ensure_ascii=False) for i in items).encode("utf-8") + b"\n"


GOOD = {"type": "trend_note", "title": "RCEP 이행", "topic": "RCEP"}
BAD_JSONL = {
    "broken json": (_jsonl(GOOD, GOOD, '{"type": "meeting", "title": '), 3, "not valid JSON"),
    "not an object": (_jsonl(GOOD, "[1, 2]"), 2, "JSON object"),
    "unknown type": (_jsonl(GOOD, {"type": "dossier", "title": "x"}), 2, "unknown record type"),
    "unknown field": (_jsonl(GOOD, {**GOOD, "colour": "red"}), 2, "no field 'colour'"),
    "bookkeeping field": (_jsonl({**GOOD, "updated_hlc": "0"}), 1, "no field 'updated_hlc'"),
    "wrong date": (_jsonl(GOOD, {**GOOD, "date": "31/12/2026"}), 2, "not a date"),
    "wrong meeting time": (_jsonl({"type": "meeting", "title": "x", "start": "tomorrow 10am"}), 1, "not a date and time"),
    "wrong time zone": (_jsonl({"type": "meeting", "title": "x", "start": "2026-10-05T10:00", "tz": "Mars/Olympus"}), 1, "not a time zone"),
    "10 MB string": (_jsonl(GOOD, {**GOOD, "summary": "가" * 3_500_000}), 2, "longer than 4 MB"),
    "long text": (_jsonl({**GOOD, "summary": "x" * 300_000}), 1, "too long"),
    "NUL escaped": (_jsonl(GOOD, {**GOOD, "title": "a\u0000b"}), 2, "NUL"),
    "NUL byte": (_jsonl(GOOD).replace(b"RCEP", b"RC\x00EP", 1), 1, "NUL byte"),
    "lone surrogate": (_jsonl(GOOD) + b'{"type": "trend_note", "title": "\\ud800"}\n', 2, "invalid character"),
    "BOM mid-file": (_jsonl(GOOD) + b"\xef\xbb\xbf" + _jsonl(GOOD), 2, "not valid JSON"),
    "bad id": (_jsonl({**GOOD, "id": "42"}), 1, "not a record id"),
    "id in braces": (_jsonl(GOOD, {**GOOD, "id": "{01a2126b-7e59-77ce-b73b-b0bc9be8882c}"}), 2, "not a record id"),
    "id in full-width digits": (_jsonl({**GOOD, "id": "０１a2126b-7e59-77ce-b73b-b0bc9be8882c"}), 1, "not a record id"),
    "id without hyphens": (_jsonl({**GOOD, "id": "01a2126b7e5977ceb73bb0bc9be8882c"}), 1, "not a record id"),
    "link id in full-width digits": (_jsonl({"type": "contact", "name": "x",
                                             "organization_id": "０1a2126b-7e59-77ce-b73b-b0bc9be8882c"}), 1,
                                     "organization_id: '０1a2126b-7e59-77ce-b73b-b0bc9be8882c' is not a record id"),
    "same id in two cases": (_jsonl({**GOOD, "id": "01a2126b-7e59-77ce-b73b-b0bc9be8882c"},
                                    {**GOOD, "id": "01A2126B-7E59-77CE-B73B-B0BC9BE8882C"}), 2, "twice"),
    "same id twice": (_jsonl({**GOOD, "id": "01a2126b-7e59-77ce-b73b-b0bc9be8882c"}, {**GOOD, "id": "01a2126b-7e59-77ce-b73b-b0bc9be8882c"}), 2, "twice"),
    "bad status": (_jsonl({"type": "company_request", "title": "x", "status": "done"}), 1, "not one of"),
    "illegal history": (_jsonl({"type": "company_request", "title": "x", "status": "closed", "history": [{"from": "received", "to": "closed"}]}), 1, "not allowed"),
    "history not matching": (_jsonl({"type": "company_request", "title": "x", "status": "resolved", "history": [{"to": "reviewing"}]}), 1, "history ends"),
    "bad email": (_jsonl({"type": "contact", "name": "x", "email": "nope"}), 1, "not an email"),
    "deep nesting": (_jsonl(GOOD, "[" * 100_000 + "]" * 100_000), 2, "nested too deeply"),
}


@pytest.mark.parametrize("case", sorted(BAD_JSONL))
def test_bad_jsonl_names_the_line_and_imports_nothing(store, tmp_path: Path, case: str) -> None:  # type: ignore[no-untyped-def]
    data, line, needle = BAD_JSONL[case]
    path = tmp_path / "bad.jsonl"
    path.write_bytes(data)
    with store.session_factory.begin() as s:
        before = (s.scalar(select(func.count()).select_from(Outbox)), records.count(s, "trend_note"))
    with pytest.raises(ImportFailed) as err:
        import_into(store, path, "jsonl")
    assert err.value.line == line and needle in str(err.value), str(err.value)
    assert str(err.value).startswith(f"line {line}: ") and len(str(err.value)) < 300
    with store.session_factory.begin() as s:
        assert (s.scalar(select(func.count()).select_from(Outbox)), records.count(s, "trend_note")) == before


def test_a_history_alone_sets_the_status(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "h.jsonl"
    moves = [{"to": "reviewing", "at": "2026-10-01T09:00:00Z", "note": "배정"}, {"to": "escalated", "at": "2026-10-02T09:00:00+09:00"}]
    path.write_bytes(_jsonl({"type": "company_request", "title": "본부 이관 건", "history": moves}))
    assert import_into(store, path, "jsonl") == {"company_request": 1}
    with store.session_factory.begin() as s:
        req = s.scalars(select(CompanyRequest)).one()
        chain = s.scalars(select(StatusChange).order_by(StatusChange.at)).all()
    assert (req.status, req.escalated) == ("escalated", True)
    assert [(c.from_status, c.to_status, c.at, c.note) for c in chain] == [
        ("received", "reviewing", dt.datetime(2026, 10, 1, 9), "배정"), ("reviewing", "escalated", dt.datetime(2026, 10, 2, 0), "")]


def test_an_id_already_in_the_profile_updates_it_and_never_copies(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core.exchange import importing

    path = tmp_path / "twice.jsonl"
    path.write_bytes(_jsonl({**GOOD, "id": "01a2126b-7e59-77ce-b73b-b0bc9be8882c"}))
    assert import_into(store, path, "jsonl") == {"trend_note": 1}
    with store.session_factory.begin() as s:
        again = importing.run(s, importing.detect(path))
    assert (again.added, again.updated, again.unchanged) == ({}, {}, {"trend_note": 1})
    path.write_bytes(_jsonl({**GOOD, "id": "01a2126b-7e59-77ce-b73b-b0bc9be8882c", "title": "고친 제목"}))
    with store.session_factory.begin() as s:
        changed = importing.run(s, importing.detect(path))
        assert (changed.added, changed.updated) == ({}, {"trend_note": 1})
        assert [n.title for n in records.list_records(s, "trend_note")] == ["고친 제목"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("codec", ["cp949", "utf-16", "cp1252"])
def test_a_file_in_another_encoding_is_read_as_it_is(store, tmp_path: Path, codec: str) -> None:  # type: ignore[no-untyped-def]
    title = {"cp949": "특허 분쟁 동향과 대응 방안", "utf-16": "特許 審査 動向", "cp1252": "Propriété intellectuelle, brevets européens"}[codec]
    path = tmp_path / "other.jsonl"
    path.write_bytes(_jsonl({**GOOD, "title": title}).decode("utf-8").encode(codec))
    assert import_into(store, path, "jsonl") == {"trend_note": 1}
    with store.session_factory.begin() as s:
        assert [n.title for n in records.list_records(s, "trend_note")] == [title]  # type: ignore[attr-defined]


def test_bom_and_blank_lines_are_fine_and_a_big_import_is_one_transaction(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "many.jsonl"
    items = [{**GOOD, "title": f"동향 {i}"} for i in range(4500)]
    path.write_bytes(b"\xef\xbb\xbf" + _jsonl(*items[:10]) + b"\n   \n" + _jsonl(*items[10:]))
    assert import_into(store, path, "jsonl") == {"trend_note": 4500}
    path.write_bytes(_jsonl(*items, {**GOOD, "date": "never"}))  # fails after two full batches were written
    with pytest.raises(ImportFailed) as err:
        import_into(store, path, "jsonl")
    assert err.value.line == 4501
    with store.session_factory.begin() as s:
        assert records.count(s, "trend_note") == 4500


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("position,email\nDirector,a@b.cc\n", 1, "no column gives a name"),
        ('name,notes\n"Kim","two\nlines"\nLee,x,extra\n', 4, "has 3 cells"),
        ("name,email\nKim,kim@example.kr\nLee,not-an-email\n", 3, "not an email"),
        ('name,notes\nKim,"unclosed\n', 2, "not valid CSV"),
    ],
)
def test_bad_csv_names_the_line(store, tmp_path: Path, text: str, line: int, needle: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        import_into(store, path, "csv")
    assert err.value.line == line and needle in str(err.value), str(err.value)
    with store.session_factory.begin() as s:
        assert records.count(s, "contact") == 0


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("BEGIN:VCARD\nVERSION:1.0\nFN:Kim\nEND:VCARD\n", 2, "1.0"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:Kim\n", 3, "no END:VCARD"),
        ("FN:Kim\n", 1, "outside a card"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:Kim\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nEMAIL:x@y.zz\nEND:VCARD\n", 5, "neither FN nor N"),
        ("BEGIN:VCARD\nVERSION:3.0\nthis is not a property\nEND:VCARD\n", 3, "not a vCard line"),
    ],
)
def test_bad_vcards_name_the_line(store, tmp_path: Path, text: str, line: int, needle: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.vcf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        import_into(store, path, "vcf")
    assert err.value.line == line and needle in str(err.value), str(err.value)


def test_restricted_records_stay_unless_asked_for(tmp_path: Path) -> None:
    a = fresh(tmp_path, "a")
    try:
        with a.session_factory.begin() as s:
            demo.seed(s, post_code="WAS", records=1000, seed=1, today=TODAY)
            hidden = sum(1 for m in records.list_records(s, "meeting") if m.classification == "restricted")
            assert exchange.left_out(s, "ics") == hidden > 0
        path = tmp_path / "m.ics"
        with a.session_factory.begin() as s:
            shown = export_from(a, path, "ics", restricted=False)["meeting"]
            assert shown + hidden == records.count(s, "meeting")
        assert path.read_text(encoding="utf-8").count("CLASS:CONFIDENTIAL") == 0
        export_from(a, path, "ics")
        assert path.read_text(encoding="utf-8").count("CLASS:CONFIDENTIAL") == hidden
    finally:
        a.close()


def test_export_refuses_what_a_format_cannot_hold(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="holds only contact"):
        export_from(store, tmp_path / "x.vcf", "vcf", ("meeting",))
    with pytest.raises(UserError, match="cannot read"):
        import_into(store, tmp_path / "missing.jsonl", "jsonl")
    with pytest.raises(UserError, match="cannot write"):
        export_from(store, tmp_path / "no" / "such" / "dir.jsonl", "jsonl")
    (tmp_path / "taken").mkdir()
    with pytest.raises(UserError, match="cannot write"):
        export_from(store, tmp_path / "taken", "jsonl")
    assert not list(tmp_path.glob(".export-*"))  # no temporary file left behind


def test_a_long_import_reports_how_much_of_the_file_is_read(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "many.jsonl"
    path.write_bytes(_jsonl(*({**GOOD, "title": f"동향 {i}"} for i in range(5000))))
    seen: list[tuple[float, str]] = []
    with store.session_factory.begin() as s:
        counts = exchange.import_file(s, path, "jsonl", progress=lambda f, m: seen.append((f, m)))
    assert counts == {"trend_note": 5000}
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert [f for f in fractions if 0 < f < 1], "no progress between start and end"
    assert fractions[-1] == 1.0
    assert {m for _, m in seen} == {"import"}
