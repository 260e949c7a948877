"""Where lines break: kinsoku in Chinese and Japanese, and the order of runs in bidi lines."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from typing import Any

from reportlab.platypus import Paragraph as PlainParagraph
from reportlab.platypus import SimpleDocTemplate

from officerdesk.briefs import bidi, fonts, linebreak
from officerdesk.briefs.styles import make_styles

# 。 falls exactly where a line of `WIDTH` is full, so a break at any character starts a line with it
JAPANESE = "特許庁との会議では審査の迅速化を議論した。次回は「ＰＰＨ」の運用と手数料の改定を確認する。"
ARABIC_FIRM = "شركة ABC للتجارة والاستثمار"


def _line_texts(paragraph: Any, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [" ".join(words) for _, words in lines]
    return ["".join(f.text for f in line.words) for line in lines]


def _width_ending_before(text: str, char: str, size: float) -> float:
    """A line width that holds `text` exactly up to the first `char`."""
    return fonts.string_width(text[: text.index(char)], size) + 0.5


def test_japanese_never_starts_a_line_with_a_closing_mark_nor_ends_one_with_an_opening_one() -> None:
    styles = make_styles()
    width = _width_ending_before(JAPANESE, "。", styles.body.fontSize)
    plain = _line_texts(PlainParagraph(fonts.markup(JAPANESE), styles.body), width)
    assert plain[1].startswith("。")  # ReportLab alone cuts the long "word" at any character
    lines = _line_texts(linebreak.para(JAPANESE, styles.body), width)
    assert "".join(lines) == JAPANESE  # nothing lost, nothing doubled
    assert len(lines) >= 3
    for line in lines[1:]:
        assert line[0] not in fonts.NO_LINE_START, lines
    for line in lines[:-1]:
        assert line[-1] not in fonts.NO_LINE_END, lines
    # every line but the last is nearly full: the break moved back one character, not a clause
    for line in lines[:-1]:
        assert fonts.string_width(line, styles.body.fontSize) > width - 3 * styles.body.fontSize


def test_opening_brackets_stay_with_what_they_open() -> None:
    styles = make_styles()
    text = "次回は確認する「ＰＰＨ」"
    width = _width_ending_before(text, "Ｐ", styles.body.fontSize)  # the line would end with 「
    lines = _line_texts(linebreak.para(text, styles.body), width)
    assert lines[0][-1] != "「" and lines[1].startswith("「"), lines


def test_latin_and_korean_words_in_a_japanese_paragraph_are_not_cut() -> None:
    styles = make_styles()
    text = "東京の会議で Patent Prosecution Highway と 특허심사하이웨이 を議論した。" * 3
    for width in (90.0, 140.0, 230.0):
        lines = _line_texts(linebreak.para(text, styles.body), width)
        assert re.sub(r"\s+", "", "".join(lines)) == re.sub(r"\s+", "", text)
        words = {w for line in lines for w in re.findall(r"[A-Za-z가-힣]+", line)}
        assert words <= {"Patent", "Prosecution", "Highway", "특허심사하이웨이"}, (width, lines)


def test_text_without_chinese_or_japanese_breaks_as_before() -> None:
    styles = make_styles()
    text = "한국 기업의 특허 분쟁 대응 지원 회의 — support for Korean firms in patent disputes"
    ours = _line_texts(linebreak.para(text, styles.body), 120)
    assert ours == _line_texts(PlainParagraph(fonts.markup(text), styles.body), 120)


def test_runs_of_a_mixed_direction_line_are_in_bidi_order() -> None:
    assert [level for level, _ in bidi.visual_runs(ARABIC_FIRM)] == [1, 2, 1]
    names = [name for name, _ in fonts.runs(ARABIC_FIRM)]
    assert names == [fonts.ARABIC, fonts.REGULAR, fonts.ARABIC]
    # digits inside Hebrew keep their own order; brackets are mirrored
    drawn = "".join(chunk for _, chunk in fonts.runs("שלום 123 עולם (test)"))
    assert "123" in drawn and drawn.startswith("(test)")
    # a left-to-right line keeps its words where they were
    assert [n for n, _ in fonts.runs("Meeting with محمد and Kim")] == [fonts.REGULAR, fonts.ARABIC, fonts.REGULAR]


def _words(pdf: bytes, tmp_path: Any) -> list[tuple[float, float, str]]:
    """(y, x, word read in logical order) for every word poppler finds."""
    src = tmp_path / "p.pdf"
    src.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(src), "-"], capture_output=True, text=True, timeout=60, check=True).stdout
    found = []
    for x, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out):
        if fonts.has_rtl(unicodedata.normalize("NFKC", word)):
            word = word[::-1]  # drawn right to left, extracted as drawn (a ligature is one glyph)
        text = unicodedata.normalize("NFKC", word)
        found.append((round(float(y)), float(x), text))
    return found


def _pdf(*paragraphs: Any) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(list(paragraphs))
    return buf.getvalue()


def test_glyph_positions_put_the_first_arabic_word_rightmost(tmp_path: Any) -> None:
    styles = make_styles()
    words = {w: x for _, x, w in _words(_pdf(linebreak.para(ARABIC_FIRM, styles.body)), tmp_path)}
    assert words["شركة"] > words["ABC"] > words["للتجارة"] > words["والاستثمار"]


def test_a_long_arabic_paragraph_wraps_in_reading_order(tmp_path: Any) -> None:
    styles = make_styles()
    logical = [_arabic_word(n) for n in range(40)]  # numbered in reading order
    pdf = _pdf(linebreak.para(" ".join(logical), styles.body))
    rows: dict[int, list[tuple[float, str]]] = {}
    for y, x, word in _words(pdf, tmp_path):
        rows.setdefault(y, []).append((x, word))
    assert len(rows) >= 2  # it did wrap
    read = []
    for y in sorted(rows):  # top line first, each line read from the right
        read += [w for _, w in sorted(rows[y], reverse=True)]
    assert [_LETTERS.index(w[1]) * len(_LETTERS) + _LETTERS.index(w[2]) for w in read] == list(range(40))


_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _arabic_word(n: int) -> str:
    """A word of Arabic letters that spells `n` in its 2nd and 3rd letters."""
    return "س" + _LETTERS[n // len(_LETTERS)] + _LETTERS[n % len(_LETTERS)] + "ن"


def test_the_fast_script_checks_agree_with_script_of() -> None:
    own = {fonts.RTL_ARABIC, fonts.RTL_HEBREW, *fonts._OWN_FONT}
    for code in [*range(0x2000), *range(0x2000, 0x10000, 7), *range(0x0590, 0x0900), *range(0xFB1D, 0xFF00), *range(0xE0100, 0xE01F0)]:
        char = chr(code)
        script = fonts.script_of(char)
        assert fonts.has_rtl(char) == (script in (fonts.RTL_ARABIC, fonts.RTL_HEBREW)), hex(code)
        assert (fonts._OWN.search(char) is not None) == (script in own), hex(code)
