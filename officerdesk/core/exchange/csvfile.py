"""Contacts as CSV (the stdlib csv module): one header row, then one contact a row.

Columns are the contact's DOMAIN.md fields plus `organization` (a name); `id` is optional.
A UTF-8 BOM, as spreadsheets write it, is accepted on import and written on export.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from officerdesk.core import kinds
from officerdesk.core.exchange.text import lines
from officerdesk.errors import ImportFailed

COLUMNS = ["id", "name", "name_alt", "position", "organization", "email", "phones", "language",
           "notes", "last_contacted", "classification"]


def read(fh: BinaryIO) -> Iterator[tuple[int, dict[str, Any]]]:
    numbered = list(lines(fh))
    if not numbered:
        return
    reader = csv.reader((text + "\n" for _, text in numbered), strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ImportFailed(1, f"is not a CSV header ({exc})") from None
    header = [h.strip().lower() for h in header]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown or "name" not in header:
        problem = f"unknown column {unknown[0]!r}" if unknown else "no 'name' column"
        raise ImportFailed(1, f"{problem}; the columns are: {', '.join(COLUMNS)}")
    while True:
        before = reader.line_num  # lines consumed so far: the next record starts on the one after
        line = numbered[min(before, len(numbered) - 1)][0]
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFailed(line, f"is not valid CSV ({exc})") from None
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ImportFailed(line, f"has {len(row)} cells but the header has {len(header)}")
        item: dict[str, Any] = {"type": kinds.CONTACT.name}
        item.update((k, v) for k, v in zip(header, row, strict=True) if v != "" or k == "name")
        yield line, item


def write(out: TextIO, items: Iterable[dict[str, Any]]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for item in items:
        writer.writerow({k: "" if item.get(k) is None else item.get(k) for k in COLUMNS})
        count += 1
    return count


def to_text(items: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    write(buf, items)
    return buf.getvalue()
