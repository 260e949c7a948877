"""Meetings from iCalendar files: our own export back, what Outlook and Google write, bad files refused whole."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from officerdesk.core import exchange
from officerdesk.core.demo import seed as demo
from officerdesk.core.exchange import ics
from officerdesk.core.models import Meeting
from officerdesk.core.services import identity, records
from officerdesk.errors import ImportFailed
from officerdesk.profiles import open_store

TODAY = dt.date(2026, 11, 20)
ICS_HOLDS = ("id", "title", "starts_at", "ends_at", "tz", "location", "agenda", "notes", "decisions", "kind", "classification")


def fresh(tmp_path: Path, name: str, post: str = "WAS"):  # type: ignore[no-untyped-def]
    st_ = open_store(tmp_path / name)
    with st_.session_factory.begin() as s:
        identity.set_up(s, officer_name="김민수", post_code=post)
    return st_


def import_into(store, path: Path, fmt: str = "ics") -> dict[str, int]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        return exchange.import_file(s, path, fmt)


def export_from(store, path: Path, fmt: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        return exchange.export_file(s, path, fmt, types=("meeting",), include_restricted=True)


def calendar(*lines: str) -> bytes:
    """A file as calendars write it: CRLF line ends."""
    return "\r\n".join(lines).encode("utf-8") + b"\r\n"


def meetings(store) -> dict[str, Meeting]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        found = {m.title: m for m in s.scalars(select(Meeting))}
        s.expunge_all()
    return found


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args)  # stored times are naive UTC


def test_an_export_imported_into_a_fresh_profile_gives_the_same_meetings(tmp_path: Path) -> None:
    a, b = fresh(tmp_path, "a"), fresh(tmp_path, "b")
    try:
        with a.session_factory.begin() as s:
            demo.seed(s, post_code="WAS", records=400, seed=4, today=TODAY)
        calendar_a, calendar_b = tmp_path / "a.ics", tmp_path / "b.ics"
        counts = export_from(a, calendar_a, "ics")
        assert counts["meeting"] > 50
        assert import_into(b, calendar_a) == counts
        export_from(a, tmp_path / "a.jsonl", "jsonl")
        export_from(b, tmp_path / "b.jsonl", "jsonl")
        before = {x["id"]: x for x in map(json.loads, (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines())}
        after = {x["id"]: x for x in map(json.loads, (tmp_path / "b.jsonl").read_text(encoding="utf-8").splitlines())}
        assert set(before) == set(after)  # our own UIDs give the ids back
        for record_id, old in before.items():
            new = after[record_id]
            assert {k: new[k] for k in ICS_HOLDS} == {k: old[k] for k in ICS_HOLDS}, record_id
            # CATEGORIES holds the kind, then every tag; X-OFFICERDESK-KIND names the kind
            assert (new["kind"], new["tags"]) == (old["kind"], old["tags"]), record_id
        assert {x["classification"] for x in after.values()} == {"public", "internal", "restricted"}
        assert any(x["agenda"] and x["notes"] and x["decisions"] for x in after.values())
        # exporting the imported meetings writes the same calendar (but for the time it was written)
        export_from(b, calendar_b, "ics")

        def stamped(path: Path) -> list[str]:
            return [x for x in path.read_bytes().decode("utf-8").split("\r\n") if not x.startswith("DTSTAMP:")]
        assert stamped(calendar_b) == stamped(calendar_a)
        # the same file again: every meeting is found by its id, unchanged, and nothing is added
        assert import_into(b, calendar_a) == {}
        with b.session_factory.begin() as s:
            assert records.count(s, "meeting") == counts["meeting"]
    finally:
        a.close()
        b.close()


OUTLOOK = calendar(
    "BEGIN:VCALENDAR",
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "VERSION:2.0",
    "METHOD:PUBLISH",
    "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
    "BEGIN:VTIMEZONE",
    "TZID:Korea Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0900",
    "TZOFFSETTO:+0900",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VTIMEZONE",
    "TZID:Eastern Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16011104T020000",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010311T020000",
    "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "CLASS:PUBLIC",
    "CREATED:20261101T010203Z",
    "DESCRIPTION:상표 브로커 대응 협의\\n\\n참석: 특허청 국제협력과\\, KOTRA 지식재산센터\\; 대사관 지재관",
    " \\n",
    'DTEND;TZID="Korea Standard Time":20261124T113000',
    "DTSTAMP:20261120T000000Z",
    'DTSTART;TZID="Korea Standard Time":20261124T100000',
    "LAST-MODIFIED:20261101T010203Z",
    "LOCATION:정부대전청사 특허청\\, 회의실 3",
    "PRIORITY:5",
    "SEQUENCE:0",
    "SUMMARY;LANGUAGE=ko:특허청 국제협력과 면담",
    "TRANSP:OPAQUE",
    "UID:040000008200E00074C5B7101A82E00800000000D0A7A0C5E35BDB010000000000000000100000",
    " 00A1B2C3D4E5F60718293A4B5C6D7E8F",
    "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>상표 브로커</p></body></html>",
    "BEGIN:VALARM",
    "TRIGGER:-PT15M",
    "ACTION:DISPLAY",
    "DESCRIPTION:Reminder",
    "END:VALARM",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "CLASS:PRIVATE",
    "DTSTART;TZID=Eastern Standard Time:20261203T140000",
    "DTEND;TZID=Eastern Standard Time:20261203T150000",
    "SUMMARY:USPTO Office of Policy and International Affairs",
    "LOCATION:600 Dulany St\\, Alexandria\\, VA",
    "CATEGORIES:Blue Category,Trademarks",
    "UID:040000008200E00074C5B7101A82E00800000000D0A7A0C5E35BDB01000000000000000010000000FFEE",
    "END:VEVENT",
    "END:VCALENDAR",
)


def test_reads_an_outlook_export_with_windows_zones(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "outlook.ics"
    path.write_bytes(OUTLOOK)
    assert import_into(store, path) == {"meeting": 2}
    found = meetings(store)
    kipo, uspto = found["특허청 국제협력과 면담"], found["USPTO Office of Policy and International Affairs"]
    assert (kipo.starts_at, kipo.ends_at, kipo.tz) == (utc(2026, 11, 24, 1, 0), utc(2026, 11, 24, 2, 30), "Asia/Seoul")
    assert kipo.location == "정부대전청사 특허청, 회의실 3" and kipo.classification == "public"
    assert kipo.notes == "상표 브로커 대응 협의\n\n참석: 특허청 국제협력과, KOTRA 지식재산센터; 대사관 지재관"
    assert kipo.agenda == kipo.decisions == "" and kipo.kind == "other" and kipo.tags == []
    # 14:00 in New York in December is 19:00 UTC (EST, -05:00)
    assert (uspto.starts_at, uspto.ends_at, uspto.tz) == (utc(2026, 12, 3, 19, 0), utc(2026, 12, 3, 20, 0), "America/New_York")
    assert uspto.location == "600 Dulany St, Alexandria, VA" and uspto.classification == "internal"
    assert uspto.tags == ["Blue Category", "Trademarks"]
    assert len({kipo.id, uspto.id}) == 2 and all(len(m.id) == 36 for m in (kipo, uspto))  # foreign UIDs: new ids


GOOGLE = calendar(
    "BEGIN:VCALENDAR",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:지재관 일정",
    "X-WR-TIMEZONE:America/New_York",
    "BEGIN:VEVENT",
    "DTSTART:20261105T150000Z",
    "DTEND:20261105T160000Z",
    "DTSTAMP:20261120T093000Z",
    "UID:7kukuqbsd1fe5tc1oqs2k1bnpo@google.com",
    "CREATED:20261020T120000Z",
    "DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij\\n\\nAgenda",
    "  follows by email.",
    "LAST-MODIFIED:20261020T120000Z",
    "LOCATION:",
    "SEQUENCE:0",
    "STATUS:CONFIRMED",
    "SUMMARY:KIPO–USPTO working-level call",
    "TRANSP:OPAQUE",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:This is an event reminder",
    "TRIGGER:-P0DT0H10M0S",
    "END:VALARM",
    "BEGIN:VALARM",
    "ACTION:EMAIL",
    "DESCRIPTION:This is an event reminder",
    "SUMMARY:Alarm notification",
    "ATTENDEE:mailto:officer@example.org",
    "TRIGGER:-P0DT0H30M0S",
    "END:VALARM",
    "END:VEVENT",
    "BEGIN:VTODO",
    "UID:todo-1@google.com",
    "SUMMARY:Not a meeting",
    "DTSTART:20261106T150000Z",
    "END:VTODO",
    "END:VCALENDAR",
)


def test_reads_a_google_export_with_utc_times_and_alarms(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "google.ics"
    path.write_bytes(GOOGLE)
    assert import_into(store, path) == {"meeting": 1}
    [call] = meetings(store).values()
    assert call.title == "KIPO–USPTO working-level call"
    assert (call.starts_at, call.ends_at) == (utc(2026, 11, 5, 15, 0), utc(2026, 11, 5, 16, 0))
    assert call.tz == "America/New_York"  # the calendar's zone, to show the meeting in
    assert call.notes == "Join with Google Meet: https://meet.google.com/abc-defg-hij\n\nAgenda follows by email."
    assert call.location == "" and call.classification == "internal"


def test_whole_days_durations_cancelled_and_recurring_events(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixed.ics"
    path.write_bytes(calendar(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Apple Inc.//macOS 15.1//EN",
        "X-WR-TIMEZONE:Asia/Seoul",
        "BEGIN:VEVENT",
        "UID:allday-1@example.org",
        "DTSTART;VALUE=DATE:20261225",
        "DTEND;VALUE=DATE:20261226",
        "SUMMARY:성탄절 휴무",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:allday-2@example.org",
        "DTSTART;VALUE=DATE:20270101",
        "SUMMARY:신정",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:duration-1@example.org",
        "DTSTART;TZID=Asia/Tokyo:20261210T090000",
        "DURATION:PT1H30M",
        "SUMMARY:JPO 국제정책과 면담",
        "CATEGORIES:ip_office,JPO",
        "CATEGORIES:심사협력",
        "CLASS:CONFIDENTIAL",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:cancelled-1@example.org",
        "DTSTART:20261211T010000Z",
        "STATUS:CANCELLED",
        "SUMMARY:취소된 회의",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:weekly-1@example.org",
        "DTSTART:20261207T000000Z",
        "DTEND:20261207T003000Z",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10",
        "EXDATE:20261214T000000Z",
        "SUMMARY:주간 본부 화상회의",
        "DESCRIPTION:Agenda:\\n주간 현안\\n\\nNotes:\\n지난주 후속 조치",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:weekly-1@example.org",
        "RECURRENCE-ID:20261221T000000Z",
        "DTSTART:20261221T020000Z",
        "DTEND:20261221T023000Z",
        "SUMMARY:주간 본부 화상회의 (시간 변경)",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:monthly-9@example.org",
        "RECURRENCE-ID:20261215T050000Z",
        "DTSTART:20261216T050000Z",
        "SUMMARY:월례 협회 간담회 (하루 연기)",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:floating-1@example.org",
        "DTSTART:20261218T190000",
        "DTEND:20261218T210000",
        "SUMMARY:동포 기업인 만찬",
        "END:VEVENT",
        "END:VCALENDAR",
    ))
    assert import_into(store, path) == {"meeting": 6}
    found = meetings(store)
    assert "취소된 회의" not in found and "주간 본부 화상회의 (시간 변경)" not in found
    christmas, new_year = found["성탄절 휴무"], found["신정"]
    assert (christmas.starts_at, christmas.ends_at, christmas.tz) == (utc(2026, 12, 24, 15, 0), utc(2026, 12, 25, 15, 0), "Asia/Seoul")
    assert (new_year.starts_at, new_year.ends_at) == (utc(2026, 12, 31, 15, 0), utc(2027, 1, 1, 15, 0))  # one day
    jpo = found["JPO 국제정책과 면담"]
    assert (jpo.starts_at, jpo.ends_at, jpo.tz) == (utc(2026, 12, 10, 0, 0), utc(2026, 12, 10, 1, 30), "Asia/Tokyo")
    assert (jpo.kind, jpo.tags, jpo.classification) == ("ip_office", ["JPO", "심사협력"], "restricted")
    weekly = found["주간 본부 화상회의"]
    assert (weekly.starts_at, weekly.ends_at) == (utc(2026, 12, 7, 0, 0), utc(2026, 12, 7, 0, 30))  # the first occurrence
    assert weekly.agenda == "주간 현안"
    first, note = weekly.notes.split("\n\n")
    assert first == "지난주 후속 조치" and "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10" in note and "first occurrence" in note
    assert "\n" not in note
    alone = found["월례 협회 간담회 (하루 연기)"]  # a changed occurrence without its series is a meeting
    assert alone.starts_at == utc(2026, 12, 16, 5, 0) and alone.ends_at is None
    dinner = found["동포 기업인 만찬"]  # floating time: read in the calendar's zone
    assert (dinner.starts_at, dinner.ends_at, dinner.tz) == (utc(2026, 12, 18, 10, 0), utc(2026, 12, 18, 12, 0), "Asia/Seoul")


EVENT = ("BEGIN:VEVENT", "UID:x-1@example.org", "DTSTART:20261201T010000Z", "SUMMARY:좋은 회의", "END:VEVENT")


def _bad(*event: str) -> bytes:
    return calendar("BEGIN:VCALENDAR", "VERSION:2.0", *EVENT, *event, "END:VCALENDAR")


@pytest.mark.parametrize(
    ("raw", "line", "needle"),
    [
        (b"Subject,Start Date\r\nMeeting,2026-12-01\r\n", 1, "not an iCalendar file"),
        (calendar("BEGIN:VCARD", "VERSION:3.0", "FN:Kim", "END:VCARD"), 1, "not an iCalendar file"),
        (b"", 0, "holds no events"),  # an empty file is not a success: the user picked the wrong file
        (_bad("BEGIN:VEVENT", "DTSTART:20261202T010000Z", "SUMMARY:x", "END:VALARM"), 11, "END:VALARM does not close BEGIN:VEVENT of line 8"),
        (_bad("BEGIN:VEVENT", "DTSTART:20261202T010000Z", "BEGIN:VEVENT"), 10, "BEGIN:VEVENT inside the VEVENT of line 8"),
        (calendar("BEGIN:VCALENDAR", *EVENT, "BEGIN:VEVENT", "DTSTART:20261202T010000Z"), 8, "BEGIN:VEVENT of line 7 has no END:VEVENT"),
        (calendar("BEGIN:VCALENDAR", *EVENT), 6, "BEGIN:VCALENDAR of line 1 has no END:VCALENDAR"),
        (calendar("BEGIN:VCALENDAR", *EVENT, "END:VCALENDAR", "SUMMARY:stray"), 8, "after END:VCALENDAR"),
        (_bad("BEGIN:VEVENT", "SUMMARY:시작 없는 회의", "END:VEVENT"), 8, "no DTSTART"),
        (_bad("BEGIN:VEVENT", "SUMMARY:x", "DTSTART:20261301T010000Z", "END:VEVENT"), 10, "DTSTART: '20261301T010000Z' is not a real date"),
        (_bad("BEGIN:VEVENT", "DTSTART:2026-12-02 10:00", "END:VEVENT"), 9, "DTSTART: '2026-12-02 10:00' is not a date"),
        (_bad("BEGIN:VEVENT", "DTSTART:20261202T010000Z", "DTEND:20261202T250000Z", "END:VEVENT"), 10, "DTEND:"),
        (_bad("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261202T010000", "END:VEVENT"), 9, "is not a date (YYYYMMDD)"),
        (_bad("BEGIN:VEVENT", "DTSTART;TZID=Mars Standard Time:20261202T090000", "END:VEVENT"), 9, "'Mars Standard Time' is neither an IANA zone"),
        (_bad("BEGIN:VEVENT", "DTSTART:20261202T010000Z", "DURATION:1 hour", "END:VEVENT"), 10, "DURATION: '1 hour' is not a duration"),
        (_bad("BEGIN:VEVENT", "DTSTART:20261202T010000Z", "DURATION:-PT1H", "END:VEVENT"), 10, "is not a duration"),
        (_bad("BEGIN:VEVENT", "DTSTART:20261202T010000Z", "this line has no colon", "END:VEVENT"), 10, "not an iCalendar line"),
        (_bad("BEGIN:VEVENT", "UID:not-an-id@officerdesk", "DTSTART:20261202T010000Z", "END:VEVENT"), 8, "is not a record id"),
        (_bad("BEGIN:VEVENT", "DTSTART:20261202T010000Z", "X-OFFICERDESK-TZ:Mars/Olympus", "END:VEVENT"), 8, "is not a time zone"),
        (_bad("BEGIN:VEVENT", "DTSTART:20261202T010000Z", "SUMMARY:" + "긴 제목" * 200, "END:VEVENT"), 8, "meeting title: is too long"),
    ],
)
def test_a_bad_calendar_names_the_line_and_adds_nothing(store, tmp_path: Path, raw: bytes, line: int, needle: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.ics"
    path.write_bytes(raw)
    with pytest.raises(ImportFailed) as err:
        import_into(store, path)
    assert err.value.line == line and needle in str(err.value), str(err.value)
    with store.session_factory.begin() as s:
        assert records.count(s, "meeting") == 0


def test_our_own_ids_twice_in_one_file_are_refused(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    twice = ("BEGIN:VEVENT", "UID:01a21347-e144-7151-97a6-1229ab91a425@officerdesk", "DTSTART:20261202T010000Z", "SUMMARY:x", "END:VEVENT")
    path = tmp_path / "twice.ics"
    path.write_bytes(calendar("BEGIN:VCALENDAR", *twice, *twice, "END:VCALENDAR"))
    with pytest.raises(ImportFailed, match="appears twice") as err:
        import_into(store, path)
    assert err.value.line == 7


TEXT = st.text(alphabet=st.sampled_from(list(",;:\\\n\"\t abcxyz012가나다한국어특허청商标😀")), min_size=1, max_size=120)


@settings(max_examples=150, deadline=None)
@given(TEXT, TEXT, st.lists(TEXT, max_size=4))
def test_text_survives_escaping_through_a_whole_file(text: str, other: str, tags: list[str]) -> None:
    item = {"id": "01a21347-e144-7151-97a6-1229ab91a425", "title": text, "location": other, "kind": "ministry",
            "starts_at": "2026-12-02T01:00:00+00:00", "ends_at": None, "agenda": text, "notes": other, "decisions": text,
            "tags": tags, "classification": "public", "tz": "Asia/Seoul"}
    out = io.StringIO()
    ics.write(out, [item])
    [(line, back)] = list(ics.read(io.BytesIO(out.getvalue().encode("utf-8"))))
    assert line == 6
    assert back["title"] == (text.strip() or ics.UNTITLED)
    assert back.get("location", "") == other.strip()
    assert (back["agenda"], back["notes"], back["decisions"]) == (text, other, text)
    assert back["kind"] == "ministry"
    assert back.get("tags", []) == list(dict.fromkeys(t.strip() for t in tags if t.strip()))
