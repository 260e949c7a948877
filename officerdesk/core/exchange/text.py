"""Reading an import file's bytes as UTF-8 text, line by line, with errors that name the line.

A UTF-8 byte-order mark at the start is accepted (spreadsheets write one); UTF-16 files, other
encodings and NUL bytes are refused with what to do about them. Lines longer than MAX_LINE bytes
are refused before they are parsed, so a 100 MB line cannot exhaust memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from officerdesk.errors import ImportFailed

MAX_LINE = 4 * 1024 * 1024
BOM = b"\xef\xbb\xbf"


def lines(fh: BinaryIO) -> Iterator[tuple[int, str]]:
    """(1-based line number, text without the line ending) for every line of a UTF-8 file."""
    number = 0
    while True:
        raw = fh.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            raise ImportFailed(number, f"the line is longer than {MAX_LINE // (1024 * 1024)} MB; nothing was imported")
        if number == 1:
            raw = _first(raw)
        yield number, decode(number, raw).rstrip("\r\n")


def _first(raw: bytes) -> bytes:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(1, "the file is UTF-16 text; save it as UTF-8 and import it again")
    return raw[len(BOM):] if raw.startswith(BOM) else raw


def decode(number: int, raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            number,
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}){_guess(raw)}; "
            "save the file as UTF-8 and import it again",
        ) from None
    if "\x00" in text:
        raise ImportFailed(number, f"contains a NUL byte at column {text.index(chr(0)) + 1}")
    return text


def _guess(raw: bytes) -> str:
    """Name the encoding a Korean spreadsheet most likely used, so the user knows what to change."""
    try:
        text = raw.decode("cp949")
    except UnicodeDecodeError:
        return ""
    return "; it looks like Korean Windows text (CP949/EUC-KR)" if any("가" <= ch <= "힣" for ch in text) else ""
