"""Settings: language, the data folder, the HQ connection (enrolment), backups, security
(the officer's recovery file) and briefs (page 1's 수신, 직위 and contact).

A language change is saved to the profile's settings.json and applies at the next start (the
whole window is rebuilt then, so no screen is ever half in one language); `--lang` overrides it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officerdesk.ui.operations import backup as operations
from officerdesk.ui.operations import hq

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

SECTIONS = ("general", "hq", "backups", "security", "briefs")



def back_up_now(ctx: AppContext, parent: QWidget) -> int:
    def done(path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "OfficerDesk",
                          QCoreApplication.translate("SettingsDialog", "Backup written and verified:\n%1").replace("%1", str(path)),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("backupDone")
        box.open()

    return operations.back_up(ctx=ctx, on_done=done)


class SettingsDialog(QDialog):
    language_saved = Signal(str)
    enrolled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, section: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general(), self.tr("General"))
        self.tabs.addTab(self._hq(), self.tr("HQ connection"))
        self.tabs.addTab(self._backups(), self.tr("Backups"))
        self.tabs.addTab(self._security(), self.tr("Security"))
        self.tabs.addTab(self._briefs(), self.tr("Briefs"))
        if section in SECTIONS:
            self.tabs.setCurrentIndex(SECTIONS.index(section))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    # --- tabs -----------------------------------------------------------------------------

    def _general(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = QComboBox(page)
        self.language.setObjectName("language")
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if self.ctx.lang == "ko" else 1)
        note = QLabel(self.tr("A new language applies when OfficerDesk next starts."), page)
        note.setWordWrap(True)
        note.setObjectName("hint")
        folder = QLineEdit(str(self.ctx.profile_dir), page)
        folder.setReadOnly(True)
        folder.setObjectName("dataFolder")
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("Data folder:"), folder)
        self.reminders = QCheckBox(self.tr("Remind me of overdue and due-soon follow-ups and requests"), page)
        self.reminders.setObjectName("reminders")
        self.reminders.setChecked(self.ctx.settings.reminders_on)
        form.addRow(self.tr("Reminders:"), self.reminders)
        return page

    def _hq(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.hq_state = QLabel(page)
        self.hq_state.setWordWrap(True)
        self.hq_url = QLineEdit(page)
        self.hq_url.setObjectName("hqUrl")
        self.hq_url.setPlaceholderText("https://hq.example.go.kr")
        self.enrol_code = QLineEdit(page)
        self.enrol_code.setObjectName("enrolCode")
        self.enrol_code.setPlaceholderText(self.tr("one-time code from your HQ administrator"))
        self.enrol_button = QPushButton(self.tr("Connect to HQ"), page)
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(self.enrol)
        form.addRow(self.tr("Status:"), self.hq_state)
        form.addRow(self.tr("HQ address:"), self.hq_url)
        form.addRow(self.tr("Enrolment code:"), self.enrol_code)
        form.addRow("", self.enrol_button)
        hq.hq_connection(ctx=self.ctx, on_done=self._show_hq)
        return page

    def _backups(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        folder = QLabel(str(self.ctx.store.paths.backups), page)
        folder.setWordWrap(True)
        now = QPushButton(self.tr("Back up now"), page)
        now.setObjectName("backUpNow")
        now.clicked.connect(lambda: back_up_now(self.ctx, self))
        restore = QPushButton(self.tr("Restore from a backup…"), page)
        restore.setObjectName("restoreBackup")
        restore.clicked.connect(self.choose_restore)
        hint = QLabel(self.tr("Backups are encrypted with this profile's key and checked after writing. "
                              "OfficerDesk also makes one every day and before every upgrade."), page)
        hint.setWordWrap(True)
        form.addRow(self.tr("Backups folder:"), folder)
        form.addRow("", now)
        form.addRow("", restore)
        form.addRow("", hint)
        return page

    def _security(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        hint = QLabel(self.tr("A recovery file holds this profile's database key, locked with a passphrase you "
                              "choose. If the OS keyring loses the key, the file and its passphrase open the "
                              "database and its backups again. Keep the file offline, apart from the laptop, "
                              "and the passphrase apart from the file."), page)
        hint.setWordWrap(True)
        self.recovery_passphrase = QLineEdit(page)
        self.recovery_passphrase.setObjectName("recoveryPassphrase")
        self.recovery_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_again = QLineEdit(page)
        self.recovery_again.setObjectName("recoveryPassphraseAgain")
        self.recovery_again.setEchoMode(QLineEdit.EchoMode.Password)
        export = QPushButton(self.tr("Export recovery file…"), page)
        export.setObjectName("exportRecoveryFile")
        export.clicked.connect(self.choose_recovery_file)
        self.recovery_state = QLabel(page)
        self.recovery_state.setObjectName("recoveryState")
        self.recovery_state.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("Passphrase:"), self.recovery_passphrase)
        form.addRow(self.tr("Passphrase again:"), self.recovery_again)
        form.addRow("", export)
        form.addRow("", self.recovery_state)
        return page

    def _briefs(self) -> QWidget:
        from officerdesk.core.services import issue_settings

        page = QWidget(self)
        form = QFormLayout(page)
        saved = issue_settings.read(self.ctx.store.paths.settings_file)
        hint = QLabel(self.tr("Page 1 of every brief names its recipient and sender the way HQ's reports do."), page)
        hint.setWordWrap(True)
        self.hq_division = QLineEdit(saved.hq_division, page)
        self.hq_division.setObjectName("hqDivision")
        self.hq_division.setPlaceholderText(self.tr("e.g. 산업재산보호협력국장"))
        self.officer_title = QLineEdit(saved.officer_title, page)
        self.officer_title.setObjectName("officerTitle")
        self.officer_title.setPlaceholderText(self.tr("e.g. 특허관"))
        self.officer_contact = QLineEdit(saved.officer_contact, page)
        self.officer_contact.setObjectName("officerContact")
        self.officer_contact.setPlaceholderText("+1 202 555 0100")
        for box in (self.hq_division, self.officer_title, self.officer_contact):
            box.setMaxLength(issue_settings.MOST)
        self.briefs_state = QLabel(page)
        self.briefs_state.setObjectName("briefsState")
        self.briefs_state.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("Recipient (수신):"), self.hq_division)
        form.addRow(self.tr("Title (직위):"), self.officer_title)
        form.addRow(self.tr("Contact:"), self.officer_contact)
        form.addRow("", self.briefs_state)
        return page

    def save_brief_settings(self) -> bool:
        """Save 수신, 직위 and contact when they changed; False (the reason shown, the tab in view
        and nothing saved) when a value is refused."""
        from officerdesk.core.services import issue_settings
        from officerdesk.errors import ValidationError

        path = self.ctx.store.paths.settings_file
        try:
            values = issue_settings.clean(self.hq_division.text(), self.officer_title.text(), self.officer_contact.text())
        except ValidationError as exc:
            self.briefs_state.setText(exc.field_message_ko if self.ctx.lang == "ko" else exc.field_message)
            self.tabs.setCurrentIndex(SECTIONS.index("briefs"))
            {"hq_division": self.hq_division, "officer_title": self.officer_title,
             "officer_contact": self.officer_contact}[exc.field].setFocus()
            return False
        if values != issue_settings.read(path):
            issue_settings.write(path, values)
        return True

    # --- actions --------------------------------------------------------------------------

    def choose_recovery_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export recovery file"),
                                              str(Path.home() / "officerdesk.recovery"))
        if name:
            self.export_recovery_file(Path(name))

    def export_recovery_file(self, target: Path) -> int | None:
        """Write the file once both passphrases agree; None (and a reason shown) otherwise."""
        from officerdesk.core.store.recovery_file import MIN_PASSPHRASE
        from officerdesk.ui.operations import security

        passphrase = self.recovery_passphrase.text()
        if passphrase != self.recovery_again.text():
            self.recovery_state.setText(self.tr("The two passphrases differ."))
            return None
        if len(passphrase) < MIN_PASSPHRASE:
            self.recovery_state.setText(self.tr("The passphrase needs at least %1 characters.")
                                        .replace("%1", str(MIN_PASSPHRASE)))
            return None

        def done(path: Path) -> None:
            self.recovery_passphrase.clear()
            self.recovery_again.clear()
            self.recovery_state.setText(self.tr("Recovery file written: %1").replace("%1", str(path)))

        return security.export_recovery_file(ctx=self.ctx, target=target, passphrase=passphrase, on_done=done)

    def accept(self) -> None:
        if not self.save_brief_settings():
            return
        lang = str(self.language.currentData())
        if lang != (self.ctx.settings.language or self.ctx.lang):
            self.ctx.settings = self.ctx.settings.with_language(lang)
            self.ctx.settings.save(self.ctx.store.paths)
            self.language_saved.emit(lang)
        on = self.reminders.isChecked()
        if on != self.ctx.settings.reminders_on:
            # switched back on: no snooze left over from before
            self.ctx.settings = self.ctx.settings.with_reminders(on)
            self.ctx.settings.save(self.ctx.store.paths)
            self.ctx.change_bus.settings_changed.emit()
        super().accept()

    def _show_hq(self, state: dict[str, Any]) -> None:
        if state["enrolled"]:
            self.hq_state.setText(self.tr("Connected to %1").replace("%1", state["url"]))
        else:
            self.hq_state.setText(self.tr("Not connected. Enter the HQ address and the one-time code."))
        self.hq_url.setText(state["url"])

    def enrol(self) -> None:
        self.enrol_button.setEnabled(False)
        hq.enrol(ctx=self.ctx, url=self.hq_url.text().strip(), code=self.enrol_code.text().strip(),
                 on_done=lambda _a: self._enrolled(), on_finished=lambda _ok: self.enrol_button.setEnabled(True))

    def _enrolled(self) -> None:
        hq.current_identity(ctx=self.ctx, on_done=self._adopt_identity)

    def _adopt_identity(self, ident: Any) -> None:
        self.ctx.identity = ident
        hq.hq_connection(ctx=self.ctx, on_done=self._show_hq)
        self.enrolled.emit()

    def choose_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), str(self.ctx.store.paths.backups),
                                              self.tr("OfficerDesk backups (*.db)"))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> int:
        """Replace the database with a verified backup, then close: the next start opens it.
        Exclusive on the lane: every connection is closed before the files are replaced."""

        def done(safety: Path) -> None:
            box = QMessageBox(QMessageBox.Icon.Information, "OfficerDesk",
                              self.tr("The backup was restored; the previous database was saved to %1. "
                                      "OfficerDesk will now close; start it again to continue.").replace("%1", str(safety)),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("restored")
            box.finished.connect(lambda _r: QCoreApplication.quit())
            box.open()

        return operations.restore(ctx=self.ctx, path=path, on_done=done)

