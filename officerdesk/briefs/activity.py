"""Activity report: a post's week, month, quarter or year in figures, charts and lists."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from officerdesk.briefs import blocks, charts, fonts
from officerdesk.briefs.document import cover, render
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.meeting import follow_up_table
from officerdesk.briefs.styles import MARGIN_X, PAPERS, Styles, make_styles
from officerdesk.core import enums, timepolicy
from officerdesk.core.report_dto import ActivityBrief, ActivityFigures, BriefOptions


def key_figures(f: ActivityFigures, labels: Labels) -> list[tuple[str, int]]:
    return [
        (labels("requests_opened"), f.requests_opened),
        (labels("requests_closed"), f.requests_closed),
        (labels("requests_overdue"), f.requests_overdue),
        (labels("requests_open"), f.requests_open),
        (labels("meetings_held"), f.meetings_held),
        (labels("follow_ups_due"), f.follow_ups_due),
        (labels("follow_ups_done"), f.follow_ups_done),
        (labels("trend_notes"), f.trend_notes),
    ]


def breakdown(title: str, column: str, pairs: list[tuple[str, int]], styles: Styles, labels: Labels, width: float) -> list[Flowable]:
    """A chart and the same figures as a table (the table is what a reader quotes)."""
    total = sum(n for _, n in pairs)
    rows = [[name, f"{n:,}", f"{(100 * n / total):.0f}%" if total else "—"] for name, n in pairs]
    rows.append([labels("total"), f"{total:,}", "100%" if total else "—"])
    return [
        blocks.keep(
            blocks.heading(title, styles, level=2),
            charts.bar_list(pairs, width) if pairs else Paragraph(fonts.markup(labels("nothing")), styles.small),
            blocks.gap(2),
            blocks.data_table([column, labels("count"), labels("share")], rows, styles, [None, 24 * mm, 20 * mm], numeric=(1, 2), total_row=True),
        ),
    ]


def build(brief: ActivityBrief, options: BriefOptions) -> bytes:
    labels, styles = Labels(options.language), make_styles()
    width = PAPERS.get(options.paper, PAPERS["a4"])[0] - 2 * MARGIN_X
    f, period = brief.figures, brief.heading.period
    story: list[Flowable] = cover(brief.heading, labels, styles, omitted_in_figures=True)
    story += [blocks.heading(labels("key_figures"), styles), blocks.figure_tiles(key_figures(f, labels), styles, width)]
    if period is not None:
        as_of = min(period.end, timepolicy.local_date(brief.heading.generated_at, brief.heading.post_tz or timepolicy.KST_NAME))
        story.append(Paragraph(fonts.markup(labels("figures_note", start=labels.date(period.start), end=labels.date(period.last_day), as_of=labels.date(as_of))), styles.small))
    story += breakdown(labels("by_category"), labels("category"), [(labels.category(c), n) for c, n in f.by_category], styles, labels, width)
    story += breakdown(labels("by_status"), labels("status"), [(labels.status(c), n) for c, n in f.by_status], styles, labels, width)
    story += [
        blocks.heading(labels("meetings_held"), styles),
        blocks.data_table(
            [labels("date"), labels("title"), labels("kind"), labels("where")],
            [[labels.local_date(m.starts_at, timepolicy.record_zone(m.tz, brief.heading.post_tz)), m.title, labels.enum(enums.MEETING_KIND, m.kind), m.location] for m in brief.meetings],
            styles, [22 * mm, None, 26 * mm, 46 * mm], empty=labels("nothing"),
        ),
        blocks.heading(labels("opened_list"), styles),
        blocks.data_table(
            [labels("received"), labels("title"), labels("company"), labels("category"), labels("status")],
            [[labels.date(r.received), r.title, r.company_name, labels.category(r.category), labels.status(r.status)] for r in brief.requests_opened],
            styles, [22 * mm, None, 34 * mm, 28 * mm, 20 * mm], empty=labels("nothing"),
        ),
        blocks.heading(labels("overdue_list"), styles),
        blocks.data_table(
            [labels("due"), labels("title"), labels("company"), labels("priority"), labels("status")],
            [[labels.date(r.due), r.title, r.company_name, labels.enum(enums.PRIORITY, r.priority), labels.status(r.status)] for r in brief.requests_overdue],
            styles, [22 * mm, None, 34 * mm, 18 * mm, 20 * mm], empty=labels("none"),
        ),
        blocks.heading(labels("follow_ups_due"), styles),
        follow_up_table(brief.follow_ups_due, labels, styles),
        blocks.heading(labels("trend_notes"), styles),
        blocks.data_table(
            [labels("date"), labels("topic"), labels("title")],
            [[labels.date(n.date), n.topic, n.title] for n in brief.trend_notes],
            styles, [24 * mm, 36 * mm, None], empty=labels("nothing"),
        ),
    ]
    return render(brief.heading, options, story, keywords=[labels.period(period)])
