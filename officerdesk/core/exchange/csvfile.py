"""Contacts as CSV: our own columns, and the files Google, Outlook, Naver and Thunderbird export.

The header row says whose file it is: each column is matched to a contact field by its name
(`columns.py` knows the address books' names, English and Korean). Columns no field takes are
listed in the preview as not imported. The separator is found on the header row (comma,
semicolon as a European Excel writes, or tab). Our export writes `COLUMNS` with a UTF-8 BOM.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from officerdesk.core.exchange import columns
from officerdesk.core.exchange.text import lines
from officerdesk.errors import ImportFailed

COLUMNS = ["id", "name", "name_alt", "position", "organization", "department", "email", "emails", "phones",
           "address", "birthday", "url", "language", "notes", "last_contacted", "classification"]
SEPARATORS = (",", ";", "\t")


def separator(header: str) -> str:
    """The separator the header row uses most outside quotes (a comma on a tie)."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return max(SEPARATORS, key=lambda s: counts[s])


def read(fh: BinaryIO, codec: str = "utf-8", chosen: dict[int, str] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    numbered = list(lines(fh, codec))
    while numbered and not numbered[0][1].strip():
        numbered.pop(0)
    if not numbered:
        return
    reader = csv.reader((text + "\n" for _, text in numbered), delimiter=separator(numbered[0][1]), strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ImportFailed(numbered[0][0], f"is not a CSV header ({exc})", f"CSV 머리글이 아닙니다({exc})") from None
    mapping = columns.Mapping.of(header, own=COLUMNS, chosen=chosen)
    if not mapping.names_someone():
        raise ImportFailed(
            numbered[0][0],
            f"no column gives a name (the header has: {', '.join(h for h in header[:8] if h)}); name a column "
            f"'name', or export from Google, Outlook, Naver or Thunderbird as they write it",
            f"이름을 주는 열이 없습니다(머리글: {', '.join(h for h in header[:8] if h)}). 한 열의 이름을 'name'으로 "
            f"바꾸거나, Google·Outlook·네이버·Thunderbird에서 내보낸 그대로 가져오십시오",
        )
    while True:
        before = reader.line_num  # lines consumed so far: the next record starts on the one after
        line = numbered[min(before, len(numbered) - 1)][0]
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFailed(line, f"is not valid CSV ({exc})", f"올바른 CSV가 아닙니다({exc})") from None
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header) or any(c.strip() for c in row[len(header):]):
            raise ImportFailed(line, f"has {len(row)} cells but the header has {len(header)}",
                               f"칸이 {len(row)}개인데 머리글은 {len(header)}개입니다")
        yield line, mapping.contact(line, row)


def header_of(fh: BinaryIO, codec: str = "utf-8") -> list[str]:
    """The header row's cells (for a preview's column mapping)."""
    for _, text in lines(fh, codec):
        if text.strip():
            return next(csv.reader([text], delimiter=separator(text)))
    return []


def write(out: TextIO, items: Iterable[dict[str, Any]]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for item in items:
        row = {k: "" if item.get(k) is None else item.get(k) for k in COLUMNS}
        row["emails"] = ", ".join(item.get("emails") or [])
        writer.writerow(row)
        count += 1
    return count


def to_text(items: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    write(buf, items)
    return buf.getvalue()
