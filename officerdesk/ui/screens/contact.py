"""The contacts' screen: who, their position and organization, and when they were last contacted."""

from __future__ import annotations

from officerdesk.core import kinds
from officerdesk.ui.models.columns import QT_TRANSLATE_NOOP, Column, attr, date
from officerdesk.ui.screens import SP, RecordScreen

SCREEN = RecordScreen(kinds.CONTACT, QT_TRANSLATE_NOOP("Navigation", "Contacts"), SP.SP_DirHomeIcon, (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), attr("name"), width=170),
    Column("position", QT_TRANSLATE_NOOP("Columns", "Position"), attr("position"), width=200, shed=1),
    Column("organization_name", QT_TRANSLATE_NOOP("Columns", "Organization"), attr("organization_name"), sortable=False, width=220),
    Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), attr("email"), width=200, shed=2),
    Column("last_contacted", QT_TRANSLATE_NOOP("Columns", "Last contacted"), date("last_contacted"), width=110, shed=3),
), ("dates",))
