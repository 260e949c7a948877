"""Trend brief: a post's trend notes for a period, grouped by topic, with implications."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from officerdesk.briefs import blocks, fonts
from officerdesk.briefs.document import cover, render
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.styles import make_styles
from officerdesk.core.report_dto import BriefOptions, TrendBrief


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
                story += [Paragraph(fonts.markup(labels("implications"), fonts.BOLD), styles.field_key), *blocks.free_text(note.implications, styles)]
            story.append(blocks.gap(2))
    topics = [g.topic for g in brief.groups if g.topic]
    return render(brief.heading, options, story, keywords=topics[:12])
