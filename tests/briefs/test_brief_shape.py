"""Page 1 in HQ's shape (furniture, summary, annex after), the Word copy, document numbers that
never repeat, and the PDF's outline and metadata."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document as read_docx
from docx.oxml.ns import qn
from pdfcheck import font_files, outline_titles, pages_text, reader, squash
from test_brief_pdfs import gather

from officerdesk import briefs
from officerdesk.core import dto as d
from officerdesk.core.report_dto import BriefIssue, BriefOptions, BriefSummary
from officerdesk.core.services import briefs_log, records
from officerdesk.errors import UserError

KINDS = ["meeting", "case", "activity", "trends", "contacts", "rollup"]
PARTS = {"ko": ["개요", "주요 내용", "조치 사항 및 향후 계획", "건의"], "en": ["Summary", "Key points", "Actions and next steps", "Requests to HQ"]}
ISSUE = BriefIssue("WAS-2026-TEST-0007", "해외지식재산보호과", "상무관", "+1 202 939 5600", dt.date(2026, 11, 3))


@pytest.mark.parametrize("kind", KINDS)
def test_page_one_carries_furniture_and_summary_and_the_lists_follow_in_the_annex(seeded, kind: str) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    brief = gather(store, data, kind)
    pdf = briefs.build(kind, brief, BriefOptions(language="ko", issue=ISSUE))
    pages = pages_text(pdf)
    first = squash(pages[0])
    for word in [*PARTS["ko"], "문서번호", "WAS-2026-TEST-0007", "수신", "해외지식재산보호과", "발신", "상무관김민수", "시행일자", "2026.11.3."]:
        assert squash(word) in first, word
    overview = briefs.prefill(kind, brief, "ko").overview.splitlines()[0]
    assert squash(overview)[:40] in first  # the key message is on page 1
    if briefs.compose(kind, brief, BriefOptions(language="ko")).annex:
        assert dict(outline_titles(pdf))["붙임"] > 0  # the annex starts after page 1


def test_prefilled_summary_answers_what_happened_what_is_late_and_what_is_asked(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    activity = briefs.prefill("activity", gather(store, data, "activity"), "ko")
    assert "신규 접수 4건 (전기 대비 +3)" in activity.overview and "처리율 40%" in activity.overview
    assert "기한 경과: Slow examination of battery patent" in activity.actions and "7일 경과" in activity.actions
    case = briefs.prefill("case", gather(store, data, "case"), "en")
    assert "Due 20 Oct 2026, closed 28 Oct 2026 (8 days late)" in case.overview
    english = briefs.prefill("activity", gather(store, data, "activity"), "en")
    assert "4 requests received (+3 on the previous period)" in english.overview and english.requests == ""


def test_the_officers_edited_summary_is_what_page_one_says(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    edited = BriefSummary("USPTO agreed to a monthly contact point.", "Point one\nPoint two", "Chase the battery patent", "Fund a seminar in Texas")
    pdf = briefs.build("meeting", gather(store, data, "meeting"), BriefOptions(language="en", summary=edited))
    first = squash(pages_text(pdf)[0])
    for text in ("USPTO agreed to a monthly contact point.", "Point two", "Chase the battery patent", "Fund a seminar in Texas"):
        assert squash(text) in first
    assert BriefSummary.from_text(edited.to_text()) == edited
    assert BriefSummary.from_text("not json") is None


@pytest.mark.parametrize("kind", KINDS)
def test_the_word_copy_holds_the_same_sections_and_korean_text_in_named_fonts(seeded, kind: str) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    brief = gather(store, data, kind)
    options = BriefOptions(language="ko", issue=ISSUE)
    doc = read_docx(io.BytesIO(briefs.build(kind, brief, options, fmt="docx")))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    model = briefs.compose(kind, brief, options)
    for part in PARTS["ko"]:
        assert f"□ {part}" in headings
    expected = [b.text for b in [*model.body, *model.annex] if hasattr(b, "text") and hasattr(b, "level")]
    assert all(h in headings for h in expected), set(expected) - set(headings)
    everything = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "WAS-2026-TEST-0007" in everything and briefs.prefill(kind, brief, "ko").overview.splitlines()[0] in everything
    assert doc.core_properties.title and doc.core_properties.author == "김민수"
    fonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) and fonts.get(qn("w:ascii")) == "NanumGothic"


def test_pdf_opens_with_its_outline_embeds_every_font_and_is_named_by_its_number(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    brief = gather(store, data, "activity")
    options = BriefOptions(language="ko", issue=ISSUE)
    pdf = briefs.build("activity", brief, options)
    doc = reader(pdf)
    assert doc.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    fonts = font_files(pdf)
    assert fonts and all(fonts.values()), fonts  # no font is referenced that is not embedded
    meta = doc.metadata
    assert meta is not None and "WAS-2026-TEST-0007" in (meta.get("/Keywords") or "") and "WAS-2026-TEST-0007" in (meta.subject or "")
    assert briefs.file_name("activity", brief, options) == "WAS-2026-TEST-0007.pdf"
    assert briefs.file_name("activity", brief, BriefOptions()) == "WAS-activity-2026-10.pdf"


def _save(store, tmp_path: Path, data, number: str, *, final: bool = True) -> d.BriefDTO:  # type: ignore[no-untyped-def]
    brief = gather(store, data, "activity")
    with store.session_factory.begin() as s:
        return briefs_log.save(s, pdf=b"%PDF-1.4 x", target=tmp_path / f"{number or 'draft'}.pdf", heading=brief.heading, kind="activity",
                               title="t", scope="WAS", language="ko", final=final, doc_number=number,
                               summary=BriefSummary("overview"))


def test_document_numbers_count_up_in_this_laptops_series_and_are_never_given_twice(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    with store.session_factory.begin() as s:
        first = briefs_log.issue(s, post_code="WAS", final=True, today=dt.date(2026, 11, 3))
        series = briefs_log.series(s)
        assert briefs_log.issue(s, post_code="WAS", final=False).doc_number == ""
    assert first.doc_number == f"WAS-2026-{series}-0001" and first.issued == dt.date(2026, 11, 3)
    saved = _save(store, tmp_path, data, first.doc_number)
    assert saved.finalised and saved.doc_number == first.doc_number
    assert BriefSummary.from_text(saved.summary) == BriefSummary("overview")  # kept with the record, which syncs
    with store.session_factory.begin() as s:
        records.delete(s, "brief", saved.id)
    with store.session_factory.begin() as s:
        assert briefs_log.next_number(s, "WAS", 2026) == f"WAS-2026-{series}-0002"  # a deleted brief keeps its number
        assert briefs_log.next_number(s, "WAS", 2027) == f"WAS-2027-{series}-0001"
    with pytest.raises(UserError):
        _save(store, tmp_path, data, first.doc_number)
    with pytest.raises(UserError):
        _save(store, tmp_path, data, "")  # finalising without a number


def test_two_laptops_of_one_post_number_in_different_series(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store

    other = open_store(tmp_path / "second-laptop")
    try:
        with other.session_factory.begin() as s:
            identity.set_up(s, officer_name="이지은", post_code="WAS")
        with store.session_factory.begin() as s, other.session_factory.begin() as t:
            assert briefs_log.series(s) != briefs_log.series(t)
            assert briefs_log.next_number(s, "WAS", 2026) != briefs_log.next_number(t, "WAS", 2026)
    finally:
        other.close()
