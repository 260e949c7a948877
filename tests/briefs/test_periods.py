"""Period codes officers type, and the clear error for anything else."""

from __future__ import annotations

import datetime as dt

import pytest

from officerdesk.core.services.periods import parse_period
from officerdesk.errors import UserError, ValidationError


@pytest.mark.parametrize(
    ("code", "kind", "start", "end"),
    [
        ("2026-10", "month", dt.date(2026, 10, 1), dt.date(2026, 11, 1)),
        ("2026-12", "month", dt.date(2026, 12, 1), dt.date(2027, 1, 1)),
        ("2026-Q3", "quarter", dt.date(2026, 7, 1), dt.date(2026, 10, 1)),
        ("2026-q4", "quarter", dt.date(2026, 10, 1), dt.date(2027, 1, 1)),
        ("2026-W45", "week", dt.date(2026, 11, 2), dt.date(2026, 11, 9)),
        ("2026-W01", "week", dt.date(2025, 12, 29), dt.date(2026, 1, 5)),
        ("2026", "year", dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
        ("2026-10-05..2026-10-07", "range", dt.date(2026, 10, 5), dt.date(2026, 10, 8)),
    ],
)
def test_periods_are_half_open_date_ranges(code: str, kind: str, start: dt.date, end: dt.date) -> None:
    period = parse_period(code)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert period.last_day == end - dt.timedelta(days=1)


@pytest.mark.parametrize("code", ["", "2026-13", "2026-00", "2026-Q5", "2026-W54", "2025-W53", "26-10", "October", "2026-10-31..2026-10-01", "2026-02-30..2026-03-01", "0999"])
def test_bad_periods_are_user_errors_in_both_languages(code: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_period(code)
    assert isinstance(info.value, UserError)
    assert "2026-Q3" in info.value.localized("en")  # the message shows what would work
    assert "기간" in info.value.localized("ko")


def test_week_53_exists_in_long_iso_years() -> None:
    assert parse_period("2026-W53").start == dt.date(2026, 12, 28)
