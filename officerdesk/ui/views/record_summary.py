"""A read-only view of one record, shown where no editor is available for its type."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from officerdesk.core import enums
from officerdesk.core.dto import RecordDTO
from officerdesk.ui import formatting as fmt
from officerdesk.ui.operations.records import get_record

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

HIDDEN = {"id", "post_id", "deleted", "history", "follow_ups", "contact_ids", "meeting_ids", "request_ids",
          "officer_ids", "company_id", "organization_id", "assignee_id", "meeting_id", "request_id", "path"}
LABELS = {"category": enums.CATEGORY, "status": enums.STATUS, "priority": enums.PRIORITY,
          "classification": enums.CLASSIFICATION, "size": enums.COMPANY_SIZE}


class RecordSummary(QWidget):
    """Same surface as an editor (load, save, delete, is_dirty) but only shows the record."""

    saved = Signal(str)
    deleted = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        self.record_id: str | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("summaryHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        body = QWidget(self)
        self.form = QFormLayout(body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self._empty()

    def load(self, record_id: str | None, *, post_id: str = "") -> None:
        self.record_id = record_id
        if record_id is None:
            self._empty()
            return
        get_record(ctx=self.ctx, kind=self.record_type, record_id=record_id, on_done=self._show)

    def save(self) -> None:
        """Nothing to save: this view is read-only."""

    def delete(self) -> None:
        """Deleting needs the editor for this record type."""

    def is_dirty(self) -> bool:
        return False

    def _empty(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.heading.setText(self.tr("Select a record in the list"))

    def _show(self, dto: RecordDTO) -> None:
        if dto.id != self.record_id:
            return
        self._empty()
        self.heading.setText(dto.display_title)
        for f in dataclasses.fields(dto):
            if f.name in HIDDEN:
                continue
            text = _text(f.name, getattr(dto, f.name), self.ctx.lang)
            if text:
                value = QLabel(text, self)
                value.setWordWrap(True)
                value.setTextInteractionFlags(value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse)
                self.form.addRow(f.name.replace("_", " ").capitalize() + ":", value)
        self.loaded.emit()


def _text(name: str, value: Any, lang: str) -> str:
    if name in LABELS:
        return enums.label(LABELS[name], value, lang)
    if isinstance(value, dt.datetime):
        return fmt.datetime_text(value)
    if isinstance(value, dt.date):
        return fmt.date_text(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value or "")
