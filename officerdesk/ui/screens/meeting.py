"""The meetings' screen: when first (a day's meetings read top to bottom), what, which kind, where."""

from __future__ import annotations

from typing import Any

from officerdesk.core import enums, kinds
from officerdesk.ui import formatting as fmt
from officerdesk.ui.models.columns import QT_TRANSLATE_NOOP, Column, attr, enum
from officerdesk.ui.screens import SP, RecordScreen


def when(dto: Any, lang: str) -> str:
    return fmt.meeting_time(dto.starts_at, dto.tz, lang)


SCREEN = RecordScreen(kinds.MEETING, QT_TRANSLATE_NOOP("Navigation", "Meetings"), SP.SP_FileDialogDetailedView, (
    Column("starts_at", QT_TRANSLATE_NOOP("Columns", "Date and time"), when, width=170),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title"), width=320),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), enum("kind", enums.MEETING_KIND), shed=1),
    Column("location", QT_TRANSLATE_NOOP("Columns", "Location"), attr("location"), width=180, shed=2),
    Column("classification", QT_TRANSLATE_NOOP("Columns", "Classification"), enum("classification", enums.CLASSIFICATION), shed=3),
), ("kind", "dates"))
