"""A record list: the filter bar, a lazy table sorted by the database, and a count."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import kinds
from officerdesk.core.listing import Filter
from officerdesk.ui.models.record_table import DatabaseSortProxy, RecordTableModel
from officerdesk.ui.settings import window_state
from officerdesk.ui.views.filter_bar import ALL, FilterBar

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext


MIN_COLUMN, MAX_COLUMN = 48, 280
BUSY_AFTER_MS = 300
MIN_TITLE = 140  # below this the title is cut too short to read: shed a column instead


class RecordList(QWidget):
    current_changed = Signal(object)  # record id or None
    activated = Signal(str)  # double-click / Enter

    def __init__(self, ctx: AppContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        self.model = RecordTableModel(ctx, record_type, self)
        self.proxy = DatabaseSortProxy(self.model, self)
        self.filter_bar = FilterBar(ctx, record_type, self)
        self.filter_bar.changed.connect(self._filter_changed)
        self.filter_bar.view_chosen.connect(self.model.set_filter)
        self.model.filter = self.filter_bar.opening_filter()  # today's work, not the list's history
        self.table = QTableView(self)
        self.table.setObjectName(f"table_{record_type}")
        self.table.setModel(self.proxy)
        self._shape_table()
        self.table.installEventFilter(self)  # a narrower list sheds columns (fit_width)
        self.count = QLabel(self)
        self.count.setObjectName("recordCount")
        self._empty: QLabel | None = None  # made when a list is first empty (see `empty`)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.filter_bar.views)
        bottom.addWidget(self.count, 1)
        layout.addLayout(bottom)
        self.model.rows_shown.connect(self._after_rows)
        # a page that takes longer than ~300 ms says so (a busy cursor and "Loading…")
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.model.reloading.connect(self._busy_timer.start)
        self.loading_shown = False
        self.model.loaded.connect(self._show_count)
        self.model.page_loaded.connect(lambda _n: self._show_count())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        self._pending_select: str | None = None
        self._started = False
        self._fitted = False  # columns sized to their first rows (or the officer's own widths restored)
        self._chosen: dict[str, bool] = {}  # columns the officer showed or hid from the header's menu
        self._shed: set[int] = set()  # columns hidden because the list is narrow

    def _shape_table(self) -> None:
        t = self.table
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setShowGrid(False)
        t.setWordWrap(False)
        t.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        t.setSortingEnabled(True)  # header clicks -> model.sort -> ORDER BY in the database
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 10)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = t.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(self.model.columns):
            t.setColumnWidth(i, column.width)
        header.setSortIndicatorShown(True)
        # The title takes what the other columns leave and is cut with "…"; the list never needs
        # a horizontal scroll for the columns after it (a 13-inch laptop at 125 %).
        self.title_column = self._title_index()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.title_column, QHeaderView.ResizeMode.Stretch)
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))

    def _title_index(self) -> int:
        keys = [c.key for c in self.model.columns]
        title = kinds.named(self.record_type).title if self.record_type in kinds.names_of(kinds.KINDS) else "title"
        return keys.index(title) if title in keys else keys.index("title") if "title" in keys else 0

    def fit_columns(self) -> None:
        """Each column as wide as its header and the rows shown need, within bounds: a date column
        stays narrow; the title stretches into what is left."""
        t, header = self.table, self.table.horizontalHeader()
        for i in range(len(self.model.columns)):
            if i != self.title_column:
                wanted = max(t.sizeHintForColumn(i), header.sectionSizeHint(i)) + 8
                t.setColumnWidth(i, max(MIN_COLUMN, min(wanted, MAX_COLUMN)))
        self.fit_width()

    def fit_width(self) -> None:
        """Hide low-value columns (`Column.shed`, the highest first) while the title would be
        narrower than MIN_TITLE; show them again when there is room. The officer's own choices
        from the header's menu win."""
        header, columns = self.table.horizontalHeader(), self.model.columns
        # from the table's own width: its viewport is not asked for before the first paint (`empty`)
        scroll = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.table.width() - 2 * self.table.frameWidth() - scroll
        if room <= 0:
            return
        order = sorted((i for i, c in enumerate(columns) if c.shed and c.key not in self._chosen),
                       key=lambda i: -columns[i].shed)
        for i, c in enumerate(columns):
            if c.key in self._chosen:
                header.setSectionHidden(i, not self._chosen[c.key])
        self._shed = set()
        for i in order:
            header.setSectionHidden(i, False)

        def used() -> int:
            return sum(header.sectionSize(i) for i in range(len(columns))
                       if i != self.title_column and not header.isSectionHidden(i))

        for i in order:
            if room - used() >= MIN_TITLE:
                break
            header.setSectionHidden(i, True)
            self._shed.add(i)

    def _column_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            if i == self.title_column:
                continue
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, key=column.key: self.choose_column(key, on))
        menu.popup(header.mapToGlobal(pos))
        self.column_menu = menu  # kept for tests and so it is not collected while open

    def choose_column(self, key: str, shown: bool) -> None:
        """The officer shows or hides a column (kept with the list's layout)."""
        self._chosen[key] = shown
        self.fit_width()

    # --- loading --------------------------------------------------------------------------

    def show_view(self, key: str, extra: Filter | None = None) -> None:
        """Show one of the list's views (the dashboard's cards open them)."""
        self.filter_bar.choose_view(key, extra)

    def start(self) -> None:
        """First load (a page is built only when first shown, so startup stays quick)."""
        if not self._started:
            self._started = True
            self.model.reload()

    def refresh(self) -> None:
        self._started = True
        self.model.reload()

    def _filter_changed(self, _flt: Filter) -> None:
        self.model.set_filter(self.filter_bar.apply_to(self.model.filter))

    def _show_busy(self) -> None:
        self.loading_shown = True
        self.count.setText(self.tr("Loading…"))
        self.table.setCursor(Qt.CursorShape.BusyCursor)

    def _not_busy(self) -> None:
        self._busy_timer.stop()
        if self.loading_shown:
            self.loading_shown = False
            self.table.unsetCursor()

    def _after_rows(self) -> None:
        self._not_busy()
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            self.fit_columns()
        if self._pending_select:
            self.select(self._pending_select)

    def _show_count(self) -> None:
        if self.model.counting:
            return  # the exact count follows the first page ("Loading…" stays until it does)
        self._show_empty(self.model.total == 0)
        total = self.model.total
        self.count.setText(self.tr("%Ln record(s)", "", total))

    @property
    def empty(self) -> QLabel:
        """The empty list's hint over the table, made when first needed: asking the table for its
        viewport makes the binding set up Python types for every widget class (~7 ms the first
        time), which a start that shows rows does not need before its first paint."""
        if self._empty is None:
            viewport = self.table.viewport()
            self._empty = QLabel(viewport)
            self._empty.setObjectName("emptyList")
            self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._empty.setWordWrap(True)
            self._empty.setEnabled(False)  # drawn in the muted colour
            self._empty.hide()
            viewport.installEventFilter(self)
        return self._empty

    def _show_empty(self, empty: bool) -> None:
        if not empty and self._empty is None:
            return
        filtered = self.filter_bar.current() != Filter()
        if filtered and self.filter_bar.views.currentData() not in (ALL, None) and not self.filter_bar.text.text():
            self.empty.setText(self.tr("Nothing in this view. Choose “All” to see every record."))
        elif filtered:
            self.empty.setText(self.tr("No records match the filter."))
        elif self.record_type == kinds.BRIEF.name:
            self.empty.setText(self.tr("No briefs yet. New brief… (Ctrl+B) makes one."))
        else:
            self.empty.setText(self.tr("Nothing here yet. New (Ctrl+N) adds the first one."))
        self.empty.setGeometry(self.table.viewport().rect())
        self.empty.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.table.viewport().rect())
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit_width()
        return super().eventFilter(watched, event)

    # --- selection ------------------------------------------------------------------------

    def current_id(self) -> str | None:
        return self.proxy.record_id(self.table.currentIndex())

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            self._pending_select = record_id
            return False
        self._pending_select = None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.proxy.record_id(current))

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.proxy.record_id(index)
        if record_id:
            self.activated.emit(record_id)

    def hide_record(self, record_id: str) -> None:
        self.proxy.hide_record(record_id)

    # --- remembered layout ----------------------------------------------------------------

    def _header_key(self) -> str:
        """Where the header's layout is kept: named after the list's columns, so a layout saved
        when the list had other columns (or another order) is not put on these."""
        return f"lists/{self.record_type}/header-{'.'.join(c.key for c in self.model.columns)}"

    def save_state(self) -> None:
        settings = window_state(self.ctx.profile_dir)
        settings.setValue(self._header_key(), self.table.horizontalHeader().saveState())
        settings.setValue(f"lists/{self.record_type}/columns", json.dumps(self._chosen))

    def restore_state(self) -> None:
        settings = window_state(self.ctx.profile_dir)
        try:
            chosen = json.loads(str(settings.value(f"lists/{self.record_type}/columns", "{}")))
        except ValueError:
            chosen = {}
        self._chosen = {str(k): bool(v) for k, v in chosen.items()} if isinstance(chosen, dict) else {}
        value = settings.value(self._header_key())
        if isinstance(value, QByteArray | bytes):
            self.table.horizontalHeader().restoreState(QByteArray(value))  # widths and sort order
            self._fitted = True  # the officer's own widths win over fitting
            header = self.table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(self.title_column, QHeaderView.ResizeMode.Stretch)
        self.fit_width()
