"""The import dialog's preview: the first records of a file as they would be imported.

One row a record: its type, its title, whether the profile has it already (a re-import updates
it or leaves it unchanged; the core finds it by id or foreign UID), when cross-script matching
gives them the contact each may be ("Possible match"), and a few of its other values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from officerdesk.core import kinds
from officerdesk.ui.navigation import SCREEN_NAMES

Index = QModelIndex | QPersistentModelIndex
HIDDEN = {"type", "id", "foreign_id", "foreign_uids", "history", "skipped"}
DETAILS = 3  # values shown beside the title
WIDEST = 60  # characters of one value shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= WIDEST else text[: WIDEST - 1] + "…"


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, records: Sequence[dict[str, Any]] = (), here: Sequence[bool] = (),
                 matches: Sequence[str] | None = None) -> None:
        super().__init__()
        self._records: list[dict[str, Any]] = []
        self._here: list[bool] = []
        self._matches: list[str] | None = None
        self.show(records, here, matches)

    def show(self, records: Sequence[dict[str, Any]], here: Sequence[bool] = (),
             matches: Sequence[str] | None = None) -> None:
        """Replace the rows. `matches` (one string per record, "" for none) adds the Possible match
        column; None leaves it out."""
        self.beginResetModel()
        self._records = list(records)
        self._here = [bool(h) for h in here] + [False] * (len(records) - len(here))
        self._matches = None if matches is None else [str(m) for m in matches] + [""] * (len(records) - len(matches))
        self.endResetModel()

    def headers(self) -> list[str]:
        # the details last: the widest, they take what room is left
        names = [_tr("Type"), _tr("Title"), _tr("In the profile")]
        return names + ([_tr("Possible match")] if self._matches is not None else []) + [_tr("Details")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._records)):
            return None
        return self._cells(row)[column] if column < self.columnCount() else None

    def _cells(self, row: int) -> list[str]:
        item = self._records[row]
        kind = str(item.get("type", ""))
        title_field = kinds.named(kind).title if kind in kinds.names_of(kinds.EXPORTED) else "name"
        title = _text(item.get(title_field) or item.get("name") or item.get("title") or "")
        details = [_text(v) for k, v in item.items() if k not in HIDDEN and k != title_field and v not in (None, "", [])]
        here = _tr("Already here") if self._here[row] else _tr("New")
        cells = [QCoreApplication.translate("Navigation", SCREEN_NAMES.get(kind, kind)), title, here]
        if self._matches is not None:
            cells.append(self._matches[row])
        return [*cells, " · ".join(details[:DETAILS])]
