"""Turning a story of flowables into PDF bytes: page template, cover block, outline, metadata."""

from __future__ import annotations

import datetime as dt
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
    Spacer,
    Table,
    TableStyle,
)

from officerdesk.briefs import fonts
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.linebreak import Paragraph, para
from officerdesk.briefs.model import Document
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
from officerdesk.core.report_dto import BriefHeading, BriefIssue, BriefOptions, BriefSummary

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


def doc_number(issue: BriefIssue, labels: Labels) -> str:
    return issue.doc_number or labels("draft_number")


PROTECTION_YEARS = 3  # a restricted brief is protected to the end of the third year after issue


def declassified_on(heading: BriefHeading, issue: BriefIssue) -> dt.date:
    """The day a restricted brief becomes general (예고문): 31 December, PROTECTION_YEARS on."""
    issued = issue.issued or heading.issued_on
    return dt.date(issued.year + PROTECTION_YEARS, 12, 31)


def sender(heading: BriefHeading, issue: BriefIssue, labels: Labels) -> str:
    """발신: the post, then the officer with 직위 and contact."""
    officer = " ".join(x for x in (issue.sender_title, heading.author) if x)
    return " · ".join(x for x in (post_name(heading, labels), officer, issue.sender_contact) if x)


def furniture_pairs(doc: Document, labels: Labels) -> list[tuple[str, str]]:
    """What the top of page 1 says, in order; the same rows in the PDF and in Word."""
    heading, issue = doc.heading, doc.issue
    when = labels("period") if heading.period else labels("meeting_date" if heading.kind == kinds.MEETING_BRIEF.code else "as_of")
    pairs = [
        (labels("doc_number"), doc_number(issue, labels)),
        (labels("recipient"), issue.recipient or labels("recipient_default")),
        (labels("sender"), sender(heading, issue, labels)),
        (labels("issued"), labels.date(issue.issued) if issue.issued else f"{labels.date(heading.issued_on)} {labels('draft_number')}"),
        (when, labels.period(heading.period, heading.as_of)),
        (labels("classification"), labels.classification(heading.classification)),
    ]
    if heading.classification == "restricted":
        pairs.append(("", labels("declass", date=labels.date(declassified_on(heading, issue)), years=PROTECTION_YEARS)))
    return pairs


def cover_notes(doc: Document, labels: Labels) -> list[str]:
    """Markup of the notes under the furniture; built from labels only, never user text."""
    heading, notes = doc.heading, []
    if heading.omitted_restricted:
        key = "omitted_note" if doc.omitted_in_figures else "omitted_note_records"
        notes.append(f"<b>{labels('omitted', n=heading.omitted_restricted)}</b> — {labels(key)}")
    if heading.included_restricted and heading.classification == "restricted":
        notes.append(labels("included_note"))
    if heading.classification == "restricted":
        notes.append(labels("declass_note", date=labels.date(declassified_on(heading, doc.issue))))
    return notes


SUMMARY_PARTS = (("s.overview", "overview"), ("s.key_points", "key_points"), ("s.actions", "actions"), ("s.requests", "requests"))


def summary_parts(summary: BriefSummary, labels: Labels) -> list[tuple[str, list[str]]]:
    """(heading, items) of the four parts; a part with nothing in it says so."""
    out = []
    for key, attr in SUMMARY_PARTS:
        items = [line.strip() for line in getattr(summary, attr).splitlines() if line.strip()]
        out.append((labels(key), items or [labels("sum.none")]))
    return out


def furniture(doc: Document, labels: Labels) -> PageFurniture:
    heading = doc.heading
    stamp = labels.timestamp(heading.generated_at)
    left = post_name(heading, labels)
    if doc.issue.doc_number:
        left = f"{left} · {doc.issue.doc_number}"
    return PageFurniture(
        banner=labels.banner(heading.classification),
        classification=heading.classification,
        header_left=left,
        header_right=f"{labels(f'brief.{heading.kind}')} · {labels.period(heading.period, heading.as_of)}",
        footer_left=f"{labels('author')}: {heading.author}" if heading.author else "",
        footer_center=f"{labels('generated')}: {stamp}",
        page_label=lambda x, y: labels("page", x=x, y=y),
    )


def cover(doc: Document, labels: Labels, styles: Styles) -> list[Flowable]:
    """Page 1: what the brief is, the official furniture, and the summary HQ reads first."""
    heading = doc.heading
    title = brief_title(heading, labels)
    kicker = labels(f"brief.{heading.kind}") if heading.title else ""
    out: list[Flowable] = []
    if kicker:
        out.append(para(kicker.upper() if labels.lang == "en" else kicker, styles.kicker, fonts.BOLD))
    head = para(title, styles.title, fonts.BOLD)
    head.outline = (0, title, "cover")
    out.append(head)
    cells = [[para(k, styles.field_key, fonts.BOLD), para(v, styles.cell)]
             for k, v in furniture_pairs(doc, labels)]
    grid = Table(cells, colWidths=[28 * mm, None], hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    out += [grid, Spacer(1, 3 * mm)]
    for text in cover_notes(doc, labels):
        out += [note_box(text, styles), Spacer(1, 2 * mm)]
    for n, (part, items) in enumerate(summary_parts(doc.summary, labels)):
        head = para(f"□ {part}", styles.h1, fonts.BOLD)
        head.outline = (1, part, f"summary{n}")
        out.append(head)
        out += [para(f"○ {item}", styles.body) for item in items]
    if doc.annex:
        out.append(para(labels("annex_note"), styles.small))
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


def file_name(doc: Document, suffix: str) -> str:
    """The name a saved brief gets by default: its document number first, once it has one."""
    h = doc.heading
    parts = [doc.issue.doc_number] if doc.issue.doc_number else [h.post_code, h.kind, h.period.code if h.period else ""]
    return "-".join(p for p in parts if p) + suffix


def render(doc: Document, options: BriefOptions, story: Sequence[Flowable]) -> bytes:
    """Lay out `story` on the brief's pages and return the PDF bytes."""
    fonts.register()
    heading = doc.heading
    labels = Labels(options.language)
    pagesize = PAPERS.get(options.paper, PAPERS["a4"])
    buffer = io.BytesIO()
    title = brief_title(heading, labels)
    subject = f"{labels(f'brief.{heading.kind}')} · {post_name(heading, labels)} · {labels.period(heading.period, heading.as_of)}"
    if doc.issue.doc_number:
        subject = f"{doc.issue.doc_number} · {subject}"
    words = [heading.kind, heading.post_code, doc.issue.doc_number, labels.classification(heading.classification), *doc.keywords]
    pdf = BriefDocument(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=heading.author,
        subject=subject,
        keywords=", ".join(w for w in words if w),
        creator="OfficerDesk",
        lang=LANG_TAGS.get(labels.lang, "en"),
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(pdf.leftMargin, pdf.bottomMargin, pdf.width, pdf.height, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    pages = furniture(doc, labels)

    def on_page(canvas: Any, _doc: Any) -> None:
        canvas.showOutline()  # the reader opens with the outline panel showing (/PageMode /UseOutlines)
        draw_furniture(canvas, pages)

    pdf.addPageTemplates([PageTemplate(id="brief", frames=[frame], onPage=on_page)])
    pdf.build(with_heading_room(story), canvasmaker=numbered_canvas(pages))
    return buffer.getvalue()


__all__ = ["MUTED", "BriefDocument", "cover", "file_name", "note_box", "render"]
