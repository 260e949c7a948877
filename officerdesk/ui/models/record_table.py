"""A lazy table over one record type: pages of DTOs fetched through the runner as the view scrolls.

Sorting and filtering are pushed to the database (`records.Filter`, `order_by`), so a profile of
200,000 records opens with one count and one page. The QSortFilterProxyModel in front of it
(`DatabaseSortProxy`) forwards sort requests here and keeps the row order as the database gave
it; it only does light work (hiding a row the officer just deleted until the reload arrives).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from officerdesk.core import kinds
from officerdesk.core.dto import Changes, RecordDTO
from officerdesk.core.listing import Filter
from officerdesk.core.store import quick
from officerdesk.ui.models.columns import Column
from officerdesk.ui.operations import lists
from officerdesk.ui.record_screens import COLUMNS

if TYPE_CHECKING:

    from officerdesk.ui.context import AppContext

PAGE = 200
AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    """Rows are DTOs of one record type; `total` comes from `records.count`."""

    rows_shown = Signal()  # the first page of a (re)load is in the table
    loaded = Signal()  # ... and its count too: `total` is exact
    page_loaded = Signal(int)  # rows now held
    reloading = Signal()  # a (re)load was asked for: its first page is on the way

    def __init__(self, ctx: AppContext, record_type: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.columns: tuple[Column, ...] = COLUMNS[record_type]
        self.filter = Filter()
        self._rows: list[RecordDTO] = []
        self._total = 0
        self._generation = 0
        self._fetching = False
        self._counting = False
        ctx.change_bus.changed.connect(self._on_changed)

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        dto = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.columns[index.column()].cell(dto, self.ctx.lang)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(dto, index.column(), text)
            return text
        if role == ID_ROLE:
            return dto.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].title()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset, flt, kind = self._generation, len(self._rows), self.filter, self.record_type
        lists.list_page(ctx=self.ctx, kind=kind, flt=flt, offset=offset, limit=PAGE,
                        on_done=lambda rows: self._append(generation, offset, rows),
                        on_finished=lambda _ok: self._stop_fetching(generation))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_filter(dataclasses.replace(self.filter, order_by=self.columns[column].key, descending=descending))

    # --- what the list asks for -----------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    def dto(self, row: int) -> RecordDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == record_id), -1)

    def set_filter(self, flt: Filter) -> None:
        """Remember the filter; reload now if the list has been shown, else at the first reload."""
        self.filter = flt
        if self._generation:
            self.reload()

    def reload(self) -> None:
        """First page, then the count, as two units of work: the rows show before a slow count
        (a text filter scans the table) is done. Stale answers (an older filter) are dropped.

        A list's first load reads on a plain connection when `core.quick` covers it (every live
        record, in an order compiled ahead): the window's first rows do not wait for the ORM."""
        self._generation += 1
        self._fetching = True
        self.reloading.emit()
        generation, flt, kind = self._generation, self.filter, self.record_type
        limit = min(max(PAGE, len(self._rows)) if generation > 1 else PAGE, 2000)
        plain = generation == 1 and quick.covers(kind, flt)
        lists.list_page(ctx=self.ctx, kind=kind, flt=flt, limit=limit, plain=plain,
                        on_done=lambda rows: self._replace(generation, limit, rows),
                        on_finished=lambda _ok: self._stop_fetching(generation))
        lists.count_records(ctx=self.ctx, kind=kind, flt=flt, plain=plain,
                            on_done=lambda total: self._counted(generation, total))

    # --- results on the UI thread ---------------------------------------------------------

    def _replace(self, generation: int, limit: int, rows: list[RecordDTO]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(rows)
        # Until the count arrives: "at least one more" when the page came back full.
        self._total = len(rows) + (1 if len(rows) >= limit else 0)
        self._counting = True
        self._fetching = False
        self.endResetModel()
        self.rows_shown.emit()

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._total = max(total, len(self._rows))
        self._counting = False
        self.loaded.emit()

    @property
    def counting(self) -> bool:
        """True between the first page and the count: `total` is only a lower bound then."""
        return self._counting

    def _append(self, generation: int, offset: int, rows: list[RecordDTO]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)  # the end (or the table shrank under us); stop asking
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        if self._counting and len(rows) == PAGE:
            self._total = max(self._total, len(self._rows) + 1)
        self.page_loaded.emit(len(self._rows))

    def _stop_fetching(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False

    def _on_changed(self, changes: Changes) -> None:
        link = kinds.named(self.record_type).link  # a shown name (a contact's organization) changed
        if changes.touches(self.record_type) or (link is not None and changes.touches(link.kind)):
            self.reload()

    def _tooltip(self, dto: RecordDTO, column: int, text: str) -> str:
        if self.columns[column].key == "starts_at":
            from officerdesk.ui import formatting as fmt

            starts = getattr(dto, "starts_at", None)
            return f"{text}\n{fmt.local_time(starts)}"
        return text



class DatabaseSortProxy(QSortFilterProxyModel):
    """Sorts by asking the database (through the source model); filters only hidden rows."""

    def __init__(self, source: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setDynamicSortFilter(False)
        self._source = source
        self._hidden: set[str] = set()
        source.modelReset.connect(self._hidden.clear)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        dto = self._source.dto(source_row)
        return dto is None or dto.id not in self._hidden

    def hide_record(self, record_id: str) -> None:
        """Take a just-deleted row out of sight before the reload arrives."""
        self.beginFilterChange()
        self._hidden.add(record_id)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def record_id(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        dto = self._source.dto(self.mapToSource(index).row())
        return dto.id if dto else None
