"""The Qt half of `officerdesk self-test`: what a frozen bundle can lose without the Python half
noticing (a platform plugin, the PDF module, the bundled fonts and translations, Qt's own Korean
catalogue, the help guide)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QTextBrowser


def qt_check(pdf: bytes | None) -> str:
    """One line on what worked; raises RuntimeError naming what did not."""
    from officerdesk.ui.app import install_translations, load_fonts

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server or a build machine
    app = QApplication.instance() or QApplication(["officerdesk-self-test"])
    assert isinstance(app, QApplication)
    families = load_fonts(app)
    if not families:
        raise RuntimeError("the bundled fonts did not load")
    if not install_translations(app, "ko"):
        raise RuntimeError("the Korean translation did not load")
    # Qt's own strings (standard buttons, file dialogs): Qt's catalogue or the copy in resources/qt
    qt_korean = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if qt_korean == "Cancel":
        raise RuntimeError("Qt's Korean catalogue (qtbase_ko.qm) did not load: its buttons would be English")
    guide = _guide_sections()
    pages = 0
    if pdf is not None:
        data = QByteArray(pdf)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        pages = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or pages < 1:
            raise RuntimeError(f"Qt cannot read the brief it was given ({document.error().name})")
        document.close()
    return (f"Qt {app.platformName()}, {len(families)} font families, Korean translation, Qt's Korean "
            f"({qt_korean}), help guide: {guide} sections, PDF viewer: {pages} page(s)")


def _guide_sections() -> int:
    """The Korean guide as the Help menu opens it: the bundled HTML, read by a QTextBrowser."""
    from officerdesk.ui.dialogs.help import guide_file

    path = guide_file("ko")
    if path.name != "guide_ko.html":
        raise RuntimeError(f"the Korean help guide is missing from {path.parent}")
    browser = QTextBrowser()
    browser.setSource(QUrl.fromLocalFile(str(path)))
    text = browser.toPlainText()
    sections = browser.toHtml().count("<h2")
    browser.deleteLater()
    if "OfficerDesk" not in text or sections < 1:
        raise RuntimeError(f"the help guide {path.name} has no sections")
    return sections
