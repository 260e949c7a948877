"""Meeting brief: one meeting — attendees, agenda, discussion, decisions, follow-ups."""

from __future__ import annotations

from reportlab.lib.units import mm

from officerdesk.briefs import model as m
from officerdesk.briefs import pdf
from officerdesk.briefs.assemble import document
from officerdesk.briefs.labels import Labels, to_local
from officerdesk.core import dto as d
from officerdesk.core import enums, kinds, timepolicy
from officerdesk.core.report_dto import BriefOptions, MeetingBrief


def follow_up_table(items: tuple[d.FollowUpDTO, ...], labels: Labels) -> m.Table:
    rows = [
        [f.text, f.owner, labels.date(f.due), labels("done") if f.done else labels("open")]
        for f in items
    ]
    return m.Table([labels("text"), labels("owner"), labels("due"), labels("status")], rows,
                   [None, 32 * mm, 26 * mm, 18 * mm], empty=labels("none"))


def when(meeting: d.MeetingDTO, labels: Labels, post_tz: str = "") -> str:
    """The meeting's time where it took place, with its zone."""
    if meeting.starts_at is None:
        return "—"
    tz = timepolicy.record_zone(meeting.tz, post_tz)
    start = labels.datetime(to_local(meeting.starts_at, tz))
    end = f"–{to_local(meeting.ends_at, tz):%H:%M}" if meeting.ends_at else ""
    return f"{start}{end} ({labels.zone(tz, meeting.starts_at)})"


def compose(brief: MeetingBrief, options: BriefOptions) -> m.Document:
    labels = Labels(options.language)
    mt = brief.meeting
    place = mt.location or ("" if not mt.online else labels("online"))
    if mt.online and mt.location:
        place = f"{mt.location} ({labels('online')})"
    body: list[m.Block] = [
        # the record's own fields; "개요" is page 1's summary (one heading of that name per brief)
        m.Heading(labels("meeting_details")),
        m.Fields([
            (labels("when"), when(mt, labels, brief.heading.post_tz)),
            (labels("where"), place),
            (labels("kind"), labels.enum(enums.MEETING_KIND, mt.kind)),
            (labels("classification"), labels.classification(mt.classification)),
            (labels("tags"), ", ".join(mt.tags)),
        ]),
        m.Heading(labels("attendees")),
        m.Table(
            [labels("name"), labels("position"), labels("organization")],
            [[c.name + (f" ({c.name_alt})" if c.name_alt else ""), c.position, c.organization_name] for c in brief.attendees],
            [55 * mm, 50 * mm, None], empty=labels("none"),
        ),
    ]
    if brief.officers:
        body.append(m.Fields([(labels("officers"), ", ".join(brief.officers))]))
    body += [m.Heading(labels("agenda")), m.FreeText(mt.agenda)]
    body += [m.Heading(labels("discussion")), m.FreeText(mt.notes)]
    body += [m.Heading(labels("decisions")), m.FreeText(mt.decisions)]
    body += [m.Heading(labels("follow_ups")), follow_up_table(brief.follow_ups, labels)]
    annex: list[m.Block] = []
    if brief.requests:
        annex += [
            m.Heading(labels("linked_requests"), 2),
            m.Table(
                [labels("title"), labels("company"), labels("category"), labels("status")],
                [[r.title, r.company_name, labels.category(r.category), labels.status(r.status)] for r in brief.requests],
                [None, 38 * mm, 32 * mm, 24 * mm],
            ),
        ]
    return document(kinds.MEETING_BRIEF.code, brief, options, body, annex,
                    keywords=[*mt.tags, labels.enum(enums.MEETING_KIND, mt.kind)])


def build(brief: MeetingBrief, options: BriefOptions) -> bytes:
    return pdf.build(compose(brief, options), options)
