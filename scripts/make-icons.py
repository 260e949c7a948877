"""Renders resources/icons/officerdesk.svg to the PNG and ICO files the installers use.

Run after changing the SVG: QT_QPA_PLATFORM=offscreen python scripts/make-icons.py
(the macOS .icns is made on a Mac by installer/macos/build-macos.sh, with iconutil)."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(svg: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    svg.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    svg = QSvgRenderer(QByteArray((ICONS / "officerdesk.svg").read_bytes()))
    render(svg, 256).save(str(ICONS / "officerdesk.png"))
    Image.open(ICONS / "officerdesk.png").save(ICONS / "officerdesk.ico",
                                               sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
