"""Briefs for HQ: data in (report DTOs), PDF or Word bytes out. No Qt, no database.

Each brief type's module composes a `model.Document` once; `pdf` and `docx` typeset it.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from officerdesk.core import kinds
from officerdesk.core.report_dto import BriefHeading, BriefOptions, BriefSummary

KINDS = kinds.BRIEF_CODES  # each code is also its module here
FORMATS = ("pdf", "docx")
# ReportLab keeps per-font subset state and some module-level settings; one build at a time
_building = threading.Lock()


def compose(kind: str, data: Any, options: BriefOptions) -> Any:
    """The document model of one brief of `kind` (one of `core.kinds.BRIEFS`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown brief kind {kind!r}")
    module = importlib.import_module(f"officerdesk.briefs.{kind}")
    return module.compose(data, options)


def build(kind: str, data: Any, options: BriefOptions, fmt: str = "pdf") -> bytes:
    """The brief as a PDF (or, with fmt="docx", as a Word document with the same content)."""
    doc = compose(kind, data, options)
    if fmt == "docx":
        from officerdesk.briefs import docx

        return docx.build(doc, options)
    from officerdesk.briefs import pdf

    with _building:
        return pdf.build(doc, options)


def prefill(kind: str, data: Any, language: str) -> BriefSummary:
    """The summary the brief opens with unless the officer writes another."""
    from officerdesk.briefs.summary import prefill as make

    return make(kind, data, language)


def file_name(kind: str, data: Any, options: BriefOptions, suffix: str = ".pdf") -> str:
    """The default file name: the document number once the brief has one."""
    from officerdesk.briefs.document import file_name as name

    return name(compose(kind, data, options), suffix)


def text_warnings(data: Any) -> tuple[Any, ...]:
    """What of the data will not print as written (`coverage.TextWarning`), by record and field."""
    from officerdesk.briefs import coverage

    return coverage.check(data)


def title_of(heading: BriefHeading, language: str) -> str:
    """The title a brief shows on its cover, in `language`."""
    from officerdesk.briefs.document import brief_title
    from officerdesk.briefs.labels import Labels

    return brief_title(heading, Labels(language))
