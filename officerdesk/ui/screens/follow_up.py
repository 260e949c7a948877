"""The follow-ups' screen: due first, the action, its owner, and whether it is done."""

from __future__ import annotations

from officerdesk.core import kinds
from officerdesk.ui.models.columns import QT_TRANSLATE_NOOP, Column, attr, date, yes
from officerdesk.ui.screens import SP, RecordScreen

SCREEN = RecordScreen(kinds.FOLLOW_UP, QT_TRANSLATE_NOOP("Navigation", "Follow-ups"), SP.SP_DialogApplyButton, (
    Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), date("due"), width=95),
    Column("text", QT_TRANSLATE_NOOP("Columns", "Action"), attr("text"), width=300),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), attr("owner"), width=130, shed=1),
    Column("done", QT_TRANSLATE_NOOP("Columns", "Done"), yes("done"), width=60),
), ("dates", "open"))
