"""The screens of the main window, in the order the navigation lists them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a name for lupdate (which looks for this name); translated when shown."""
    return text


@dataclass(frozen=True)
class Screen:
    key: str  # a record type, or "dashboard" / "briefs" / "conflicts"
    name: str
    icon: QStyle.StandardPixmap

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.name)


SP = QStyle.StandardPixmap
SCREENS: tuple[Screen, ...] = (
    Screen("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), SP.SP_DesktopIcon),
    Screen("meeting", QT_TRANSLATE_NOOP("Navigation", "Meetings"), SP.SP_FileDialogDetailedView),
    Screen("company_request", QT_TRANSLATE_NOOP("Navigation", "Company requests"), SP.SP_MessageBoxWarning),
    Screen("contact", QT_TRANSLATE_NOOP("Navigation", "Contacts"), SP.SP_DirHomeIcon),
    Screen("organization", QT_TRANSLATE_NOOP("Navigation", "Organizations"), SP.SP_ComputerIcon),
    Screen("company", QT_TRANSLATE_NOOP("Navigation", "Companies"), SP.SP_DriveNetIcon),
    Screen("follow_up", QT_TRANSLATE_NOOP("Navigation", "Follow-ups"), SP.SP_DialogApplyButton),
    Screen("trend_note", QT_TRANSLATE_NOOP("Navigation", "Trend notes"), SP.SP_FileDialogInfoView),
    Screen("briefs", QT_TRANSLATE_NOOP("Navigation", "Briefs"), SP.SP_FileIcon),
    Screen("conflicts", QT_TRANSLATE_NOOP("Navigation", "Conflicts"), SP.SP_MessageBoxQuestion),
)
RECORD_SCREENS = ("meeting", "company_request", "contact", "organization", "company", "follow_up", "trend_note")
# Also marked for lupdate: the names search-everywhere groups by.
QT_TRANSLATE_NOOP("Navigation", "Briefs")
