"""The one error mapper: every failure the user sees is turned into words here.

UserError (ValidationError first offered to the form) -> its message in the user's language, a
field's internal key never shown (`user_message`); Cancelled -> nothing; AuthError -> a re-enrol
prompt; EnrolmentUnreachable -> "not enrolled, try again"; NetworkError -> "cannot reach HQ";
anything else -> a short message, expandable details, a Copy button, and a log line.
Reports may come from any thread (sys.excepthook); they are shown on the UI thread.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from officerdesk.errors import (
    AuthError,
    Cancelled,
    EnrolmentUnreachable,
    NetworkError,
    UserError,
    ValidationError,
)

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

log = logging.getLogger("officerdesk.ui")


class ErrorReporter(QObject):
    """Shows errors as message boxes (non-blocking `open()`), logs the unexpected ones."""

    shown = Signal(str, str)  # kind ("user", "auth", "network", "bug"), message
    reenrol_requested = Signal()
    _incoming = Signal(object)

    def __init__(self, ctx: AppContext | None = None, lang: str = "en") -> None:
        super().__init__()
        self._ctx = ctx
        self._lang = lang
        self._boxes: list[QMessageBox] = []
        self.last_box: QMessageBox | None = None
        self._incoming.connect(self._show)

    @property
    def lang(self) -> str:
        return self._ctx.lang if self._ctx is not None else self._lang

    def report(self, exc: BaseException, *, on_error: Callable[[BaseException], Any] | None = None) -> None:
        """Map one error. A ValidationError goes to `on_error` first; False from it means 'show it'."""
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, ValidationError) and on_error is not None:
            try:
                if on_error(exc) is not False:
                    return
            except Exception as inner:
                exc = inner
        self._incoming.emit(exc)

    def excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.report(exc)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._box(QMessageBox.Icon.Warning, "user", user_message(exc, self.lang))
        elif isinstance(exc, AuthError):
            self._auth(exc)
        elif isinstance(exc, EnrolmentUnreachable):
            text = self.tr("Cannot reach HQ at %1, so this laptop is not enrolled yet. Check the address and "
                           "the network, then press Connect to HQ again.").replace("%1", exc.url)
            self._box(QMessageBox.Icon.Warning, "network", text, details=str(exc))
        elif isinstance(exc, NetworkError):
            text = self.tr("Cannot reach HQ. Your work is kept on this laptop and will be sent at the next sync.")
            self._box(QMessageBox.Icon.Information, "network", text, details=str(exc))
        else:
            details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            log.error("unexpected error: %s", details)
            text = self.tr("Something went wrong: %1. Your data is safe; the details are in the log.")
            text = text.replace("%1", f"{type(exc).__name__}: {exc}"[:300])
            self._box(QMessageBox.Icon.Critical, "bug", text, details=details, copy=True)

    def _auth(self, exc: AuthError) -> None:
        text = self.tr("HQ no longer accepts this laptop (%1). Enrol it again in Settings → HQ connection.")
        box = self._box(QMessageBox.Icon.Warning, "auth", text.replace("%1", str(exc)), open_now=False)
        enrol = box.addButton(self.tr("Enrol again…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        enrol.clicked.connect(self.reenrol_requested.emit)
        box.open()

    def _box(self, icon: QMessageBox.Icon, kind: str, text: str, *, details: str = "",
             copy: bool = False, open_now: bool = True) -> QMessageBox:
        box = QMessageBox(icon, self.tr("OfficerDesk"), text, QMessageBox.StandardButton.NoButton, _parent())
        if details:
            box.setDetailedText(details)
        if copy:
            button = box.addButton(self.tr("Copy"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.disconnect()  # keep the box open after copying
            button.clicked.connect(lambda: _copy(f"{text}\n\n{details}"))
        if open_now:
            box.addButton(QMessageBox.StandardButton.Ok)
        box.finished.connect(lambda _r: self._forget(box))
        self._boxes.append(box)
        self.last_box = box
        self.shown.emit(kind, text)
        if open_now:
            box.open()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if box in self._boxes:
            self._boxes.remove(box)
        box.deleteLater()

    def close_all(self) -> None:
        for box in list(self._boxes):
            box.done(0)


def field_label(field: str) -> str:
    """The words for a field the core names by its key: the few that no list shows are named here,
    the rest by their list column's header; "" for a key with neither (its message then stands
    alone: the core's messages name the value they refuse)."""
    labels = {
        "name": QCoreApplication.translate("Fields", "Name"), "post": QCoreApplication.translate("Fields", "Post"), "status": QCoreApplication.translate("Fields", "Status"),
        "tz": QCoreApplication.translate("Fields", "Time zone"), "ends_at": QCoreApplication.translate("Fields", "End"), "text": QCoreApplication.translate("Fields", "Merged text"),
        "history": QCoreApplication.translate("Fields", "History"), "records": QCoreApplication.translate("Fields", "Number of records"),
        "type": QCoreApplication.translate("Fields", "Record type"), "order_by": QCoreApplication.translate("Fields", "Sort order"),
        "period": "",  # its messages name the period they refuse: "'2026-13' is not a period: …"
    }
    if field in labels:
        return labels[field]
    # else the header a record list shows for it ("title" -> 제목): the one place its words live
    from officerdesk.ui.record_screens import COLUMNS

    for columns in COLUMNS.values():
        for column in columns:
            if column.key == field:
                return column.title()
    return ""


def user_message(exc: UserError, lang: str) -> str:
    """A UserError in the user's language. A ValidationError shown away from its form field says
    the field in words (or not at all), never the key the code knows it by ("period: …")."""
    if not isinstance(exc, ValidationError):
        return exc.localized(lang)
    message = exc.field_message_ko if lang == "ko" else exc.field_message
    label = field_label(exc.field)
    return f"{label}: {message}" if label else message


def _copy(text: str) -> None:
    clipboard = QApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)


def _parent() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return app.activeWindow()
