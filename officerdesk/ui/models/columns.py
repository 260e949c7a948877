"""A list's columns: how a DTO becomes cell text and what a column sorts by; the briefs' list."""

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
    shed: int = 0  # 0: always shown; else hidden when the list is too narrow, the highest first

    def title(self) -> str:
        return QCoreApplication.translate("Columns", self.header)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a header for lupdate (which looks for this name); translated when shown."""
    return text


def attr(name: str) -> Cell:
    return lambda dto, _lang: str(getattr(dto, name) or "")


def enum(name: str, table: enums.Labels) -> Cell:
    return lambda dto, lang: enums.label(table, getattr(dto, name), lang)


def date(name: str) -> Cell:
    return lambda dto, _lang: fmt.date_text(getattr(dto, name))


BRIEF_KINDS: dict[str, str] = {
    kinds.MEETING_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Meeting brief"),
    kinds.CASE_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Case report"),
    kinds.ACTIVITY_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Activity report"),
    kinds.TREND_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Trend brief"),
    kinds.CONTACT_SHEET.code: QT_TRANSLATE_NOOP("Columns", "Contact sheet"),
    kinds.ROLLUP_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "HQ roll-up"),
    kinds.HANDOVER_BRIEF.code: QT_TRANSLATE_NOOP("Columns", "Handover brief"),
}
SENT_STATES = {
    "draft": QT_TRANSLATE_NOOP("Columns", "Draft"),
    "queued": QT_TRANSLATE_NOOP("Columns", "Waiting to send"),
    "sent": QT_TRANSLATE_NOOP("Columns", "Sent to HQ"),
}
LANGUAGES = {"ko": "한국어", "en": "English"}


def named(name: str, names: dict[str, str]) -> Cell:
    def cell(dto: Any, _lang: str) -> str:
        code = str(getattr(dto, name) or "")
        return QCoreApplication.translate("Columns", names[code]) if code in names else code

    return cell


def yes(name: str) -> Cell:
    return lambda dto, _lang: "✓" if getattr(dto, name) else ""


# The briefs' list (its screen is the briefs view, not a record editor); the record screens'
# columns are declared with each screen (`ui/screens/<record type>.py`).
BRIEF_COLUMNS: tuple[Column, ...] = (
    Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Updated"), lambda d, _l: fmt.datetime_text(d.updated_at), width=140),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title"), width=320),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), named("kind", BRIEF_KINDS), width=120),
    Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), attr("period"), width=90, shed=1),
    Column("language", QT_TRANSLATE_NOOP("Columns", "Language"), lambda d, _l: LANGUAGES.get(d.language, d.language), width=80,
           shed=2),
    Column("sent_state", QT_TRANSLATE_NOOP("Columns", "Sent"), named("sent_state", SENT_STATES), width=110),
)
