"""The deadlines calendar (.ics): all-day events with an alarm, read back by a real parser."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from officerdesk.core.exchange import deadlines as ics
from officerdesk.core.services.dashboard import DashboardItem

ITEMS = [
    DashboardItem("follow_up", "0190a0b0-0000-7000-8000-000000000001", "자료 송부; 특허청, 미국", dt.date(2026, 11, 8)),
    DashboardItem("company_request", "0190a0b0-0000-7000-8000-000000000002", "상표 무단선점 " * 8, dt.date(2026, 11, 11),
                  "reviewing"),
    DashboardItem("follow_up", "0190a0b0-0000-7000-8000-000000000003", "no date", None),
]
NOW = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)


def _written(lang: str = "ko") -> tuple[str, int]:
    out = io.StringIO()
    count = ics.write(out, ITEMS, lang=lang, now=NOW)
    return out.getvalue(), count


def test_lines_are_folded_crlf_and_escaped() -> None:
    text, count = _written()
    assert count == 2
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert "SUMMARY:후속 조치 기한: 자료 송부\\; 특허청\\, 미국\r\n" in text
    assert "DTSTART;VALUE=DATE:20261108\r\n" in text and "DTEND;VALUE=DATE:20261109\r\n" in text
    assert text.count("BEGIN:VALARM") == 2


def test_a_calendar_parser_reads_every_deadline() -> None:
    icalendar = pytest.importorskip("icalendar")
    text, _count = _written("en")
    cal = icalendar.Calendar.from_ical(text)
    events = [c for c in cal.walk("VEVENT")]
    got = {(str(e["UID"]), e.decoded("DTSTART"), str(e["SUMMARY"])) for e in events}
    assert got == {
        (f"{ITEMS[0].id}-due@officerdesk", dt.date(2026, 11, 8), "Follow-up due: 자료 송부; 특허청, 미국"),
        (f"{ITEMS[1].id}-due@officerdesk", dt.date(2026, 11, 11), f"Request due: {ITEMS[1].title}"),
    }
    alarms = [a for e in events for a in e.walk("VALARM")]
    assert [a.decoded("TRIGGER") for a in alarms] == [dt.timedelta(hours=9)] * 2
