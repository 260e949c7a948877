"""Meetings as an iCalendar file (RFC 5545) for Outlook, Google or Apple calendars, and back.

Times are written in UTC (the `Z` form, valid without VTIMEZONE components), whole days as dates;
the meeting's own zone is kept in X-OFFICERDESK-TZ. The description carries agenda, notes and
decisions. CLASS is PUBLIC but for restricted meetings (CONFIDENTIAL): a calendar hides a private
event's details from everyone the calendar is shared with; X-OFFICERDESK-CLASSIFICATION keeps ours.

Reading takes every VEVENT as a meeting: UTC times; TZID as an IANA zone, a Windows name, an
Outlook display name, a vendor-prefixed id, or else the file's own VTIMEZONE definition (the
meeting's tz is then the offset of its start); floating times and whole days (read in the
meeting's zone: X-OFFICERDESK-TZ, else the TZID, else the calendar's X-WR-TIMEZONE, else UTC);
whole days stay whole days (`all_day`); DTEND or DURATION; an HTML description becomes text.
Our own `<id>@officerdesk` UIDs give the record id back; other UIDs are kept as foreign ids, so a
second import of the same file updates instead of copying. Lines are unfolded as bytes before
they are decoded. VALARM, VTODO, VJOURNAL, VFREEBUSY and unknown properties are skipped;
cancelled events are skipped and said so. A recurring event gives its first occurrence only (its
notes say so); a changed occurrence (RECURRENCE-ID) is skipped when its series is in the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from typing import Any, BinaryIO, TextIO
from zoneinfo import ZoneInfo

from officerdesk import __version__
from officerdesk.core import enums, kinds
from officerdesk.core.exchange import zones
from officerdesk.core.exchange.contentline import (
    escape,
    fold,
    parse,
    split_unescaped,
    unescape,
    unfold,
)
from officerdesk.core.exchange.text import decode, raw_lines
from officerdesk.errors import ImportFailed, Reason

CLASS = {"public": "PUBLIC", "internal": "PRIVATE", "restricted": "CONFIDENTIAL"}  # how others' CLASS reads


def _utc(value: str | None) -> str | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC)
    return parsed.strftime("%Y%m%dT%H%M%SZ")


def _day(value: str | None, tz: str | None) -> str | None:
    """The date of a whole day's midnight, in the meeting's own zone."""
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(zones.tzinfo(tz or "UTC"))
    return parsed.strftime("%Y%m%d")


def event(item: dict[str, Any], stamp: str) -> list[tuple[str, str]]:
    sections = [("Agenda", item.get("agenda")), ("Notes", item.get("notes")), ("Decisions", item.get("decisions"))]
    description = "\n\n".join(f"{title}:\n{text}" for title, text in sections if text)
    props = [("BEGIN", "VEVENT"), ("UID", f"{item['id']}@officerdesk"), ("DTSTAMP", stamp)]
    if item.get("all_day"):
        start, end = _day(item.get("starts_at"), item.get("tz")), _day(item.get("ends_at"), item.get("tz"))
        props += [(f"{prop};VALUE=DATE", day) for prop, day in (("DTSTART", start), ("DTEND", end)) if day]
    else:
        start, end = _utc(item.get("starts_at")), _utc(item.get("ends_at"))
        props += [(prop, when) for prop, when in (("DTSTART", start), ("DTEND", end)) if when]
    props.append(("SUMMARY", escape(item.get("title") or "")))
    if item.get("location"):
        props.append(("LOCATION", escape(item["location"])))
    if description:
        props.append(("DESCRIPTION", escape(description)))
    kind = item.get("kind") or ""
    tags = [t for t in dict.fromkeys(item.get("tags") or []) if t]
    # calendars show CATEGORIES: the kind first, then the tags, each once; X-OFFICERDESK-KIND and
    # -TAGS say which is which, so a re-import gives kind and tags back as they were
    categories = list(dict.fromkeys(([kind] if kind else []) + tags))
    if categories:
        props.append(("CATEGORIES", ",".join(escape(c) for c in categories)))
    if kind:
        props.append(("X-OFFICERDESK-KIND", escape(kind)))
    if tags:
        props.append(("X-OFFICERDESK-TAGS", ",".join(escape(t) for t in tags)))
    classification = item.get("classification") or "internal"
    props.append(("CLASS", "CONFIDENTIAL" if classification == "restricted" else "PUBLIC"))
    props.append(("X-OFFICERDESK-CLASSIFICATION", classification))
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
UNTITLED = "(no title)"
NOT_ICALENDAR = ("is not an iCalendar file: it does not start with BEGIN:VCALENDAR",
                 "iCalendar 파일이 아닙니다: BEGIN:VCALENDAR로 시작하지 않습니다")
CANCELLED = Reason("cancelled event", "취소된 일정")
SERIES_IMPORTED = Reason("changed occurrence of a recurring event (the series is imported)",
                         "반복 일정 중 바뀐 회차(반복 일정 자체를 가져옴)")
WINDOWS_ZONES = zones.WINDOWS_ZONES
_DATE_TIME = re.compile(r"(\d{8})(?:T(\d{6})(Z?))?")
_DURATION = re.compile(r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_HTML = re.compile(r"<(br|p|div|a|b|i|u|span|ul|ol|li|html|body|font|strong|em|table)\b[^>]*>", re.IGNORECASE)

Prop = tuple[int, dict[str, str], str]  # (line, params, raw value)


class _Calendar:
    """What a calendar file defines beside its events: its zone and the VTIMEZONEs by TZID."""

    def __init__(self) -> None:
        self.zone: str | None = None
        self.defined: dict[str, list[zones.Observance]] = {}

    def zone_of(self, number: int, prop: str, tzid: str, local: dt.datetime) -> tuple[dt.tzinfo, str]:
        """(the tzinfo of a TZID, the name a meeting's tz keeps for it)."""
        name = zones.iana(tzid)
        if name is not None:
            return ZoneInfo(name), name
        observances = self.defined.get(tzid)
        if observances:
            zone = zones.DefinedZone(tzid, observances)
            return zone, zones.offset_name(zone.utcoffset(local))
        raise ImportFailed(
            number,
            f"{prop}: the time zone {tzid!r} is neither an IANA zone (like Asia/Seoul) nor a Windows zone name known "
            "here, and the file does not define it in a VTIMEZONE; export the calendar with UTC times or IANA zones",
            f"{prop}: 시간대 {tzid!r}은(는) IANA 시간대(예: Asia/Seoul)도, 알려진 Windows 시간대 이름도 아니며 파일의 "
            "VTIMEZONE에도 정의되어 있지 않습니다. 일정을 UTC 시각이나 IANA 시간대로 내보내십시오",
        )


def read(fh: BinaryIO, codec: str = "utf-8") -> Iterator[tuple[int, dict[str, Any]]]:
    """(line of BEGIN:VEVENT, meeting item) for every event of the file, as `Intake` takes them.

    A cancelled event or a changed occurrence whose series is in the file gives
    (line, {"skipped": why}); a recurring one gives its first occurrence (said in its notes).
    Events are read once the whole file is, so a VTIMEZONE after its events still counts.
    """
    calendar = _Calendar()
    events = list(_events(fh, codec, calendar))
    made = [(opened, _meeting(opened, props, calendar)) for opened, props in events]
    series = {m[0] for _, m in made if m is not None and m[2]}
    for opened, m in made:
        if m is None:
            yield opened, {"skipped": CANCELLED}
            continue
        uid, item, _, occurrence = m
        if occurrence and uid in series:
            yield opened, {"skipped": SERIES_IMPORTED}
            continue
        yield opened, item


def _events(fh: BinaryIO, codec: str, calendar: _Calendar) -> Iterator[tuple[int, dict[str, list[Prop]]]]:
    stack: list[tuple[str, int]] = []  # open components and the lines they began on
    event: dict[str, list[Prop]] = {}
    tzid, part = "", dict[str, str]()
    last = calendars = 0
    for number, raw in unfold(raw_lines(fh)):
        last = number
        if not raw.strip():
            continue
        line = decode(number, raw, codec)
        parsed = parse(line)
        if parsed is None:
            if not stack and not calendars:
                raise ImportFailed(number, *NOT_ICALENDAR)
            raise ImportFailed(number, f"is not an iCalendar line (no ':'): {line[:40]!r}",
                               f"iCalendar 줄이 아닙니다(':' 없음): {line[:40]!r}")
        name, params, raw_value = parsed
        if not stack and (name, raw_value.strip().upper()) != ("BEGIN", "VCALENDAR"):
            if calendars:
                raise ImportFailed(number, f"{name} after END:VCALENDAR (BEGIN:VCALENDAR missing)",
                                   f"END:VCALENDAR 뒤에 {name}이(가) 있습니다(BEGIN:VCALENDAR 누락)")
            raise ImportFailed(number, *NOT_ICALENDAR)
        inside = [c for c, _ in stack]
        if name == "BEGIN":
            component = raw_value.strip().upper()
            if component in ("VCALENDAR", "VEVENT") and component in inside:
                opened = next(n for c, n in reversed(stack) if c == component)
                raise ImportFailed(number, f"BEGIN:{component} inside the {component} of line {opened} (END:{component} missing)",
                                   f"{opened}행의 {component} 안에 BEGIN:{component}이(가) 있습니다(END:{component} 누락)")
            stack.append((component, number))
            calendars += component == "VCALENDAR"
            if component == "VEVENT" and inside == ["VCALENDAR"]:
                event = {}
            part = {}
        elif name == "END":
            component = raw_value.strip().upper()
            if component != stack[-1][0]:
                top, opened = stack[-1]
                raise ImportFailed(number, f"END:{component} does not close BEGIN:{top} of line {opened}",
                                   f"END:{component}이(가) {opened}행의 BEGIN:{top}을(를) 닫지 않습니다")
            _, opened = stack.pop()
            if component == "VEVENT" and inside == ["VCALENDAR", "VEVENT"]:
                yield opened, event
            elif component in ("STANDARD", "DAYLIGHT") and inside[:2] == ["VCALENDAR", "VTIMEZONE"]:
                found = zones.observance(part)
                if found is not None and tzid:
                    calendar.defined.setdefault(tzid, []).append(found)
        elif inside == ["VCALENDAR", "VEVENT"]:
            event.setdefault(name, []).append((number, params, raw_value))
        elif inside == ["VCALENDAR", "VTIMEZONE"] and name == "TZID":
            tzid = unescape(raw_value).strip()
        elif inside[:2] == ["VCALENDAR", "VTIMEZONE"] and len(inside) == 3:
            part[name] = f"{part[name]},{raw_value}" if name == "RDATE" and name in part else raw_value
        elif inside == ["VCALENDAR"] and name == "X-WR-TIMEZONE":
            calendar.zone = zones.iana(unescape(raw_value).strip())
    if stack:
        component, opened = stack[-1]
        raise ImportFailed(last, f"BEGIN:{component} of line {opened} has no END:{component}",
                           f"{opened}행의 BEGIN:{component}에 END:{component}이(가) 없습니다")


def _meeting(start: int, props: dict[str, list[Prop]], calendar: _Calendar) -> tuple[str, dict[str, Any], bool, bool] | None:
    """(uid, item, is the series, is one changed occurrence), or None for a cancelled event."""
    def text(prop: str, *, strip: bool = True) -> str:
        value = unescape(props[prop][0][2]) if prop in props else ""
        return value.strip() if strip else value

    if text("STATUS").upper() == "CANCELLED":
        return None
    if "DTSTART" not in props:
        raise ImportFailed(start, "the event has no DTSTART: a meeting needs a start",
                           "일정에 DTSTART가 없습니다. 회의에는 시작 시각이 있어야 합니다")
    uid = text("UID")
    item: dict[str, Any] = {"type": kinds.MEETING.name, "title": text("SUMMARY") or UNTITLED}
    if uid.lower().endswith("@officerdesk"):
        item["id"] = uid[: -len("@officerdesk")]
    elif uid:  # a changed occurrence shares its series' UID: its RECURRENCE-ID tells them apart
        occurrence_of = props["RECURRENCE-ID"][0][2].strip() if "RECURRENCE-ID" in props else ""
        item["foreign_id"] = f"{uid}#{occurrence_of}" if occurrence_of else uid
    starts, start_zone, all_day = _when("DTSTART", props["DTSTART"][0], calendar)
    item["starts_at"] = starts.isoformat()
    zone = text("X-OFFICERDESK-TZ") or start_zone or calendar.zone
    if zone:
        item["tz"] = zone
    if "DTEND" in props:
        ends, _, _ = _when("DTEND", props["DTEND"][0], calendar)
        item["ends_at"] = ends.isoformat()
    elif "DURATION" in props:
        item["ends_at"] = (starts + _duration(props["DURATION"][0])).isoformat()
    elif all_day:
        item["ends_at"] = (starts + dt.timedelta(days=1)).isoformat()
    if all_day:
        item["all_day"] = True
    if text("LOCATION"):
        item["location"] = text("LOCATION")
    item.update(_description(_plain(text("DESCRIPTION", strip=False))))
    own_tags = props["X-OFFICERDESK-TAGS"][0][2] if "X-OFFICERDESK-TAGS" in props else ""
    _categories(item, props, text("X-OFFICERDESK-KIND"), own_tags)
    classification = text("X-OFFICERDESK-CLASSIFICATION") or CLASS_TO.get(text("CLASS").upper(), "")
    if classification:
        item["classification"] = classification
    recurring = "RRULE" in props
    if recurring:
        rule = props["RRULE"][0][2].strip()
        note = f"Recurring event (RRULE:{rule}): only the first occurrence was imported. 반복 일정: 첫 회만 가져왔습니다."
        item["notes"] = f"{item['notes']}\n\n{note}" if item.get("notes") else note
    return uid, item, recurring, "RECURRENCE-ID" in props


def _categories(item: dict[str, Any], props: dict[str, list[Prop]], kind: str, own_tags: str) -> None:
    categories = [unescape(c).strip() for _, _, raw in props.get("CATEGORIES", []) for c in split_unescaped(raw, ",")]
    categories = [c for c in categories if c]
    if kind in enums.MEETING_KIND:  # our own export: the kind is named, the first category
        item["kind"] = kind
        if categories and categories[0] == kind:
            categories.pop(0)
    elif categories and categories[0] in enums.MEETING_KIND:
        item["kind"] = categories.pop(0)
    if own_tags:  # our own export names the tags, which may repeat the kind CATEGORIES writes once
        categories = [t for t in (unescape(t).strip() for t in split_unescaped(own_tags, ",")) if t]
    if categories:
        item["tags"] = list(dict.fromkeys(categories))


def _iana(name: str) -> str | None:
    return zones.iana(name)


def _when(prop: str, value: Prop, calendar: _Calendar) -> tuple[dt.datetime, str | None, bool]:
    """(the time, the zone name its TZID gives a meeting, is a whole day). UTC and zoned times are
    aware; floating times and dates are naive (Intake reads them in the meeting's tz)."""
    number, params, raw = value
    kind = params.get("VALUE", "").upper()
    match = _DATE_TIME.fullmatch(raw.strip().upper())
    if match is None or (kind == "DATE" and match[2]) or (kind == "DATE-TIME" and not match[2]):
        raise ImportFailed(number, f"{prop}: {raw.strip()[:40]!r} is not a date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS, Z for UTC)",
                           f"{prop}: {raw.strip()[:40]!r}은(는) 날짜(YYYYMMDD)나 날짜와 시각(YYYYMMDDTHHMMSS, UTC는 Z)이 아닙니다")
    try:
        when = dt.datetime.strptime(match[1] + (match[2] or "000000"), "%Y%m%d%H%M%S")
    except ValueError:
        raise ImportFailed(number, f"{prop}: {raw.strip()[:40]!r} is not a real date and time",
                           f"{prop}: {raw.strip()[:40]!r}은(는) 있을 수 있는 날짜와 시각이 아닙니다") from None
    if not match[2]:
        return when, None, True
    if match[3]:
        return when.replace(tzinfo=dt.UTC), None, False
    tzid = params.get("TZID", "").strip()
    if not tzid:
        return when, None, False
    zone, name = calendar.zone_of(number, prop, tzid, when)
    return when.replace(tzinfo=zone), name, False


def _duration(value: Prop) -> dt.timedelta:
    number, _, raw = value
    match = _DURATION.fullmatch(raw.strip().upper())
    if match is None or raw.strip().upper().endswith(("P", "T")) or match[1] == "-":
        raise ImportFailed(number, f"DURATION: {raw.strip()[:40]!r} is not a duration like PT1H30M or P1D",
                           f"DURATION: {raw.strip()[:40]!r}은(는) PT1H30M이나 P1D 같은 기간이 아닙니다")
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    return dt.timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


class _Text(HTMLParser):
    """The text of an HTML description, with line breaks where the markup breaks lines."""

    BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BREAKS and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
        href = dict(attrs).get("href") if tag == "a" else None
        if href and href.startswith(("http:", "https:", "mailto:")):
            self.parts.append(f"<{href.removeprefix('mailto:')}> ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _plain(text: str) -> str:
    """Google writes descriptions as HTML (`<br>`, `<a href>`); a meeting keeps their text."""
    if not _HTML.search(text):
        return text
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


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
