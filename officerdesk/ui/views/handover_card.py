"""The dashboard's 'Handed over to you' card: work a handover (or a colleague) put in this
officer's name, until each item has been looked at (core/services/handed_over.py).

Opening an item marks it seen; 'Mark all seen' clears the card. The card hides when it is empty."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QWidget

from officerdesk.core import handover
from officerdesk.core.dto import Changes
from officerdesk.ui.operations import handover as handover_ops
from officerdesk.ui.views.dashboard import ITEM_ROLE, Card

if TYPE_CHECKING:
    from officerdesk.core.services.handed_over import HandedItem
    from officerdesk.ui.context import AppContext


class HandoverCard(Card):
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Handed over to you"), parent)
        self.setObjectName("handoverCard")
        self.ctx = ctx
        self.items: list[HandedItem] = []
        self.all_seen = QPushButton(self.tr("Mark all seen"), self)
        self.all_seen.setObjectName("handoverAllSeen")
        self.all_seen.clicked.connect(lambda: self._seen(list(self.items)))
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.all_seen)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        ctx.change_bus.changed.connect(self._changed)
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        handover_ops.handed_to_me(ctx=self.ctx, on_done=self._show)

    def _changed(self, changes: Changes) -> None:
        if any(changes.touches(t) for t in handover.HANDED_OVER):
            self.refresh()

    def _show(self, items: list[HandedItem]) -> None:
        self.items = items
        self.list.clear()
        for item in items:
            row = QListWidgetItem(item.title, self.list)
            row.setData(ITEM_ROLE, (item.type, item.id))
        self.setVisible(bool(items))
        self.refreshed.emit()

    def _open(self, row: QListWidgetItem) -> None:
        target: Any = row.data(ITEM_ROLE)
        if not target:
            return
        self._seen([i for i in self.items if (i.type, i.id) == tuple(target)])
        self.ctx.open_record(*target)

    def _seen(self, items: list[HandedItem]) -> None:
        handover_ops.mark_seen(ctx=self.ctx, items=items, on_done=lambda _r: self.refresh())
