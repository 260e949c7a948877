"""Panels shown under a meeting's or a request's form: its follow-ups and its status history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from officerdesk.core import dto as d
from officerdesk.core import enums, kinds
from officerdesk.ui.editors.fields import DateField
from officerdesk.ui.operations import follow_ups as operations

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext


def _tree(headers: list[str], rows: int = 4) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setMinimumHeight(tree.fontMetrics().lineSpacing() * (rows + 2) + 8)
    return tree


def _item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(row)
    assert item is not None
    return item


class FollowUpPanel(QGroupBox):
    """The follow-ups of one meeting or request: tick one done, or add one."""

    def __init__(self, ctx: AppContext, link_field: str, parent_type: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Follow-ups"))
        self.ctx, self.link_field, self.parent_type = ctx, link_field, parent_type
        self.parent_id: str | None = None
        self.post_id = ""
        self._filling = False
        self.tree = _tree([self.tr("Done"), self.tr("Action"), self.tr("Owner"), self.tr("Due")])
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(self._ticked)
        self.tree.itemDoubleClicked.connect(
            lambda item, _col: ctx.open_record(kinds.FOLLOW_UP.name, item.data(0, Qt.ItemDataRole.UserRole)))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("New follow-up: what needs doing"))
        self.text.returnPressed.connect(self.add)
        self.due = DateField(optional=True)
        self.add_button = QPushButton(self.tr("Add follow-up"))
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Due")))
        row.addWidget(self.due, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.set_parent(None, "")

    def set_parent(self, parent_id: str | None, post_id: str) -> None:
        self.parent_id, self.post_id = parent_id, post_id
        for w in (self.text, self.due, self.add_button):
            w.setEnabled(parent_id is not None)
        self.text.setPlaceholderText(
            self.tr("New follow-up: what needs doing") if parent_id else self.tr("Save the record first to add follow-ups")
        )

    def show_items(self, items: Sequence[d.FollowUpDTO]) -> None:
        self._filling = True
        try:
            self.tree.clear()
            for fu in items:
                item = QTreeWidgetItem(["", fu.text, fu.owner, fu.due.isoformat() if fu.due else ""])
                item.setCheckState(0, Qt.CheckState.Checked if fu.done else Qt.CheckState.Unchecked)
                item.setData(0, Qt.ItemDataRole.UserRole, fu.id)
                self.tree.addTopLevelItem(item)
        finally:
            self._filling = False
        for column in (0, 2, 3):
            self.tree.resizeColumnToContents(column)

    def texts(self) -> list[str]:
        return [_item(self.tree, i).text(1) for i in range(self.tree.topLevelItemCount())]

    def add(self) -> None:
        text = self.text.text().strip()
        if not text or self.parent_id is None:
            return
        owner = self.ctx.identity.officer_name if self.ctx.identity else ""
        values: dict[str, Any] = {"text": text, "owner": owner, "due": self.due.value(), self.link_field: self.parent_id}
        operations.add_follow_up(ctx=self.ctx, post_id=self.post_id, values=values, on_done=lambda _r: self.text.clear())

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        follow_up_id = item.data(0, Qt.ItemDataRole.UserRole)
        done = item.checkState(0) == Qt.CheckState.Checked
        operations.set_follow_up_done(ctx=self.ctx, follow_up_id=follow_up_id, done=done)


class HistoryPanel(QGroupBox):
    """A request's status moves, oldest first."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Status history"))
        self.lang = lang
        self.tree = _tree([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Note")], rows=3)
        self.tree.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def show_items(self, items: Sequence[d.StatusChangeDTO]) -> None:
        self.tree.clear()
        for change in items:
            # `at` is UTC; the officer reads it in the laptop's own time
            when = change.at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M") if change.at else ""
            self.tree.addTopLevelItem(QTreeWidgetItem([
                when,
                enums.label(enums.STATUS, change.from_status, self.lang),
                enums.label(enums.STATUS, change.to_status, self.lang),
                change.note,
            ]))
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def rows(self) -> list[tuple[str, str]]:
        return [(_item(self.tree, i).text(1), _item(self.tree, i).text(2))
                for i in range(self.tree.topLevelItemCount())]
