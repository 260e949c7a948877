"""The companies' screen: Korean and English names, sector, size and business number."""

from __future__ import annotations

from officerdesk.core import enums, kinds
from officerdesk.ui.models.columns import QT_TRANSLATE_NOOP, Column, attr, enum
from officerdesk.ui.screens import SP, RecordScreen

SCREEN = RecordScreen(kinds.COMPANY, QT_TRANSLATE_NOOP("Navigation", "Companies"), SP.SP_DriveNetIcon, (
    Column("name_ko", QT_TRANSLATE_NOOP("Columns", "Name (Korean)"), attr("name_ko"), width=180),
    Column("name_en", QT_TRANSLATE_NOOP("Columns", "Name (English)"), attr("name_en"), width=200),
    Column("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), attr("sector"), width=150, shed=1),
    Column("size", QT_TRANSLATE_NOOP("Columns", "Size"), enum("size", enums.COMPANY_SIZE), width=100, shed=2),
    Column("business_number", QT_TRANSLATE_NOOP("Columns", "Business number"), attr("business_number"), width=120, shed=3),
))
