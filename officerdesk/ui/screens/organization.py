"""The organizations' screen: the name as the officers write it, the English name, kind and country."""

from __future__ import annotations

from officerdesk.core import enums, kinds
from officerdesk.ui.models.columns import QT_TRANSLATE_NOOP, Column, attr, enum
from officerdesk.ui.screens import SP, RecordScreen

SCREEN = RecordScreen(kinds.ORGANIZATION, QT_TRANSLATE_NOOP("Navigation", "Organizations"), SP.SP_ComputerIcon, (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), attr("name"), width=260),
    Column("name_en", QT_TRANSLATE_NOOP("Columns", "English name"), attr("name_en"), width=240, shed=1),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), enum("kind", enums.ORG_KIND), width=140),
    Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), attr("country"), width=100, shed=2),
), ("org_kind",))
