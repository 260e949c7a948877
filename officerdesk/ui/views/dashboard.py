"""The dashboard: today's work counted (overdue, due soon, this week's meetings, open requests),
each card opening the filtered list behind it; sync."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import enums, kinds
from officerdesk.core.dto import Changes
from officerdesk.core.listing import Filter
from officerdesk.ui import formatting as fmt
from officerdesk.ui.operations import overview

if TYPE_CHECKING:

    from officerdesk.core.board import Dashboard, DashboardItem
    from officerdesk.ui.context import AppContext

ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
LIST_ROLE = Qt.ItemDataRole.UserRole + 5  # (record type, view key, extra Filter | None): opens that list
BUSY_AFTER_MS = 300  # work this long shows that it is under way
OVERDUE = QColor("#b3261e")
LINK = QColor("#1a5fb4")
THREE_COLUMNS = 1100  # narrower, the cards go two to a row (their titles would be cut)
WATCHED = kinds.names_of((kinds.FOLLOW_UP, kinds.COMPANY_REQUEST, kinds.MEETING))


class Card(QFrame):
    """A titled box on the dashboard holding a short list."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.list = QListWidget(self)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setMinimumHeight(120)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def fill(self, lines: list[tuple[str, Any, bool]], empty: str, links: Sequence[tuple[str, tuple[Any, ...]]] = ()) -> None:
        """Lines (each opening its record, or a list when given a (type, view, extra) target),
        then "show all" links to the filtered lists behind the card."""
        self.list.clear()
        for text, item, late in lines:
            row = QListWidgetItem(text, self.list)
            if isinstance(item, tuple):
                row.setData(LIST_ROLE, item)
            elif item is not None:
                row.setData(ITEM_ROLE, (item.type, item.id))
                row.setToolTip(item.title)
            if late:
                row.setForeground(OVERDUE)
        if not lines:
            row = QListWidgetItem(empty, self.list)
            row.setFlags(Qt.ItemFlag.NoItemFlags)
        for text, target in links:
            row = QListWidgetItem(text, self.list)
            row.setData(LIST_ROLE, target)
            row.setForeground(LINK)
            font = row.font()
            font.setUnderline(True)
            row.setFont(font)

    def set_count(self, name: str, count: int | None) -> None:
        self.title.setText(name if count is None else f"{name}  ·  {fmt.number_text(count)}")


class DashboardView(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel(self.tr("Today"), self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.overdue = Card(self.tr("Overdue"), self)
        self.upcoming = Card(self.tr("Due in the next two weeks"), self)
        self.by_status = Card(self.tr("Open requests by status"), self)
        self.by_category = Card(self.tr("Open requests by category"), self)
        self.meetings = Card(self.tr("Meetings this week"), self)
        self.sync = Card(self.tr("Sync with HQ"), self)
        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cards = (self.overdue, self.upcoming, self.meetings, self.by_status, self.by_category, self.sync)
        for card in self.cards:
            card.list.itemActivated.connect(self._open)
            card.list.itemClicked.connect(self._open)
        self.columns = 0
        self._arrange(3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        from officerdesk.ui.views.handover_card import HandoverCard  # noqa: I001 - it builds on Card, above

        layout.addWidget(HandoverCard(ctx, self))
        layout.addWidget(scroll, 1)
        ctx.change_bus.changed.connect(self._changed)
        self._started = False
        self.loading = False
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def _arrange(self, columns: int) -> None:
        """Three cards to a row on a wide screen, two on a small laptop's, so titles stay readable."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for row in range(4):
            self.grid.setRowStretch(row, 0)
            self.grid.setColumnStretch(row, 1 if row < columns else 0)
        self.grid.setRowStretch(0, 3)
        self.grid.setRowStretch(1, 2)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(3 if event.size().width() >= THREE_COLUMNS else 2)

    def start(self) -> None:
        if not self._started:
            self.refresh()

    def refresh(self) -> None:
        self._started = True
        self.loading = True
        self._busy_timer.start()
        overview.dashboard(ctx=self.ctx, post_id=overview.dashboard_scope(ctx=self.ctx), on_done=self._show,
                           on_finished=self._finished)

    def _show_busy(self) -> None:
        """Work past ~300 ms says so: the heading reads "Loading…" and the cursor is busy."""
        if self.loading:
            self.heading.setText(self.tr("Loading…"))
            self.setCursor(Qt.CursorShape.BusyCursor)

    def _finished(self, _ok: bool) -> None:
        self.loading = False
        self._busy_timer.stop()
        self.unsetCursor()

    def _changed(self, changes: Changes) -> None:
        if self._started and any(changes.touches(t) for t in WATCHED):
            self.refresh()

    def _open(self, row: QListWidgetItem) -> None:
        listed = row.data(LIST_ROLE)
        if listed:
            self.ctx.open_list(*listed)
            return
        target = row.data(ITEM_ROLE)
        if target:
            self.ctx.open_record(*target)

    def _show(self, board: Dashboard) -> None:
        lang = self.ctx.lang
        requests, follow_ups, meetings = kinds.COMPANY_REQUEST.name, kinds.FOLLOW_UP.name, kinds.MEETING.name
        self.heading.setText(self.tr("Today, %1").replace("%1", fmt.date_text(board.today)))
        self.overdue.set_count(self.tr("Overdue"), board.overdue.total)
        self.overdue.fill([(self._line(i), i, True) for i in board.overdue.items], self.tr("Nothing overdue"), [
            (self.tr("All %1 overdue requests").replace("%1", fmt.number_text(n)), (requests, "overdue", None))
            for n in [board.overdue.by_type.get(requests, 0)] if n] + [
            (self.tr("All %1 overdue follow-ups").replace("%1", fmt.number_text(n)), (follow_ups, "overdue", None))
            for n in [board.overdue.by_type.get(follow_ups, 0)] if n])
        self.upcoming.set_count(self.tr("Due in the next two weeks"), board.upcoming.total)
        self.upcoming.fill([(self._line(i), i, False) for i in board.upcoming.items], self.tr("Nothing due soon"), [
            (self.tr("All open requests"), (requests, "default", None)),
            (self.tr("All open follow-ups"), (follow_ups, "default", None))])
        self.by_status.set_count(self.tr("Open requests by status"), board.open_requests)
        self.by_status.fill(
            [(f"{enums.label(enums.STATUS, code, lang)}  ·  {fmt.number_text(n)}",
              (requests, "default", Filter(status=(code,))), False)
             for code, n in sorted(board.open_by_status.items(), key=lambda kv: list(enums.STATUS).index(kv[0]))],
            self.tr("No open requests"))
        self.by_category.set_count(self.tr("Open requests by category"), board.open_requests)
        self.by_category.fill(
            [(f"{enums.label(enums.CATEGORY, code, lang)}  ·  {fmt.number_text(n)}",
              (requests, "default", Filter(category=(code,))), False)
             for code, n in sorted(board.open_by_category.items(), key=lambda kv: -kv[1])],
            self.tr("No open requests"))
        self.meetings.set_count(self.tr("Meetings this week"), board.meetings.total)
        self.meetings.fill([(self._line(i), i, False) for i in board.meetings.items], self.tr("No meetings ahead"), [
            (self.tr("This week's meetings"), (meetings, "this_week", None)),
            (self.tr("All upcoming meetings"), (meetings, "default", None))])
        last = fmt.datetime_text(board.last_sync) if board.last_sync else self.tr("never")
        self.sync.fill([
            (self.tr("%Ln change(s) waiting to be sent", "", board.pending_sync), None, False),
            (self.tr("Last sync: %1").replace("%1", last), None, False),
        ], "")
        self.refreshed.emit()

    def _line(self, item: DashboardItem) -> str:
        names: dict[str, str] = {kinds.FOLLOW_UP.name: self.tr("Follow-up"), kinds.COMPANY_REQUEST.name: self.tr("Request"),
                                 kinds.MEETING.name: self.tr("Meeting")}
        kind = names.get(item.type, item.type)
        when = fmt.date_text(item.date)
        if item.days:
            when = self.tr("%n day(s) overdue", "", item.days)
        return f"{when}  ·  {kind}  ·  {item.title}"


