"""Report periods as officers write them: 2026-10, 2026-Q3, 2026-W45, 2026, or a date range."""

from __future__ import annotations

import datetime as dt
import re

from officerdesk.core.report_dto import Period
from officerdesk.errors import ValidationError

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-Q(\d)$", re.IGNORECASE)
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$", re.IGNORECASE)
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")

EXAMPLES = "2026-10, 2026-Q3, 2026-W45, 2026, 2026-10-01..2026-10-31"


def _bad(text: str, why_en: str = "", why_ko: str = "") -> ValidationError:
    en = f"{text!r} is not a period{': ' + why_en if why_en else ''} (examples: {EXAMPLES})"
    ko = f"{text!r}은(는) 기간 형식이 아닙니다{': ' + why_ko if why_ko else ''} (예: {EXAMPLES})"
    return ValidationError("period", en, ko)


def _year(text: str, value: str) -> int:
    year = int(value)
    if not 1900 <= year <= 2999:
        raise _bad(text, "the year is out of range", "연도가 범위를 벗어났습니다")
    return year


def parse_period(text: str) -> Period:
    """The half-open date range [start, end) a period code names; ValidationError if it names none."""
    code = (text or "").strip()
    if m := _YEAR.match(code):
        year = _year(code, m[1])
        return Period(code, "year", dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
    if m := _MONTH.match(code):
        year, month = _year(code, m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise _bad(code, "the month must be 1 to 12", "월은 1에서 12 사이여야 합니다")
        end = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
        return Period(f"{year}-{month:02d}", "month", dt.date(year, month, 1), end)
    if m := _QUARTER.match(code):
        year, quarter = _year(code, m[1]), int(m[2])
        if not 1 <= quarter <= 4:
            raise _bad(code, "the quarter must be Q1 to Q4", "분기는 Q1에서 Q4 사이여야 합니다")
        start = dt.date(year, 3 * quarter - 2, 1)
        end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
        return Period(f"{year}-Q{quarter}", "quarter", start, end)
    if m := _WEEK.match(code):
        year, week = _year(code, m[1]), int(m[2])
        try:
            start = dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise _bad(code, f"{year} has no ISO week {week}", f"{year}년에는 ISO {week}주가 없습니다") from None
        return Period(f"{year}-W{week:02d}", "week", start, start + dt.timedelta(days=7))
    if m := _RANGE.match(code):
        try:
            first, last = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        except ValueError:
            raise _bad(code, "a date does not exist", "존재하지 않는 날짜입니다") from None
        if last < first:
            raise _bad(code, "the range ends before it starts", "종료일이 시작일보다 앞섭니다")
        return Period(code, "range", first, last + dt.timedelta(days=1))
    raise _bad(code)


def current_month(today: dt.date | None = None) -> Period:
    today = today or dt.date.today()
    return parse_period(f"{today.year}-{today.month:02d}")
