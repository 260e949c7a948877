"""Trend brief: a post's trend notes for a period, grouped by topic, with implications."""

from __future__ import annotations

from officerdesk.briefs import model as m
from officerdesk.briefs import pdf
from officerdesk.briefs.assemble import document
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.wording import country
from officerdesk.core import kinds
from officerdesk.core.report_dto import BriefOptions, TrendBrief


def compose(brief: TrendBrief, options: BriefOptions) -> m.Document:
    labels = Labels(options.language)
    body: list[m.Block] = []
    if not brief.groups:
        body.append(m.Text(labels("nothing"), small=True))
    for group in brief.groups:
        body.append(m.Heading(group.topic or labels("general_topic")))
        for note in group.notes:
            meta = " · ".join(x for x in (labels.date(note.date), country(note.country, labels.lang), note.source) if x)
            body += [m.Heading(note.title, 2), m.Text(meta, small=True), m.FreeText(note.summary)]
            if note.implications.strip():
                body.append(m.Callout(labels("implications"), note.implications))
            body.append(m.Gap(2))
    topics = [g.topic for g in brief.groups if g.topic]
    return document(kinds.TREND_BRIEF.code, brief, options, body, keywords=topics[:12])


def build(brief: TrendBrief, options: BriefOptions) -> bytes:
    return pdf.build(compose(brief, options), options)
