"""Long briefs split tables (repeating the header row) and flow long text over pages;
mixed Korean, English, Chinese and Japanese text has a glyph for every character."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pdfcheck import outline_titles, pages_text, render_pages, squash

from officerdesk import briefs
from officerdesk.briefs import fonts
from officerdesk.core import dto as d
from officerdesk.core.report_dto import (
    ActivityBrief,
    ActivityFigures,
    BriefHeading,
    BriefOptions,
    MeetingBrief,
)
from officerdesk.core.services.periods import parse_period

NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)
MIXED = (
    "中华人民共和国国家知识产权局发布了新的专利审查指南。"
    "特許庁は審査基準を改訂し、ひらがな・カタカナ・漢字の表記も確認した。"
    "한국 특허청과 KIPO는 協力 강화를 논의했다. Über café naïve — “quotes” ① ② ③ ㈜ 〒 ℃ ※"
)


def heading(kind: str, **kw: object) -> BriefHeading:
    base = {"kind": kind, "title": "", "post_code": "BJS", "post_name_ko": "주중국 대사관", "post_name_en": "Embassy in Beijing",
            "author": "이서연", "generated_at": NOW, "classification": "internal", "period": parse_period("2026-Q3")}
    base.update(kw)
    return BriefHeading(**base)  # type: ignore[arg-type]


def meeting(n: int, **kw: object) -> d.MeetingDTO:
    base = {"id": f"m{n}", "post_id": "p", "classification": "internal", "author": "", "updated_at": NOW.replace(tzinfo=None),
            "deleted": False, "title": f"Meeting number {n:04d}", "kind": "ip_office",
            "starts_at": dt.datetime(2026, 7, 1, 9) + dt.timedelta(hours=n), "location": "北京 国家知识产权局"}
    base.update(kw)
    return d.MeetingDTO(**base)  # type: ignore[arg-type]


def test_every_character_of_mixed_text_has_a_glyph_in_its_font() -> None:
    missing = []
    for main in (fonts.REGULAR, fonts.BOLD):
        for name, chunk in fonts.runs(MIXED, main):
            missing += [(name, c) for c in chunk if not c.isspace() and not fonts.has_glyph(name, c)]
    assert missing == []
    # the fallback is really needed: NanumGothic lacks simplified Chinese
    assert not fonts.has_glyph(fonts.REGULAR, "华") and fonts.font_for("华") == fonts.FALLBACK
    assert fonts.font_for("한") == fonts.REGULAR and fonts.font_for("A") == fonts.REGULAR


def test_mixed_text_renders_and_reads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = meeting(1, title="中日韩 三国 특허청장 회의 — 特許庁", notes=MIXED, decisions="<b>not markup</b> & <i>also not</i>")
    pdf = briefs.build("meeting", MeetingBrief(heading("meeting", title=m.title, period=None), m), BriefOptions(language="ko"))
    text = squash("".join(pages_text(pdf)))
    assert squash(MIXED) in text
    assert squash("<b>not markup</b> & <i>also not</i>") in text
    assert render_pages(pdf, tmp_path)


def test_long_tables_repeat_their_header_and_long_text_flows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    meetings = tuple(meeting(n) for n in range(160))
    brief = ActivityBrief(heading("activity"), ActivityFigures(meetings_held=160), meetings=meetings)
    pdf = briefs.build("activity", brief, BriefOptions(language="en"))
    pages = pages_text(pdf)
    assert len(pages) >= 5
    # page 1 quotes a few meetings in its summary; the table is in the annex after it
    table_pages = [p for p in pages[1:] if "Meeting number" in p]
    assert len(table_pages) >= 3
    assert all("Date" in p and "Title" in p and "Where" in p for p in table_pages)  # header row repeated
    text = squash("".join(pages))
    assert all(f"Meetingnumber{n:04d}" in text for n in range(160))  # no row lost at a page break
    # a bookmark points at the page its section starts on, not at page 1
    outline = dict(outline_titles(pdf))
    trend_page = max(i for i, p in enumerate(pages) if "Trend notes" in p)  # the last section
    assert outline["Trend notes"] == trend_page > 0
    assert outline["Meetings held"] < trend_page

    notes = "\n\n".join(f"Paragraph {n}: " + "긴 회의 기록의 문장입니다. " * 40 for n in range(60))
    long_meeting = meeting(2, notes=notes)
    pdf = briefs.build("meeting", MeetingBrief(heading("meeting", title="Long", period=None), long_meeting), BriefOptions(language="ko"))
    pages = pages_text(pdf)
    assert len(pages) >= 6
    assert squash(f"{len(pages)} / {len(pages)} 쪽") in squash(pages[-1])
    assert "Paragraph 59:" in pages[-1] or "Paragraph 59:" in pages[-2]
    assert render_pages(pdf, tmp_path)


def test_classification_banner_follows_the_heading() -> None:
    m = meeting(3)
    for code, banner in (("public", "공개 · PUBLIC"), ("restricted", "대외비 · RESTRICTED")):
        brief = MeetingBrief(dataclasses.replace(heading("meeting", title="x", period=None), classification=code), m)
        pages = pages_text(briefs.build("meeting", brief, BriefOptions(language="ko")))
        assert all(squash(banner) in squash(p) for p in pages)


def test_a_table_row_taller_than_a_page_continues_on_the_next() -> None:
    follow_up = d.FollowUpDTO(id="f", post_id="p", classification="internal", author="", updated_at=NOW.replace(tzinfo=None),
                              deleted=False, text="긴 후속 조치 설명입니다. " * 1500 + "END-OF-TEXT", owner="김민수")
    brief = MeetingBrief(heading("meeting", title="Long follow-up", period=None), meeting(4), follow_ups=(follow_up,))
    pages = pages_text(briefs.build("meeting", brief, BriefOptions(language="ko")))
    assert len(pages) >= 5
    assert "END-OF-TEXT" in "".join(pages[-2:])


def test_briefs_built_on_two_threads_at_once_are_both_whole() -> None:
    from concurrent.futures import ThreadPoolExecutor

    def build(n: int) -> bytes:
        m = meeting(n, notes=MIXED * 20)
        return briefs.build("meeting", MeetingBrief(heading("meeting", title=f"Thread {n}", period=None), m), BriefOptions(language="ko"))

    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(build, range(4)))
    for n, pdf in enumerate(pdfs):
        assert f"Thread {n}" in "".join(pages_text(pdf))
