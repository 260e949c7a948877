"""Help: the offline user guide (bundled HTML in resources/help, Korean or English) and the sheet
of keyboard shortcuts, made from the window's own actions so it can never disagree with them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officerdesk.paths import resources_dir


def guide_file(lang: str) -> Path:
    """The guide in `lang`, else the English one."""
    folder = resources_dir() / "help"
    chosen = folder / f"guide_{lang}.html"
    return chosen if chosen.is_file() else folder / "guide_en.html"


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("OfficerDesk user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)  # offline: the guide links only to its own sections
        path = guide_file(lang)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 680)


@dataclass(frozen=True)
class Shortcut:
    what: str
    keys: str  # as this platform writes them, several separated by ", "


def shortcuts(window: QWidget) -> list[Shortcut]:
    """Every key sequence the window answers to: its actions (menus, toolbar, views) and any
    QShortcut, in the order they were made."""
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            found.append(Shortcut(_plain(action.text()), _written(keys)))
    for shortcut in window.findChildren(QShortcut):
        keys = [k for k in shortcut.keys() if not k.isEmpty()]  # noqa: SIM118 (a QShortcut, not a dict)
        if keys:
            found.append(Shortcut(_plain(shortcut.whatsThis() or shortcut.objectName()), _written(keys)))
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def _written(keys: list[QKeySequence]) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class ShortcutSheet(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcuts(window)
        self.table = QTableWidget(len(self.rows), 2, self)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, item in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(item.what))
            self.table.setItem(row, 1, QTableWidgetItem(item.keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 560)
