"""The key-missing screen: a profile whose database exists but whose key the OS keyring lost.

It offers exactly the recoveries that exist (officerdesk/recovery.py): through HQ with a one-time
recovery code when this laptop was enrolled, from the officer's recovery file, or starting again in
a new profile and pulling the post's records from HQ, with what that loses. Nothing here creates,
moves or writes the database file; a key is kept only once it has opened the database. The work is
short (one HQ request, or scrypt) and nothing else is open yet, so it runs while a wait cursor shows.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
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
from officerdesk.errors import NetworkError, UserError


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

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

    def recover_with_code(self) -> bool:
        code = self.code.text().strip()
        return self._attempt(lambda: recovery.recover_with_code(self.root, code))

    def recover_with_file(self) -> bool:
        path, passphrase = self.file.text().strip(), self.passphrase.text()
        if not path:
            self.problem.setText(self.tr("Choose the recovery file first."))
            return False
        return self._attempt(lambda: recovery.recover_with_file(self.root, path, passphrase))

    def _attempt(self, work: object) -> bool:
        assert callable(work)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        except UserError as exc:
            self.problem.setText(exc.localized(self.lang))
            return False
        except NetworkError as exc:
            self.problem.setText(self.tr("HQ cannot be reached: %1").replace("%1", str(exc)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
        return True
