"""Case report: one company request, its whole timeline, and its outcome."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from officerdesk.briefs import blocks
from officerdesk.briefs.document import cover, render
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.meeting import follow_up_table
from officerdesk.briefs.styles import make_styles
from officerdesk.core import enums, timepolicy
from officerdesk.core.report_dto import BriefOptions, CaseBrief


def build(brief: CaseBrief, options: BriefOptions) -> bytes:
    labels, styles = Labels(options.language), make_styles()
    r = brief.request
    company = brief.company
    story: list[Flowable] = cover(brief.heading, labels, styles)
    story += [
        blocks.heading(labels("overview"), styles),
        blocks.fields([
            (labels("company"), (company.name_ko + (f" ({company.name_en})" if company.name_en else "")) if company else r.company_name),
            (labels("category"), labels.category(r.category)),
            (labels("priority"), labels.enum(enums.PRIORITY, r.priority)),
            (labels("status"), labels.status(r.status)),
            (labels("received"), labels.date(r.received)),
            (labels("due"), labels.date(r.due)),
            (labels("assignee"), brief.assignee),
            (labels("escalated"), labels.yes_no(r.escalated)),
            (labels("tags"), ", ".join(r.tags)),
        ], styles),
    ]
    if company is not None:
        story += [
            blocks.heading(labels("company"), styles, level=2),
            blocks.fields([
                (labels("sector"), company.sector),
                (labels("size"), labels.enum(enums.COMPANY_SIZE, company.size)),
                (labels("subsidiary"), company.local_subsidiary),
                (labels("business_number"), company.business_number),
            ], styles),
        ]
    story += [blocks.heading(labels("details"), styles), *blocks.free_text(r.details, styles)]
    story += [
        blocks.heading(labels("timeline"), styles),
        blocks.data_table(
            [labels("date"), labels("from_status"), labels("to_status"), labels("note")],
            [[labels.date(r.received), "", labels.status("received"), ""]]
            + [[labels.timestamp(h.at), labels.status(h.from_status), labels.status(h.to_status), h.note] for h in brief.history],
            styles, [34 * mm, 24 * mm, 24 * mm, None], empty=labels("none"),
        ),
    ]
    story += [
        blocks.heading(labels("linked_meetings"), styles),
        blocks.data_table(
            [labels("date"), labels("title"), labels("kind"), labels("decisions")],
            [[labels.local_date(m.starts_at, timepolicy.record_zone(m.tz, brief.heading.post_tz)), m.title, labels.enum(enums.MEETING_KIND, m.kind), m.decisions[:400]] for m in brief.meetings],
            styles, [24 * mm, 50 * mm, 26 * mm, None], empty=labels("none"),
        ),
    ]
    if brief.contacts:
        story += [
            blocks.heading(labels("contacts_involved"), styles),
            blocks.data_table(
                [labels("name"), labels("position"), labels("organization")],
                [[c.name, c.position, c.organization_name] for c in brief.contacts],
                styles, [50 * mm, 50 * mm, None],
            ),
        ]
    story += [blocks.heading(labels("follow_ups"), styles), follow_up_table(brief.follow_ups, labels, styles)]
    story += [blocks.heading(labels("outcome"), styles), *blocks.free_text(r.outcome, styles, empty=labels("no_outcome"))]
    return render(brief.heading, options, story, keywords=[labels.category(r.category), *r.tags])
