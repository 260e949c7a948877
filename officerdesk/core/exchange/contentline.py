"""Content lines shared by vCard (RFC 6350/2426) and iCalendar (RFC 5545).

A line is at most 75 octets; longer ones are folded with CRLF and one space, never inside a UTF-8
character. TEXT values escape backslash, semicolon, comma and newline.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import AnyStr

LIMIT = 75


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    )


def unescape(text: str) -> str:
    out: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, "")
        out.append("\n" if nxt in ("n", "N") else nxt)
    return "".join(out)


def split_unescaped(text: str, sep: str) -> list[str]:
    """Split a structured value (N, ORG, CATEGORIES) on separators that are not escaped."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def fold(line: str) -> str:
    """One content line, folded to LIMIT octets a physical line, with CRLF endings."""
    encoded = line.encode("utf-8")
    if len(encoded) <= LIMIT:
        return line + "\r\n"
    pieces: list[str] = []
    current: list[str] = []
    size, room = 0, LIMIT
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > room:
            pieces.append("".join(current))
            current, size, room = [], 0, LIMIT - 1  # continuation lines start with a space
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces) + "\r\n"


def unfold(numbered: Iterable[tuple[int, AnyStr]]) -> Iterator[tuple[int, AnyStr]]:
    """Logical lines (with the number of their first physical line) from folded physical lines.

    Works on bytes as well as text: a fold may split a UTF-8 character (RFC 5545 allows it and
    some writers do it), so vCard and iCalendar files are unfolded before they are decoded."""
    start, parts = 0, list[AnyStr]()
    for number, text in numbered:
        if text[:1] in (" ", "\t", b" ", b"\t") and parts:
            parts.append(text[1:])
            continue
        if parts:
            yield start, parts[0][:0].join(parts)
        start, parts = number, [text]
    if parts:
        yield start, parts[0][:0].join(parts)


def parse(line: str) -> tuple[str, dict[str, str], str] | None:
    """(NAME, params, raw value) of a content line; None when it has no ':'.

    A parameter given twice, or with several values, keeps them all joined by ","; a bare one
    (vCard 2.1's `TEL;WORK;VOICE:`) is a TYPE, as in `TEL;TYPE=WORK,VOICE:`."""
    quoted = False
    cuts: list[int] = []
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            cuts.append(i)
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        return None
    bounds = [-1, *cuts, len(head)]
    name, *raw_params = (head[a + 1 : b] for a, b in itertools.pairwise(bounds))
    params: dict[str, str] = {}
    for p in raw_params:
        key, eq, val = p.partition("=")
        key, val = (key.strip().upper(), val.strip().strip('"')) if eq else ("TYPE", key.strip())
        if val:
            params[key] = f"{params[key]},{val}" if params.get(key) else val
        else:
            params.setdefault(key, "")
    return name.split(".")[-1].strip().upper(), params, value


def types(params: dict[str, str]) -> list[str]:
    """The TYPE values of a property, lower case (`TYPE=WORK,VOICE` and `TYPE=work;TYPE=voice`)."""
    return [t.strip().lower() for t in params.get("TYPE", "").split(",") if t.strip()]
