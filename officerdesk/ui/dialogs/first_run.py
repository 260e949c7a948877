"""First run: who uses this laptop (officer name), for which post, in which language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core.demo.posts import POSTS
from officerdesk.errors import ValidationError
from officerdesk.ui.operations.start import set_up_identity

if TYPE_CHECKING:
    from officerdesk.core.dto import Identity
    from officerdesk.ui.context import AppContext


class FirstRunDialog(QDialog):
    """Asks for name, post and language; `identity.set_up` records them on the lane (one quick
    write; the dialog closes when it is done, or shows the refused field)."""

    def __init__(self, ctx: AppContext, lang: str = "ko", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.identity: Identity | None = None
        self.busy = False
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Welcome to OfficerDesk"))
        intro = QLabel(self.tr("Tell OfficerDesk who you are and which post this laptop works for. "
                               "Your records stay encrypted on this laptop."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("officerName")
        self.name.setPlaceholderText(self.tr("e.g. 김민수"))
        self.post = QComboBox(self)
        self.post.setObjectName("postCode")
        for code, info in POSTS.items():
            if code != "HQ":
                self.post.addItem(f"{code} — {info.get('name_ko' if lang == 'ko' else 'name_en', '')}", code)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "ko" else 1)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow("", self.error)
        form.addRow(self.tr("Post:"), self.post)
        form.addRow(self.tr("Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        set_up_identity(ctx=self.ctx, officer_name=self.name.text().strip(), post_code=str(self.post.currentData()),
                        language=self.chosen_language, on_done=self._set_up, on_error=self._refused,
                        on_finished=self._finished)

    def _set_up(self, ident: Identity) -> None:
        self.identity = ident
        super().accept()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, ValidationError):
            return False  # the one error mapper says what went wrong
        self.error.setText(exc.field_message_ko if self.chosen_language == "ko" else exc.field_message)
        self.error.show()
        self.name.setFocus()
        return True

    def _finished(self, _ok: bool) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)
