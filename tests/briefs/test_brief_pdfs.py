"""Every brief type in both languages: the right records, figures, labels, page numbers and
classification are in the PDF's text, restricted text is not, and the fonts are embedded."""

from __future__ import annotations

import datetime as dt

import pytest
from pdfcheck import font_files, outline_titles, pages_text, reader, render_pages, squash

from officerdesk import briefs
from officerdesk.core.report_dto import BriefOptions
from officerdesk.core.services import reports
from officerdesk.core.services.periods import parse_period

NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)
RESTRICTED = ("RESTRICTED-", "HIDDEN-CONTACT-NAME", "SECRET-ORG-NAME")
# what each brief must show, whatever the language
EXPECTED = {
    "meeting": ["Meeting with USPTO on bad-faith filings", "Kathi Vidal", "王小明", "Monthly contact point agreed.", "Send the filing list to USPTO", "Discussed <script> & R&D cooperation."],
    "case": ["Trademark squatting of HANBIT in Texas", "한빛전자", "Opposition filed and accepted", "Meeting with USPTO on bad-faith filings", "The squatted marks were withdrawn", "HANBIT <b>marks</b> & logos"],
    "activity": ["Customs seizure of counterfeit chargers", "Slow examination of battery patent", "Korean companies' association roundtable", "USPTO fee changes"],
    "trends": ["AI inventorship guidance", "Keep records of human contribution.", "USPTO fee changes"],
    "contacts": ["United States Patent and Trademark Office", "Kathi Vidal", "王小明", "田中 太郎", "director@uspto.example"],
    "rollup": ["WAS", "TYO"],
}
LABELS = {
    ("meeting", "ko"): ["회의 결과 보고", "참석자", "결정 사항", "후속 조치", "지식재산청"],
    ("meeting", "en"): ["Meeting Brief", "Attendees", "Decisions", "Follow-ups", "IP office"],
    ("case", "ko"): ["기업 애로 처리 보고", "처리 경과", "상표 무단선점", "해결", "처리 결과"],
    ("case", "en"): ["Case Report", "Timeline", "Trademark squatting", "Resolved", "Outcome"],
    ("activity", "ko"): ["공관 활동 보고", "2026년 10월", "유형별 접수 현황", "위조상품", "기한 경과 요청"],
    ("activity", "en"): ["Activity Report", "October 2026", "Requests received by category", "Counterfeits", "Overdue requests"],
    ("trends", "ko"): ["동향 보고", "시사점"],
    ("trends", "en"): ["Trend Brief", "Implications"],
    ("contacts", "ko"): ["주요 인사 현황", "소속 기관 미지정"],
    ("contacts", "en"): ["Key Contacts", "No organization"],
    ("rollup", "ko"): ["공관별 활동 종합", "합계", "신규 접수"],
    ("rollup", "en"): ["HQ Roll-up", "Total", "Requests received"],
}
BANNER = {"ko": "내부 · INTERNAL", "en": "INTERNAL · 내부"}


def gather(store, data, kind: str, *, include_restricted: bool = False):  # type: ignore[no-untyped-def]
    record = {"meeting": data.ids["m1"], "case": data.ids["req1"]}.get(kind)
    with store.session_factory.begin() as s:
        return reports.gather(s, kind, record_id=record, period=parse_period("2026-10"), include_restricted=include_restricted, now=NOW)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("kind", list(EXPECTED))
def test_brief_shows_its_records_labels_and_pages(seeded, kind: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    pdf = briefs.build(kind, gather(store, data, kind), BriefOptions(language=lang))
    pages = pages_text(pdf)
    everything = squash("\n".join(pages))
    for phrase in EXPECTED[kind] + LABELS[(kind, lang)]:
        assert squash(phrase) in everything, phrase
    for secret in RESTRICTED:
        assert secret not in everything
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        label = f"{number} / {total} 쪽" if lang == "ko" else f"Page {number} of {total}"
        assert squash(label) in squash(page)
        assert squash(BANNER[lang]) in squash(page)  # the classification banner on every page
        # footer: author, and the generated time in Korea Standard Time with the zone named
        stamp = "2026. 11. 3. 18:30 (한국 표준시)" if lang == "ko" else "3 Nov 2026 18:30 (Korea Standard Time)"
        assert "김민수" in page and stamp in page
    meta = reader(pdf).metadata
    assert meta is not None and meta.author == "김민수" and meta.title
    assert kind in (meta.get("/Keywords") or "") and meta.subject


@pytest.mark.parametrize("kind", ["meeting", "activity", "trends", "contacts"])
def test_restricted_records_are_left_out_and_counted(seeded, kind: str) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    brief = gather(store, data, kind)
    text = squash("".join(pages_text(briefs.build(kind, brief, BriefOptions(language="ko")))))
    n = brief.heading.omitted_restricted
    assert n > 0
    assert squash(f"대외비 {n}건 제외") in text
    english = squash("".join(pages_text(briefs.build(kind, brief, BriefOptions(language="en")))))
    assert squash(f"{n} restricted record(s) left out") in english


def test_restricted_records_appear_when_included_and_the_brief_is_restricted(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    brief = gather(store, data, "activity", include_restricted=True)
    pages = pages_text(briefs.build("activity", brief, BriefOptions(language="en")))
    assert "RESTRICTED-MEETING-TITLE" in "".join(pages)
    assert all(squash("RESTRICTED · 대외비") in squash(p) for p in pages)


def test_a_restricted_meeting_needs_explicit_inclusion(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    with store.session_factory.begin() as s, pytest.raises(reports.RestrictedRecord):
        reports.meeting_brief(s, data.ids["m_secret"])
    with store.session_factory.begin() as s:
        brief = reports.meeting_brief(s, data.ids["m_secret"], include_restricted=True)
    text = "".join(pages_text(briefs.build("meeting", brief, BriefOptions(language="ko"))))
    assert "RESTRICTED-MEETING-NOTES" in text and "대외비" in text


def test_fonts_are_embedded_subsets_and_outline_and_language_are_set(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    pdf = briefs.build("meeting", gather(store, data, "meeting"), BriefOptions(language="ko"))
    embedded = font_files(pdf)
    assert embedded and all(embedded.values()), embedded
    names = set(embedded)
    assert any("NanumGothic" in n for n in names) and any("DroidSansFallback" in n for n in names)
    assert all("+" in n for n in names)  # subset fonts are named ABCDEF+Name
    assert b"/FontFile2" in pdf
    assert reader(pdf).trailer["/Root"]["/Lang"] == "ko-KR"
    outline = outline_titles(pdf)
    titles = [t for t, _ in outline]
    assert titles[0] == "Meeting with USPTO on bad-faith filings"
    assert {"개요", "회의 정보", "참석자", "안건", "논의 내용", "결정 사항", "후속 조치"} <= set(titles)
    assert titles.count("개요") == 1  # the summary's; the meeting's own fields are 회의 정보
    assert render_pages(pdf, tmp_path)


def test_letter_paper_is_selectable(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    brief = gather(store, data, "contacts")
    a4 = reader(briefs.build("contacts", brief, BriefOptions(language="en"))).pages[0].mediabox
    letter = reader(briefs.build("contacts", brief, BriefOptions(language="en", paper="letter"))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
