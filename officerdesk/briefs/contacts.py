"""Contact sheet: a post's organizations and the people it deals with there."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from officerdesk.briefs import blocks, fonts
from officerdesk.briefs.document import cover, render
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.styles import make_styles
from officerdesk.core import dto as d
from officerdesk.core import enums
from officerdesk.core.report_dto import BriefOptions, ContactSheet


def org_line(org: d.OrganizationDTO, labels: Labels) -> str:
    names = [n for n in (org.name_en, org.name_ko) if n and n != org.name]
    parts = [labels.enum(enums.ORG_KIND, org.kind), org.country, org.website]
    head = f"{' / '.join(names)}" if names else ""
    return " · ".join(x for x in [head, *parts] if x)


def contact_row(c: d.ContactDTO, labels: Labels) -> list[str]:
    reach = "\n".join(x for x in (c.email, c.phones) if x)
    return [c.name + (f"\n{c.name_alt}" if c.name_alt else ""), c.position, reach, labels.date(c.last_contacted) if c.last_contacted else "—"]


def build(sheet: ContactSheet, options: BriefOptions) -> bytes:
    labels, styles = Labels(options.language), make_styles()
    story: list[Flowable] = cover(sheet.heading, labels, styles)
    people = sum(len(e.contacts) for e in sheet.entries)
    orgs = sum(1 for e in sheet.entries if e.organization is not None)
    story.append(blocks.fields([(labels("organizations"), f"{orgs:,}"), (labels("contacts_count"), f"{people:,}")], styles))
    for entry in sheet.entries:
        org = entry.organization
        story.append(blocks.heading(org.name if org else labels("no_organization"), styles))
        if org is not None:
            story.append(Paragraph(fonts.markup(org_line(org, labels)), styles.small))
        story.append(blocks.gap(1.5))
        story.append(blocks.data_table(
            [labels("name"), labels("position"), labels("contact_details"), labels("last_contacted")],
            [contact_row(c, labels) for c in entry.contacts],
            styles, [46 * mm, 44 * mm, None, 24 * mm], empty=labels("none"),
        ))
    return render(sheet.heading, options, story)
