"""Import and export: detect, preview and run an import (the whole file in one transaction on
the database lane), and export with the command line's own code."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from officerdesk.core import kinds
from officerdesk.errors import UserError
from officerdesk.ui.errors import user_message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.exchange.importing import Detected, Preview, Summary
    from officerdesk.core.exchange.rows import Period
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import Progress

PREVIEW_ROWS = 20


def import_records(*, ctx: AppContext, path: Path,
                   on_done: Callable[[dict[str, int]], None] | None = None) -> int | None:
    """Import `path` (its format from its name); a bad line rolls the whole file back. None
    (after saying why) when the file's name names no format."""
    from officerdesk.core import exchange

    fmt = exchange.EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        names = ", ".join(sorted(exchange.EXTENSIONS))
        ctx.errors.report(UserError(f"{path.name}: OfficerDesk imports {names} files",
                                    f"{path.name}: 가져올 수 있는 파일은 {names}입니다"))
        return None

    def work(session: Session, progress: Progress, cancel: threading.Event) -> dict[str, int]:
        def fraction(done: float, _message: str = "") -> None:
            progress(done, "")  # the core's words are English; the dialog's label says it all

        return exchange.import_file(session, path, fmt, progress=fraction, cancel=cancel)

    def done(counts: dict[str, int]) -> None:
        # the import writes in bulk, below the ORM's flush: its own counts say what changed
        ctx.notify(*(kinds.record_type(kind) for kind, n in counts.items() if n))
        if on_done is not None:
            on_done(counts)

    label = QCoreApplication.translate("Import", "Importing %1…").replace("%1", path.name)
    return ctx.runner.lane_task(work, label=label, on_done=done)


# --- the import and export dialogs' steps -------------------------------------------------------
# A refused file is an answer, not a failure: the dialogs show its message on their own page
# (in the officer's language) instead of a message box, so each step hands a UserError to
# `on_refused` as words.

@dataclass(frozen=True)
class ImportPreview:
    preview: Preview
    matches: tuple[str, ...] | None = None  # per record shown: a contact it may be (cross-script matching)


@dataclass(frozen=True)
class Exported:
    path: Path
    counts: dict[str, int]
    left_out: int  # restricted records kept back


def _answer(ctx: AppContext, on_done: Callable[[Any], None], on_refused: Callable[[str], None]) -> Callable[[Any], None]:
    def done(result: Any) -> None:
        if isinstance(result, UserError):
            on_refused(user_message(result, ctx.lang))
        else:
            on_done(result)

    return done


def detect_import(*, ctx: AppContext, path: Path, encoding: str = "", on_done: Callable[[Detected], None],
                  on_refused: Callable[[str], None]) -> int:
    """The file's format and encoding (read on the pool: no database)."""
    from officerdesk.core.exchange import importing

    def work(_progress: Progress, _cancel: threading.Event) -> Detected | UserError:
        try:
            return importing.detect(path, None, encoding or None)
        except UserError as exc:
            return exc

    return ctx.runner.task(work, label=QCoreApplication.translate("Import", "Reading %1…").replace("%1", path.name),
                           on_done=_answer(ctx, on_done, on_refused), show_progress=False)


def preview_import(*, ctx: AppContext, detected: Detected, on_done: Callable[[ImportPreview], None],
                   on_refused: Callable[[str], None]) -> int:
    """The first records as they would be imported, which are here already, and possible matches.
    The file is read and parsed once, on the pool; only the look-ups of its ids and the matching
    against contacts held run on the database lane, so a large file never holds the lane."""
    from officerdesk.core.exchange import importing

    def against(session: Session, sample: importing.Sample) -> ImportPreview:
        shown = importing.preview_of(session, sample)
        return ImportPreview(shown, _possible_matches(session, shown.records))

    def work(_progress: Progress, _cancel: threading.Event) -> ImportPreview | UserError:
        try:
            sample = importing.read_sample(detected, limit=PREVIEW_ROWS)
            return ctx.runner.lane(lambda session: against(session, sample))
        except UserError as exc:
            return exc

    label = QCoreApplication.translate("Import", "Reading %1…").replace("%1", detected.path.name)
    return ctx.runner.task(work, label=label, on_done=_answer(ctx, on_done, on_refused), show_progress=False)


def _possible_matches(session: Session, records: tuple[dict[str, Any], ...]) -> tuple[str, ...] | None:
    """Per record shown, the contact held it may be (cross-script person matching); None (no
    column) when none of them looks like anyone held."""
    from officerdesk.core.services.duplicates import match_per_record

    found = match_per_record(session, records)
    return found if any(found) else None


def run_import(*, ctx: AppContext, detected: Detected, on_done: Callable[[Summary], None],
               on_refused: Callable[[str], None], on_finished: Callable[[bool], None] | None = None) -> int:
    """Import the whole file in one transaction on the lane. Progress comes as the runner's
    job_progressed for the returned job id (the dialog shows its own bar); cancelling the job rolls
    the whole import back, so the profile is as it was."""
    from officerdesk.core.exchange import importing

    def work(session: Session, progress: Progress, cancel: threading.Event) -> Summary | UserError:
        def fraction(done: float, _message: str = "") -> None:
            progress(done, "")  # the core's words are English; the dialog says what is going on

        whole = session.begin_nested()  # a bad line is an answer, not an error: its rollback is ours
        try:
            summary = importing.run(session, detected, progress=fraction, cancel=cancel)
        except UserError as exc:
            whole.rollback()  # nothing of the file stays
            return exc
        whole.commit()
        return summary

    def done(result: Summary | UserError) -> None:
        if isinstance(result, importing.Summary):
            # the import writes in bulk, below the ORM's flush: its own counts say what changed
            changed = {k for counts in (result.added, result.updated) for k, n in counts.items() if n}
            ctx.notify(*(kinds.record_type(k) for k in sorted(changed)))
        _answer(ctx, on_done, on_refused)(result)

    label = QCoreApplication.translate("Import", "Importing %1…").replace("%1", detected.path.name)
    return ctx.runner.lane_task(work, label=label, on_done=done, on_finished=on_finished, show_progress=False)


def count_left_out(*, ctx: AppContext, fmt: str, types: tuple[str, ...], period: Period | None,
                   on_done: Callable[[int], None]) -> int:
    """How many restricted records an export of these leaves out (shown beside the choice)."""
    from officerdesk.core import exchange

    def work(session: Session) -> int:
        return exchange.left_out(session, fmt, types=types, period=period)

    return ctx.runner.query(work, on_done=on_done)


def export_records(*, ctx: AppContext, path: Path, fmt: str, types: tuple[str, ...], period: Period | None,
                   include_restricted: bool, one_per_file: bool, on_done: Callable[[Exported], None],
                   on_refused: Callable[[str], None], on_finished: Callable[[bool], None] | None = None) -> int:
    """Write the records to `path` (a folder of cards with one_per_file), with the CLI's own code.
    Progress comes as the runner's job_progressed for the returned job id; cancelling the job
    leaves no file of this export behind (the core writes under a temporary name)."""
    from officerdesk.core import exchange

    def work(session: Session, progress: Progress, cancel: threading.Event) -> Exported | UserError:
        def fraction(done: float, _message: str = "") -> None:
            progress(done, "")  # the core's words are English; the dialog says what is going on

        try:
            if one_per_file:
                counts = exchange.export_cards(session, path, include_restricted=include_restricted, period=period,
                                               progress=fraction, cancel=cancel)
            else:
                counts = exchange.export_file(session, path, fmt, types=types, include_restricted=include_restricted,
                                              period=period, progress=fraction, cancel=cancel)
            kept = 0 if include_restricted else exchange.left_out(session, fmt, types=types, period=period)
        except UserError as exc:
            return exc
        return Exported(path, counts, kept)

    label = QCoreApplication.translate("Export", "Exporting to %1…").replace("%1", path.name)
    return ctx.runner.lane_task(work, label=label, on_done=_answer(ctx, on_done, on_refused),
                                on_finished=on_finished, show_progress=False)
