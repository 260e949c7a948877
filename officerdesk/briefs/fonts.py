"""The bundled fonts: NanumGothic (Korean, Latin, kana) and Droid Sans Fallback for the CJK
characters NanumGothic lacks (simplified Chinese, some Japanese kanji).

ReportLab embeds TrueType fonts as subsets, so a brief renders on machines with no Korean font.
Text is split into runs per font: each character goes to the first font that has a glyph for it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from officerdesk.paths import resources_dir

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"
FALLBACK = "DroidSansFallback"

FILES = {
    REGULAR: "NanumGothic.ttf",
    BOLD: "NanumGothicBold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}
LICENCES = ("NanumGothic-OFL.txt", "DroidSansFallbackFull-LICENSE.txt")

_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the fonts with ReportLab once per process (safe from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        # <b> inside a paragraph switches to the bold face; the fallback has one weight only
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
                addMapping(FALLBACK, bold, italic, FALLBACK)
        _registered = True


def _cmap(name: str) -> dict[int, int]:
    font = pdfmetrics.getFont(name)
    cmap: dict[int, int] = font.face.charToGlyph
    return cmap


def has_glyph(font_name: str, char: str) -> bool:
    register()
    return ord(char) in _cmap(font_name)


def font_for(char: str, main: str = REGULAR) -> str:
    """The font that draws `char`: the main font when it can, else the CJK fallback."""
    register()
    code = ord(char)
    if code in _cmap(main) or char.isspace():
        return main
    if code in _cmap(FALLBACK):
        return FALLBACK
    return main


def runs(text: str, main: str = REGULAR) -> Iterator[tuple[str, str]]:
    """(font name, text) runs covering `text`, switching font only where a glyph is missing."""
    current = ""
    buf: list[str] = []
    for char in text:
        name = font_for(char, main)
        if name != current and buf:
            yield current, "".join(buf)
            buf = []
        current = name
        buf.append(char)
    if buf:
        yield current, "".join(buf)


def markup(text: str, main: str = REGULAR) -> str:
    """User text as safe Paragraph mini-markup, with font switches for fallback runs."""
    parts = []
    for name, chunk in runs(text, main):
        safe = escape(chunk)
        parts.append(safe if name == main else f'<font face="{name}">{safe}</font>')
    return "".join(parts)


def string_width(text: str, size: float, main: str = REGULAR) -> float:
    return float(sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in runs(text, main)))
