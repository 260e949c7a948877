"""The key-missing screen: a profile whose database exists but whose key the OS keyring lost.

It offers exactly the recoveries that exist (officerdesk/recovery.py): through HQ with a one-time
recovery code when this laptop was enrolled, from the officer's recovery file, or starting again in
a new profile and pulling the post's records from HQ, with what that loses. Nothing here creates,
moves or writes the database file; a key is kept only once it has opened the database.

The work (one HQ request that an embassy line can stretch to the stall timeout, or scrypt) runs on a
pool thread while the screen shows it is busy and offers Cancel. The app's op
runner and its database lane (ui/ops.py) do not apply: they belong to an open profile's context,
and here no database is open, nor may be (the key is what is missing); the work touches only HQ,
the recovery file and the keyring.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officerdesk import recovery
from officerdesk.errors import NetworkError, OfficerDeskError, UserError


class _Relay(QObject):
    """Carries a worker's outcome to the UI thread (a queued signal: it lives on the UI thread)."""

    finished = Signal(int, object)  # attempt number, None on success or the exception


class _Attempt(QRunnable):
    def __init__(self, number: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.number, self.work, self.relay = number, work, relay

    def run(self) -> None:
        outcome: Exception | None = None
        try:
            self.work()
        except Exception as exc:  # every outcome goes back to the screen, which says what it means
            outcome = exc
        self.relay.finished.emit(self.number, outcome)


class KeyMissingDialog(QDialog):
    def __init__(self, root: str | os.PathLike[str], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root, self.lang = Path(root), lang
        self.options = recovery.options(root)
        self.setObjectName("keyMissingDialog")
        self.setWindowTitle(self.tr("The database key is missing"))
        intro = QLabel(self.tr("The database in %1 cannot be opened: its key is missing from the OS keyring "
                               "(a reset keyring, a new user account or a copied profile). Nothing was changed. "
                               "Backups are locked with the same key, so the key itself must come back.")
                       .replace("%1", str(self.root)), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.escrow_box: QGroupBox | None = self._escrow() if self.options.escrow else None
        if self.escrow_box is not None:
            layout.addWidget(self.escrow_box)
        layout.addWidget(self._file())
        layout.addWidget(self._start_again())
        self.problem = QLabel(self)
        self.problem.setObjectName("recoveryProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        self.busy = QLabel(self)
        self.busy.setObjectName("recoveryBusy")
        self.busy.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("cancelRecovery")
        self.cancel.clicked.connect(self.stop_waiting)
        waiting = QHBoxLayout()
        waiting.addWidget(self.busy, 1)
        waiting.addWidget(self.cancel)
        layout.addLayout(waiting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        # the global pool and an unparented relay, so closing the screen never waits for HQ: a
        # worker that answers after the screen is gone emits into a relay nothing listens to
        self.pool = QThreadPool.globalInstance()
        self.relay = _Relay()
        self.relay.finished.connect(self._finished)
        self.attempts = 0  # the number of the attempt whose outcome the screen waits for; 0: none
        self.waiting_for = 0
        self._set_busy(False)

    def _escrow(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recover through HQ"), self)
        box.setObjectName("recoverThroughHq")
        form = QFormLayout(box)
        hint = QLabel(self.tr("Ask HQ for a recovery code for this laptop (it is valid once, for a day). "
                              "HQ gives the key back; edits not yet sent to HQ are kept."), box)
        hint.setWordWrap(True)
        self.code = QLineEdit(box)
        self.code.setObjectName("recoveryCode")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        go = QPushButton(self.tr("Recover"), box)
        go.setObjectName("recoverWithCode")
        go.clicked.connect(self.recover_with_code)
        form.addRow("", hint)
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow("", go)
        return box

    def _file(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recover from your recovery file"), self)
        box.setObjectName("recoverFromFile")
        form = QFormLayout(box)
        self.file = QLineEdit(box)
        self.file.setObjectName("recoveryFile")
        choose = QPushButton(self.tr("Choose…"), box)
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file)
        row.addWidget(choose)
        self.passphrase = QLineEdit(box)
        self.passphrase.setObjectName("recoveryFilePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        go = QPushButton(self.tr("Recover"), box)
        go.setObjectName("recoverWithFile")
        go.clicked.connect(self.recover_with_file)
        form.addRow(self.tr("Recovery file:"), row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", go)
        return box

    def _start_again(self) -> QGroupBox:
        box = QGroupBox(self.tr("Start again from HQ"), self)
        box.setObjectName("startAgain")
        text = QLabel(self.tr("Open OfficerDesk on a new profile folder (officerdesk --profile NEW_FOLDER), enrol it "
                              "with a new code from HQ and pull the post's records. What you lose: edits not yet "
                              "sent to HQ and anything kept only on this laptop. They stay in this locked file, "
                              "which is kept as it is, until its key is recovered."), box)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(box).addWidget(text)
        return box

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Recovery file"), str(Path.home()))
        if name:
            self.file.setText(name)

    def recover_with_code(self) -> None:
        code = self.code.text().strip()
        if not code:
            self.problem.setText(self.tr("Type the recovery code HQ gave you first."))
            return
        self._attempt(lambda: recovery.recover_with_code(self.root, code),
                      self.tr("Asking HQ for the key… On a slow line this can take a minute."))

    def recover_with_file(self) -> None:
        path, passphrase = self.file.text().strip(), self.passphrase.text()
        if not path:
            self.problem.setText(self.tr("Choose the recovery file first."))
            return
        self._attempt(lambda: recovery.recover_with_file(self.root, path, passphrase),
                      self.tr("Opening the recovery file…"))

    def _attempt(self, work: Callable[[], object], doing: str) -> None:
        if self.waiting_for:
            return
        self.attempts += 1
        self.waiting_for = self.attempts
        self.problem.clear()
        self.busy.setText(doing)
        self._set_busy(True)
        self.pool.start(_Attempt(self.attempts, work, self.relay))

    def stop_waiting(self) -> None:
        """Cancel: the screen stops waiting and may be used again. An HTTP request cannot be
        recalled; if HQ still answers with the key, it is kept (it was proven against the database,
        and a spent code cannot be spent again), so the late success still opens the profile."""
        if not self.waiting_for:
            return
        self.waiting_for = 0
        self._set_busy(False)
        self.problem.setText(self.tr("Stopped waiting. If HQ answers after all, the key is kept and OfficerDesk "
                                     "opens; otherwise try again."))

    def _set_busy(self, busy: bool) -> None:
        for button in self.findChildren(QPushButton):
            if button.objectName() in ("recoverWithCode", "recoverWithFile"):
                button.setEnabled(not busy)
        self.cancel.setVisible(busy)
        self.busy.setVisible(busy)

    def _finished(self, number: int, outcome: Exception | None) -> None:
        late = number != self.waiting_for
        if outcome is None:
            self.waiting_for = 0
            self._set_busy(False)
            self.accept()  # also a late success: the key is in the keyring, the profile opens
            return
        if late:
            return  # an attempt the officer stopped waiting for: its failure is old news
        self.waiting_for = 0
        self._set_busy(False)
        self.problem.setText(self.explain(outcome))

    def explain(self, failure: Exception) -> str:
        if isinstance(failure, UserError):
            return failure.localized(self.lang)
        if isinstance(failure, NetworkError):
            return self.tr("HQ cannot be reached: %1").replace("%1", str(failure))
        if isinstance(failure, OfficerDeskError):
            return self.tr("HQ did not give the key back: %1").replace("%1", str(failure))
        return self.tr("The recovery failed unexpectedly: %1").replace("%1", f"{type(failure).__name__}: {failure}")
