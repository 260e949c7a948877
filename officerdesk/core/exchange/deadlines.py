"""Deadlines as an iCalendar file (RFC 5545), for the officer's own calendar.

Each open follow-up and request with a due date becomes an all-day event on that date with a
morning alarm, so the phone or Outlook reminds the officer even where OfficerDesk is closed. The
UID is stable (`<id>-due@officerdesk`): importing the file again updates the events instead of
doubling them. Words in the file follow the app's language (a calendar shows them as they are).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TextIO

from officerdesk import __version__
from officerdesk.core import kinds
from officerdesk.core.exchange.contentline import escape, fold
from officerdesk.core.services.dashboard import DashboardItem

FOLLOW_UP, REQUEST = kinds.FOLLOW_UP.name, kinds.COMPANY_REQUEST.name
LABELS = {
    "en": {FOLLOW_UP: "Follow-up due", REQUEST: "Request due", "calendar": "OfficerDesk deadlines"},
    "ko": {FOLLOW_UP: "후속 조치 기한", REQUEST: "요청 처리 기한", "calendar": "OfficerDesk 기한"},
}
ALARM = "PT9H"  # 09:00 on the day (an all-day event starts at midnight)


def event(item: DashboardItem, *, stamp: str, lang: str) -> list[tuple[str, str]]:
    assert item.date is not None
    words = LABELS.get(lang, LABELS["en"])
    kind = words.get(item.type, words[FOLLOW_UP])
    start, end = item.date, item.date + dt.timedelta(days=1)
    summary = f"{kind}: {item.title}"
    return [
        ("BEGIN", "VEVENT"),
        ("UID", f"{item.id}-due@officerdesk"),
        ("DTSTAMP", stamp),
        ("DTSTART;VALUE=DATE", start.strftime("%Y%m%d")),
        ("DTEND;VALUE=DATE", end.strftime("%Y%m%d")),
        ("SUMMARY", escape(summary)),
        ("CATEGORIES", escape(kind)),
        ("TRANSP", "TRANSPARENT"),  # a deadline does not make the officer busy
        ("X-OFFICERDESK-TYPE", item.type),
        ("BEGIN", "VALARM"),
        ("ACTION", "DISPLAY"),
        ("DESCRIPTION", escape(summary)),
        ("TRIGGER;RELATED=START", ALARM),
        ("END", "VALARM"),
        ("END", "VEVENT"),
    ]


def write(out: TextIO, items: Iterable[DashboardItem], *, lang: str = "en", now: dt.datetime | None = None) -> int:
    """Write the calendar; items without a due date are left out. Returns the events written."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    words = LABELS.get(lang, LABELS["en"])
    head = [("BEGIN", "VCALENDAR"), ("VERSION", "2.0"), ("PRODID", f"-//OfficerDesk//OfficerDesk {__version__}//EN"),
            ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH"), ("X-WR-CALNAME", escape(words["calendar"]))]
    out.write("".join(fold(f"{k}:{v}") for k, v in head))
    count = 0
    for item in items:
        if item.date is None:
            continue
        out.write("".join(fold(f"{k}:{v}") for k, v in event(item, stamp=stamp, lang=lang)))
        count += 1
    out.write(fold("END:VCALENDAR"))
    return count
