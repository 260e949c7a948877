"""Turning user input into clean values, or a ValidationError that names the field, in ko and en."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text

from officerdesk.core import contact_points, enums, kinds
from officerdesk.core.ids import canonical_id
from officerdesk.core.models import SyncRecord
from officerdesk.errors import ValidationError
from officerdesk.protocol import wire

MAX_TEXT = 200_000  # a free-text field: about 60 pages of notes
MAX_ITEM = 200  # one item of a list field: a tag or a record id
MAX_LIST = 10_000  # items of a list field, which travels and is stored whole
MAX_INT = 2**53  # the largest whole number a JSON reader everywhere keeps exactly

# Fields whose limit is not their column's: a status move's note travels in a transition,
# whose wire form caps it.
LIMITS: dict[tuple[str, str], int] = {("status_change", "note"): wire.NOTE_MAX}

ENUMS: dict[tuple[str, str], enums.Labels] = {
    (k.name, name): labels for k in kinds.KINDS for name, labels in k.choices.items()
}
REQUIRED: dict[str, tuple[str, ...]] = {k.name: k.required for k in kinds.KINDS if k.required}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _bad(field: str, en: str, ko: str) -> ValidationError:
    return ValidationError(field, en, ko)


def clean_text(field: str, value: Any, max_len: int, *, single_line: bool) -> str:
    return text_rule(field, max_len, single_line=single_line)(value)


def text_rule(field: str, max_len: int, *, single_line: bool) -> Callable[[Any], str]:
    """The one rule of a text field, as a function of the value: `cleaner` builds it once per
    field, so a value is checked without a layer of argument binding per call (a pull checks
    every value of every record)."""

    def text_value(value: Any) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise _bad(field, "must be text", "텍스트여야 합니다")
        if "\x00" in value:
            raise _bad(field, "contains a NUL character", "NUL 문자가 들어 있습니다")
        text: str = value
        if not value.isascii():  # ASCII holds no surrogate and is its own NFC form
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _bad(field, "contains an invalid character (lone surrogate)", "잘못된 문자가 들어 있습니다") from None
            text = unicodedata.normalize("NFC", value)
        # printable text has no whitespace but the ASCII space (every other space, tab, line or
        # paragraph separator is not printable), so it is already collapsed unless a space leads,
        # trails or doubles: the split and join (a new string) is only needed then
        if single_line and not (text.isprintable() and "  " not in text
                                and not text.startswith(" ") and not text.endswith(" ")):
            text = " ".join(text.split())
        if len(text) > max_len:
            raise _bad(
                field,
                f"is too long ({len(text):,} characters; at most {max_len:,})",
                f"너무 깁니다({len(text):,}자, 최대 {max_len:,}자)",
            )
        return text

    return text_value


def clean_date(field: str, value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise _bad(field, f"is not a date (YYYY-MM-DD): {str(value)[:40]!r}", f"날짜 형식(YYYY-MM-DD)이 아닙니다: {str(value)[:40]!r}")


def clean_datetime(field: str, value: Any) -> dt.datetime | None:
    """Aware values are converted to naive UTC; naive ones are taken as UTC."""
    if value in (None, ""):
        return None
    parsed: dt.datetime | None = None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
    if parsed is None:
        raise _bad(field, f"is not a date and time (ISO 8601): {str(value)[:40]!r}", f"날짜·시간 형식(ISO 8601)이 아닙니다: {str(value)[:40]!r}")
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


def clean_bool(field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in ("true", "false", "yes", "no", "1", "0"):
        return value.lower() in ("true", "yes", "1")
    raise _bad(field, "must be true or false", "참 또는 거짓이어야 합니다")


def clean_int(field: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _bad(field, "must be a whole number", "정수여야 합니다")
    if not -MAX_INT <= value <= MAX_INT:
        raise _bad(field, "is out of range", "범위를 벗어났습니다")
    return value


def clean_list(field: str, value: Any, *, ids: bool) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list | tuple):
        raise _bad(field, "must be a list", "목록이어야 합니다")
    if len(value) > MAX_LIST:
        raise _bad(field, f"has more than {MAX_LIST:,} items", f"항목이 {MAX_LIST:,}개를 넘습니다")
    out = []
    item_text = text_rule(field, MAX_ITEM, single_line=True)
    for item in value:
        text = item_text(item)
        if ids:
            text = _record_id_of(field, text)
        if text and text not in out:
            out.append(text)
    return out


@functools.cache
def _column(cls: type[SyncRecord], field: str) -> Any:
    """The column of `cls.field` or None (looked up once: a bulk import asks for every value)."""
    return cls.__table__.columns.get(field)


Cleaner = Callable[[Any], Any]


def clean_field(cls: type[SyncRecord], field: str, value: Any) -> Any:
    """The canonical value of `cls.field` for `value`, or a ValidationError naming the field."""
    return cleaner(cls, field)(value)


@functools.cache
def cleaner(cls: type[SyncRecord], field: str) -> Cleaner:
    """The one validator of `cls.field`: what a form, an import, HQ and a pull all accept.

    Built once per field from its column (type, length), the kind's choices and the field's own
    rules (ids, email, classification), so checking a value does no dispatching: a bulk import
    cleans every field of every record, and choosing the checks per value was a fifth of its time.
    """
    column = _column(cls, field)
    if column is None:
        def unknown(value: Any) -> Any:
            raise _bad(field, f"is not a field of {cls.record_type}", f"{cls.record_type}의 필드가 아닙니다")
        return unknown
    return _checked_choices(cls, field, _by_column(field, column.type, LIMITS.get((cls.record_type, field))))


def _by_column(field: str, ctype: Any, limit: int | None) -> Cleaner:
    """What the column's type allows: the value as the column stores it."""
    if isinstance(ctype, DateTime):
        return functools.partial(clean_datetime, field)
    if isinstance(ctype, Date):
        return functools.partial(clean_date, field)
    if isinstance(ctype, Boolean):
        return functools.partial(clean_bool, field)
    if isinstance(ctype, Integer):
        return functools.partial(clean_int, field)
    if isinstance(ctype, JSON):
        return functools.partial(clean_list, field, ids=field.endswith("_ids"))
    if isinstance(ctype, Text):
        return text_rule(field, limit or MAX_TEXT, single_line=False)
    if isinstance(ctype, String):
        text = text_rule(field, limit or ctype.length or 500, single_line=True)
        return _record_id(field, text) if field.endswith("_id") else text
    raise TypeError(f"no validator for a {type(ctype).__name__} column ({field})")  # a new column type: add it


def _record_id(field: str, text: Cleaner) -> Cleaner:
    """A link to another record: a record id, or None for no link."""
    def record_id(value: Any) -> Any:
        result = text(value)
        return _record_id_of(field, result) if result else None
    return record_id


def _record_id_of(field: str, text: str) -> str:
    canonical = canonical_id(text)  # the one id rule (protocol.wire.is_record_id), ASCII case folded
    if canonical is None:
        raise _bad(field, f"{text[:40]!r} is not a record id", f"{text[:40]!r}은(는) 레코드 ID가 아닙니다")
    return canonical


def _checked_choices(cls: type[SyncRecord], field: str, base: Cleaner) -> Cleaner:
    """`base` followed by the field's own rule, if it has one: its choices, or the email form."""
    table = ENUMS.get((cls.record_type, field))
    if table is not None:
        choices = ", ".join(table)

        def enum(value: Any) -> Any:
            result = base(value)
            if result not in table:
                raise _bad(field, f"{result!r} is not one of: {choices}", f"{result!r}은(는) 허용되지 않는 값입니다({choices})")
            return result
        return enum
    if field == "classification":
        def classification(value: Any) -> Any:
            result = base(value)
            if result not in enums.CLASSIFICATION:
                raise _bad(field, "must be public, internal or restricted", "공개, 내부, 대외비 중 하나여야 합니다")
            return result
        return classification
    if field == "emails":
        def emails(value: Any) -> Any:
            result: list[str] = base(value)
            for entry in result:
                if not _EMAIL.match(contact_points.split(entry)[1]):
                    raise _bad(field, f"{entry!r} is not an email address", f"{entry!r}은(는) 이메일 주소가 아닙니다")
            return result
        return emails
    if field == "email":
        def email(value: Any) -> Any:
            result: Any = base(value)
            if result and not _EMAIL.match(result):
                raise _bad(field, f"{result!r} is not an email address", f"{result!r}은(는) 이메일 주소가 아닙니다")
            return result
        return email
    return base


@functools.cache
def synced_cleaner(cls: type[SyncRecord], field: str) -> Cleaner:
    """`cleaner` for a value crossing the wire (HQ taking a push, a laptop taking a pull): the
    same checks, and never null nor empty for a column that cannot hold null. A form or an import
    leaves such a value out and gets the column's default; a synced value has none to fall back on,
    and a null sent for text is a broken sender, not an empty text."""
    clean = cleaner(cls, field)
    column = _column(cls, field)
    if column is None or column.nullable:
        return clean

    def not_null(value: Any) -> Any:
        if value is None or (result := clean(value)) is None:
            raise _bad(field, "must not be empty", "비워 둘 수 없습니다")
        return result
    return not_null


@functools.cache
def _cleaners(cls: type[SyncRecord]) -> dict[str, Cleaner]:
    return {c.key: cleaner(cls, c.key) for c in cls.__table__.columns}


@functools.cache
def synced_cleaners(cls: type[SyncRecord]) -> dict[str, Cleaner]:
    """`synced_cleaner` of every column of `cls` (a pull checks every value of every record)."""
    return {c.key: synced_cleaner(cls, c.key) for c in cls.__table__.columns}


def clean_values(cls: type[SyncRecord], values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    cleaners = _cleaners(cls)
    cleaned = {k: (cleaners.get(k) or cleaner(cls, k))(v) for k, v in values.items()}
    required = REQUIRED.get(cls.record_type, ())
    for name in required:
        if (creating and not cleaned.get(name)) or (name in cleaned and not cleaned[name]):
            raise _bad(name, "is required", "필수 항목입니다")
    return cleaned
