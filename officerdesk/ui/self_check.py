"""The Qt half of `officerdesk self-test`: what a frozen bundle can lose without the Python half
noticing (a platform plugin, the PDF module, the bundled fonts and translations)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication


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
    return f"Qt {app.platformName()}, {len(families)} font families, Korean translation, PDF viewer: {pages} page(s)"
