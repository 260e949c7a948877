"""About: the versions of the app and what it runs on."""

from __future__ import annotations

import html
import platform
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from officerdesk import __version__

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext


def versions(ctx: AppContext) -> dict[str, str]:
    """What About shows; the database figures are read from the open profile."""
    from sqlalchemy import text

    with ctx.store.engine.connect() as conn:
        cipher = str(conn.execute(text("PRAGMA cipher_version")).scalar() or "?")
        sqlite = str(conn.execute(text("SELECT sqlite_version()")).scalar() or "?")
    return {
        "OfficerDesk": __version__,
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "SQLCipher": cipher,
        "SQLite": sqlite,
        "Python": platform.python_version(),
    }


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About OfficerDesk"))
        title = QLabel("<h2>OfficerDesk</h2>", self)
        blurb = QLabel(self.tr("Meeting notes, company requests, contacts and briefs for overseas IP officers, "
                               "encrypted on this laptop and synced with HQ."), self)
        blurb.setWordWrap(True)
        form = QFormLayout()
        self.values: dict[str, str] = {}
        # A quick read on the database connection; About is opened by hand, never at startup.
        for name, value in versions(ctx).items():
            self.values[name] = value
            form.addRow(f"{name}:", QLabel(value, self))
        form.addRow(self.tr("Profile:"), QLabel(str(ctx.profile_dir), self))
        if ctx.update_available is not None:
            update = ctx.update_available
            text = html.escape(self.tr("OfficerDesk %1 is available").replace("%1", update.version))
            # only an https address becomes a link: HQ's text must not open local files or programs
            if update.url.startswith("https://"):
                link = html.escape(update.url, quote=True)
                text += f'<br><a href="{link}">{link}</a>'
            note = QLabel(text, self)
            note.setObjectName("updateAvailable")
            note.setOpenExternalLinks(True)
            form.addRow(self.tr("Update:"), note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
