"""Paper, colours, paragraph styles and the page furniture every brief shares.

Every page carries the classification banner (top and bottom), a header with the post and the
period, and a footer with the author, the generated time and "page X of Y". The total page count
is known only at the end, so the canvas keeps each page until `save()` (a two-pass canvas) and
then draws the page numbers; bookmarks are replayed in that pass so they point at the right page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officerdesk.briefs import fonts

PAPERS = {"a4": A4, "letter": LETTER}

INK = colors.HexColor("#1d2430")
NAVY = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#b8c2cf")
HEADER_FILL = colors.HexColor("#e6ebf1")
ZEBRA = colors.HexColor("#f6f8fa")
NOTE_FILL = colors.HexColor("#fbf6e9")
NOTE_EDGE = colors.HexColor("#d9c48f")
BANNER = {
    "public": colors.HexColor("#3d6b4f"),
    "internal": colors.HexColor("#1f3a5f"),
    "restricted": colors.HexColor("#9b1c1c"),
}
SERIES = [colors.HexColor(c) for c in ("#1f3a5f", "#6f8fb3", "#b5862f", "#8a9aa9", "#4f7a5c")]

MARGIN_X = 20 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 24 * mm


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": fonts.REGULAR, "fontSize": 9.5, "leading": 14.5, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_line: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_num: ParagraphStyle
    cell_num: ParagraphStyle
    cell_strong: ParagraphStyle
    cell_strong_num: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    field_key: ParagraphStyle
    note: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle


def make_styles() -> Styles:
    fonts.register()
    return Styles(
        body=_style("body", spaceAfter=5),
        body_line=_style("body_line", spaceAfter=0),
        small=_style("small", fontSize=8, leading=11, textColor=MUTED),
        cell=_style("cell", fontSize=8.5, leading=12),
        cell_head=_style("cell_head", fontName=fonts.BOLD, fontSize=8.5, leading=12, textColor=NAVY),
        cell_head_num=_style("cell_head_num", fontName=fonts.BOLD, fontSize=8.5, leading=12, textColor=NAVY, alignment=TA_RIGHT),
        cell_num=_style("cell_num", fontSize=8.5, leading=12, alignment=TA_RIGHT),
        cell_strong=_style("cell_strong", fontName=fonts.BOLD, fontSize=8.5, leading=12),
        cell_strong_num=_style("cell_strong_num", fontName=fonts.BOLD, fontSize=8.5, leading=12, alignment=TA_RIGHT),
        kicker=_style("kicker", fontName=fonts.BOLD, fontSize=10, leading=13, textColor=MUTED, spaceAfter=2),
        title=_style("title", fontName=fonts.BOLD, fontSize=19, leading=25, textColor=NAVY, spaceAfter=8),
        h1=_style("h1", fontName=fonts.BOLD, fontSize=12.5, leading=17, textColor=NAVY, spaceBefore=12, spaceAfter=5),
        h2=_style("h2", fontName=fonts.BOLD, fontSize=10.5, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3),
        field_key=_style("field_key", fontName=fonts.BOLD, fontSize=8.5, leading=12, textColor=MUTED),
        note=_style("note", fontSize=8.5, leading=12.5, textColor=INK),
        figure_value=_style("figure_value", fontName=fonts.BOLD, fontSize=17, leading=21, textColor=NAVY, alignment=TA_LEFT),
        figure_label=_style("figure_label", fontSize=8, leading=10.5, textColor=MUTED),
    )


def draw_text(canvas: Canvas, x: float, y: float, text: str, *, size: float, bold: bool = False, align: str = "left", color: Any = INK) -> None:
    """Draw one line of text, switching to the fallback font where the main font lacks a glyph."""
    main = fonts.BOLD if bold else fonts.REGULAR
    width = fonts.string_width(text, size, main)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    canvas.setFillColor(color)
    for name, chunk in fonts.runs(text, main):
        canvas.setFont(name, size)
        canvas.drawString(x, y, chunk)
        x += canvas.stringWidth(chunk, name, size)


@dataclass(frozen=True)
class PageFurniture:
    """What the header, footer and banner say on every page."""

    banner: str
    classification: str
    header_left: str
    header_right: str
    footer_left: str
    footer_center: str
    page_label: Callable[[int, int], str]


def draw_banner(canvas: Canvas, width: float, y: float, furniture: PageFurniture) -> None:
    fill = BANNER.get(furniture.classification, NAVY)
    text_width = fonts.string_width(furniture.banner, 8, fonts.BOLD) + 8 * mm
    canvas.setFillColor(fill)
    canvas.roundRect((width - text_width) / 2, y - 2.2 * mm, text_width, 6 * mm, 1.2 * mm, stroke=0, fill=1)
    draw_text(canvas, width / 2, y, furniture.banner, size=8, bold=True, align="center", color=colors.white)


def draw_furniture(canvas: Canvas, furniture: PageFurniture) -> None:
    """Banner, header and footer: everything but the page number (drawn once the total is known)."""
    width, height = canvas._pagesize
    canvas.saveState()
    draw_banner(canvas, width, height - 10 * mm, furniture)
    top = height - 19 * mm
    draw_text(canvas, MARGIN_X, top, furniture.header_left, size=8, bold=True, color=NAVY)
    draw_text(canvas, width - MARGIN_X, top, furniture.header_right, size=8, align="right", color=MUTED)
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
    bottom = 14 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
    draw_text(canvas, MARGIN_X, bottom, furniture.footer_left, size=7.5, color=MUTED)
    draw_text(canvas, width / 2, bottom, furniture.footer_center, size=7.5, align="center", color=MUTED)
    draw_banner(canvas, width, 6.5 * mm, furniture)
    canvas.restoreState()


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class that holds every page until save(), then adds "page X of Y" to each."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            self._held_bookmarks: list[tuple[str, dict[str, Any]]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802
            # the page reference is only right in the final pass; remember it for then
            self._held_bookmarks.append((key, kwargs))

        def showPage(self) -> None:  # noqa: N802
            state = dict(self.__dict__)
            state["_held_bookmarks"] = list(self._held_bookmarks)
            self._held_pages.append(state)
            self._held_bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                for key, kwargs in state["_held_bookmarks"]:
                    Canvas.bookmarkPage(self, key, **kwargs)
                width = self._pagesize[0]
                draw_text(self, width - MARGIN_X, 14 * mm, furniture.page_label(number, total), size=7.5, align="right", color=MUTED)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
