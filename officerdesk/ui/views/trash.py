"""The Trash (Recently deleted): every deleted record still in the local database, restorable.

A delete here is a tombstone, never a removed row, so nothing in the Trash is lost until
tombstones are purged (not built yet, docs/hq.md); restoring is an ordinary edit that syncs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import kinds
from officerdesk.core.dto import Changes
from officerdesk.ui import formatting as fmt
from officerdesk.ui.navigation import SCREEN_NAMES
from officerdesk.ui.operations.trash import list_trash, restore_from_trash

if TYPE_CHECKING:
    from officerdesk.core.services.trash import Trashed
    from officerdesk.ui.context import AppContext

ROLE = Qt.ItemDataRole.UserRole
WATCHED = kinds.names_of(kinds.SCREENS)


class TrashView(QWidget):
    refreshed = Signal()
    restored = Signal(str, str)  # record_type, record_id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(self.tr("Recently deleted"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(self.tr("Deleted records stay here and can be brought back; a restore syncs like any edit."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("trashFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title or name…"))
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("trashList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Type"), self.tr("Deleted")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.status = QLabel(self)
        self.status.setObjectName("trashStatus")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        ctx.change_bus.changed.connect(self._changed)
        self._started = False

    def start(self) -> None:
        if not self._started:
            self.refresh()

    def refresh(self) -> None:
        self._started = True
        list_trash(ctx=self.ctx, text=self.filter.text().strip(), on_done=self._show)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _changed(self, changes: Changes) -> None:
        if self._started and any(changes.touches(t) for t in WATCHED):
            self.refresh()

    def _show(self, found: list[Trashed]) -> None:
        self.tree.clear()
        for t in found:
            kind = QCoreApplication.translate("Navigation", SCREEN_NAMES.get(t.record_type, t.record_type))
            item = QTreeWidgetItem([t.title or t.id, kind, fmt.local_time(t.deleted_at)])
            item.setData(0, ROLE, (t.record_type, t.id))
            item.setToolTip(0, t.title)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            self.status.setText(self.tr("%Ln deleted record(s)", "", len(found)))
        else:
            self.status.setText(self.tr("Nothing deleted."))
        self._selection_changed()
        self.refreshed.emit()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.tree.selectedItems()))

    def restore_selected(self) -> None:
        for item in self.tree.selectedItems():
            kind, record_id = item.data(0, ROLE)
            restore_from_trash(ctx=self.ctx, kind=kind, record_id=record_id, on_done=self._restored)

    def _restored(self, back: Trashed) -> None:
        self.status.setText(self.tr("Restored “%1”").replace("%1", back.title))
        self.restored.emit(back.record_type, back.id)
