"""Where a brief's lines break: kinsoku for Chinese and Japanese, logical order for bidi text.

ReportLab breaks lines at spaces, and cuts a word longer than the line at any character, so a
Japanese sentence (no spaces) could start a line with 。 or end one with 「. Its own CJK mode
breaks anywhere, cutting English words in two. Our paragraphs mix Korean (broken at spaces),
Latin and Chinese/Japanese, so a paragraph holding Chinese or Japanese is broken here:

- between two CJK characters, between CJK and other text, and after a space;
- never inside a Latin or Korean word (unless the word alone is wider than the line);
- never before a character of `fonts.NO_LINE_START` (。、」）・ …) nor after one of
  `fonts.NO_LINE_END` (「（ …): the break moves back to the last point allowed.

A paragraph with right-to-left text is cut into lines in *logical* order (at spaces, by the width
of each line as drawn), and each line is then ordered by the bidi algorithm; cutting the drawn
order would put the end of a long Arabic note on its first line.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import paragraph as rl

from officerdesk.briefs import fonts

_CJK = re.compile("[\u2e80-\u2fdf\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
_FUZZ = 1e-6


def para(text: str, style: Any, main: str = fonts.REGULAR) -> Paragraph:
    """A paragraph of user text (a newline breaks the line), in the fonts its scripts need."""
    if fonts.has_rtl(text):
        return Paragraph(None, style, logical=text, main=main)
    return Paragraph("<br/>".join(fonts.markup(line, main) for line in text.split("\n")), style)


class Paragraph(rl.Paragraph):  # type: ignore[misc]
    """ReportLab's paragraph, with kinsoku breaking and bidi lines (see the module's note)."""

    def __init__(self, text: str | None, style: Any = None, bulletText: Any = None, frags: Any = None, *, logical: str | None = None, main: str = fonts.REGULAR, **kw: Any) -> None:
        self._logical, self._main, self._laid_for = logical, main, -1.0
        if logical is not None:
            text = _bidi_markup([logical], main)  # unwrapped, so that minWidth and a first wrap work
        super().__init__(text, style, bulletText, frags, **kw)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is not None and availWidth != self._laid_for:
            style = self.style
            width = availWidth - style.leftIndent - style.firstLineIndent - style.rightIndent
            lines = _logical_lines(self._logical, width, style.fontSize, self._main)
            self._setup(_bidi_markup(lines, self._main), style, self.bulletText, None, rl.cleanBlockQuotedText)
            self._laid_for = availWidth
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]

    def breakLines(self, width: Any) -> Any:
        if not any(_CJK.search(getattr(f, "text", "") or "") for f in self.frags):
            return super().breakLines(width)
        if getattr(self, "_splitpara", 0) and hasattr(self, "blPara"):
            return self.blPara  # the first part of a split keeps the lines it was cut with
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        style = self.style
        self.height = 0
        rl._handleBulletWidth(self.bulletText, style, widths)
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return kinsoku_lines(self.frags, widths, auto not in ("", "off"))


def _bidi_markup(lines: list[str], main: str) -> str:
    return "<br/>".join(fonts.markup(line, main) for line in lines)


def _logical_lines(text: str, width: float, size: float, main: str) -> list[str]:
    """`text` cut at spaces into lines no wider than `width` as drawn, in logical order."""
    out: list[str] = []
    for hard in text.split("\n"):
        line = ""
        for word in hard.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and fonts.string_width(candidate, size, main) > width + _FUZZ:
                out.append(line)
                line = word
            else:
                line = candidate
        out.append(line)
    return out


def _space(char: str) -> bool:
    return char.isspace()


def _cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def break_allowed(before: str, after: str) -> bool:
    """Whether a line may end after `before` and the next start with `after`."""
    if _space(after) or after in fonts.NO_LINE_START or before in fonts.NO_LINE_END:
        return False
    return _space(before) or _cjk(before) or _cjk(after)


def kinsoku_lines(frags: list[Any], widths: list[float], calc_bounds: bool) -> Any:
    """Frags broken into ReportLab's lines (kind 1) at the points `break_allowed` gives."""
    chars: list[Any] = []
    for f in frags:
        text = getattr(f, "text", "") or ""
        if text:
            chars.extend(rl.cjkU(t, f, "utf8") for t in text)
        else:
            chars.append(rl.cjkU(text, f, "utf8"))  # a <br/> or an empty frag
    lines: list[Any] = []
    n, start = len(chars), 0

    def emit(end: int, next_start: int, hard: bool) -> None:
        nonlocal start
        stop = end
        while stop > start and chars[stop - 1] and _space(chars[stop - 1]):
            stop -= 1  # a line's trailing spaces are not drawn nor counted
        used = sum(c.width for c in chars[start:stop])
        max_width = widths[min(len(lines), len(widths) - 1)]
        lines.append(rl.makeCJKParaLine(chars[start:end], max_width, used, max_width - used, hard, calc_bounds))
        start = next_start
        if not hard:
            while start < n and chars[start] and _space(chars[start]):
                start += 1  # nor its leading ones after a wrap

    used, i = 0.0, 0
    while i < n:
        c = chars[i]
        if hasattr(c.frag, "lineBreak"):
            emit(i + 1, i + 1, True)
            used, i = 0.0, start
            continue
        used += c.width
        max_width = widths[min(len(lines), len(widths) - 1)]
        if used > max_width + _FUZZ and i > start and not _space(c):
            at = next((b for b in range(i, start, -1) if break_allowed(chars[b - 1], chars[b])), None)
            if at is None:  # one word wider than the line: cut it, but never before 。 and the like
                at = i + 1 if c in fonts.NO_LINE_START else i
            emit(at, at, False)
            used, i = 0.0, start
            continue
        i += 1
    if start < n:
        emit(n, n, False)
    return rl.ParaLines(kind=1, lines=lines)
