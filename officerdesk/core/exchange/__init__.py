"""Import and export: JSON Lines for every record type, CSV and vCard for contacts, ICS for meetings.

`import_file` validates every item and writes them all in the caller's transaction: a bad line
raises ImportFailed naming it, and the caller's rollback leaves nothing half-imported.
`export_file` writes to a temporary file beside the target and renames it when complete.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.orm import Session

from officerdesk.core import kinds
from officerdesk.core.exchange import csvfile, ics, importing, jsonl, rows, vcard
from officerdesk.core.exchange.importing import EXTENSIONS, READERS
from officerdesk.core.exchange.intake import IMPORTABLE
from officerdesk.core.write.bulk import CancelFlag, Progress
from officerdesk.errors import Cancelled, UserError

Writer = Callable[[TextIO, Iterable[dict[str, Any]]], int]

WRITERS: dict[str, tuple[Writer, tuple[str, ...], str]] = {
    # format -> (writer, the record types it can hold, the text encoding)
    "jsonl": (jsonl.write, IMPORTABLE, "utf-8"),
    "csv": (csvfile.write, (kinds.CONTACT.name,), "utf-8-sig"),
    "vcf": (vcard.write, (kinds.CONTACT.name,), "utf-8"),
    "ics": (ics.write, (kinds.MEETING.name,), "utf-8"),
}


def import_file(
    session: Session, path: str | os.PathLike[str], fmt: str | None, *,
    progress: Progress | None = None, cancel: CancelFlag | None = None, encoding: str | None = None,
) -> dict[str, int]:
    """Add every record of the file to this profile's post; returns the added counts per record type.

    `importing.detect/preview/run` give the whole story (updated, unchanged, skipped and why)."""
    if fmt is not None and fmt not in READERS:
        raise UserError(f"cannot import {fmt!r} files (one of: {', '.join(READERS)})", f"{fmt!r} 형식은 가져올 수 없습니다")
    summary = importing.run(session, importing.detect(path, fmt, encoding), progress=progress, cancel=cancel)
    return summary.added


def export_file(
    session: Session, path: str | os.PathLike[str], fmt: str, *, types: Sequence[str] = (), include_restricted: bool = False,
    period: rows.Period | None = None, progress: Progress | None = None, cancel: CancelFlag | None = None,
) -> dict[str, int]:
    """Write the live records of `types` (default: all the format holds), of the period when
    given (`rows.records` says which date); returns counts.

    Restricted (대외비) records stay in the encrypted profile unless the user asks for them:
    an export file is plain text. `left_out` says how many were kept back. The file is written
    beside the target under a temporary name and renamed when complete, so a failure or a cancel
    (Cancelled, raised once `cancel` is set) leaves no partial file and an older file as it was.
    """
    if fmt not in WRITERS:
        raise UserError(f"cannot export {fmt!r} (one of: {', '.join(WRITERS)})", f"{fmt!r} 형식으로 내보낼 수 없습니다")
    write, holds, encoding = WRITERS[fmt]
    wanted = tuple(types) or holds
    bad = [t for t in wanted if t not in holds]
    if bad:
        raise UserError(f"a {fmt} file holds only {', '.join(holds)}, not {bad[0]}", f"{fmt} 파일에는 {', '.join(holds)}만 담을 수 있습니다")
    counts: dict[str, int] = {}
    items = _followed(rows.records(session, wanted, include_restricted=include_restricted, period=period),
                      _total(session, wanted, include_restricted, period, progress), progress, cancel)

    def counted() -> Iterator[dict[str, Any]]:
        for item in items:
            counts[item["type"]] = counts.get(item["type"], 0) + 1
            yield item

    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}", f"{target}에 쓸 수 없습니다: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            write(out, counted())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"cannot write {target}: {exc.strerror}", f"{target}에 쓸 수 없습니다: {exc.strerror}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(1.0, "export")
    return counts


def export_cards(
    session: Session, folder: str | os.PathLike[str], *, include_restricted: bool = False,
    period: rows.Period | None = None, progress: Progress | None = None, cancel: CancelFlag | None = None,
) -> dict[str, int]:
    """One vCard file per contact in `folder` (Outlook imports a single card a file).

    The cards are written into a hidden folder inside it and moved out once all are written, so
    a cancel or a failure leaves none of this export's cards behind."""
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".export-", dir=target))
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}", f"{target}에 쓸 수 없습니다: {exc.strerror}") from None
    contacts = (kinds.CONTACT.name,)
    total = _total(session, contacts, include_restricted, period, progress)
    count, used = 0, set[str]()
    try:
        for item in _followed(rows.records(session, contacts, include_restricted=include_restricted, period=period),
                              total, progress, cancel):
            stem = _file_stem(item.get("name") or item["id"])
            name = stem if stem.casefold() not in used else f"{stem} ({item['id'][:8]})"
            used.add(name.casefold())
            _write_atomically(staging / f"{name}.vcf", vcard.card(item))
            count += 1
        for card in staging.iterdir():
            _move(card, target / card.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if progress is not None:
        progress(1.0, "export")
    return {kinds.CONTACT.name: count}


PROGRESS_EVERY = 200  # records between progress calls (each may raise Cancelled in the app)


def _total(session: Session, types: Sequence[str], include_restricted: bool, period: rows.Period | None,
           progress: Progress | None) -> int:
    if progress is None:
        return 0  # nobody follows: no need to count first
    return rows.count(session, types, include_restricted=include_restricted, period=period)


def _followed(items: Iterable[dict[str, Any]], total: int, progress: Progress | None,
              cancel: CancelFlag | None) -> Iterator[dict[str, Any]]:
    """The items, saying how far along they are and stopping with Cancelled once asked to."""
    for done, item in enumerate(items):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done / total if total else 0.0, "export")
        yield item


def _move(card: Path, to: Path) -> None:
    try:
        os.replace(card, to)
    except OSError as exc:
        raise UserError(f"cannot write {to}: {exc.strerror}", f"{to}에 쓸 수 없습니다: {exc.strerror}") from None


def _file_stem(name: str) -> str:
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned[:80] or "contact"


def _write_atomically(path: Path, content: str) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(content)
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}", f"{path}에 쓸 수 없습니다: {exc.strerror}") from None


def left_out(session: Session, fmt: str, *, types: Sequence[str] = (), period: rows.Period | None = None) -> int:
    """Restricted records an export of `types` in `fmt` leaves out without include_restricted."""
    return rows.restricted(session, tuple(types) or WRITERS[fmt][1], period)


__all__ = ["EXTENSIONS", "READERS", "WRITERS", "export_cards", "export_file", "import_file", "importing", "left_out"]
