"""The figures HQ asks for beyond counts: rates, change against the previous period, lateness.

처리율 (closure rate): requests closed in the period ÷ (those + requests still open) — of the
caseload the period saw through, the share brought to an end.
기한 준수율 (on-time rate): of the requests open now, the share not yet past their due date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from officerdesk.core.dto import StatusChangeDTO
from officerdesk.core.report_dto import ActivityFigures


def closure_rate(f: ActivityFigures) -> float | None:
    base = f.requests_closed + f.requests_open
    return f.requests_closed / base if base else None


def on_time_rate(f: ActivityFigures) -> float | None:
    return (f.requests_open - f.requests_overdue) / f.requests_open if f.requests_open else None


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{100 * rate:.0f}%"


def signed(n: int) -> str:
    return f"+{n:,}" if n > 0 else (f"{n:,}" if n < 0 else "±0")


def change(now: int, before: int | None, lang: str) -> str:
    """" (전기 대비 +3)" / " (+3 on the previous period)"; empty with nothing to compare."""
    if before is None:
        return ""
    return f" (전기 대비 {signed(now - before)})" if lang == "ko" else f" ({signed(now - before)} on the previous period)"


def days_late(due: dt.date | None, on: dt.date) -> int:
    """Days past `due` on the day `on` (0 when not late or no due date)."""
    return max(0, (on - due).days) if due else 0


def closed_on(history: Sequence[StatusChangeDTO], closing: Collection[str]) -> dt.date | None:
    """The day a request last moved to a closing status (None if it was reopened since)."""
    last: dt.date | None = None
    for h in history:
        if h.at is not None:
            last = h.at.date() if h.to_status in closing else None
    return last
