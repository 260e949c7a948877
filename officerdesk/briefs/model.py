"""A brief as a small document: built once from the report DTOs, typeset by two renderers.

The PDF renderer (`officerdesk.briefs.pdf`) and the Word renderer (`officerdesk.briefs.docx`)
read the same `Document`, so a brief says the same in both: one copy of the content. Widths are
in points (ReportLab's unit); None shares what is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

from officerdesk.core.report_dto import BriefHeading, BriefIssue, BriefSummary


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Text:
    """One paragraph of plain text; `small` for notes under a table or chart."""

    value: str
    small: bool = False


@dataclass(frozen=True)
class FreeText:
    """User text as written (blank line: new paragraph), or `empty` when there is none."""

    value: str
    empty: str = "—"


@dataclass(frozen=True)
class Fields:
    """Label / value rows, for a record's own fields."""

    pairs: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float | None]
    numeric: Sequence[int] = ()
    strong_columns: Sequence[int] = ()
    total_row: bool = False
    empty: str = "—"


@dataclass(frozen=True)
class Tiles:
    """Key figures: a big number over its label, and under it what it was the period before."""

    items: Sequence[tuple[str, int]]
    notes: Sequence[str] = ()


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar per pair (the PDF draws it; Word has the same figures in the table beside)."""

    pairs: Sequence[tuple[str, int]]


@dataclass(frozen=True)
class GroupedBars:
    groups: Sequence[str]
    series: Sequence[tuple[str, Sequence[int]]]


@dataclass(frozen=True)
class Callout:
    """A labelled aside, such as a trend note's implications."""

    label: str
    value: str


@dataclass(frozen=True)
class Keep:
    """Blocks kept on one page when they fit."""

    items: Sequence[Block]


@dataclass(frozen=True)
class Gap:
    mm: float = 3


Block: TypeAlias = Heading | Text | FreeText | Fields | Table | Tiles | BarChart | GroupedBars | Callout | Keep | Gap


@dataclass(frozen=True)
class Document:
    """Page 1 (furniture, summary), the body, and the annex (붙임) that holds the record lists."""

    heading: BriefHeading
    summary: BriefSummary
    issue: BriefIssue
    body: Sequence[Block] = ()
    annex: Sequence[Block] = ()
    keywords: Sequence[str] = ()
    omitted_in_figures: bool = False
