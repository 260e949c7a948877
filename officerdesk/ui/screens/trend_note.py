"""The trend notes' screen: newest first by date, title, topic and country."""

from __future__ import annotations

from officerdesk.core import kinds
from officerdesk.ui.models.columns import QT_TRANSLATE_NOOP, Column, attr, date
from officerdesk.ui.screens import SP, RecordScreen

SCREEN = RecordScreen(kinds.TREND_NOTE, QT_TRANSLATE_NOOP("Navigation", "Trend notes"), SP.SP_FileDialogInfoView, (
    Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), date("date"), width=95),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title"), width=340),
    Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), attr("topic"), width=160, shed=1),
    Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), attr("country"), width=100, shed=2),
), ("dates",))
