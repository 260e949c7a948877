"""A record's attachments: drop files on the panel or choose them; open one to read it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from officerdesk.core import dto as d
from officerdesk.ui.operations import attachments as operations

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext


def size_text(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:,.0f} {unit}" if unit == "B" else f"{size:,.1f} {unit}"
        size = size / 1024  # type: ignore[assignment]
    return ""


# Plaintext copies handed to a viewer; removed when the app quits so they do not outlive it.
_copies: list[Path] = []


def decrypted_copy(filename: str, data: bytes) -> Path:
    """Write the plaintext into a private folder (0700) for the system viewer to read."""
    folder = Path(tempfile.mkdtemp(prefix="officerdesk-"))
    target = folder / (Path(filename).name or "attachment")
    target.write_bytes(data)
    target.chmod(0o600)
    if not _copies:
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_copies)
    _copies.append(folder)
    return target


def remove_copies() -> None:
    while _copies:
        shutil.rmtree(_copies.pop(), ignore_errors=True)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class AttachmentsPanel(QGroupBox):
    def __init__(self, ctx: AppContext, owner_type: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Attachments"))
        self.ctx, self.owner_type = ctx, owner_type
        self.owner_id: str | None = None
        self.items: list[d.AttachmentDTO] = []
        self.file_dialog: QFileDialog | None = None
        self.opened: list[Path] = []
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5 + 12)
        self.list.itemDoubleClicked.connect(lambda _i: self.open_current())
        self.hint = QLabel()
        self.hint.setEnabled(False)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.set_owner(None)

    def set_owner(self, owner_id: str | None) -> None:
        self.owner_id = owner_id
        for w in (self.add_button, self.open_button, self.remove_button):
            w.setEnabled(owner_id is not None)
        self.hint.setText(self.tr("Drop files here to attach them.") if owner_id
                          else self.tr("Save the record first to attach files."))
        self.refresh()

    def refresh(self) -> None:
        owner_type, owner_id = self.owner_type, self.owner_id
        if owner_id is None:
            self._show([])
            return
        operations.list_attachments(ctx=self.ctx, owner_type=owner_type, owner_id=owner_id, on_done=self._show)

    def _show(self, found: list[d.RecordDTO]) -> None:
        self.items = [a for a in found if isinstance(a, d.AttachmentDTO)]
        self.list.clear()
        for att in self.items:
            item = QListWidgetItem(f"{att.filename}  ({size_text(att.size)})")
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            self.list.addItem(item)

    def filenames(self) -> list[str]:
        return [a.filename for a in self.items]

    # --- adding -----------------------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        self.file_dialog = QFileDialog(self, self.tr("Attach files"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self.file_dialog.filesSelected.connect(lambda paths: self.add_files([Path(p) for p in paths]))
        self.file_dialog.open()
        return self.file_dialog

    def add_files(self, paths: list[Path]) -> None:
        if self.owner_id is None or not paths:
            return
        operations.attach_files(ctx=self.ctx, owner_type=self.owner_type, owner_id=self.owner_id, paths=paths,
                                on_done=lambda _r: self.refresh())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.owner_id is not None and _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = _local_files(event)
        if self.owner_id is not None and files:
            event.acceptProposedAction()
            self.add_files(files)

    # --- opening and removing ---------------------------------------------------------------

    def _current(self) -> d.AttachmentDTO | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def open_current(self) -> None:
        att = self._current()
        if att is None:
            return
        operations.read_attachment(ctx=self.ctx, attachment_id=att.id,
                                   on_done=lambda data: self._open_bytes(att.filename, data))

    def _open_bytes(self, filename: str, data: Any) -> None:
        target = decrypted_copy(filename, data)
        self.opened.append(target)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_current(self) -> None:
        att = self._current()
        if att is None:
            return
        operations.remove_attachment(ctx=self.ctx, attachment_id=att.id, on_done=lambda _r: self.refresh())
