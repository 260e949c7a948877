"""PDF briefs for HQ: data in (report DTOs), PDF bytes out. No Qt, no database."""

from __future__ import annotations

import importlib
import threading
from typing import Any

from officerdesk.core import kinds
from officerdesk.core.report_dto import BriefHeading, BriefOptions

KINDS = kinds.BRIEF_CODES  # each code is also its module here
# ReportLab keeps per-font subset state and some module-level settings; one build at a time
_building = threading.Lock()


def build(kind: str, data: Any, options: BriefOptions) -> bytes:
    """The PDF for one brief of `kind` (one of `core.kinds.BRIEFS`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown brief kind {kind!r}")
    module = importlib.import_module(f"officerdesk.briefs.{kind}")
    with _building:
        return module.build(data, options)  # type: ignore[no-any-return]


def text_warnings(data: Any) -> tuple[Any, ...]:
    """What of the data will not print as written (`coverage.TextWarning`), by record and field."""
    from officerdesk.briefs import coverage

    return coverage.check(data)


def title_of(heading: BriefHeading, language: str) -> str:
    """The title a brief shows on its cover, in `language`."""
    from officerdesk.briefs.document import brief_title
    from officerdesk.briefs.labels import Labels

    return brief_title(heading, Labels(language))
