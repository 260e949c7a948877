"""An import in the steps an import dialog shows: detect → preview → run → summary.

`detect` finds the format (from the name, else from the first bytes) and the encoding; `preview`
reads the first records as they would be imported, how a CSV's columns map to contact fields and
how many records of the whole file are already in the profile; `run` imports all of it or none
(a dry run rolls back), with progress and cancel, and its Summary says what was added, updated,
left unchanged, and skipped and why. Nothing here knows Qt; the command line uses the same steps.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core.exchange import columns, csvfile, ics, jsonl, text, vcard
from officerdesk.core.exchange.intake import Intake, foreign_key
from officerdesk.core.ids import canonical_id
from officerdesk.core.models import RECORD_TYPES
from officerdesk.core.services import duplicates, identity
from officerdesk.core.write.bulk import BatchWriter, CancelFlag, Progress, no_cycle_collection
from officerdesk.errors import ImportFailed, Reason, UserError

Reader = Callable[[BinaryIO, str], Iterator[tuple[int, dict[str, Any]]]]
READERS: dict[str, Reader] = {"jsonl": jsonl.read, "csv": csvfile.read, "vcf": vcard.read, "ics": ics.read}
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv",
              ".vcf": "vcf", ".vcard": "vcf", ".ics": "ics", ".ical": "ics", ".ifb": "ics"}
WHAT = {"vcf": "contacts (no BEGIN:VCARD)", "ics": "events (no VEVENT)", "csv": "rows after the header", "jsonl": "records"}
WHAT_KO = {"vcf": "연락처(BEGIN:VCARD)", "ics": "일정(VEVENT)", "csv": "머리글 아래 행", "jsonl": "기록"}


@dataclass(frozen=True)
class Detected:
    path: Path
    format: str
    encoding: text.Encoding
    chosen: tuple[tuple[int, str], ...] = ()  # a CSV's columns the officer mapped: (index, field or "")

    def with_columns(self, chosen: dict[int, str]) -> Detected:
        """The same file read with these columns mapped by hand (a CSV only)."""
        if self.format != "csv":
            raise UserError("only a CSV file's columns can be mapped", "CSV 파일만 열을 지정할 수 있습니다")
        columns.Mapping.of([""] * (max(chosen, default=-1) + 1), own=[], chosen=chosen)  # refuses a bad field
        return replace(self, chosen=tuple(sorted(chosen.items())))


@dataclass(frozen=True)
class Preview:
    detected: Detected
    records: tuple[dict[str, Any], ...]  # the first ones, as they would be imported
    columns: tuple[tuple[str, str], ...] = ()  # a CSV's (header, field it feeds or "")
    already_here: int = 0  # records of the file whose id or foreign id is in the profile
    here: tuple[bool, ...] = ()  # per record shown: already in the profile (a re-import updates it)
    problem: str = ""  # a CSV the mapping cannot read yet (no name column): why, so it can be remapped
    # new contacts of the file that look like contacts held ("Wang Xiaoming ~ 王小明: same name in
    # pinyin"), at most MATCHES_SHOWN of them; `possible_total` counts them all
    possible_matches: tuple[str, ...] = ()
    possible_total: int = 0


@dataclass(frozen=True)
class Summary:
    added: dict[str, int]
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    skipped: tuple[tuple[int, Reason], ...] = ()  # (line, why in English and Korean)
    dry_run: bool = False

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.unchanged.values())


def _cannot_read(path: Path, exc: OSError) -> UserError:
    return UserError(f"cannot read {path}: {exc.strerror}", f"{path}을(를) 읽을 수 없습니다: {exc.strerror}")


def detect(path: str | os.PathLike[str], fmt: str | None = None, encoding: str | None = None) -> Detected:
    """The file's format (given, else from its name, else from its first bytes) and encoding."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(text.SAMPLE)
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    found = text.detect(head, encoding)
    fmt = fmt or EXTENSIONS.get(path.suffix.lower()) or _sniff(head, found.codec)
    if fmt is None:
        raise UserError(f"cannot tell the format of {path} from its name or its first line; add --format "
                        f"({' | '.join(READERS)})", f"{path}의 형식을 알 수 없습니다")
    if fmt not in READERS:
        raise UserError(f"cannot import {fmt!r} files (one of: {', '.join(READERS)})", f"{fmt!r} 형식은 가져올 수 없습니다")
    return Detected(path, fmt, found)


def _sniff(head: bytes, codec: str) -> str | None:
    start = head.decode(codec, "replace").lstrip("\ufeff \r\n\t").upper()
    if start.startswith("BEGIN:VCARD"):
        return "vcf"
    if start.startswith("BEGIN:VCALENDAR"):
        return "ics"
    if start.startswith("{"):
        return "jsonl"
    return "csv" if any(sep in start.split("\n", 1)[0] for sep in csvfile.SEPARATORS) else None


def _reader(detected: Detected) -> Reader:
    if detected.format == "csv" and detected.chosen:
        return partial(csvfile.read, chosen=dict(detected.chosen))
    return READERS[detected.format]


def _items(detected: Detected, fh: BinaryIO) -> Iterator[tuple[int, dict[str, Any]]]:
    fh, encoding = text.as_utf8(fh, detected.encoding)
    return _reader(detected)(fh, encoding.codec)


def _key(item: dict[str, Any]) -> tuple[str, str, str] | None:
    """(type, "id" or "foreign", the key) a re-import finds the record by; None without one."""
    kind = str(item.get("type"))
    own = canonical_id(item["id"]) if isinstance(item.get("id"), str) else None
    if own:
        return kind, "id", own
    if isinstance(item.get("foreign_id"), str):
        return kind, "foreign", foreign_key(item["foreign_id"])
    return None


@dataclass(frozen=True)
class Sample:
    """What a preview reads from the file alone (no database): built on a worker thread and
    handed to the database lane, so the lane never waits on reading and parsing the file."""

    detected: Detected
    records: tuple[dict[str, Any], ...]  # the first ones, as they would be imported
    keys: frozenset[tuple[str, str, str]]  # every id and foreign UID of the file's records
    new_contacts: tuple[dict[str, Any], ...]  # contacts without an id, for possible matches
    columns: tuple[tuple[str, str], ...] = ()
    problem: str = ""


def read_sample(detected: Detected, *, limit: int = 20) -> Sample:
    """The file read once: its first `limit` records, every key a re-import would find a record
    by, a CSV's column mapping. A CSV that its mapping cannot read (no column gives a name, a bad
    row) gives its problem rather than an error, so the officer can point a column at the name."""
    records: list[dict[str, Any]] = []
    keys: set[tuple[str, str, str]] = set()
    problem = ""
    new_contacts: list[dict[str, Any]] = []
    with _open(detected.path) as raw:
        try:
            for _, item in _items(detected, raw):
                if "skipped" in item:
                    continue
                if len(records) < limit:
                    records.append(dict(item))
                key = _key(item)
                if key is not None:
                    keys.add(key)
                if item.get("type") == "contact" and not isinstance(item.get("id"), str) and len(new_contacts) < MATCHES_READ:
                    new_contacts.append(dict(item))
        except ImportFailed as exc:
            if detected.format != "csv":
                raise
            problem = str(exc)
    mapping: tuple[tuple[str, str], ...] = ()
    if detected.format == "csv":
        with _open(detected.path) as raw:
            fh, encoding = text.as_utf8(raw, detected.encoding)
            header = csvfile.header_of(fh, encoding.codec)
        chosen = dict(detected.chosen)
        mapping = tuple(columns.Mapping.of(header, own=csvfile.COLUMNS, chosen=chosen).described())
    return Sample(detected, tuple(records), frozenset(keys), tuple(new_contacts), mapping, problem)


def preview_of(session: Session, sample: Sample) -> Preview:
    """The sample against the profile: which records are here already, which new contacts look
    like contacts held. Only database reads: the file was read by `read_sample`."""
    found = _found(session, set(sample.keys))
    here = tuple(_key(r) in found for r in sample.records)
    matches = duplicates.known_matches(session, list(sample.new_contacts), limit=MATCHES_READ)
    shown = tuple(f"{m.first.name} ~ {m.second.name}: {'; '.join(r.text() for r in m.reasons)}"
                  for m in matches[:MATCHES_SHOWN])
    return Preview(sample.detected, sample.records, sample.columns, len(found), here, sample.problem, shown, len(matches))


def preview(session: Session, detected: Detected, *, limit: int = 20) -> Preview:
    """The first `limit` records, a CSV's column mapping, and how many records are already here
    (`read_sample` then `preview_of`, in one thread: the command line and tests)."""
    return preview_of(session, read_sample(detected, limit=limit))


MATCHES_READ = 2000  # new contacts of a file checked against those held (an address book's size)
MATCHES_SHOWN = 50


def _found(session: Session, keys: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """Those of the keys a record of the profile already has (its id, or one of its foreign UIDs)."""
    found: set[tuple[str, str, str]] = set()
    for kind in {k[0] for k in keys}:
        cls = RECORD_TYPES.get(kind)
        if cls is None:
            continue
        found |= {(kind, "id", i) for (i,) in session.execute(select(cls.id))} & keys
        if "foreign_uids" in cls.__table__.columns:
            known = {f for (fids,) in session.execute(select(cls.__table__.c.foreign_uids)) for f in fids or []}
            found |= {(kind, "foreign", f) for f in known} & keys
    return found


def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except OSError as exc:
        raise _cannot_read(path, exc) from None


def run(
    session: Session, detected: Detected, *, progress: Progress | None = None, cancel: CancelFlag | None = None,
    dry_run: bool = False,
) -> Summary:
    """Import every record of the file into this profile's post, all or none; a dry run writes nothing."""
    post_id = identity.require(session).post_id
    savepoint = session.begin_nested() if dry_run else None
    try:
        with no_cycle_collection(), _open(detected.path) as raw:
            size = os.fstat(raw.fileno()).st_size
            fh, encoding = text.as_utf8(raw, detected.encoding)
            # progress is the share of the file read so far, reported after each batch written
            writer = BatchWriter(session, progress=progress, cancel=cancel, message="import", total=size, position=raw.tell)
            intake = Intake(session, writer, post_id)
            for line, item in _reader(detected)(fh, encoding.codec):
                intake.take(line, item)
            intake.close()
            added = writer.close()
            session.flush()
    finally:
        if savepoint is not None and savepoint.is_active:
            savepoint.rollback()
    summary = Summary(added, intake.updated, intake.unchanged, tuple(intake.skipped), dry_run)
    if not summary.total and not summary.skipped:
        raise ImportFailed(0, f"the file holds no {WHAT[detected.format]}; nothing was imported",
                           f"파일에 {WHAT_KO[detected.format]}이(가) 없습니다. 아무것도 가져오지 않았습니다")
    if progress is not None:
        progress(1.0, "import")
    return summary
