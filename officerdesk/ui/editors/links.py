"""Linked records: a searchable picker over `records.list_records`, and the fields that use it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from officerdesk.ui.editors.fields import Field
from officerdesk.ui.operations.records import create_named, find_records, link_titles

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

class RecordPicker(QDialog):
    """Type to filter; choose one (or several) records. Non-blocking: listen to `picked`."""

    picked = Signal(list)  # [(id, title), ...]

    def __init__(self, ctx: AppContext, record_type: str, title: str, *, many: bool,
                 exclude: set[str] | None = None, post_id: str = "", creatable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type, self.exclude = ctx, record_type, exclude or set()
        self.post_id = post_id or ctx.post_id
        self.setWindowTitle(title)
        self.resize(460, 420)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection if many else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.status = QLabel()
        self.status.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # a company met for the first time is made here, from the name typed, without leaving the form
        self.create_button: QPushButton | None = None
        if creatable:
            self.create_button = QPushButton(self.tr("Create"))
            self.create_button.setObjectName("createLinked")
            self.create_button.setAutoDefault(False)
            self.create_button.setEnabled(False)
            self.create_button.clicked.connect(self.create_new)
            self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.filter.textChanged.connect(self._offer_create)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.loading = False
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.filter.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Up and Down in the filter move through the list, so the hands stay on the keys."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QApplication.sendEvent(self.list, event)
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self.loading = True
        find_records(ctx=self.ctx, kind=self.record_type, text=self.filter.text().strip(), on_done=self._show)

    def _show(self, choices: list[tuple[str, str, str]]) -> None:
        self.loading = False
        self.list.clear()
        for record_id, title, detail in choices:
            if record_id in self.exclude:
                continue
            item = QListWidgetItem(f"{title or record_id}  —  {detail}" if detail else (title or record_id))
            item.setData(Qt.ItemDataRole.UserRole, (record_id, title))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        if self.list.count():
            self.status.setText("")
        elif choices:
            self.status.setText(self.tr("Everything found is already linked"))
        else:
            self.status.setText(self.tr("No matches"))

    def done(self, result: int) -> None:
        self._debounce.stop()  # a filter typed just before closing asks for nothing more
        super().done(result)

    def _offer_create(self, text: str) -> None:
        assert self.create_button is not None
        name = " ".join(text.split())
        self.create_button.setEnabled(bool(name))
        self.create_button.setText(self.tr("Create “%1”").replace("%1", name[:30]) if name else self.tr("Create"))

    def create_new(self) -> None:
        """A new record named as typed, linked at once (its other fields are filled on its own screen)."""
        name = " ".join(self.filter.text().split())
        if not name:
            return
        self.loading = True
        create_named(ctx=self.ctx, kind=self.record_type, post_id=self.post_id, name=name, on_done=self._created)

    def _created(self, choice: tuple[str, str, str]) -> None:
        self.loading = False
        record_id, title, _detail = choice
        self.picked.emit([(record_id, title)])
        super().accept()

    def accept(self) -> None:
        chosen = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if chosen:
            self.picked.emit(chosen)
        super().accept()


class LinkField(Field):
    """Links to records of one type: one (with a Clear button) or several (a list)."""

    def __init__(self, ctx: AppContext, record_type: str, picker_title: str, *, many: bool,
                 creatable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type, self.picker_title, self.many = ctx, record_type, picker_title, many
        self.creatable = creatable
        self._asked: set[str] = set()  # ids whose titles were asked for (once each)
        self.titles: dict[str, str] = {}
        self.ids: list[str] = []
        self.picker: RecordPicker | None = None
        self.choose_button = QPushButton(self.tr("Add…") if many else self.tr("Choose…"))
        self.choose_button.clicked.connect(self.open_picker)
        self.remove_button: QPushButton | QToolButton
        if many:
            self.remove_button = QPushButton(self.tr("Remove"))
        else:  # a small ✕ keeps the linked name readable in a narrow pane
            self.remove_button = QToolButton()
            self.remove_button.setText("✕")
            self.remove_button.setAutoRaise(True)
            self.remove_button.setToolTip(self.tr("Clear"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QVBoxLayout() if many else QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if many:
            self.input = self.list = QListWidget()
            self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.list.setToolTip(self.tr("Double-click to open"))
            self.list.itemDoubleClicked.connect(
                lambda item: ctx.open_record(record_type, item.data(Qt.ItemDataRole.UserRole)))
            self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5 + 12)
            layout.addWidget(self.list, 1)
            buttons.addStretch(1)
        else:
            self.input = self.line = QLineEdit()
            self.line.setReadOnly(True)
            self.line.installEventFilter(self)
            self.line.setPlaceholderText(self.tr("(none)"))
            layout.addWidget(self.line, 1)
        layout.addLayout(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Double-clicking a linked name opens that record."""
        if event.type() == QEvent.Type.MouseButtonDblClick and not self.many and self.ids:
            self.ctx.open_record(self.record_type, self.ids[0])
            return True
        return super().eventFilter(watched, event)

    def open_picker(self) -> RecordPicker:
        self.picker = RecordPicker(self.ctx, self.record_type, self.picker_title, many=self.many,
                                   exclude=set(self.ids), creatable=self.creatable, parent=self)
        self.picker.picked.connect(self._add)
        self.picker.open()
        return self.picker

    def _add(self, chosen: list[tuple[str, str]]) -> None:
        for record_id, title in chosen:
            self.titles[record_id] = title
            if record_id not in self.ids:
                self.ids = [*self.ids, record_id] if self.many else [record_id]
        self._render()
        self.edited.emit()

    def _remove(self) -> None:
        if self.many:
            gone = {item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
            self.ids = [i for i in self.ids if i not in gone]
        else:
            self.ids = []
        self._render()
        self.edited.emit()

    def _fetch_titles(self) -> None:
        """A link set before any load named it (a new record's default assignee, a restored
        draft): ask for its title instead of showing an id."""
        missing = [i for i in self.ids if i not in self.titles and i not in self._asked]
        if missing:
            self._asked.update(missing)
            link_titles(ctx=self.ctx, kind=self.record_type, ids=missing, on_done=self.set_titles)

    def _title(self, record_id: str) -> str:
        return self.titles.get(record_id) or ("…" if record_id in self._asked else record_id)

    def _render(self) -> None:
        self._fetch_titles()
        if not self.many:
            title = self._title(self.ids[0]) if self.ids else ""
            self.line.setText(title)
            self.line.setCursorPosition(0)  # a long title shows its beginning, not its end
            self.line.setToolTip(title)
            self.remove_button.setEnabled(bool(self.ids))
            return
        self.list.clear()
        for record_id in self.ids:
            item = QListWidgetItem(self._title(record_id))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.list.addItem(item)

    def value(self) -> Any:
        if self.many:
            return list(self.ids)
        return self.ids[0] if self.ids else None

    def set_value(self, value: Any) -> None:
        if self.many:
            self.ids = list(value or ())
        else:
            self.ids = [value] if value else []
        self._render()

    def set_titles(self, titles: dict[str, str]) -> None:
        self.titles.update(titles)
        self._render()

    def dump(self) -> dict[str, Any]:
        return {"ids": list(self.ids), "titles": {i: self.titles.get(i, i) for i in self.ids}}

    def restore(self, data: Any) -> None:
        self.titles.update(data.get("titles", {}))
        self.set_value(data.get("ids", []) if self.many else (data.get("ids") or [None])[0])
        self.edited.emit()

    def shown_titles(self) -> list[str]:
        return [self.titles.get(i, i) for i in self.ids]
