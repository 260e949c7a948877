"""The Word renderer: the same `Document` as the PDF, as an editable .docx (python-docx).

HQ pastes a post's material into its own reports, so this copy keeps the sections, the summary,
the tables and the annex, and names Korean fonts for every run (Latin and East Asian slots);
charts are left out because the table beside each chart carries the same figures.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from officerdesk.briefs import model as m
from officerdesk.briefs.document import brief_title, cover_notes, furniture_pairs, summary_parts
from officerdesk.briefs.labels import Labels
from officerdesk.core.report_dto import BriefOptions

FONT = "NanumGothic"  # as in the PDF; Word falls back to 맑은 고딕 where it is not installed
FONT_EAST_ASIA = "맑은 고딕"
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
PAPERS_MM = {"a4": (210, 297), "letter": (215.9, 279.4)}
POINT_TO_MM = 25.4 / 72


def _fonts(element: Any, size: float | None = None) -> None:
    """Name the fonts of a style or run for Latin and East Asian text alike."""
    font = element.font
    font.name = FONT
    if size:
        font.size = Pt(size)
    rpr = element.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(slot), FONT)
    fonts.set(qn("w:eastAsia"), FONT_EAST_ASIA)


def _styles(doc: Any) -> None:
    for name, size in (("Normal", 10), ("Title", 18), ("Heading 1", 13), ("Heading 2", 11), ("Heading 3", 10)):
        style = doc.styles[name]
        _fonts(style, size)
        if name != "Normal":
            style.font.color.rgb = NAVY
    for name in ("Table Grid",):
        _fonts(doc.styles[name])


def _para(doc: Any, text: str, *, small: bool = False, bold: bool = False) -> Any:
    para = doc.add_paragraph()
    run = para.add_run(text)
    _fonts(run, 8 if small else None)
    run.bold = bold
    return para


def _table(doc: Any, headers: Sequence[str], rows: Sequence[Sequence[str]], *, numeric: Sequence[int] = (),
           strong_columns: Sequence[int] = (), total_row: bool = False, widths: Sequence[float | None] = ()) -> None:
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        _cell(cell, text, bold=True)
    last = len(rows) - 1
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            _cell(cell, text, bold=i in strong_columns or (total_row and r == last), right=i in numeric)
    for i, width in enumerate(widths):
        if width:
            for row_ in table.rows:
                row_.cells[i].width = Mm(width * POINT_TO_MM)
    # the header row repeats on every page the table spans, as in the PDF
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(trpr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))


def _cell(cell: Any, text: str, *, bold: bool = False, right: bool = False) -> None:
    para = cell.paragraphs[0]
    lines = (text or "").split("\n")
    for n, line in enumerate(lines):
        run = para.add_run(line)
        _fonts(run, 9)
        run.bold = bold
        if n < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    if right:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _pairs(doc: Any, pairs: Sequence[tuple[str, str]]) -> None:
    """Label / value rows with no header row."""
    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    for key, value in pairs:
        cells = table.add_row().cells
        _cell(cells[0], key, bold=True)
        _cell(cells[1], value or "—")
        cells[0].width = Mm(32)


def _blocks(doc: Any, items: Sequence[m.Block], labels: Labels) -> None:
    for b in items:
        if isinstance(b, m.Heading):
            _fonts(doc.add_heading(b.text, level=min(b.level, 3)).runs[0])
        elif isinstance(b, m.Text):
            _para(doc, b.value, small=b.small)
        elif isinstance(b, m.FreeText):
            blocks = [p for p in (b.value or "").replace("\r\n", "\n").strip().split("\n\n") if p.strip()]
            for block in blocks or [b.empty]:
                _para(doc, block.strip())
        elif isinstance(b, m.Fields):
            _pairs(doc, b.pairs)
        elif isinstance(b, m.Table):
            if b.rows:
                _table(doc, b.headers, b.rows, numeric=b.numeric, strong_columns=b.strong_columns,
                       total_row=b.total_row, widths=b.widths)
            else:
                _para(doc, b.empty, small=True)
        elif isinstance(b, m.Tiles):
            _table(doc, [labels("figure"), labels("count")], [[name, f"{n:,}"] for name, n in b.items], numeric=(1,))
        elif isinstance(b, m.Callout):
            _para(doc, b.label, bold=True)
            _para(doc, b.value)
        elif isinstance(b, m.Keep):
            _blocks(doc, b.items, labels)
        # charts and gaps: the PDF's layout only; the figures are in the tables


def build(document: m.Document, options: BriefOptions) -> bytes:
    labels = Labels(options.language)
    doc = new_document()
    _styles(doc)
    section = doc.sections[0]
    width, height = PAPERS_MM.get(options.paper, PAPERS_MM["a4"])
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.left_margin = section.right_margin = Mm(20)
    heading = document.heading
    banner = labels.banner(heading.classification)
    for area in (section.header, section.footer):
        para = area.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(banner)
        _fonts(run, 8)
        run.bold = True
    props = doc.core_properties
    props.title = brief_title(heading, labels)
    props.author = heading.author
    props.subject = labels(f"brief.{heading.kind}")
    props.keywords = ", ".join(w for w in (heading.kind, heading.post_code, document.issue.doc_number, *document.keywords) if w)
    props.language = "ko-KR" if labels.lang == "ko" else "en"
    title = doc.add_heading(brief_title(heading, labels), level=0)
    for run in title.runs:
        _fonts(run)
    _pairs(doc, furniture_pairs(document, labels))
    for note in cover_notes(document, labels):
        _para(doc, note.replace("<b>", "").replace("</b>", ""), small=True)
    for part, items in summary_parts(document.summary, labels):
        _fonts(doc.add_heading(f"□ {part}", level=1).runs[0])
        for item in items:
            _para(doc, f"○ {item}")
    _blocks(doc, document.body, labels)
    if document.annex:
        doc.add_page_break()  # type: ignore[no-untyped-call]
        _fonts(doc.add_heading(labels("annex"), level=1).runs[0])
        _blocks(doc, document.annex, labels)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
