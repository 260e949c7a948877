"""One record type's page: the list on the left, its editor on the right (a splitter between).

The editor is made once the op runner has loaded the ORM (or when anything asks for it first):
the editors and the services behind them need it, and the window's first rows do not wait for it
(docs/decisions.md, "Start-up").
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from officerdesk.ui.settings import window_state
from officerdesk.ui.views.record_list import RecordList

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

log = logging.getLogger("officerdesk.ui")


def make_editor(ctx: AppContext, record_type: str, parent: QWidget) -> Any:
    """The record editor for this type, or a read-only summary when none is installed."""
    try:
        from officerdesk.ui.editors import EDITORS, editor_for
    except ImportError as exc:  # the editors are optional for the shell
        from officerdesk.ui.views.record_summary import RecordSummary

        log.info("record editors unavailable: %s", exc)
        return RecordSummary(ctx, record_type, parent)
    if record_type not in EDITORS:
        from officerdesk.ui.views.record_summary import RecordSummary

        return RecordSummary(ctx, record_type, parent)
    return editor_for(record_type, ctx, parent)


EDITOR_WIDTH = 320
# Below this page width, or below what list and editor need side by side, the editor goes under
# the list instead of beside it (a 13-inch laptop at 150 % scaling): both keep a usable width.
STACK_BELOW = 700


class RecordPage(QWidget):
    editable = True
    editor_ready = Signal()  # the editor was made (the window updates the actions it offers)

    def __init__(self, ctx: AppContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        self.list = RecordList(ctx, record_type, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"splitter_{record_type}")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self._placeholder = QWidget(self.splitter)  # where the editor goes, the same size
        self._placeholder.setMinimumWidth(EDITOR_WIDTH)
        self.splitter.addWidget(self._placeholder)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([610, 490])  # the list gets the room its columns need
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list.current_changed.connect(self._selected)
        self._editor: Any = None
        self._started = False
        self._shown_id: str | None = None
        self._sizes: dict[Qt.Orientation, list[int]] = {}
        self.restore_state()

    # --- the editor, made after the first rows --------------------------------------------

    @property
    def editor(self) -> Any:
        """The record editor (made now if it was not yet)."""
        if self._editor is None:
            self._make_editor()
        return self._editor

    @property
    def built_editor(self) -> Any:
        """The editor if it was made, else None (asking does not make it)."""
        return self._editor

    def _make_editor(self) -> None:
        editor = make_editor(self.ctx, self.record_type, self)
        editor.setMinimumWidth(EDITOR_WIDTH)
        self.splitter.replaceWidget(1, editor)
        self._placeholder.deleteLater()
        self._editor = editor
        editor.saved.connect(self._saved)
        editor.deleted.connect(self.list.hide_record)
        if self._started and self._shown_id is None:
            editor.load(None, post_id=self.ctx.post_id)
        self.editor_ready.emit()

    def _editor_when_orm_loaded(self) -> None:
        runner = self.ctx.runner
        if runner.orm_loaded:
            self._make_editor()
        else:
            runner.orm_ready.connect(self._make_editor_if_missing, Qt.ConnectionType.SingleShotConnection)

    def _make_editor_if_missing(self) -> None:
        if self._editor is None:
            self._make_editor()

    # --- what the window's actions call ---------------------------------------------------

    def start(self) -> None:
        first = not self._started
        self._started = True
        self.list.start()
        if self._editor is None:
            if first:
                self._editor_when_orm_loaded()
        elif self._shown_id is None:
            self._editor.load(None, post_id=self.ctx.post_id)

    def refresh(self) -> None:
        self.list.refresh()

    def new_record(self) -> None:
        self.list.table.clearSelection()
        self._shown_id = None
        starter = getattr(self.editor, "start_new", None)
        if callable(starter):  # the cursor goes to the first field once the blank form is shown
            starter(post_id=self.ctx.post_id)
        else:
            self.editor.load(None, post_id=self.ctx.post_id)
            self.editor.setFocus()

    def save(self) -> None:
        self.editor.save()

    def delete(self) -> None:
        self.editor.delete()

    def focus_filter(self) -> None:
        self.list.filter_bar.text.setFocus()
        self.list.filter_bar.text.selectAll()

    def open_record(self, record_id: str) -> None:
        """Show this record in the editor and select it in the list when it is loaded."""
        self.start()
        self._show(record_id)
        self.list.select(record_id)

    # --- plumbing -------------------------------------------------------------------------

    def side_by_side_width(self) -> int:
        return self.list.minimumSizeHint().width() + EDITOR_WIDTH + self.splitter.handleWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the list or the editor alone: below side by side, they stack."""
        hint = super().minimumSizeHint()
        return QSize(max(self.list.minimumSizeHint().width(), EDITOR_WIDTH), hint.height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        stacked = event.size().width() < max(STACK_BELOW, self.side_by_side_width())
        wanted = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        current = self.splitter.orientation()
        if current != wanted:
            # each arrangement keeps the sizes the officer gave it, for when the window comes back
            self._sizes[current] = self.splitter.sizes()
            self.splitter.setOrientation(wanted)
            total = event.size().height() if stacked else event.size().width()
            default = [total * 2 // 5, total * 3 // 5] if stacked else [total * 5 // 9, total * 4 // 9]
            self.splitter.setSizes(self._sizes.get(wanted, default))

    def _selected(self, record_id: str | None) -> None:
        if record_id and record_id != self._shown_id:
            self._show(record_id)

    def _show(self, record_id: str) -> None:
        self._shown_id = record_id
        self.editor.load(record_id, post_id=self.ctx.post_id)

    def _saved(self, record_id: str) -> None:
        self._shown_id = record_id
        self.list.select(record_id)  # after the reload the change bus triggers

    def save_state(self) -> None:
        window_state(self.ctx.profile_dir).setValue(f"pages/{self.record_type}/splitter", self.splitter.saveState())
        self.list.save_state()

    def restore_state(self) -> None:
        value = window_state(self.ctx.profile_dir).value(f"pages/{self.record_type}/splitter")
        if isinstance(value, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(value))
        self.list.restore_state()
