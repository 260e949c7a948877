"""The screens of the main window, in the order the navigation lists them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from officerdesk.core import kinds


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
    Screen(kinds.MEETING.name, QT_TRANSLATE_NOOP("Navigation", "Meetings"), SP.SP_FileDialogDetailedView),
    Screen(kinds.COMPANY_REQUEST.name, QT_TRANSLATE_NOOP("Navigation", "Company requests"), SP.SP_MessageBoxWarning),
    Screen(kinds.CONTACT.name, QT_TRANSLATE_NOOP("Navigation", "Contacts"), SP.SP_DirHomeIcon),
    Screen(kinds.ORGANIZATION.name, QT_TRANSLATE_NOOP("Navigation", "Organizations"), SP.SP_ComputerIcon),
    Screen(kinds.COMPANY.name, QT_TRANSLATE_NOOP("Navigation", "Companies"), SP.SP_DriveNetIcon),
    Screen(kinds.FOLLOW_UP.name, QT_TRANSLATE_NOOP("Navigation", "Follow-ups"), SP.SP_DialogApplyButton),
    Screen(kinds.TREND_NOTE.name, QT_TRANSLATE_NOOP("Navigation", "Trend notes"), SP.SP_FileDialogInfoView),
    Screen("briefs", QT_TRANSLATE_NOOP("Navigation", "Briefs"), SP.SP_FileIcon),
    Screen("conflicts", QT_TRANSLATE_NOOP("Navigation", "Conflicts"), SP.SP_MessageBoxQuestion),
)
RECORD_SCREENS = kinds.names_of(kinds.SCREENS)
# The name of each screen's records (search-everywhere groups by them; a brief is one too).
SCREEN_NAMES = {s.key: s.name for s in SCREENS} | {kinds.BRIEF.name: QT_TRANSLATE_NOOP("Navigation", "Briefs")}
