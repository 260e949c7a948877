"""Activity report: a post's week, month, quarter or year in figures, charts and lists."""

from __future__ import annotations

from reportlab.lib.units import mm

from officerdesk.briefs import model as m
from officerdesk.briefs import pdf, rates
from officerdesk.briefs.assemble import document
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.meeting import follow_up_table
from officerdesk.core import enums, kinds, timepolicy
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


def comparison(f: ActivityFigures, previous: ActivityFigures, labels: Labels) -> m.Table:
    """This period against the one before, figure by figure, with the two rates."""
    rows = [[name, f"{now:,}", f"{before:,}", rates.signed(now - before)]
            for (name, now), (_, before) in zip(key_figures(f, labels), key_figures(previous, labels), strict=True)]
    for name, rate in ((labels("closure_rate"), rates.closure_rate), (labels("on_time_rate"), rates.on_time_rate)):
        a, b = rate(f), rate(previous)
        diff = f"{100 * (a - b):+.0f}%p" if a is not None and b is not None else "—"
        rows.append([name, rates.percent(a), rates.percent(b), diff])
    return m.Table([labels("figure"), labels("period"), labels("previous_period"), labels("change")], rows,
                   [None, 26 * mm, 26 * mm, 26 * mm], numeric=(1, 2, 3))


def breakdown(title: str, column: str, pairs: list[tuple[str, int]], labels: Labels) -> m.Keep:
    """A chart and the same figures as a table (the table is what a reader quotes)."""
    total = sum(n for _, n in pairs)
    rows = [[name, f"{n:,}", f"{(100 * n / total):.0f}%" if total else "—"] for name, n in pairs]
    rows.append([labels("total"), f"{total:,}", "100%" if total else "—"])
    return m.Keep([
        m.Heading(title, 2),
        m.BarChart(pairs) if pairs else m.Text(labels("nothing"), small=True),
        m.Gap(2),
        m.Table([column, labels("count"), labels("share")], rows, [None, 24 * mm, 20 * mm], numeric=(1, 2), total_row=True),
    ])


def compose(brief: ActivityBrief, options: BriefOptions) -> m.Document:
    labels = Labels(options.language)
    f, period = brief.figures, brief.heading.period
    body: list[m.Block] = [m.Heading(labels("key_figures")), m.Tiles(key_figures(f, labels))]
    if brief.previous is not None:
        body.append(comparison(f, brief.previous, labels))
    else:
        body.append(m.Text(labels("rates", closed=rates.percent(rates.closure_rate(f)), on_time=rates.percent(rates.on_time_rate(f)))))
    issued_on = brief.heading.issued_on
    as_of = min(period.end, issued_on) if period is not None else issued_on
    if period is not None:
        body.append(m.Text(labels("figures_note", start=labels.date(period.start), end=labels.date(period.last_day), as_of=labels.date(as_of)), small=True))
    body.append(breakdown(labels("by_category"), labels("category"), [(labels.category(c), n) for c, n in f.by_category], labels))
    body.append(breakdown(labels("by_status"), labels("status"), [(labels.status(c), n) for c, n in f.by_status], labels))
    annex: list[m.Block] = [
        m.Heading(labels("overdue_list"), 2),
        m.Table(
            [labels("due"), labels("days_overdue"), labels("title"), labels("company"), labels("priority"), labels("status")],
            [[labels.date(r.due), labels("days", n=rates.days_late(r.due, as_of)), r.title, r.company_name,
              labels.enum(enums.PRIORITY, r.priority), labels.status(r.status)] for r in brief.requests_overdue],
            [22 * mm, 16 * mm, None, 32 * mm, 16 * mm, 20 * mm], numeric=(1,), empty=labels("none"),
        ),
        m.Heading(labels("meetings_held"), 2),
        m.Table(
            [labels("date"), labels("title"), labels("kind"), labels("where")],
            [[labels.local_date(mt.starts_at, timepolicy.record_zone(mt.tz, brief.heading.post_tz)), mt.title, labels.enum(enums.MEETING_KIND, mt.kind), mt.location] for mt in brief.meetings],
            [22 * mm, None, 26 * mm, 46 * mm], empty=labels("nothing"),
        ),
        m.Heading(labels("opened_list"), 2),
        m.Table(
            [labels("received"), labels("title"), labels("company"), labels("category"), labels("status")],
            [[labels.date(r.received), r.title, r.company_name, labels.category(r.category), labels.status(r.status)] for r in brief.requests_opened],
            [22 * mm, None, 34 * mm, 28 * mm, 20 * mm], empty=labels("nothing"),
        ),
        m.Heading(labels("follow_ups_due"), 2),
        follow_up_table(brief.follow_ups_due, labels),
        m.Heading(labels("trend_notes"), 2),
        m.Table(
            [labels("date"), labels("topic"), labels("title")],
            [[labels.date(n.date), n.topic, n.title] for n in brief.trend_notes],
            [24 * mm, 36 * mm, None], empty=labels("nothing"),
        ),
    ]
    return document(kinds.ACTIVITY_BRIEF.code, brief, options, body, annex, keywords=[labels.period(period)], omitted_in_figures=True)


def build(brief: ActivityBrief, options: BriefOptions) -> bytes:
    return pdf.build(compose(brief, options), options)
