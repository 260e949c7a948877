"""Import and export: JSON Lines for every record type, CSV and vCard for contacts, ICS for meetings.

`import_file` validates every item and writes them all in the caller's transaction: a bad line
raises ImportFailed naming it, and the caller's rollback leaves nothing half-imported.
`export_file` writes to a temporary file beside the target and renames it when complete.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from sqlalchemy.orm import Session

from officerdesk.core import kinds
from officerdesk.core.exchange import csvfile, ics, jsonl, rows, vcard
from officerdesk.core.exchange.intake import IMPORTABLE, Intake
from officerdesk.core.services import identity
from officerdesk.core.write.bulk import BatchWriter, CancelFlag, Progress, no_cycle_collection
from officerdesk.errors import UserError

Reader = Callable[[BinaryIO], Iterator[tuple[int, dict[str, Any]]]]
Writer = Callable[[TextIO, Iterable[dict[str, Any]]], int]

# a file's format from its name, for the command line and the app alike
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".vcf": "vcf", ".vcard": "vcf",
              ".ics": "ics"}

READERS: dict[str, Reader] = {"jsonl": jsonl.read, "csv": csvfile.read, "vcf": vcard.read, "ics": ics.read}
WRITERS: dict[str, tuple[Writer, tuple[str, ...], str]] = {
    # format -> (writer, the record types it can hold, the text encoding)
    "jsonl": (jsonl.write, IMPORTABLE, "utf-8"),
    "csv": (csvfile.write, (kinds.CONTACT.name,), "utf-8-sig"),
    "vcf": (vcard.write, (kinds.CONTACT.name,), "utf-8"),
    "ics": (ics.write, (kinds.MEETING.name,), "utf-8"),
}


def import_file(
    session: Session, path: str | os.PathLike[str], fmt: str, *,
    progress: Progress | None = None, cancel: CancelFlag | None = None,
) -> dict[str, int]:
    """Add every record of the file to this profile's post; returns counts per record type."""
    reader = READERS.get(fmt)
    if reader is None:
        raise UserError(f"cannot import {fmt!r} files (one of: {', '.join(READERS)})", f"{fmt!r} 형식은 가져올 수 없습니다")
    post_id = identity.require(session).post_id
    with no_cycle_collection():
        try:
            with open(path, "rb") as fh:
                # progress is the share of the file read so far, reported after each batch written
                size = os.fstat(fh.fileno()).st_size
                writer = BatchWriter(session, progress=progress, cancel=cancel, message="import",
                                     total=size, position=fh.tell)
                intake = Intake(session, writer, post_id)
                for line, item in reader(fh):
                    intake.take(line, item)
                intake.close()
                counts = writer.close()
        except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
            raise UserError(f"cannot read {path}: {exc.strerror}", f"{path}을(를) 읽을 수 없습니다: {exc.strerror}") from None
    if progress is not None:
        progress(1.0, "import")
    return counts


def export_file(
    session: Session, path: str | os.PathLike[str], fmt: str, *, types: Sequence[str] = (), include_restricted: bool = False,
) -> dict[str, int]:
    """Write the live records of `types` (default: all the format holds); returns counts.

    Restricted (대외비) records stay in the encrypted profile unless the user asks for them:
    an export file is plain text. `left_out` says how many were kept back.
    """
    if fmt not in WRITERS:
        raise UserError(f"cannot export {fmt!r} (one of: {', '.join(WRITERS)})", f"{fmt!r} 형식으로 내보낼 수 없습니다")
    write, holds, encoding = WRITERS[fmt]
    wanted = tuple(types) or holds
    bad = [t for t in wanted if t not in holds]
    if bad:
        raise UserError(f"a {fmt} file holds only {', '.join(holds)}, not {bad[0]}", f"{fmt} 파일에는 {', '.join(holds)}만 담을 수 있습니다")
    counts: dict[str, int] = {}

    def counted(items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
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
            write(out, counted(rows.records(session, wanted, include_restricted=include_restricted)))
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"cannot write {target}: {exc.strerror}", f"{target}에 쓸 수 없습니다: {exc.strerror}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return counts


def left_out(session: Session, fmt: str, *, types: Sequence[str] = ()) -> int:
    """Restricted records an export of `types` in `fmt` leaves out without include_restricted."""
    return rows.restricted(session, tuple(types) or WRITERS[fmt][1])


__all__ = ["READERS", "WRITERS", "export_file", "import_file", "left_out"]
