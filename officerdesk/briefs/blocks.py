"""Flowables the brief types are built from: section headings, tables, flowing free text."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from officerdesk.briefs import fonts
from officerdesk.briefs.linebreak import Paragraph, para
from officerdesk.briefs.styles import HEADER_FILL, NAVY, RULE, ZEBRA, Styles

_keys = itertools.count(1)
Cell: TypeAlias = Any  # text (escaped for the page) or a ready flowable


def heading(text: str, styles: Styles, level: int = 1) -> Paragraph:
    """A section heading that is also a PDF bookmark."""
    style = styles.h1 if level == 1 else styles.h2
    out = para(text, style, fonts.BOLD)
    out.outline = (level, text, f"s{next(_keys)}")
    return out


def text(value: str, style: Any) -> Paragraph:
    return para(value, style)


def free_text(value: str, styles: Styles, *, empty: str = "—") -> list[Flowable]:
    """User text as written: a blank line starts a paragraph, a newline breaks the line.

    Each line is its own Paragraph so that very long notes lay out in linear time and flow
    across pages.
    """
    value = (value or "").strip()
    if not value:
        return [para(empty, styles.small)]
    out: list[Flowable] = []
    for block in value.replace("\r\n", "\n").split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            out.append(para(line, styles.body if last else styles.body_line))
    return out


def _cell(value: Cell, style: Any) -> Flowable | str:
    if value is None:
        return ""
    if isinstance(value, str):
        return para(value, style) if value else ""  # line breaks kept: names in two scripts
    return value


def _cell_style(styles: Styles, numeric: bool, strong: bool) -> Any:
    if strong:
        return styles.cell_strong_num if numeric else styles.cell_strong
    return styles.cell_num if numeric else styles.cell


def data_table(headers: Sequence[str], rows: Sequence[Sequence[Cell]], styles: Styles, widths: Sequence[float | None], *, numeric: Sequence[int] = (), strong_columns: Sequence[int] = (), total_row: bool = False, empty: str = "—") -> Flowable:
    """A table whose header row repeats on every page it spans; rows split across pages.

    `strong_columns` and `total_row` set a total column or row in bold.
    """
    if not rows:
        return para(empty, styles.small)
    head = [para(h, styles.cell_head_num if i in numeric else styles.cell_head, fonts.BOLD) for i, h in enumerate(headers)]
    last = len(rows) - 1
    body = [
        [_cell(v, _cell_style(styles, i in numeric, i in strong_columns or (total_row and r == last))) for i, v in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    # splitInRow: a row taller than a page (a very long note) continues on the next page
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitByRow=1, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 1, NAVY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(body) + 1, 2)]
    if total_row:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY), ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)]
    table.setStyle(TableStyle(commands))
    return table


def fields(pairs: Sequence[tuple[str, Cell]], styles: Styles, *, key_width: float = 32 * mm) -> Table:
    """Label / value rows, for a record's own fields."""
    cells = [[para(k, styles.field_key, fonts.BOLD), _cell(v if v != "" else "—", styles.cell)] for k, v in pairs]
    table = Table(cells, colWidths=[key_width, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def figure_tiles(items: Sequence[tuple[str, int]], styles: Styles, width: float, per_row: int = 4) -> Table:
    """Key figures as a row of tiles: a big number over its label."""
    tiles: list[list[Any]] = [[Paragraph(f"{value:,}", styles.figure_value), para(label, styles.figure_label)] for label, value in items]
    rows: list[list[Any]] = []
    for start in range(0, len(tiles), per_row):
        chunk = tiles[start:start + per_row]
        chunk += [["", ""]] * (per_row - len(chunk))
        rows.append(chunk)
    col = width / per_row
    table = Table([[_tile(t, col) for t in row] for row in rows], colWidths=[col] * per_row, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _tile(parts: list[Any], width: float) -> Any:
    if not parts[0]:
        return ""
    tile = Table([[parts[0]], [parts[1]]], colWidths=[width - 4])
    tile.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, -1), 2, NAVY),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ("TOPPADDING", (0, 1), (-1, 1), 0),
    ]))
    return tile


def keep(*items: Flowable) -> KeepTogether:
    return KeepTogether(list(items))


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
