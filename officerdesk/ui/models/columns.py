"""Which columns each record list shows, how a DTO becomes cell text, and what a column sorts by."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from officerdesk.core import enums, kinds
from officerdesk.ui import formatting as fmt

Cell = Callable[[Any, str], str]  # (dto, lang) -> text


@dataclass(frozen=True)
class Column:
    key: str  # the DTO attribute, and the database column when sortable
    header: str  # English source text, translated in the "Columns" context
    cell: Cell
    sortable: bool = True
    width: int = 120

    def title(self) -> str:
        return QCoreApplication.translate("Columns", self.header)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a header for lupdate (which looks for this name); translated when shown."""
    return text


def _attr(name: str) -> Cell:
    return lambda dto, _lang: str(getattr(dto, name) or "")


def _enum(name: str, table: enums.Labels) -> Cell:
    return lambda dto, lang: enums.label(table, getattr(dto, name), lang)


def _date(name: str) -> Cell:
    return lambda dto, _lang: fmt.date_text(getattr(dto, name))


def _when(dto: Any, _lang: str) -> str:
    return fmt.meeting_time(dto.starts_at, dto.tz)


BRIEF_KINDS: dict[str, str] = {
    kinds.MEETING_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Meeting brief"),
    kinds.CASE_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Case report"),
    kinds.ACTIVITY_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Activity report"),
    kinds.TREND_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Trend brief"),
    kinds.CONTACT_SHEET.code: QT_TRANSLATE_NOOP("Columns", "Contact sheet"),
    kinds.ROLLUP_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "HQ roll-up"),
}
SENT_STATES = {
    "draft": QT_TRANSLATE_NOOP("Columns", "Draft"),
    "queued": QT_TRANSLATE_NOOP("Columns", "Waiting to send"),
    "sent": QT_TRANSLATE_NOOP("Columns", "Sent to HQ"),
}
LANGUAGES = {"ko": "한국어", "en": "English"}


def _named(name: str, names: dict[str, str]) -> Cell:
    def cell(dto: Any, _lang: str) -> str:
        code = str(getattr(dto, name) or "")
        return QCoreApplication.translate("Columns", names[code]) if code in names else code

    return cell


def _yes(name: str) -> Cell:
    return lambda dto, _lang: "✓" if getattr(dto, name) else ""


COLUMNS: dict[str, tuple[Column, ...]] = {
    kinds.MEETING.name: (
        Column("starts_at", QT_TRANSLATE_NOOP("Columns", "Date and time"), _when, width=170),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), _attr("title"), width=320),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), _enum("kind", enums.MEETING_KIND)),
        Column("location", QT_TRANSLATE_NOOP("Columns", "Location"), _attr("location"), width=180),
        Column("classification", QT_TRANSLATE_NOOP("Columns", "Classification"), _enum("classification", enums.CLASSIFICATION)),
    ),
    kinds.COMPANY_REQUEST.name: (
        Column("received", QT_TRANSLATE_NOOP("Columns", "Received"), _date("received"), width=95),
        # status first after the title: it is what an officer scans a request list for
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), _attr("title"), width=240),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), _enum("status", enums.STATUS), width=100),
        Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), _enum("priority", enums.PRIORITY), width=75),
        Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), _date("due"), width=95),
        Column("company_name", QT_TRANSLATE_NOOP("Columns", "Company"), _attr("company_name"), sortable=False, width=120),
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), _enum("category", enums.CATEGORY), width=145),
    ),
    kinds.CONTACT.name: (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), _attr("name"), width=170),
        Column("position", QT_TRANSLATE_NOOP("Columns", "Position"), _attr("position"), width=200),
        Column("organization_name", QT_TRANSLATE_NOOP("Columns", "Organization"), _attr("organization_name"), sortable=False, width=220),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), _attr("email"), width=200),
        Column("last_contacted", QT_TRANSLATE_NOOP("Columns", "Last contacted"), _date("last_contacted"), width=110),
    ),
    kinds.ORGANIZATION.name: (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), _attr("name"), width=260),
        Column("name_en", QT_TRANSLATE_NOOP("Columns", "English name"), _attr("name_en"), width=240),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), _enum("kind", enums.ORG_KIND), width=140),
        Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), _attr("country"), width=100),
    ),
    kinds.COMPANY.name: (
        Column("name_ko", QT_TRANSLATE_NOOP("Columns", "Name (Korean)"), _attr("name_ko"), width=180),
        Column("name_en", QT_TRANSLATE_NOOP("Columns", "Name (English)"), _attr("name_en"), width=200),
        Column("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), _attr("sector"), width=150),
        Column("size", QT_TRANSLATE_NOOP("Columns", "Size"), _enum("size", enums.COMPANY_SIZE), width=100),
        Column("business_number", QT_TRANSLATE_NOOP("Columns", "Business number"), _attr("business_number"), width=120),
    ),
    kinds.FOLLOW_UP.name: (
        Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), _date("due"), width=95),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Action"), _attr("text"), width=300),
        Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), _attr("owner"), width=130),
        Column("done", QT_TRANSLATE_NOOP("Columns", "Done"), _yes("done"), width=60),
    ),
    kinds.TREND_NOTE.name: (
        Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), _date("date"), width=95),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), _attr("title"), width=340),
        Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), _attr("topic"), width=160),
        Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), _attr("country"), width=100),
    ),
    kinds.BRIEF.name: (
        Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Updated"), lambda d, _l: fmt.datetime_text(d.updated_at), width=140),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), _attr("title"), width=320),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), _named("kind", BRIEF_KINDS), width=120),
        Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), _attr("period"), width=90),
        Column("language", QT_TRANSLATE_NOOP("Columns", "Language"), lambda d, _l: LANGUAGES.get(d.language, d.language), width=80),
        Column("sent_state", QT_TRANSLATE_NOOP("Columns", "Sent"), _named("sent_state", SENT_STATES), width=110),
    ),
}

# Which filters make sense for each list (the filter bar shows only these).
FILTERS: dict[str, tuple[str, ...]] = {
    kinds.MEETING.name: ("kind", "dates"),
    kinds.COMPANY_REQUEST.name: ("status", "category", "priority", "dates", "open"),
    kinds.CONTACT.name: ("dates",),
    kinds.ORGANIZATION.name: ("org_kind",),
    kinds.COMPANY.name: (),
    kinds.FOLLOW_UP.name: ("dates", "open"),
    kinds.TREND_NOTE.name: ("dates",),
    kinds.BRIEF.name: (),
}
