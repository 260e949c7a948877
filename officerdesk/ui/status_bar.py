"""The status bar: pending sync changes, last sync, HQ reachability, last error, and Undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from officerdesk.core.dto import Changes, Stats
from officerdesk.ui import formatting as fmt
from officerdesk.ui.operations import overview
from officerdesk.ui.undo import LastChange

if TYPE_CHECKING:

    from officerdesk.ui.context import AppContext

UNDO_MS = 60_000  # the strip's time in sight; Ctrl+Z and the Trash still undo after it


class UndoStrip(QWidget):
    """"Deleted “Title” · Undo" (or "Saved …") for a while after a delete or an edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.setObjectName("undoDelete")
        self.button.setFlat(True)
        self.button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.hide()


class DeskStatusBar(QStatusBar):
    undone = Signal(str, str)  # record_type, record_id restored

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo = UndoStrip(self)
        self.pending = QLabel(self)
        self.pending.setObjectName("pendingSync")
        self.last_sync = QLabel(self)
        self.online = QLabel(self)
        self.online.setObjectName("onlineState")
        self.error = QLabel(self)
        self.error.setObjectName("lastError")
        self.error.setStyleSheet("color: #b3261e;")
        self.update_note = QLabel(self)
        self.update_note.setObjectName("updateAvailable")
        self.update_note.hide()
        self.addWidget(self.undo)
        for label in (self.update_note, self.error, self.pending, self.last_sync, self.online):
            label.setContentsMargins(10, 0, 10, 0)
            self.addPermanentWidget(label)
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_MS)
        self._undo_timer.timeout.connect(self.undo.hide)
        self.last_change = LastChange(ctx, self)
        self.last_change.changed.connect(self._show_undo)
        self.last_change.undone.connect(self.undone)
        self.undo.button.clicked.connect(self.last_change.undo)
        ctx.change_bus.changed.connect(self._changed)
        self.set_online(None)

    # --- sync figures ---------------------------------------------------------------------

    def refresh(self) -> None:
        overview.sync_figures(ctx=self.ctx, on_done=self.show_stats)

    def show_stats(self, stats: Stats) -> None:
        self.pending.setText(self.tr("%Ln change(s) to send", "", stats.pending_outbox))
        when = fmt.datetime_text(stats.last_sync) if stats.last_sync else self.tr("never")
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", when))
        self.show_error(stats.last_error)

    def show_error(self, message: str) -> None:
        self.error.setText(message[:80])
        self.error.setToolTip(message)
        self.error.setVisible(bool(message))

    def show_update(self, version: str, url: str) -> None:
        """HQ publishes a newer OfficerDesk; where to get it is in the tooltip (and in About)."""
        self.update_note.setText(self.tr("OfficerDesk %1 is available").replace("%1", version))
        self.update_note.setToolTip(url)
        self.update_note.show()

    def set_online(self, online: bool | None) -> None:
        """None: not enrolled or not tried yet; True/False: how the last sync went."""
        if online is None:
            enrolled = bool(self.ctx.identity and self.ctx.identity.enrolled)
            text = self.tr("HQ: not tried yet") if enrolled else self.tr("HQ: not connected")
        else:
            text = self.tr("HQ: online") if online else self.tr("HQ: offline")
        self.online.setText(text)

    def _changed(self, _changes: Changes) -> None:
        self.refresh()

    # --- undo after a delete or an edit ------------------------------------------------------

    def _show_undo(self) -> None:
        change = self.last_change.last
        self.undo.setVisible(change is not None)
        if change is None:
            self._undo_timer.stop()
            return
        self.undo.label.setText(change.text())
        self._undo_timer.start()
