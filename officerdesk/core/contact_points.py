"""A contact's typed addresses and numbers: "work: kim@kipo.go.kr", "cell: +82 10 1234 5678".

Address books label each e-mail and phone (work, home, cell, fax ...). A contact keeps the label
in front of the value, so the list reads naturally in the editor and travels as plain text; an
entry without a label is just the value. `email` holds the main address, `emails` the others;
`phones` holds every number, entries separated by ", ".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# a label is a short lower-case word or two ("work", "cell", "work fax"), never part of a value
_LABELLED = re.compile(r"^([a-z][a-z -]{0,19}):\s*(.+)$")
PHONE_SEPARATOR = ", "


def split(entry: str) -> tuple[str, str]:
    """(label, value) of an entry; the label is "" when it has none."""
    match = _LABELLED.match(entry.strip())
    if match is None:
        return "", entry.strip()
    return match[1].strip(), match[2].strip()


# what address books call the same thing
SYNONYMS = {"mobile": "cell", "iphone": "cell", "business": "work", "private": "home", "personal": "home"}


def join(label: str, value: str) -> str:
    label = " ".join(SYNONYMS.get(w, w) for w in label.lower().split())[:20]
    return f"{label}: {value.strip()}" if label and _LABELLED.match(f"{label}: x") else value.strip()


def phones(text: str) -> list[tuple[str, str]]:
    """(label, number) of every entry of a `phones` text."""
    return [split(p) for p in text.split(",") if p.strip()]


def phones_text(entries: Iterable[tuple[str, str]]) -> str:
    return PHONE_SEPARATOR.join(dict.fromkeys(join(label, value) for label, value in entries if value.strip()))
