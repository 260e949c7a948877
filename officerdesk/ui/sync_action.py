""""Sync now": one sync round as a background task, or an offer to connect to HQ first."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from officerdesk.ui.main_window import MainWindow
    from officerdesk.ui.ops import Progress



def is_enrolled(window: MainWindow) -> bool:
    ident = window.ctx.identity
    return bool(ident and ident.enrolled)


def start_sync(window: MainWindow) -> int | None:
    """Run sync_once on the pool when this laptop is enrolled; else offer Settings → HQ."""
    if not is_enrolled(window):
        offer_enrolment(window)
        return None
    store = window.ctx.store

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from officerdesk.sync.engine import sync_once
        from officerdesk.sync.enrolment import client_for

        with client_for(store) as client:
            return sync_once(store, client, progress=progress, cancel=cancel.is_set)

    window.sync_action.setEnabled(False)

    def finished(ok: bool) -> None:
        window.sync_action.setEnabled(True)
        window.after_sync(ok)

    return window.ctx.runner.task(work, label=QCoreApplication.translate("Sync", "Syncing with HQ…"), on_done=lambda report: _done(window, report),
                                  on_finished=finished)


def _done(window: MainWindow, report: Any) -> None:
    text = QCoreApplication.translate("Sync", "Sync complete: %1 sent, %2 received, %3 conflict(s).")
    for i, value in enumerate((report.pushed, report.pulled, report.conflicts), start=1):
        text = text.replace(f"%{i}", str(value))
    window.status.showMessage(text, 8000)


def offer_enrolment(window: MainWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "OfficerDesk",
                      QCoreApplication.translate("Sync", "This laptop is not connected to HQ yet. Connect it in Settings → HQ connection with the "
                          "one-time code your HQ administrator gave you."),
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("notEnrolled")
    go = box.addButton(QCoreApplication.translate("Sync", "Open HQ connection…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    go.clicked.connect(lambda: window.open_settings("hq"))
    box.open()
