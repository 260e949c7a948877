"""Meetings as an iCalendar file (RFC 5545) for Outlook, Google or Apple calendars, and back.

Times are written in UTC (the `Z` form, valid without VTIMEZONE components); the meeting's own
zone is kept in X-OFFICERDESK-TZ. The description carries agenda, notes and decisions; CLASS
maps public/internal/restricted to PUBLIC/PRIVATE/CONFIDENTIAL.

Reading takes every VEVENT as a meeting: UTC times, TZID (an IANA zone or a common Windows zone
name as Outlook writes them), floating times and whole days (read in the meeting's zone:
X-OFFICERDESK-TZ, else the TZID, else the calendar's X-WR-TIMEZONE, else UTC); DTEND or DURATION.
Our own `<id>@officerdesk` UIDs give the record id back; other UIDs get a new id. VTIMEZONE,
VALARM, VTODO, VJOURNAL, VFREEBUSY and unknown properties are skipped, and so are cancelled
events. A recurring event gives its first occurrence only (its notes say so); a changed
occurrence (RECURRENCE-ID) is skipped when its series is in the file, else it is a meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from officerdesk import __version__
from officerdesk.core import enums, kinds
from officerdesk.core.exchange.contentline import (
    escape,
    fold,
    parse,
    split_unescaped,
    unescape,
    unfold,
)
from officerdesk.core.exchange.text import lines
from officerdesk.errors import ImportFailed

CLASS = {"public": "PUBLIC", "internal": "PRIVATE", "restricted": "CONFIDENTIAL"}


def _utc(value: str | None) -> str | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC)
    return parsed.strftime("%Y%m%dT%H%M%SZ")


def event(item: dict[str, Any], stamp: str) -> list[tuple[str, str]]:
    sections = [("Agenda", item.get("agenda")), ("Notes", item.get("notes")), ("Decisions", item.get("decisions"))]
    description = "\n\n".join(f"{title}:\n{text}" for title, text in sections if text)
    props = [("BEGIN", "VEVENT"), ("UID", f"{item['id']}@officerdesk"), ("DTSTAMP", stamp)]
    start, end = _utc(item.get("starts_at")), _utc(item.get("ends_at"))
    if start:
        props.append(("DTSTART", start))
    if end:
        props.append(("DTEND", end))
    props.append(("SUMMARY", escape(item.get("title") or "")))
    if item.get("location"):
        props.append(("LOCATION", escape(item["location"])))
    if description:
        props.append(("DESCRIPTION", escape(description)))
    kind = item.get("kind") or ""
    # calendars show CATEGORIES: the kind first, then every tag (a tag may repeat the kind's code);
    # X-OFFICERDESK-KIND says which one is the kind, so a re-import gives kind and tags back as they were
    categories = ([kind] if kind else []) + [t for t in dict.fromkeys(item.get("tags") or []) if t]
    if categories:
        props.append(("CATEGORIES", ",".join(escape(c) for c in categories)))
    if kind:
        props.append(("X-OFFICERDESK-KIND", escape(kind)))
    props.append(("CLASS", CLASS.get(item.get("classification") or "", "PRIVATE")))
    if item.get("tz"):
        props.append(("X-OFFICERDESK-TZ", escape(item["tz"])))
    props.append(("END", "VEVENT"))
    return props


def write(out: TextIO, items: Iterable[dict[str, Any]]) -> int:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    head = [("BEGIN", "VCALENDAR"), ("VERSION", "2.0"), ("PRODID", f"-//OfficerDesk//OfficerDesk {__version__}//EN"),
            ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")]
    out.write("".join(fold(f"{k}:{v}") for k, v in head))
    count = 0
    for item in items:
        out.write("".join(fold(f"{k}:{v}") for k, v in event(item, stamp)))
        count += 1
    out.write(fold("END:VCALENDAR"))
    return count


# --- reading -------------------------------------------------------------------------------------

CLASS_TO = {v: k for k, v in CLASS.items()}
SECTIONS = (("Agenda", "agenda"), ("Notes", "notes"), ("Decisions", "decisions"))
SKIPPED = frozenset({"VTIMEZONE", "VALARM", "VTODO", "VJOURNAL", "VFREEBUSY", "STANDARD", "DAYLIGHT", "VAVAILABILITY"})
UNTITLED = "(no title)"
# Outlook writes Windows zone names as TZID; the common ones, as the Unicode CLDR maps them.
WINDOWS_ZONES = {
    "korea standard time": "Asia/Seoul", "tokyo standard time": "Asia/Tokyo", "china standard time": "Asia/Shanghai",
    "taipei standard time": "Asia/Taipei", "singapore standard time": "Asia/Singapore", "se asia standard time": "Asia/Bangkok",
    "india standard time": "Asia/Kolkata", "arabian standard time": "Asia/Dubai", "arab standard time": "Asia/Riyadh",
    "pakistan standard time": "Asia/Karachi", "bangladesh standard time": "Asia/Dhaka", "nepal standard time": "Asia/Kathmandu",
    "sri lanka standard time": "Asia/Colombo", "myanmar standard time": "Asia/Yangon", "west asia standard time": "Asia/Tashkent",
    "central asia standard time": "Asia/Almaty", "iran standard time": "Asia/Tehran", "israel standard time": "Asia/Jerusalem",
    "ulaanbaatar standard time": "Asia/Ulaanbaatar", "north asia east standard time": "Asia/Irkutsk",
    "vladivostok standard time": "Asia/Vladivostok", "russian standard time": "Europe/Moscow",
    "turkey standard time": "Europe/Istanbul", "gmt standard time": "Europe/London", "greenwich standard time": "Atlantic/Reykjavik",
    "w. europe standard time": "Europe/Berlin", "romance standard time": "Europe/Paris",
    "central europe standard time": "Europe/Budapest", "central european standard time": "Europe/Warsaw",
    "e. europe standard time": "Europe/Chisinau", "fle standard time": "Europe/Helsinki", "gtb standard time": "Europe/Bucharest",
    "south africa standard time": "Africa/Johannesburg", "egypt standard time": "Africa/Cairo",
    "w. central africa standard time": "Africa/Lagos", "e. africa standard time": "Africa/Nairobi",
    "morocco standard time": "Africa/Casablanca",
    "eastern standard time": "America/New_York", "central standard time": "America/Chicago",
    "mountain standard time": "America/Denver", "us mountain standard time": "America/Phoenix",
    "pacific standard time": "America/Los_Angeles", "alaskan standard time": "America/Anchorage",
    "hawaiian standard time": "Pacific/Honolulu", "atlantic standard time": "America/Halifax",
    "canada central standard time": "America/Regina", "central standard time (mexico)": "America/Mexico_City",
    "sa pacific standard time": "America/Bogota", "e. south america standard time": "America/Sao_Paulo",
    "argentina standard time": "America/Argentina/Buenos_Aires", "pacific sa standard time": "America/Santiago",
    "aus eastern standard time": "Australia/Sydney", "e. australia standard time": "Australia/Brisbane",
    "cen. australia standard time": "Australia/Adelaide", "w. australia standard time": "Australia/Perth",
    "new zealand standard time": "Pacific/Auckland", "utc": "UTC", "coordinated universal time": "UTC",
}
_DATE_TIME = re.compile(r"(\d{8})(?:T(\d{6})(Z?))?")
_DURATION = re.compile(r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")

Prop = tuple[int, dict[str, str], str]  # (line, params, raw value)


def read(fh: BinaryIO) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line of BEGIN:VEVENT, meeting item) for every event of the file, as `Intake` takes them.

    Cancelled events are skipped; a recurring one gives its first occurrence (said in its notes);
    a changed occurrence (RECURRENCE-ID) is skipped when its series is in the file.
    """
    stack: list[tuple[str, int]] = []  # open components and the lines they began on
    event: dict[str, list[Prop]] = {}
    calendar_zone: str | None = None
    series: set[str] = set()
    changed: list[tuple[int, str, dict[str, Any]]] = []  # occurrences whose series may come later
    last = calendars = 0
    for number, line in unfold(lines(fh)):
        last = number
        if not line.strip():
            continue
        parsed = parse(line)
        if parsed is None:
            if not stack and not calendars:
                raise ImportFailed(number, "is not an iCalendar file: it does not start with BEGIN:VCALENDAR")
            raise ImportFailed(number, f"is not an iCalendar line (no ':'): {line[:40]!r}")
        name, params, raw = parsed
        if not stack and (name, raw.strip().upper()) != ("BEGIN", "VCALENDAR"):
            if calendars:
                raise ImportFailed(number, f"{name} after END:VCALENDAR (BEGIN:VCALENDAR missing)")
            raise ImportFailed(number, "is not an iCalendar file: it does not start with BEGIN:VCALENDAR")
        if name == "BEGIN":
            component = raw.strip().upper()
            inside = [c for c, _ in stack]
            if component in ("VCALENDAR", "VEVENT") and component in inside:
                opened = next(n for c, n in reversed(stack) if c == component)
                raise ImportFailed(number, f"BEGIN:{component} inside the {component} of line {opened} (END:{component} missing)")
            stack.append((component, number))
            calendars += component == "VCALENDAR"
            if component == "VEVENT" and inside == ["VCALENDAR"]:
                event = {}
        elif name == "END":
            component = raw.strip().upper()
            if component != stack[-1][0]:
                top, opened = stack[-1]
                raise ImportFailed(number, f"END:{component} does not close BEGIN:{top} of line {opened}")
            _, opened = stack.pop()
            if component == "VEVENT" and [c for c, _ in stack] == ["VCALENDAR"]:
                made = _meeting(opened, event, calendar_zone)
                if made is None:
                    continue
                uid, item, recurring, occurrence = made
                if recurring:
                    series.add(uid)
                if occurrence:
                    if uid not in series:
                        changed.append((opened, uid, item))
                    continue
                yield opened, item
        elif [c for c, _ in stack] == ["VCALENDAR", "VEVENT"]:
            event.setdefault(name, []).append((number, params, raw))
        elif len(stack) == 1 and name == "X-WR-TIMEZONE":
            calendar_zone = _iana(unescape(raw).strip())
    if stack:
        component, opened = stack[-1]
        raise ImportFailed(last, f"BEGIN:{component} of line {opened} has no END:{component}")
    for opened, uid, item in changed:
        if uid not in series:
            yield opened, item


def _meeting(start: int, props: dict[str, list[Prop]], calendar_zone: str | None) -> tuple[str, dict[str, Any], bool, bool] | None:
    """(uid, item, is the series, is one changed occurrence), or None for a cancelled event."""
    def text(prop: str, *, strip: bool = True) -> str:
        value = unescape(props[prop][0][2]) if prop in props else ""
        return value.strip() if strip else value

    if text("STATUS").upper() == "CANCELLED":
        return None
    if "DTSTART" not in props:
        raise ImportFailed(start, "the event has no DTSTART: a meeting needs a start")
    uid = text("UID")
    item: dict[str, Any] = {"type": kinds.MEETING.name, "title": text("SUMMARY") or UNTITLED}
    if uid.lower().endswith("@officerdesk"):
        item["id"] = uid[: -len("@officerdesk")]
    own_zone = text("X-OFFICERDESK-TZ")
    starts, start_zone, all_day = _when("DTSTART", props["DTSTART"][0])
    item["starts_at"] = starts.isoformat()
    zone = own_zone or start_zone or calendar_zone
    if zone:
        item["tz"] = zone
    if "DTEND" in props:
        ends, _, _ = _when("DTEND", props["DTEND"][0])
        item["ends_at"] = ends.isoformat()
    elif "DURATION" in props:
        item["ends_at"] = (starts + _duration(props["DURATION"][0])).isoformat()
    elif all_day:
        item["ends_at"] = (starts + dt.timedelta(days=1)).isoformat()
    if text("LOCATION"):
        item["location"] = text("LOCATION")
    item.update(_description(text("DESCRIPTION", strip=False)))
    categories = [unescape(c).strip() for _, _, raw in props.get("CATEGORIES", []) for c in split_unescaped(raw, ",")]
    categories = [c for c in categories if c]
    kind = text("X-OFFICERDESK-KIND")
    if kind in enums.MEETING_KIND:  # our own export: the kind is named, the first category
        item["kind"] = kind
        if categories and categories[0] == kind:
            categories.pop(0)
    elif categories and categories[0] in enums.MEETING_KIND:
        item["kind"] = categories.pop(0)
    if categories:
        item["tags"] = list(dict.fromkeys(categories))
    if text("CLASS").upper() in CLASS_TO:
        item["classification"] = CLASS_TO[text("CLASS").upper()]
    recurring = "RRULE" in props
    if recurring:
        rule = props["RRULE"][0][2].strip()
        note = f"Recurring event (RRULE:{rule}): only the first occurrence was imported. 반복 일정: 첫 회만 가져왔습니다."
        item["notes"] = f"{item['notes']}\n\n{note}" if item.get("notes") else note
    return uid, item, recurring, "RECURRENCE-ID" in props


def _iana(name: str) -> str | None:
    """The IANA name of an IANA or (common) Windows zone name; None when unknown."""
    name = name.strip().lstrip("/")
    if not name:
        return None
    if name.lower() in WINDOWS_ZONES:
        return WINDOWS_ZONES[name.lower()]
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return name


def _when(prop: str, value: Prop) -> tuple[dt.datetime, str | None, bool]:
    """(the time, the IANA zone its TZID names, is a whole day). UTC times are aware; floating
    times and dates are naive (Intake reads them in the meeting's tz)."""
    number, params, raw = value
    kind = params.get("VALUE", "").upper()
    match = _DATE_TIME.fullmatch(raw.strip().upper())
    if match is None or (kind == "DATE" and match[2]) or (kind == "DATE-TIME" and not match[2]):
        raise ImportFailed(number, f"{prop}: {raw.strip()[:40]!r} is not a date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS, Z for UTC)")
    try:
        when = dt.datetime.strptime(match[1] + (match[2] or "000000"), "%Y%m%d%H%M%S")
    except ValueError:
        raise ImportFailed(number, f"{prop}: {raw.strip()[:40]!r} is not a real date and time") from None
    if not match[2]:
        return when, None, True
    if match[3]:
        return when.replace(tzinfo=dt.UTC), None, False
    tzid = params.get("TZID", "").strip()
    if not tzid:
        return when, None, False
    zone = _iana(tzid)
    if zone is None:
        raise ImportFailed(
            number,
            f"{prop}: the time zone {tzid!r} is neither an IANA zone (like Asia/Seoul) nor a Windows zone name known "
            "here; export the calendar with UTC times or IANA zones",
        )
    return when.replace(tzinfo=ZoneInfo(zone)), zone, False


def _duration(value: Prop) -> dt.timedelta:
    number, _, raw = value
    match = _DURATION.fullmatch(raw.strip().upper())
    if match is None or raw.strip().upper().endswith(("P", "T")) or match[1] == "-":
        raise ImportFailed(number, f"DURATION: {raw.strip()[:40]!r} is not a duration like PT1H30M or P1D")
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    return dt.timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


def _description(text: str) -> dict[str, str]:
    """Agenda, notes and decisions from the sections our export writes; any other text is notes.

    A section starts at the beginning with "Agenda:", "Notes:" or "Decisions:" and a line break,
    the next ones after an empty line; a section's own text holding such a header is ambiguous."""
    if not text.strip():
        return {}
    found: list[tuple[int, int, str]] = []  # (where the section's header starts, where its text starts, field)
    for title, field in SECTIONS:
        header = f"{title}:\n"
        if not found:
            if text.startswith(header):
                found.append((0, len(header), field))
            continue
        at = text.find(f"\n\n{header}", found[-1][1])
        if at >= 0:
            found.append((at, at + 2 + len(header), field))
    if not found:
        return {"notes": text.strip()}
    return {field: text[begin : found[i + 1][0] if i + 1 < len(found) else len(text)] for i, (_, begin, field) in enumerate(found)}
