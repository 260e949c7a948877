"""One record type's page: the list on the left, its editor on the right (a splitter between)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from officerdesk.ui.settings import window_state
from officerdesk.ui.views.record_list import RecordList
from officerdesk.ui.views.record_summary import RecordSummary

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

log = logging.getLogger("officerdesk.ui")


def make_editor(ctx: AppContext, record_type: str, parent: QWidget) -> Any:
    """The record editor for this type, or a read-only summary when none is installed."""
    try:
        from officerdesk.ui.editors import EDITORS, editor_for
    except ImportError as exc:  # the editors are optional for the shell
        log.info("record editors unavailable: %s", exc)
        return RecordSummary(ctx, record_type, parent)
    if record_type not in EDITORS:
        return RecordSummary(ctx, record_type, parent)
    return editor_for(record_type, ctx, parent)


class RecordPage(QWidget):
    editable = True

    def __init__(self, ctx: AppContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        self.list = RecordList(ctx, record_type, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"splitter_{record_type}")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.editor = make_editor(ctx, record_type, self.splitter)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.editor.setMinimumWidth(380)
        self.splitter.setSizes([610, 490])  # the list gets the room its columns need
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list.current_changed.connect(self._selected)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self.list.hide_record)
        self._shown_id: str | None = None
        self.restore_state()

    # --- what the window's actions call ---------------------------------------------------

    def start(self) -> None:
        self.list.start()
        if self._shown_id is None:
            self.editor.load(None, post_id=self.ctx.post_id)

    def refresh(self) -> None:
        self.list.refresh()

    def new_record(self) -> None:
        self.list.table.clearSelection()
        self._shown_id = None
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
