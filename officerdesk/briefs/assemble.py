"""Putting a brief's document together: the summary (the officer's, or prefilled), the official
furniture from the options, the body and the annex."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from officerdesk.briefs import model as m
from officerdesk.briefs.summary import prefill
from officerdesk.core.report_dto import BriefOptions


def document(kind: str, data: Any, options: BriefOptions, body: Sequence[m.Block], annex: Sequence[m.Block] = (), *,
             keywords: Sequence[str] = (), omitted_in_figures: bool = False) -> m.Document:
    summary = options.summary if options.summary is not None else prefill(kind, data, options.language)
    return m.Document(data.heading, summary, options.issue, tuple(body), tuple(annex), tuple(keywords), omitted_in_figures)
