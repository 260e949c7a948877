"""The briefs made on this laptop: a list, "New brief", and "Open" for the PDF."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from officerdesk.core import kinds
from officerdesk.core.dto import RecordDTO
from officerdesk.ui.operations.records import get_record
from officerdesk.ui.views.record_list import RecordList

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

log = logging.getLogger("officerdesk.ui")


def open_new_brief(ctx: AppContext, parent: QWidget) -> bool:
    """Open the new-brief dialog when it is installed; otherwise say so. True when it opened."""
    try:
        new_brief = importlib.import_module("officerdesk.ui.dialogs.new_brief")
    except ImportError as exc:
        log.info("new brief dialog unavailable: %s", exc)
        box = QMessageBox(QMessageBox.Icon.Information, "OfficerDesk",
                          QCoreApplication.translate("BriefsView", "Making briefs is not available in this build yet."),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("briefsUnavailable")
        box.open()
        return False
    opener = getattr(new_brief, "open_new_brief", None)
    if callable(opener):
        opener(ctx, parent)
        return True
    dialog = new_brief.NewBriefDialog(ctx, parent)
    dialog.open()
    return True


class BriefsView(QWidget):
    editable = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = RecordList(ctx, kinds.BRIEF.name, self)
        self.new_button = QPushButton(self.tr("New brief…"), self)
        self.new_button.setObjectName("newBrief")
        self.open_button = QPushButton(self.tr("Open PDF"), self)
        self.open_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 8, 8, 0)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.new_button.clicked.connect(self.new_brief)
        self.open_button.clicked.connect(self.open_pdf)
        self.list.current_changed.connect(lambda rid: self.open_button.setEnabled(bool(rid)))
        self.list.activated.connect(lambda _rid: self.open_pdf())

    def start(self) -> None:
        self.list.start()

    def refresh(self) -> None:
        self.list.refresh()

    def focus_filter(self) -> None:
        self.list.filter_bar.text.setFocus()

    def open_record(self, record_id: str) -> None:
        self.start()
        self.list.select(record_id)

    def new_brief(self) -> None:
        open_new_brief(self.ctx, self)

    def open_pdf(self) -> None:
        record_id = self.list.current_id()
        if record_id:
            get_record(ctx=self.ctx, kind=kinds.BRIEF.name, record_id=record_id, on_done=self._open_file)

    def _open_file(self, brief: RecordDTO) -> None:
        path = Path(getattr(brief, "path", "") or "")
        if path.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        else:
            QMessageBox(QMessageBox.Icon.Information, "OfficerDesk",
                        self.tr("The PDF of this brief is not on this laptop."),
                        QMessageBox.StandardButton.Ok, self).open()

    def save_state(self) -> None:
        self.list.save_state()
