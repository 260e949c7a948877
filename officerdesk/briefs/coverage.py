"""Which characters of a brief's records no bundled font can draw, named by record and field.

The PDF shows such a character as a placeholder ([U+1F600], fonts.placeholder); these warnings
tell the officer where it came from, so nothing is lost silently: the command line prints them
to stderr and the New Brief dialog shows them as a notice. Old Hangul written as conjoining jamo
is drawn letter by letter (no bundled font composes it), so it is named too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from officerdesk.briefs import fonts


@dataclasses.dataclass(frozen=True)
class TextWarning:
    """One field of one record whose text the brief cannot show as written."""

    record_type: str  # a RecordKind's name (the DTO's kind), or "brief" for the heading
    record_id: str
    record_title: str
    field: str
    chars: tuple[str, ...]  # the characters concerned, each once, in order
    reason: str  # "no_font" (drawn as a placeholder) | "old_hangul" (drawn uncomposed)

    def describe(self, lang: str = "en") -> str:
        codes = " ".join(fonts.placeholder(c) for c in self.chars)
        where = f"{self.record_type} {self.record_title or self.record_id}".strip()
        if lang == "ko":
            what = "번들 글꼴에 없는 문자는 자리표시로 인쇄됩니다" if self.reason == "no_font" else "옛한글은 자모를 풀어 인쇄됩니다"
            return f"{where} · {self.field}: {codes} — {what}"
        what = "no bundled font has these; printed as placeholders" if self.reason == "no_font" else "old Hangul printed as separate jamo"
        return f"{where} · {self.field}: {codes} — {what}"


_TITLE_FIELDS = ("title", "name", "name_ko", "text", "filename")


def _kind(obj: Any) -> str:
    name = type(obj).__name__.removesuffix("DTO")
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def _title(obj: Any) -> str:
    for name in _TITLE_FIELDS:
        value = getattr(obj, name, "")
        if isinstance(value, str) and value:
            return value
    return ""


def _problems(text: str) -> Iterator[tuple[str, str]]:
    for char in dict.fromkeys(text):
        script = fonts.script_of(char)
        if not fonts.drawable(char):
            yield char, "no_font"
        elif script == fonts.JAMO:
            yield char, "old_hangul"


def _walk(obj: Any, owner: Any, seen: set[int]) -> Iterator[TextWarning]:
    if id(obj) in seen:
        return
    seen.add(id(obj))
    record = obj if hasattr(obj, "id") and hasattr(obj, "classification") else owner
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, str):
            yield from _walk_text(value, record, f.name)
        elif dataclasses.is_dataclass(value):
            yield from _walk(value, record, seen)
        elif isinstance(value, tuple | list):
            for item in value:
                if dataclasses.is_dataclass(item):
                    yield from _walk(item, record, seen)
                elif isinstance(item, str):
                    yield from _walk_text(item, record, f.name)


def _walk_text(text: str, record: Any, field: str) -> Iterator[TextWarning]:
    found: dict[str, list[str]] = {}
    for char, reason in _problems(text):
        found.setdefault(reason, []).append(char)
    for reason, chars in found.items():
        yield TextWarning(_kind(record) if record is not None else "brief", str(getattr(record, "id", "")),
                          _title(record), field, tuple(chars), reason)


def check(data: Any) -> tuple[TextWarning, ...]:
    """Every field of the brief's data whose text will not print as written (empty: all prints)."""
    fonts.register()
    if not dataclasses.is_dataclass(data):
        return ()
    found = tuple(_walk(data, None, set()))
    # the heading repeats a record's title (a meeting brief is titled by its meeting): said once,
    # for the record, where the officer can correct it
    named = {(w.chars, w.reason) for w in found if w.record_type != "brief"}
    return tuple(w for w in found if w.record_type != "brief" or (w.chars, w.reason) not in named)
