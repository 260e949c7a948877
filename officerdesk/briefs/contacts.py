"""주요 인사 현황 (Key Contacts): the people a post deals with, government bodies first, most
recently met first, as one flat table a reader can filter by kind, organization or country."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from officerdesk.briefs import model as m
from officerdesk.briefs import pdf
from officerdesk.briefs.assemble import document
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.summary import GOVERNMENT
from officerdesk.briefs.wording import country
from officerdesk.core import dto as d
from officerdesk.core import enums, kinds
from officerdesk.core.report_dto import BriefOptions, ContactSheet, OrganizationEntry


def _latest(entry: OrganizationEntry) -> dt.date:
    return max((c.last_contacted for c in entry.contacts if c.last_contacted), default=dt.date.min)


def ordered(sheet: ContactSheet) -> list[OrganizationEntry]:
    """Government bodies first, then the others; within each, the most recently met first."""
    def key(e: OrganizationEntry) -> tuple[int, int, str]:
        org = e.organization
        rank = 0 if org is not None and org.kind in GOVERNMENT else (1 if org is not None else 2)
        return (rank, -_latest(e).toordinal(), (org.name if org else "").casefold())
    return sorted(sheet.entries, key=key)


def contact_row(org: d.OrganizationDTO | None, c: d.ContactDTO, labels: Labels) -> list[str]:
    reach = "\n".join(x for x in (c.email, c.phones) if x)
    return [
        labels.enum(enums.ORG_KIND, org.kind) if org else "—",
        org.name if org else labels("no_organization"),
        country(org.country, labels.lang) if org else "",
        c.name + (f"\n{c.name_alt}" if c.name_alt else ""),
        c.position,
        reach,
        labels.date(c.last_contacted) if c.last_contacted else "—",
    ]


def compose(sheet: ContactSheet, options: BriefOptions) -> m.Document:
    labels = Labels(options.language)
    people = sum(len(e.contacts) for e in sheet.entries)
    orgs = sum(1 for e in sheet.entries if e.organization is not None)
    body: list[m.Block] = [m.Fields([(labels("organizations"), f"{orgs:,}"), (labels("contacts_count"), f"{people:,}")])]
    rows = [
        contact_row(e.organization, c, labels)
        for e in ordered(sheet)
        for c in sorted(e.contacts, key=lambda c: c.last_contacted or dt.date.min, reverse=True)
    ]
    annex: list[m.Block] = [
        m.Heading(labels("contacts_title"), 2),
        m.Text(labels("gov_first"), small=True),
        m.Table(
            [labels("kind"), labels("organization"), labels("country"), labels("name"), labels("position"), labels("contact_details"), labels("last_contacted")],
            rows, [20 * mm, 34 * mm, 16 * mm, 28 * mm, 24 * mm, None, 20 * mm], empty=labels("none"),
        ),
    ]
    return document(kinds.CONTACT_SHEET.code, sheet, options, body, annex)


def build(sheet: ContactSheet, options: BriefOptions) -> bytes:
    return pdf.build(compose(sheet, options), options)
