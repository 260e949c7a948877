"""Meeting brief: one meeting — attendees, agenda, discussion, decisions, follow-ups."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from officerdesk.briefs import blocks
from officerdesk.briefs.document import cover, render
from officerdesk.briefs.labels import Labels, to_local
from officerdesk.briefs.styles import Styles, make_styles
from officerdesk.core import dto as d
from officerdesk.core import enums, timepolicy
from officerdesk.core.report_dto import BriefOptions, MeetingBrief


def follow_up_table(items: tuple[d.FollowUpDTO, ...], labels: Labels, styles: Styles) -> Flowable:
    rows = [
        [f.text, f.owner, labels.date(f.due), labels("done") if f.done else labels("open")]
        for f in items
    ]
    return blocks.data_table(
        [labels("text"), labels("owner"), labels("due"), labels("status")], rows, styles,
        [None, 32 * mm, 26 * mm, 18 * mm], empty=labels("none"),
    )


def when(m: d.MeetingDTO, labels: Labels, post_tz: str = "") -> str:
    """The meeting's time where it took place, with its zone."""
    if m.starts_at is None:
        return "—"
    tz = timepolicy.record_zone(m.tz, post_tz)
    start = labels.datetime(to_local(m.starts_at, tz))
    end = f"–{to_local(m.ends_at, tz):%H:%M}" if m.ends_at else ""
    return f"{start}{end} ({labels.zone(tz, m.starts_at)})"


def build(brief: MeetingBrief, options: BriefOptions) -> bytes:
    labels, styles = Labels(options.language), make_styles()
    m = brief.meeting
    place = m.location or ("" if not m.online else labels("online"))
    if m.online and m.location:
        place = f"{m.location} ({labels('online')})"
    story: list[Flowable] = cover(brief.heading, labels, styles)
    story += [
        blocks.heading(labels("overview"), styles),
        blocks.fields([
            (labels("when"), when(m, labels, brief.heading.post_tz)),
            (labels("where"), place),
            (labels("kind"), labels.enum(enums.MEETING_KIND, m.kind)),
            (labels("classification"), labels.classification(m.classification)),
            (labels("tags"), ", ".join(m.tags)),
        ], styles),
        blocks.heading(labels("attendees"), styles),
        blocks.data_table(
            [labels("name"), labels("position"), labels("organization")],
            [[c.name + (f" ({c.name_alt})" if c.name_alt else ""), c.position, c.organization_name] for c in brief.attendees],
            styles, [55 * mm, 50 * mm, None], empty=labels("none"),
        ),
    ]
    if brief.officers:
        story.append(blocks.fields([(labels("officers"), ", ".join(brief.officers))], styles))
    story += [blocks.heading(labels("agenda"), styles), *blocks.free_text(m.agenda, styles)]
    story += [blocks.heading(labels("discussion"), styles), *blocks.free_text(m.notes, styles)]
    story += [blocks.heading(labels("decisions"), styles), *blocks.free_text(m.decisions, styles)]
    story += [blocks.heading(labels("follow_ups"), styles), follow_up_table(brief.follow_ups, labels, styles)]
    if brief.requests:
        story += [
            blocks.heading(labels("linked_requests"), styles),
            blocks.data_table(
                [labels("title"), labels("company"), labels("category"), labels("status")],
                [[r.title, r.company_name, labels.category(r.category), labels.status(r.status)] for r in brief.requests],
                styles, [None, 38 * mm, 32 * mm, 24 * mm],
            ),
        ]
    return render(brief.heading, options, story, keywords=[*m.tags, labels.enum(enums.MEETING_KIND, m.kind)])
