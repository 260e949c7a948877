"""The PDF renderer: a brief's `Document` as ReportLab flowables, laid out by `document.render`."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak, TableStyle
from reportlab.platypus import Table as RLTable

from officerdesk.briefs import blocks, charts, fonts
from officerdesk.briefs import model as m
from officerdesk.briefs.document import cover, render
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.linebreak import para
from officerdesk.briefs.styles import MARGIN_X, NAVY, PAPERS, ZEBRA, Styles, make_styles
from officerdesk.core.report_dto import BriefOptions

BOXED_UP_TO = 1500  # characters; a table cell cannot split across pages, longer text flows plainly


def callout(label_text: str, value: str, styles: Styles) -> list[Flowable]:
    """A labelled aside (a trend note's implications), set off by a rule and a tint."""
    label = para(label_text, styles.field_key, fonts.BOLD)
    body = blocks.free_text(value, styles)
    if len(value) > BOXED_UP_TO:
        return [label, *body]
    box = RLTable([[label], [body]], colWidths=["100%"])
    box.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, -1), 2, NAVY),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 2),
    ]))
    return [blocks.gap(1), box]


def flowables(items: Sequence[m.Block], styles: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for b in items:
        if isinstance(b, m.Heading):
            out.append(blocks.heading(b.text, styles, level=b.level))
        elif isinstance(b, m.Text):
            out.append(para(b.value, styles.small if b.small else styles.body))
        elif isinstance(b, m.FreeText):
            out += blocks.free_text(b.value, styles, empty=b.empty)
        elif isinstance(b, m.Fields):
            out.append(blocks.fields(b.pairs, styles))
        elif isinstance(b, m.Table):
            out.append(blocks.data_table(b.headers, b.rows, styles, b.widths, numeric=b.numeric,
                                         strong_columns=b.strong_columns, total_row=b.total_row, empty=b.empty))
        elif isinstance(b, m.Tiles):
            out.append(blocks.figure_tiles(b.items, styles, width))
        elif isinstance(b, m.BarChart):
            out.append(charts.bar_list(b.pairs, width))
        elif isinstance(b, m.GroupedBars):
            out.append(charts.grouped_bars(b.groups, b.series, width))
        elif isinstance(b, m.Callout):
            out += callout(b.label, b.value, styles)
        elif isinstance(b, m.Keep):
            out.append(blocks.keep(*flowables(b.items, styles, width)))
        elif isinstance(b, m.Gap):
            out.append(blocks.gap(b.mm))
    return out


def build(doc: m.Document, options: BriefOptions) -> bytes:
    """Page 1 (furniture and summary), the body, then the annex from a new page."""
    labels, styles = Labels(options.language), make_styles()
    width = PAPERS.get(options.paper, PAPERS["a4"])[0] - 2 * MARGIN_X
    story = cover(doc, labels, styles)
    story += flowables(doc.body, styles, width)
    if doc.annex:
        story.append(PageBreak())
        story += flowables([m.Heading(labels("annex"), 1), *doc.annex], styles, width)
    return render(doc, options, story)
