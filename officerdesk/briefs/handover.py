"""Handover brief (인수인계서): a departing officer's open work, people and watch-list, for the
successor. Page 1 says what is handed over; the lists are in the body, the people's meeting
history in the annex."""

from __future__ import annotations

from reportlab.lib.units import mm

from officerdesk.briefs import model as m
from officerdesk.briefs import pdf
from officerdesk.briefs.assemble import document
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.meeting import follow_up_table
from officerdesk.core import enums, kinds, timepolicy
from officerdesk.core.report_dto import BriefOptions, HandoverBrief


def compose(brief: HandoverBrief, options: BriefOptions) -> m.Document:
    labels = Labels(options.language)
    zone = brief.heading.post_tz

    def met_on(meeting: object) -> str:
        starts, tz = getattr(meeting, "starts_at", None), getattr(meeting, "tz", "")
        return labels.local_date(starts, timepolicy.record_zone(tz, zone))

    body: list[m.Block] = [
        m.Heading(labels("overview")),
        m.Fields([(labels("ho.departing"), brief.officer), (labels("ho.successor"), brief.successor or "—")]),
        m.Heading(labels("ho.open_requests")),
        m.Table(
            [labels("title"), labels("company"), labels("status"), labels("due"), labels("ho.next_step")],
            [[c.request.title, c.request.company_name, labels.status(c.request.status), labels.date(c.request.due),
              (f"{c.next_step} ({labels.date(c.next_due)})" if c.next_due else c.next_step) or "—"] for c in brief.cases],
            [None, 32 * mm, 20 * mm, 22 * mm, 45 * mm], empty=labels("none"),
        ),
        m.Heading(labels("follow_ups")),
        follow_up_table(brief.follow_ups, labels),
        m.Heading(labels("ho.negotiations")),
        m.Table(
            [labels("date"), labels("title"), labels("kind"), labels("decisions")],
            [[met_on(mt), mt.title, labels.enum(enums.MEETING_KIND, mt.kind), mt.decisions[:300]] for mt in brief.negotiations],
            [24 * mm, 50 * mm, 26 * mm, None], empty=labels("none"),
        ),
        m.Heading(labels("ho.trends")),
    ]
    if not brief.trends:
        body.append(m.Text(labels("none"), small=True))
    for note in brief.trends:
        body += [m.Heading(note.title, 2), m.Text(" · ".join(x for x in (labels.date(note.date), note.topic) if x), small=True)]
        body.append(m.Callout(labels("implications"), note.implications) if note.implications.strip() else m.FreeText(note.summary))
    body += [
        m.Heading(labels("ho.key_contacts")),
        m.Table(
            [labels("name"), labels("position"), labels("organization"), labels("ho.meetings_n")],
            [[k.contact.name, k.contact.position, k.contact.organization_name, str(len(k.meetings))] for k in brief.contacts],
            [45 * mm, 40 * mm, None, 20 * mm], empty=labels("none"),
        ),
    ]
    annex: list[m.Block] = []
    for k in brief.contacts:
        if k.meetings:
            annex += [
                m.Heading(f"{k.contact.name} · {k.contact.organization_name}" if k.contact.organization_name else k.contact.name, 2),
                m.Table([labels("date"), labels("title"), labels("decisions")],
                        [[met_on(mt), mt.title, mt.decisions[:300]] for mt in k.meetings], [24 * mm, 60 * mm, None]),
            ]
    return document(kinds.HANDOVER_BRIEF.code, brief, options, body, annex, keywords=[labels("brief.handover"), brief.officer])


def build(brief: HandoverBrief, options: BriefOptions) -> bytes:
    return pdf.build(compose(brief, options), options)
