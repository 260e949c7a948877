"""Briefs: gather a brief's records (the lane), typeset them (the pool), save the PDF and note it
in the profile, finalise it for HQ."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from officerdesk.core.report_dto import BriefHeading, BriefIssue, BriefOptions, BriefSummary
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnDone, Progress

Finished = Callable[[bool], None] | None


def gather_brief(*, ctx: AppContext, kind: str, request: dict[str, Any], on_done: Callable[[Any], None],
                 on_finished: Finished = None) -> int:
    """The data of one brief of `kind`: `request` holds record_id, post_code, period and
    include_restricted (`reports.gather`)."""
    from officerdesk.core.services import reports

    return ctx.runner.query(lambda s: reports.gather(s, kind, **request), on_done=on_done, on_finished=on_finished)


def typeset_brief(*, ctx: AppContext, kind: str, data: Any, options: BriefOptions,
                  on_done: Callable[[bytes], None], on_finished: Finished = None, fmt: str = "pdf") -> int:
    """The PDF (or Word copy) of gathered data, on the pool (no database), with progress after ~500 ms."""
    from officerdesk import briefs

    def work(progress: Progress, _cancel: threading.Event) -> bytes:
        progress(0.1, QCoreApplication.translate("NewBriefDialog", "Typesetting…"))
        return briefs.build(kind, data, options, fmt=fmt)

    return ctx.runner.task(work, label=QCoreApplication.translate("NewBriefDialog", "Building the brief"),
                           on_done=on_done, on_finished=on_finished)


def issue_brief(*, ctx: AppContext, post_code: str, final: bool, on_done: Callable[[BriefIssue], None]) -> int:
    """The official furniture (수신, 발신 from the settings); with `final`, the next document number."""
    from officerdesk.core.services import briefs_log

    settings_file = ctx.store.paths.settings_file
    return ctx.runner.query(lambda s: briefs_log.issue(s, post_code=post_code, settings_file=settings_file, final=final),
                            on_done=on_done)


def save_brief(*, ctx: AppContext, pdf: bytes, target: Path, heading: BriefHeading, kind: str, scope: str,
               language: str, on_done: Callable[[str], None], summary: BriefSummary | None = None,
               final: bool = False, doc_number: str = "", brief_id: str | None = None) -> int:
    """Write the file (whole or not at all) and note the brief in the profile, with the officer's
    summary; finalised under `doc_number` when `final`. on_done gets its id."""
    from officerdesk import briefs
    from officerdesk.core.services import briefs_log

    title = briefs.title_of(heading, language)
    return ctx.runner.write(lambda s: briefs_log.save(s, pdf=pdf, target=target, heading=heading, kind=kind, title=title,
                                                      scope=scope, language=language, summary=summary, final=final,
                                                      doc_number=doc_number, brief_id=brief_id).id,
                            on_done=on_done)


def finalise_brief(*, ctx: AppContext, brief_id: str, on_done: OnDone = None) -> int:
    """Fix the saved file's SHA-256 and queue the brief for HQ."""
    from officerdesk.core.services import briefs_log

    return ctx.runner.write(lambda s: briefs_log.finalise(s, brief_id), on_done=on_done)
