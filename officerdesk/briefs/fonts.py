"""The bundled fonts, and how text is split between them so that no character is lost.

- NanumGothic: Korean, Latin, kana and the Han characters Korean uses.
- Droid Sans Fallback: simplified and traditional Chinese, Japanese kanji, Hangul jamo.
- Noto Sans Arabic / Noto Sans Hebrew: right-to-left names.

ReportLab embeds TrueType (glyf) fonts as subsets, so a brief renders on machines with none of
them. Text is cut into runs by *script*, and each run is set in one font: a Chinese name goes
whole to the font that has every one of its characters, rather than switching face per
character. Right-to-left runs are shaped (HarfBuzz) and laid out right to left, and a line that
mixes directions is ordered by the bidi algorithm (`bidi.py`). A character no
bundled font can draw becomes a visible placeholder such as [U+1F600]; `coverage.py` names the
record and field it came from so the build can warn.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables

from officerdesk.paths import resources_dir

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"
FALLBACK = "DroidSansFallback"
ARABIC, ARABIC_BOLD = "NotoSansArabic", "NotoSansArabic-Bold"
HEBREW, HEBREW_BOLD = "NotoSansHebrew", "NotoSansHebrew-Bold"

FILES = {
    REGULAR: "NanumGothic.ttf",
    BOLD: "NanumGothicBold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
}
LICENCES = ("NanumGothic-OFL.txt", "DroidSansFallbackFull-LICENSE.txt", "NotoSans-OFL.txt")

# Scripts that pick their font as a whole run.
LATIN, HANGUL, CJK, JAMO, RTL_ARABIC, RTL_HEBREW, COMMON, IGNORABLE = (
    "latin", "hangul", "cjk", "jamo", "arabic", "hebrew", "common", "ignorable")

# Kinsoku: characters a CJK line must not start with, and ones it must not end with.
NO_LINE_START = set("、。，．・：；？！゛゜ヽヾゝゞ々ー’”）〕］｝〉》」』】〙〗〟｠»ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ…‥,.:;?!)]}%")
NO_LINE_END = set("‘“（〔［｛〈《「『【〘〖〝｟«([{")

_OWN_FONT = (RTL_ARABIC, RTL_HEBREW, JAMO, IGNORABLE)  # scripts never left to the main font as is
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
        # <b> inside a paragraph switches to the bold face; the CJK fallback has one weight only
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
                addMapping(FALLBACK, bold, italic, FALLBACK)
                addMapping(ARABIC, bold, italic, ARABIC_BOLD if bold else ARABIC)
                addMapping(HEBREW, bold, italic, HEBREW_BOLD if bold else HEBREW)
        # a table cell's default face is Helvetica, which would be referenced (never embedded)
        # for every empty cell; every font in a brief is embedded
        tables.CellStyle.fontname = REGULAR
        _registered = True


_cmaps: dict[str, dict[int, int]] = {}


def _cmap(name: str) -> dict[int, int]:
    cmap = _cmaps.get(name)
    if cmap is None:  # looked up per character: keep the font lookup out of the loop
        cmap = _cmaps[name] = pdfmetrics.getFont(name).face.charToGlyph
    return cmap


def has_glyph(font_name: str, char: str) -> bool:
    register()
    return ord(char) in _cmap(font_name)


@functools.lru_cache(maxsize=8192)
def script_of(char: str) -> str:
    code = ord(char)
    if 0xAC00 <= code <= 0xD7A3 or 0x3130 <= code <= 0x318F:
        return HANGUL
    if 0x1100 <= code <= 0x11FF or 0xA960 <= code <= 0xA97F or 0xD7B0 <= code <= 0xD7FF or code in (0x302E, 0x302F):
        return JAMO  # conjoining jamo: old Hangul and decomposed syllables
    if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
        return RTL_HEBREW
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return RTL_ARABIC
    if (0x2E80 <= code <= 0x2FDF or 0x3000 <= code <= 0x303F or 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF
            or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF):
        return CJK
    if code in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF) or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return IGNORABLE  # joiners and variation selectors draw nothing
    category = unicodedata.category(char)
    if char.isspace() or (category[0] in "NPZS" and code < 0x2E80):
        return COMMON
    return LATIN


def _choices(script: str, main: str) -> tuple[str, ...]:
    bold = main == BOLD
    if script == RTL_ARABIC:
        return (ARABIC_BOLD if bold else ARABIC,)
    if script == RTL_HEBREW:
        return (HEBREW_BOLD if bold else HEBREW,)
    if script == JAMO:
        return (FALLBACK, main)
    return (main, FALLBACK)


def font_for(char: str, main: str = REGULAR) -> str:
    """The font that draws `char` on its own (a run may choose otherwise, see `runs`)."""
    register()
    if char.isspace():
        return main
    for name in _choices(script_of(char), main):
        if ord(char) in _cmap(name):
            return name
    return main


def drawable(char: str, main: str = REGULAR) -> bool:
    """Whether some bundled font draws `char` (ignorable joiners count as drawn)."""
    register()
    script = script_of(char)
    return script == IGNORABLE or char.isspace() or any(ord(char) in _cmap(n) for n in _choices(script, main))


def placeholder(char: str) -> str:
    return f"[U+{ord(char):04X}]"


def _script_runs(text: str) -> Iterator[tuple[str, str]]:
    """(script, text) runs; spaces, digits and punctuation join the run they follow."""
    current, buf = "", list[str]()
    for char in text:
        script = script_of(char)
        if script in (COMMON, IGNORABLE):
            buf.append(char)
            continue
        if current and script != current:
            yield current, "".join(buf)
            buf = []
        current = script
        buf.append(char)
    if buf:
        yield current or LATIN, "".join(buf)


def _rtl_trailing(run: str) -> tuple[str, str]:
    """An RTL run without the spaces and punctuation after its last letter (they stay LTR)."""
    end = len(run)
    while end and script_of(run[end - 1]) in (COMMON, IGNORABLE):
        end -= 1
    return run[:end], run[end:]


@functools.lru_cache(maxsize=2048)
def visual(run: str, font: str) -> str:
    """A right-to-left run shaped and in visual order, as characters of `font`.

    HarfBuzz picks the joining forms; each glyph is written as the character the font maps to
    it (Arabic presentation forms), so the text stays extractable.
    """
    import uharfbuzz as hb

    ttf = pdfmetrics.getFont(font)
    face = hb.Face(ttf.face._ttf_data)
    buf = hb.Buffer()
    buf.add_str(run)
    buf.guess_segment_properties()
    hb.shape(hb.Font(face), buf, {"kern": True, "liga": True})
    to_char: dict[int, int] = {}
    for code, gid in ttf.face.charToGlyph.items():
        to_char.setdefault(gid, code)
    out = []
    for info in buf.glyph_infos:
        code = to_char.get(info.codepoint)
        out.append(chr(code) if code is not None else run[info.cluster])
    return "".join(out)


# the ranges `script_of` calls right to left, and the ones always set in a font of their own
_RTL = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_OWN = re.compile(_RTL.pattern[:-1] + "\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u302e\u302f"
                  "\u200b\u200c\u200d\u2060\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def runs(text: str, main: str = REGULAR) -> Iterator[tuple[str, str]]:
    """(font name, text) runs covering `text`, in the order they are drawn left to right: one
    font per script run where one font has it all; neighbouring runs in the same font are joined
    (Korean beside Latin is one NanumGothic run). A line with right-to-left text is ordered by
    the Unicode bidi algorithm (`bidi.py`): `text` is one line."""
    current, buf = "", list[str]()
    pieces = _font_runs(text, main) if not has_rtl(text) else _bidi_runs(text, main)
    for name, chunk in pieces:
        if name != current and buf:
            yield current, "".join(buf)
            buf = []
        current = name
        buf.append(chunk)
    if buf:
        yield current, "".join(buf)


def _bidi_runs(text: str, main: str) -> Iterator[tuple[str, str]]:
    """A mixed-direction line: each level run set in logical order, then the runs reordered."""
    from officerdesk.briefs import bidi

    for level, chunk in bidi.visual_runs(text):
        if level % 2 == 0:
            yield from _font_runs(chunk, main)
        else:
            yield from _rtl_level_run(chunk, main)


def _rtl_level_run(chunk: str, main: str) -> Iterator[tuple[str, str]]:
    """A right-to-left level run: letters shaped in their font, and the pieces (an Arabic word,
    a bracket in the main font) drawn last to first."""
    pieces: list[tuple[str, str]] = []
    for script, part in _script_runs(chunk):
        if script in (RTL_ARABIC, RTL_HEBREW):
            font = _choices(script, main)[0]
            cmap = _cmap(font)
            # shape what the RTL font draws; the rest (a bracket, a dash it lacks) in other fonts
            start = 0
            for i, c in enumerate(part + "\0"):
                fits = c != "\0" and (ord(c) in cmap or script_of(c) in (RTL_ARABIC, RTL_HEBREW))
                if not fits:
                    if i > start:
                        pieces.append((font, visual(part[start:i], font)))
                    if c != "\0":
                        pieces += [(n, _mirror(t)) for n, t in _font_runs(c, main)]
                    start = i + 1
        else:
            pieces += [(n, _mirror(t)[::-1]) for n, t in _font_runs(part, main)]
    yield from reversed(pieces)


def _mirror(text: str) -> str:
    from bidi.mirror import MIRRORED

    return "".join(MIRRORED.get(c, c) for c in text)


def _font_runs(text: str, main: str) -> Iterator[tuple[str, str]]:
    register()
    cmap = _cmap(main)
    if _OWN.search(text) is None and all(ord(c) in cmap or c.isspace() for c in set(text)):
        yield main, text  # the common case: Korean and Latin, all in the main font
        return
    for script, chunk in _script_runs(text):
        choices = _choices(script, main)
        letters = [c for c in chunk if script_of(c) not in (COMMON, IGNORABLE)]
        whole = next((n for n in choices if all(ord(c) in _cmap(n) for c in letters)), None)
        if whole is not None and script in (RTL_ARABIC, RTL_HEBREW):
            body, tail = _rtl_trailing(chunk)
            yield whole, visual(body, whole)
            if tail:
                yield from _font_runs(tail, main)
            continue
        if whole is not None:
            yield whole, "".join(c for c in chunk if script_of(c) != IGNORABLE or ord(c) in _cmap(whole))
            continue
        yield from _per_character(chunk, main)


def _per_character(chunk: str, main: str) -> Iterator[tuple[str, str]]:
    current, buf = "", list[str]()
    for char in chunk:
        if script_of(char) == IGNORABLE:
            continue
        if drawable(char, main):
            name, piece = font_for(char, main), char
        else:
            name, piece = main, placeholder(char)
        if name != current and buf:
            yield current, "".join(buf)
            buf = []
        current = name
        buf.append(piece)
    if buf:
        yield current, "".join(buf)


def markup(text: str, main: str = REGULAR) -> str:
    """User text as safe Paragraph mini-markup, with font switches for runs in other fonts."""
    parts = []
    for name, chunk in runs(text, main):
        safe = escape(chunk)
        parts.append(safe if name == main else f'<font face="{name}">{safe}</font>')
    return "".join(parts)


def string_width(text: str, size: float, main: str = REGULAR) -> float:
    return float(sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in runs(text, main)))
