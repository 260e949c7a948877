"""Deadline reminders on the desktop: a tray icon with the count of what is due, a notification
at start and during the day, snooze, and the Settings switch. No network is involved.

The core decides what is due and when to speak (`core.services.reminders`); this module only asks
it on a QTimer and shows the answer: a system tray notification where the desktop has a tray,
else a notice inside the window. The clock is a parameter, so a test can move time. The core is
imported at the first look (after FIRST_MS), never on the start path: it brings the ORM.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from officerdesk.ui.operations import deadlines as operations

if TYPE_CHECKING:
    from officerdesk.core.services.dashboard import DashboardItem
    from officerdesk.core.services.reminders import Reminder, ReminderState
    from officerdesk.ui.main_window import MainWindow

FIRST_MS = 20_000        # after start: the window's first rows and the sync come first
CHECK_MS = 10 * 60_000   # then a look every ten minutes (the core decides whether to speak)
SHOWN_MS = 15_000        # how long a tray message stays
LISTED = 3               # titles named in a notification


def now_here() -> dt.datetime:
    return dt.datetime.now()


class DeadlineReminders(QObject):
    def __init__(self, window: MainWindow, *, clock: Callable[[], dt.datetime] = now_here,
                 first_ms: int = FIRST_MS, check_ms: int = CHECK_MS, use_tray: bool | None = None) -> None:
        super().__init__(window)
        self.window, self.ctx, self.clock = window, window.ctx, clock
        self.first_ms, self.check_ms = first_ms, check_ms
        self.use_tray = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self._state: ReminderState | None = None  # made at the first look (the core loads then)
        self.due: tuple[Reminder, ...] = ()
        self.tray: QSystemTrayIcon | None = None
        self.notice: ReminderNotice | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.stopped = True
        self.ctx.change_bus.settings_changed.connect(self._settings_changed)
        window.installEventFilter(self)

    @property
    def state(self) -> ReminderState:
        if self._state is None:
            from officerdesk.core.services.reminders import ReminderState

            self._state = self._from_settings(ReminderState())
        return self._state

    @state.setter
    def state(self, value: ReminderState) -> None:
        self._state = value

    def start(self) -> None:
        self.stopped = False
        QTimer.singleShot(self.first_ms, self, self.check)
        self.timer.start(self.check_ms)

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    # --- asking the core ------------------------------------------------------------------

    def check(self) -> None:
        if self.stopped or self.ctx.runner.closed:
            return
        if not self.state.enabled:
            self._show_count(())
            return
        operations.due_soon(ctx=self.ctx, today=self.clock().date(), on_done=self._answered)

    def _answered(self, items: tuple[DashboardItem, ...]) -> None:
        from officerdesk.core.services.reminders import reminders, should_notify, shown

        if self.stopped:
            return
        now = self.clock()
        self.due = reminders(items, today=now.date())
        self._show_count(self.due)
        if should_notify(self.due, now=now, state=self.state):
            self.state = shown(self.state, self.due, now=now)
            self.notify(self.due)

    # --- what the officer does ------------------------------------------------------------

    def snooze(self) -> None:
        from officerdesk.core.services.reminders import snoozed

        self.state = snoozed(self.state, now=self.clock())
        self._save()
        self._close_notice()

    def turn_off(self) -> None:
        from officerdesk.core.services.reminders import ReminderState

        self.state = ReminderState(False, None, self.state.last_shown, self.state.shown_keys)
        self._save()
        self.ctx.change_bus.settings_changed.emit()

    def open_dashboard(self) -> None:
        self._close_notice()
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.show_view("dashboard")

    # --- showing --------------------------------------------------------------------------

    def notify(self, due: Sequence[Reminder]) -> None:
        title, text = self.tr("OfficerDesk: deadlines"), self.summary(due)
        if self.use_tray and self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
            return
        self._close_notice()
        self.notice = ReminderNotice(self, title, text)
        self.notice.show_in(self.window)

    def summary(self, due: Sequence[Reminder]) -> str:
        late = sum(1 for r in due if r.overdue)
        head = self.tr("%1 overdue, %2 due within three days").replace("%1", str(late)).replace("%2", str(len(due) - late))
        lines = [f"• {r.item.title[:60]} ({r.item.date.isoformat() if r.item.date else ''})" for r in due[:LISTED]]
        if len(due) > LISTED:
            lines.append(self.tr("and %1 more").replace("%1", str(len(due) - LISTED)))
        return "\n".join([head, *lines])

    def _show_count(self, due: Sequence[Reminder]) -> None:
        if not self.use_tray:
            return
        if not due or not self.state.enabled:
            if self.tray is not None:
                self.tray.hide()
            return
        if self.tray is None:
            self.tray = self._make_tray()
        self.tray.setIcon(counted_icon(len(due)))
        self.tray.setToolTip(self.summary(due))
        self.tray.show()

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(self)
        menu = QMenu(self.window)
        menu.addAction(self.tr("Show deadlines"), self.open_dashboard)
        menu.addAction(self.tr("Snooze for an hour"), self.snooze)
        menu.addAction(self.tr("Turn reminders off"), self.turn_off)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.open_dashboard)
        tray.activated.connect(lambda reason: self.open_dashboard()
                               if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        return tray

    def _close_notice(self) -> None:
        if self.notice is not None:
            self.notice.close()
            self.notice.deleteLater()
            self.notice = None

    # --- settings -------------------------------------------------------------------------

    def _from_settings(self, state: ReminderState) -> ReminderState:
        from officerdesk.core.services.reminders import ReminderState

        settings = self.ctx.settings
        return ReminderState(settings.reminders_on, settings.snoozed_until, state.last_shown, state.shown_keys)

    def _save(self) -> None:
        self.ctx.settings = self.ctx.settings.with_reminders(self.state.enabled, self.state.snoozed_until)
        self.ctx.settings.save(self.ctx.store.paths)

    def _settings_changed(self) -> None:
        self.state = self._from_settings(self.state)
        if not self.state.enabled:
            self._close_notice()
        self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window:
            if event.type() == QEvent.Type.Close:
                QTimer.singleShot(0, self, self._after_close)  # the window may still refuse to close
            elif event.type() == QEvent.Type.Resize and self.notice is not None:
                self.notice.place()
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.stop()
            self._close_notice()


class ReminderNotice(QFrame):
    """The in-app notice where the desktop has no tray: top right inside the window, with the
    same three choices as the tray's menu."""

    def __init__(self, reminders: DeadlineReminders, title: str, text: str) -> None:
        super().__init__(reminders.window)
        self.setObjectName("reminderNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminderNotice { background: #fff8e1; border: 1px solid #e0b252; border-radius: 6px; }"
                           "#reminderNotice QLabel { background: transparent; }")
        heading = QLabel(f"<b>{title}</b>", self)
        self.text = QLabel(text, self)
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Show deadlines"), self)
        self.snooze_button = QPushButton(self.tr("Snooze for an hour"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.open_button.clicked.connect(reminders.open_dashboard)
        self.snooze_button.clicked.connect(reminders.snooze)
        self.dismiss_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setFixedWidth(420)

    def show_in(self, window: QWidget) -> None:
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        top = 8 + (parent.menuWidget().height() if hasattr(parent, "menuWidget") and parent.menuWidget() else 0)
        self.move(parent.width() - self.width() - 16, top + 40)


def counted_icon(count: int) -> QIcon:
    """The app's icon with the number of due items on a red badge."""
    app = QApplication.instance()
    base = app.windowIcon() if isinstance(app, QApplication) else QIcon()
    if base.isNull() and isinstance(app, QApplication):
        base = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base.paint(painter, QRect(0, 0, 64, 64))
    painter.setBrush(QColor("#d32f2f"))
    painter.setPen(Qt.PenStyle.NoPen)
    badge = QRect(28, 28, 36, 36)
    painter.drawEllipse(badge)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(22 if count < 10 else 17)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)


def export_calendar(window: MainWindow) -> None:
    """File → Export deadlines to calendar: every open deadline into an .ics the officer chooses."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    tr = window.tr
    path, _filter = QFileDialog.getSaveFileName(window, tr("Export deadlines to calendar"), "officerdesk-deadlines.ics",
                                                tr("Calendar (*.ics)"))
    if not path:
        return
    target = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")

    def done(count: int) -> None:
        window.status.showMessage(tr("%1 deadlines written to %2").replace("%1", str(count)).replace("%2", target.name),
                                  8000)

    operations.export_calendar(ctx=window.ctx, path=target, on_done=done)
