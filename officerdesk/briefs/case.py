"""Case report: one company request, its whole timeline, and its outcome."""

from __future__ import annotations

from reportlab.lib.units import mm

from officerdesk.briefs import model as m
from officerdesk.briefs import pdf
from officerdesk.briefs.assemble import document
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.meeting import follow_up_table
from officerdesk.briefs.summary import case_dates
from officerdesk.core import enums, kinds, timepolicy
from officerdesk.core.report_dto import BriefOptions, CaseBrief


def compose(brief: CaseBrief, options: BriefOptions) -> m.Document:
    labels = Labels(options.language)
    r = brief.request
    company = brief.company
    closed, lateness = case_dates(brief, labels)
    body: list[m.Block] = [
        # the record's own fields; "개요" is page 1's summary (one heading of that name per brief)
        m.Heading(labels("case_details")),
        m.Fields([
            (labels("company"), (company.name_ko + (f" ({company.name_en})" if company.name_en else "")) if company else r.company_name),
            (labels("category"), labels.category(r.category)),
            (labels("priority"), labels.enum(enums.PRIORITY, r.priority)),
            (labels("status"), labels.status(r.status)),
            (labels("received"), labels.date(r.received)),
            (labels("due"), labels.date(r.due)),
            (labels("closed_on"), closed),
            (labels("lateness"), lateness),
            (labels("assignee"), brief.assignee),
            (labels("escalated"), labels.yes_no(r.escalated)),
            (labels("tags"), ", ".join(r.tags)),
        ]),
    ]
    if company is not None:
        body += [
            m.Heading(labels("company"), 2),
            m.Fields([
                (labels("sector"), company.sector),
                (labels("size"), labels.enum(enums.COMPANY_SIZE, company.size)),
                (labels("subsidiary"), company.local_subsidiary),
                (labels("business_number"), company.business_number),
            ]),
        ]
    body += [m.Heading(labels("details")), m.FreeText(r.details)]
    body += [m.Heading(labels("outcome")), m.FreeText(r.outcome, empty=labels("no_outcome"))]
    annex: list[m.Block] = [
        m.Heading(labels("timeline"), 2),
        m.Table(
            [labels("date"), labels("from_status"), labels("to_status"), labels("note")],
            [[labels.date(r.received), "", labels.status("received"), ""]]
            + [[labels.timestamp(h.at), labels.status(h.from_status), labels.status(h.to_status), h.note] for h in brief.history],
            [34 * mm, 24 * mm, 24 * mm, None], empty=labels("none"),
        ),
        m.Heading(labels("linked_meetings"), 2),
        m.Table(
            [labels("date"), labels("title"), labels("kind"), labels("decisions")],
            [[labels.local_date(mt.starts_at, timepolicy.record_zone(mt.tz, brief.heading.post_tz)), mt.title, labels.enum(enums.MEETING_KIND, mt.kind), mt.decisions[:400]] for mt in brief.meetings],
            [24 * mm, 50 * mm, 26 * mm, None], empty=labels("none"),
        ),
    ]
    if brief.contacts:
        annex += [
            m.Heading(labels("contacts_involved"), 2),
            m.Table(
                [labels("name"), labels("position"), labels("organization")],
                [[c.name, c.position, c.organization_name] for c in brief.contacts],
                [50 * mm, 50 * mm, None],
            ),
        ]
    annex += [m.Heading(labels("follow_ups"), 2), follow_up_table(brief.follow_ups, labels)]
    return document(kinds.CASE_BRIEF.code, brief, options, body, annex, keywords=[labels.category(r.category), *r.tags])


def build(brief: CaseBrief, options: BriefOptions) -> bytes:
    return pdf.build(compose(brief, options), options)
