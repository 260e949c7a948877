"""Trend brief: a post's trend notes for a period, grouped by topic, with implications."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from officerdesk.briefs import blocks, fonts
from officerdesk.briefs.document import cover, render
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.styles import NAVY, ZEBRA, Styles, make_styles
from officerdesk.core.report_dto import BriefOptions, TrendBrief

BOXED_UP_TO = 1500  # characters; a table cell cannot split across pages, longer text flows plainly


def implications(value: str, labels: Labels, styles: Styles) -> list[Flowable]:
    """What it means for companies, set off from the summary by a rule and a tint."""
    label = Paragraph(fonts.markup(labels("implications"), fonts.BOLD), styles.field_key)
    body = blocks.free_text(value, styles)
    if len(value) > BOXED_UP_TO:
        return [label, *body]
    box = Table([[label], [body]], colWidths=["100%"])
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


def build(brief: TrendBrief, options: BriefOptions) -> bytes:
    labels, styles = Labels(options.language), make_styles()
    story: list[Flowable] = cover(brief.heading, labels, styles)
    if not brief.groups:
        story.append(Paragraph(fonts.markup(labels("nothing")), styles.small))
    for group in brief.groups:
        story.append(blocks.heading(group.topic or labels("general_topic"), styles))
        for note in group.notes:
            meta = " · ".join(x for x in (labels.date(note.date), note.country, note.source) if x)
            story += [
                blocks.heading(note.title, styles, level=2),
                Paragraph(fonts.markup(meta), styles.small),
                *blocks.free_text(note.summary, styles),
            ]
            if note.implications.strip():
                story += implications(note.implications, labels, styles)
            story.append(blocks.gap(2))
    topics = [g.topic for g in brief.groups if g.topic]
    return render(brief.heading, options, story, keywords=topics[:12])
