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

from officerdesk.core.demo_posts import POSTS
from officerdesk.core.services import identity
from officerdesk.errors import ValidationError

if TYPE_CHECKING:
    from officerdesk.core.db import Store


class FirstRunDialog(QDialog):
    """Asks for name, post and language; `identity.set_up` records them (fast, one transaction)."""

    def __init__(self, store: Store, lang: str = "ko", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.identity: identity.Identity | None = None
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
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        try:
            with self.store.session_factory.begin() as s:
                self.identity = identity.set_up(s, officer_name=self.name.text().strip(),
                                                post_code=str(self.post.currentData()), language=self.chosen_language)
        except ValidationError as exc:
            self.error.setText(exc.field_message_ko if self.chosen_language == "ko" else exc.field_message)
            self.error.show()
            self.name.setFocus()
            return
        super().accept()
