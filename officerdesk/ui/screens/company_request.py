"""The company requests' screen: when received, what, where it stands, and for which company."""

from __future__ import annotations

from officerdesk.core import enums, kinds
from officerdesk.ui.models.columns import QT_TRANSLATE_NOOP, Column, attr, date, enum
from officerdesk.ui.screens import SP, RecordScreen

SCREEN = RecordScreen(kinds.COMPANY_REQUEST, QT_TRANSLATE_NOOP("Navigation", "Company requests"), SP.SP_MessageBoxWarning, (
    Column("received", QT_TRANSLATE_NOOP("Columns", "Received"), date("received"), width=95, shed=3),
    # status first after the title: it is what an officer scans a request list for
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), attr("title"), width=240),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), enum("status", enums.STATUS), width=100),
    Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), enum("priority", enums.PRIORITY), width=75, shed=2),
    Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), date("due"), width=95),
    Column("company_name", QT_TRANSLATE_NOOP("Columns", "Company"), attr("company_name"), sortable=False, width=120, shed=1),
    Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), enum("category", enums.CATEGORY), width=145, shed=4),
), ("status", "category", "priority", "dates", "open"))
