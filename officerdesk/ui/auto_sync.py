"""Sync without being asked: on a timer, soon after the laptop comes back online, and with
backoff while HQ cannot be reached. Failures show in the status bar, never in a dialog."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from officerdesk.ui.main_window import MainWindow

INTERVAL_MS = 5 * 60_000   # while all is well
FIRST_MS = 15_000          # after start: let the window settle first
RETRY_MS = 30_000          # first retry after a failure; doubles up to INTERVAL_MS
BACK_ONLINE_MS = 2_000     # the OS says the network is back
WATCH_AFTER_MS = 1_000     # start watching the network once the window is up (Qt's backend loads then)


class AutoSync(QObject):
    def __init__(self, window: MainWindow, *, interval_ms: int = INTERVAL_MS,
                 retry_ms: int = RETRY_MS, first_ms: int = FIRST_MS) -> None:
        super().__init__(window)
        self.window = window
        self.interval_ms, self.retry_ms, self.first_ms = interval_ms, retry_ms, first_ms
        self.failures = 0
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.run)
        self._watching = False
        self.stopped = False

    def start(self) -> None:
        self.stopped = False
        self.schedule(self.first_ms)
        if not self._watching:
            self._watching = True
            QTimer.singleShot(min(WATCH_AFTER_MS, self.first_ms), self, self._watch_network)

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()

    def schedule(self, ms: int) -> None:
        if not self.stopped:
            self.timer.start(max(0, ms))

    def run(self) -> None:
        from officerdesk.ui.sync_action import is_enrolled, start_sync

        if self.stopped:
            return
        if not is_enrolled(self.window):
            self.schedule(self.interval_ms)  # enrolment may come later, from Settings
            return
        if start_sync(self.window, quiet=True, on_result=self.finished) is None:
            self.schedule(self.retry_ms)  # a sync is running already: look again soon

    def finished(self, ok: bool) -> None:
        if ok:
            self.failures = 0
            self.schedule(self.interval_ms)
            return
        self.failures += 1
        ceiling = min(self.interval_ms, self.retry_ms * 2 ** (self.failures - 1))
        self.schedule(random.randint(ceiling // 2, ceiling))  # jitter: posts don't retry in step

    def _watch_network(self) -> None:
        """Sync soon after the OS reports the network is back, where Qt has a backend for that."""
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6-Essentials
            return
        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and self.failures:
            self.schedule(BACK_ONLINE_MS)
