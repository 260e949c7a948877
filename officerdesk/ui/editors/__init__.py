"""One editor per record type, and `editor_for` to make the right one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from officerdesk.ui.editors.base import RecordEditor
from officerdesk.ui.editors.company import CompanyEditor
from officerdesk.ui.editors.company_request import CompanyRequestEditor
from officerdesk.ui.editors.contact import ContactEditor
from officerdesk.ui.editors.follow_up import FollowUpEditor
from officerdesk.ui.editors.meeting import MeetingEditor
from officerdesk.ui.editors.organization import OrganizationEditor
from officerdesk.ui.editors.trend_note import TrendNoteEditor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from officerdesk.ui.context import AppContext

EDITORS: dict[str, type[RecordEditor]] = {
    cls.record_type: cls
    for cls in (
        MeetingEditor, CompanyRequestEditor, ContactEditor, OrganizationEditor,
        CompanyEditor, FollowUpEditor, TrendNoteEditor,
    )
}


def editor_for(record_type: str, ctx: AppContext, parent: QWidget | None = None) -> RecordEditor:
    return EDITORS[record_type](ctx, parent)


__all__ = ["EDITORS", "RecordEditor", "editor_for"]
