"""Each record type's screen, declared once: its name and icon in the navigation, its list's
columns and its filter bar; its editor is `ui/editors/<record type>.py` (found by that name).

Not on the editor classes themselves: the window shows its first rows before the ORM is imported
(core/store/quick.py, tests/ui/test_start_imports.py), and it needs the navigation, the columns and the
filters for that, while every editor imports the ORM. So this module stays light (Qt, the
registry and formatting only) and the editors are imported when the first one is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QStyle

from officerdesk.core import enums, kinds
from officerdesk.ui import formatting as fmt
from officerdesk.ui.models.columns import (
    BRIEF_COLUMNS,
    QT_TRANSLATE_NOOP,
    Column,
    attr,
    date,
    enum,
    yes,
)


@dataclass(frozen=True)
class RecordScreen:
    kind: kinds.RecordKind
    name: str  # English source text, translated in the "Navigation" context
    icon: QStyle.StandardPixmap
    columns: tuple[Column, ...]
    filters: tuple[str, ...] = ()  # which filters the filter bar shows (`views/filter_bar.py`)


def meeting_when(dto: Any, lang: str) -> str:
    return fmt.meeting_time(dto.starts_at, dto.tz, lang)


SP = QStyle.StandardPixmap
_SCREENS = (
    RecordScreen(kinds.MEETING, QT_TRANSLATE_NOOP("Navigation", "Meetings"), SP.SP_FileDialogDetailedView, (
        Column("starts_at", QT_TRANSLATE_NOOP("Columns", "Date and time"), meeting_when, width=170),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title"), width=320),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), enum("kind", enums.MEETING_KIND)),
        Column("location", QT_TRANSLATE_NOOP("Columns", "Location"), attr("location"), width=180),
        Column("classification", QT_TRANSLATE_NOOP("Columns", "Classification"), enum("classification", enums.CLASSIFICATION)),
    ), ("kind", "dates")),
    RecordScreen(kinds.COMPANY_REQUEST, QT_TRANSLATE_NOOP("Navigation", "Company requests"), SP.SP_MessageBoxWarning, (
        Column("received", QT_TRANSLATE_NOOP("Columns", "Received"), date("received"), width=95),
        # status first after the title: it is what an officer scans a request list for
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title"), width=240),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), enum("status", enums.STATUS), width=100),
        Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), enum("priority", enums.PRIORITY), width=75),
        Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), date("due"), width=95),
        Column("company_name", QT_TRANSLATE_NOOP("Columns", "Company"), attr("company_name"), sortable=False, width=120),
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), enum("category", enums.CATEGORY), width=145),
    ), ("status", "category", "priority", "dates", "open")),
    RecordScreen(kinds.CONTACT, QT_TRANSLATE_NOOP("Navigation", "Contacts"), SP.SP_DirHomeIcon, (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), attr("name"), width=170),
        Column("position", QT_TRANSLATE_NOOP("Columns", "Position"), attr("position"), width=200),
        Column("organization_name", QT_TRANSLATE_NOOP("Columns", "Organization"), attr("organization_name"), sortable=False, width=220),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), attr("email"), width=200),
        Column("last_contacted", QT_TRANSLATE_NOOP("Columns", "Last contacted"), date("last_contacted"), width=110),
    ), ("dates",)),
    RecordScreen(kinds.ORGANIZATION, QT_TRANSLATE_NOOP("Navigation", "Organizations"), SP.SP_ComputerIcon, (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), attr("name"), width=260),
        Column("name_en", QT_TRANSLATE_NOOP("Columns", "English name"), attr("name_en"), width=240),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), enum("kind", enums.ORG_KIND), width=140),
        Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), attr("country"), width=100),
    ), ("org_kind",)),
    RecordScreen(kinds.COMPANY, QT_TRANSLATE_NOOP("Navigation", "Companies"), SP.SP_DriveNetIcon, (
        Column("name_ko", QT_TRANSLATE_NOOP("Columns", "Name (Korean)"), attr("name_ko"), width=180),
        Column("name_en", QT_TRANSLATE_NOOP("Columns", "Name (English)"), attr("name_en"), width=200),
        Column("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), attr("sector"), width=150),
        Column("size", QT_TRANSLATE_NOOP("Columns", "Size"), enum("size", enums.COMPANY_SIZE), width=100),
        Column("business_number", QT_TRANSLATE_NOOP("Columns", "Business number"), attr("business_number"), width=120),
    )),
    RecordScreen(kinds.FOLLOW_UP, QT_TRANSLATE_NOOP("Navigation", "Follow-ups"), SP.SP_DialogApplyButton, (
        Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), date("due"), width=95),
        Column("text", QT_TRANSLATE_NOOP("Columns", "Action"), attr("text"), width=300),
        Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), attr("owner"), width=130),
        Column("done", QT_TRANSLATE_NOOP("Columns", "Done"), yes("done"), width=60),
    ), ("dates", "open")),
    RecordScreen(kinds.TREND_NOTE, QT_TRANSLATE_NOOP("Navigation", "Trend notes"), SP.SP_FileDialogInfoView, (
        Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), date("date"), width=95),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title"), width=340),
        Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), attr("topic"), width=160),
        Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), attr("country"), width=100),
    ), ("dates",)),
)


def _in_registry_order() -> tuple[RecordScreen, ...]:
    # a kind marked `screen` without one here (or one here not marked) stops the import
    by_kind = {s.kind.name: s for s in _SCREENS}
    if set(by_kind) != {k.name for k in kinds.SCREENS} or len(by_kind) != len(_SCREENS):
        raise RuntimeError("ui/record_screens.py and kinds.SCREENS disagree")
    return tuple(by_kind[k.name] for k in kinds.SCREENS)


SCREENS: tuple[RecordScreen, ...] = _in_registry_order()

# Every list the window shows (the record screens' and the briefs'), keyed by record type.
COLUMNS: dict[str, tuple[Column, ...]] = {**{s.kind.name: s.columns for s in SCREENS}, kinds.BRIEF.name: BRIEF_COLUMNS}
FILTERS: dict[str, tuple[str, ...]] = {**{s.kind.name: s.filters for s in SCREENS}, kinds.BRIEF.name: ()}
