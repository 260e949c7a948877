""""Sync now": one sync round as a background task, or an offer to connect to HQ first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from officerdesk.errors import AuthError, NetworkError
from officerdesk.ui.operations.hq import sync_now

if TYPE_CHECKING:
    from officerdesk.ui.main_window import MainWindow



def is_enrolled(window: MainWindow) -> bool:
    ident = window.ctx.identity
    return bool(ident and ident.enrolled)


def start_sync(window: MainWindow, *, quiet: bool = False,
               on_result: Callable[[bool], None] | None = None) -> int | None:
    """Run sync_once on the pool when this laptop is enrolled; else offer Settings → HQ.

    quiet (the automatic syncs): no progress dialog and no message box; a failure shows in the
    status bar, and on_result(ok) tells the scheduler how it went.
    """
    if not is_enrolled(window):
        if not quiet:
            offer_enrolment(window)
        return None
    if not window.sync_action.isEnabled():
        return None  # a sync is already running
    window.sync_action.setEnabled(False)
    outcome: list[bool] = []

    def done(report: Any) -> None:
        if isinstance(report, BaseException):
            outcome.append(False)
            window.status.show_error(_reason(report))
        else:
            outcome.append(True)
            _done(window, report)

    def finished(ok: bool) -> None:
        ok = ok and all(outcome)
        window.sync_action.setEnabled(True)
        window.after_sync(ok)
        if on_result is not None:
            on_result(ok)

    return sync_now(ctx=window.ctx, quiet=quiet, on_done=done, on_finished=finished)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, AuthError):
        return QCoreApplication.translate("Sync", "HQ refused this laptop: connect it again in Settings → HQ connection.")
    if isinstance(exc, NetworkError):
        return QCoreApplication.translate("Sync", "HQ cannot be reached; changes wait on this laptop.")
    return str(exc)


def _done(window: MainWindow, report: Any) -> None:
    text = QCoreApplication.translate("Sync", "Sync complete: %1 sent, %2 received, %3 conflict(s).")
    for i, value in enumerate((report.pushed, report.pulled, report.conflicts), start=1):
        text = text.replace(f"%{i}", str(value))
    if report.briefs_held:  # refused by HQ or unreadable here: they stay queued, the records went
        held = QCoreApplication.translate("Sync", "%1 brief(s) could not be sent to HQ and will be tried again later.")
        text += " " + held.replace("%1", str(report.briefs_held))
    window.status.showMessage(text, 8000)
    if report.update is not None:
        window.ctx.update_available = report.update
        window.status.show_update(report.update.version, report.update.url)


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
