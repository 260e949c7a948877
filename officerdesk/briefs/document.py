"""Turning a story of flowables into PDF bytes: page template, cover block, outline, metadata."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from officerdesk.briefs import fonts
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    NAVY,
    NOTE_EDGE,
    NOTE_FILL,
    PAPERS,
    RULE,
    PageFurniture,
    Styles,
    draw_furniture,
    numbered_canvas,
)
from officerdesk.core import kinds
from officerdesk.core.report_dto import BriefHeading, BriefOptions

LANG_TAGS = {"ko": "ko-KR", "en": "en"}
HEADING_ROOM = 32 * mm  # a heading, a table's header row and two rows


class BriefDocument(BaseDocTemplate):  # type: ignore[misc]
    """Adds an outline entry for every flowable that carries `outline = (level, text, key)`."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        entry = getattr(flowable, "outline", None)
        if entry is None:
            return
        level, text, key = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)


def post_name(heading: BriefHeading, labels: Labels) -> str:
    name = heading.post_name_ko if labels.lang == "ko" else heading.post_name_en
    name = name or heading.post_name_en or heading.post_name_ko
    if not heading.post_code and not name:
        return labels("hq")
    return f"{name} ({heading.post_code})" if heading.post_code and name else name or heading.post_code


def brief_title(heading: BriefHeading, labels: Labels) -> str:
    return heading.title or labels(f"brief.{heading.kind}")


def furniture(heading: BriefHeading, labels: Labels) -> PageFurniture:
    stamp = labels.timestamp(heading.generated_at)
    return PageFurniture(
        banner=labels.banner(heading.classification),
        classification=heading.classification,
        header_left=post_name(heading, labels),
        header_right=f"{labels(f'brief.{heading.kind}')} · {labels.period(heading.period, heading.as_of)}",
        footer_left=f"{labels('author')}: {heading.author}" if heading.author else "",
        footer_center=f"{labels('generated')}: {stamp}",
        page_label=lambda x, y: labels("page", x=x, y=y),
    )


def cover(heading: BriefHeading, labels: Labels, styles: Styles, *, omitted_in_figures: bool = False) -> list[Flowable]:
    """The cover block: what the brief is, for whom, when, and how it is classified."""
    title = brief_title(heading, labels)
    kicker = labels(f"brief.{heading.kind}") if heading.title else ""
    out: list[Flowable] = []
    if kicker:
        out.append(Paragraph(fonts.markup(kicker.upper() if labels.lang == "en" else kicker, fonts.BOLD), styles.kicker))
    head = Paragraph(fonts.markup(title, fonts.BOLD), styles.title)
    head.outline = (0, title, "cover")
    out.append(head)
    pairs = [
        (labels("post"), post_name(heading, labels)),
        (labels("period") if heading.period else labels("meeting_date" if heading.kind == kinds.MEETING_BRIEF.code else "as_of"), labels.period(heading.period, heading.as_of)),
        (labels("author"), heading.author or "—"),
        (labels("generated"), labels.timestamp(heading.generated_at)),
        (labels("classification"), labels.classification(heading.classification)),
    ]
    cells = [[Paragraph(fonts.markup(k, fonts.BOLD), styles.field_key), Paragraph(fonts.markup(v), styles.cell)] for k, v in pairs]
    grid = Table(cells, colWidths=[32 * mm, None], hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    out += [grid, Spacer(1, 4 * mm)]
    notes = []
    if heading.omitted_restricted:
        key = "omitted_note" if omitted_in_figures else "omitted_note_records"
        notes.append(f"<b>{labels('omitted', n=heading.omitted_restricted)}</b> — {labels(key)}")
    if heading.included_restricted and heading.classification == "restricted":
        notes.append(labels("included_note"))
    for text in notes:
        out += [note_box(text, styles), Spacer(1, 3 * mm)]
    return out


def note_box(text: str, styles: Styles) -> Table:
    """A highlighted note; `text` is trusted markup built from labels, never user text."""
    box = Table([[Paragraph(text, styles.note)]], colWidths=["100%"])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
        ("BOX", (0, 0), (-1, -1), 0.6, NOTE_EDGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return box


def with_heading_room(story: Sequence[Flowable]) -> list[Flowable]:
    """A section heading never ends a page: it moves to the next page unless a few lines fit.

    (keepWithNext would move a heading *and* its whole long table, leaving half a page blank.)
    """
    out: list[Flowable] = []
    for flowable in story:
        entry = getattr(flowable, "outline", None)
        if entry is not None and entry[0] >= 1:
            out.append(CondPageBreak(HEADING_ROOM))
        out.append(flowable)
    return out


def render(heading: BriefHeading, options: BriefOptions, story: Sequence[Flowable], *, keywords: Sequence[str] = ()) -> bytes:
    """Lay out `story` on the brief's pages and return the PDF bytes."""
    fonts.register()
    labels = Labels(options.language)
    pagesize = PAPERS.get(options.paper, PAPERS["a4"])
    buffer = io.BytesIO()
    title = brief_title(heading, labels)
    doc = BriefDocument(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=heading.author,
        subject=f"{labels(f'brief.{heading.kind}')} · {post_name(heading, labels)} · {labels.period(heading.period, heading.as_of)}",
        keywords=", ".join([heading.kind, heading.post_code, labels.classification(heading.classification), *keywords]),
        creator="OfficerDesk",
        lang=LANG_TAGS.get(labels.lang, "en"),
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    pages = furniture(heading, labels)

    def on_page(canvas: Any, _doc: Any) -> None:
        draw_furniture(canvas, pages)

    doc.addPageTemplates([PageTemplate(id="brief", frames=[frame], onPage=on_page)])
    doc.build(with_heading_room(story), canvasmaker=numbered_canvas(pages))
    return buffer.getvalue()


__all__ = ["MUTED", "BriefDocument", "cover", "note_box", "render"]
