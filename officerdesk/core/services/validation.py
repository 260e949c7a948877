"""Turning user input into clean values, or a ValidationError that names the field, in ko and en."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text

from officerdesk.core import enums, kinds
from officerdesk.core.models import SyncRecord
from officerdesk.errors import ValidationError
from officerdesk.protocol.wire import is_record_id  # the one id rule: what passes is what HQ takes

MAX_TEXT = 200_000  # a free-text field: about 60 pages of notes

ENUMS: dict[tuple[str, str], enums.Labels] = {
    (k.name, name): labels for k in kinds.KINDS for name, labels in k.choices.items()
}
REQUIRED: dict[str, tuple[str, ...]] = {k.name: k.required for k in kinds.KINDS if k.required}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _bad(field: str, en: str, ko: str) -> ValidationError:
    return ValidationError(field, en, ko)


def clean_text(field: str, value: Any, max_len: int, *, single_line: bool) -> str:
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
    if single_line:
        text = " ".join(text.split())
    if len(text) > max_len:
        raise _bad(
            field,
            f"is too long ({len(text):,} characters; at most {max_len:,})",
            f"너무 깁니다({len(text):,}자, 최대 {max_len:,}자)",
        )
    return text


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


def clean_list(field: str, value: Any, *, ids: bool) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list | tuple):
        raise _bad(field, "must be a list", "목록이어야 합니다")
    out = []
    for item in value:
        text = clean_text(field, item, 200, single_line=True)
        if ids and not is_record_id(text):
            raise _bad(field, f"{text[:40]!r} is not a record id", f"{text[:40]!r}은(는) 레코드 ID가 아닙니다")
        if text and text not in out:
            out.append(text)
    return out


@functools.cache
def _column(cls: type[SyncRecord], field: str) -> Any:
    """The column of `cls.field` or None (looked up once: a bulk import asks for every value)."""
    return cls.__table__.columns.get(field)


def clean_field(cls: type[SyncRecord], field: str, value: Any) -> Any:
    column = _column(cls, field)
    if column is None:
        raise _bad(field, f"is not a field of {cls.record_type}", f"{cls.record_type}의 필드가 아닙니다")
    ctype = column.type
    if isinstance(ctype, DateTime):
        result: Any = clean_datetime(field, value)
    elif isinstance(ctype, Date):
        result = clean_date(field, value)
    elif isinstance(ctype, Boolean):
        result = clean_bool(field, value)
    elif isinstance(ctype, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _bad(field, "must be a whole number", "정수여야 합니다")
        result = value
    elif isinstance(ctype, JSON):
        result = clean_list(field, value, ids=field.endswith("_ids"))
    elif isinstance(ctype, Text):
        result = clean_text(field, value, MAX_TEXT, single_line=False)
    elif isinstance(ctype, String):
        result = clean_text(field, value, ctype.length or 500, single_line=True)
        if field.endswith("_id") and result and not is_record_id(result):
            raise _bad(field, f"{result[:40]!r} is not a record id", f"{result[:40]!r}은(는) 레코드 ID가 아닙니다")
        if field.endswith("_id") and not result:
            result = None
    else:  # pragma: no cover - every column type above
        result = value
    table = ENUMS.get((cls.record_type, field))
    if table is not None and result not in table:
        choices = ", ".join(table)
        raise _bad(field, f"{result!r} is not one of: {choices}", f"{result!r}은(는) 허용되지 않는 값입니다({choices})")
    if field == "classification" and result not in enums.CLASSIFICATION:
        raise _bad(field, "must be public, internal or restricted", "공개, 내부, 대외비 중 하나여야 합니다")
    if field == "email" and result and not _EMAIL.match(result):
        raise _bad(field, f"{result!r} is not an email address", f"{result!r}은(는) 이메일 주소가 아닙니다")
    return result


Cleaner = Callable[[Any], Any]


@functools.cache
def cleaner(cls: type[SyncRecord], field: str) -> Cleaner:
    """`clean_field(cls, field, ·)` with the column's checks chosen once, not per value.

    A bulk import cleans every field of every record: dispatching on the column type per value
    was a fifth of its time. Accepts and refuses exactly what `clean_field` does, with the same
    errors (tests/core/test_validation.py compares the two on random input).
    """
    column = _column(cls, field)
    if column is None:
        def unknown(value: Any) -> Any:
            raise _bad(field, f"is not a field of {cls.record_type}", f"{cls.record_type}의 필드가 아닙니다")
        return unknown
    ctype = column.type
    base: Cleaner
    if isinstance(ctype, DateTime):
        base = functools.partial(clean_datetime, field)
    elif isinstance(ctype, Date):
        base = functools.partial(clean_date, field)
    elif isinstance(ctype, Boolean):
        base = functools.partial(clean_bool, field)
    elif isinstance(ctype, Integer):
        def whole(value: Any) -> Any:
            if not isinstance(value, int) or isinstance(value, bool):
                raise _bad(field, "must be a whole number", "정수여야 합니다")
            return value
        base = whole
    elif isinstance(ctype, JSON):
        base = functools.partial(clean_list, field, ids=field.endswith("_ids"))
    elif isinstance(ctype, Text):
        base = functools.partial(clean_text, field, max_len=MAX_TEXT, single_line=False)
    elif isinstance(ctype, String):
        text = functools.partial(clean_text, field, max_len=ctype.length or 500, single_line=True)
        if field.endswith("_id"):
            def record_id(value: Any) -> Any:
                result = text(value)
                if not result:
                    return None
                if not is_record_id(result):
                    raise _bad(field, f"{result[:40]!r} is not a record id", f"{result[:40]!r}은(는) 레코드 ID가 아닙니다")
                return result
            base = record_id
        else:
            base = text
    else:  # pragma: no cover - every column type above
        def same(value: Any) -> Any:
            return value
        base = same
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
    if field == "email":
        def email(value: Any) -> Any:
            result: Any = base(value)
            if result and not _EMAIL.match(result):
                raise _bad(field, f"{result!r} is not an email address", f"{result!r}은(는) 이메일 주소가 아닙니다")
            return result
        return email
    return base


@functools.cache
def _cleaners(cls: type[SyncRecord]) -> dict[str, Cleaner]:
    return {c.key: cleaner(cls, c.key) for c in cls.__table__.columns}


def clean_values(cls: type[SyncRecord], values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    cleaners = _cleaners(cls)
    cleaned = {k: (cleaners.get(k) or cleaner(cls, k))(v) for k, v in values.items()}
    required = REQUIRED.get(cls.record_type, ())
    for name in required:
        if (creating and not cleaned.get(name)) or (name in cleaned and not cleaned[name]):
            raise _bad(name, "is required", "필수 항목입니다")
    return cleaned
