"""The screens of the main window, in the order the navigation lists them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from officerdesk.core import kinds
from officerdesk.ui import record_screens


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a name for lupdate (which looks for this name); translated when shown."""
    return text


@dataclass(frozen=True)
class Screen:
    key: str  # a record type, or "dashboard" / "briefs" / "conflicts" / "trash"
    name: str
    icon: QStyle.StandardPixmap

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.name)


SP = QStyle.StandardPixmap
# the record screens come from their declarations (`ui/screens/<type>.py`), in the registry's order
SCREENS: tuple[Screen, ...] = (
    Screen("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), SP.SP_DesktopIcon),
    *(Screen(s.kind.name, s.name, s.icon) for s in record_screens.SCREENS),
    Screen("briefs", QT_TRANSLATE_NOOP("Navigation", "Briefs"), SP.SP_FileIcon),
    Screen("conflicts", QT_TRANSLATE_NOOP("Navigation", "Conflicts"), SP.SP_MessageBoxQuestion),
    Screen("trash", QT_TRANSLATE_NOOP("Navigation", "Trash"), SP.SP_TrashIcon),
)
RECORD_SCREENS = kinds.names_of(kinds.SCREENS)
# The name of each screen's records (search-everywhere groups by them; a brief is one too).
SCREEN_NAMES = {s.key: s.name for s in SCREENS} | {kinds.BRIEF.name: QT_TRANSLATE_NOOP("Navigation", "Briefs")}
