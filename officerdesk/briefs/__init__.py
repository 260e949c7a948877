"""PDF briefs for HQ: data in (report DTOs), PDF bytes out. No Qt, no database."""

from __future__ import annotations

from typing import Any

from officerdesk.core.report_dto import BriefOptions


def build(kind: str, data: Any, options: BriefOptions) -> bytes:
    """The PDF for one brief of `kind` (meeting, case, activity, trends, contacts, rollup)."""
    import importlib

    module = importlib.import_module(f"officerdesk.briefs.{BUILDERS[kind]}")
    return module.build(data, options)  # type: ignore[no-any-return]


BUILDERS = {
    "meeting": "meeting",
    "case": "case",
    "activity": "activity",
    "trends": "trends",
    "contacts": "contacts",
    "rollup": "rollup",
}
