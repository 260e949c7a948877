"""Time zones as calendars name them: IANA ids, Windows names, vendor-prefixed ids, or only the
file's own VTIMEZONE definition.

Outlook writes Windows names (`Korea Standard Time`) or, in older versions and Exchange, the
display name (`(UTC+01:00) Amsterdam, Berlin, ...`, `Kuala Lumpur, Singapore`); Evolution and
Lotus Notes prefix an IANA id with their own path (`/softwarestudio.org/Olson_20011030_5/...`).
Every one of those files also defines the zone in a VTIMEZONE: when the name says nothing we know,
that definition (its STANDARD and DAYLIGHT onsets and offsets) gives the offset of each time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
# older Outlook and Exchange write the display name; its first city says which zone
DISPLAY_CITIES = {
    "seoul": "Asia/Seoul", "osaka": "Asia/Tokyo", "beijing": "Asia/Shanghai", "kuala lumpur": "Asia/Singapore",
    "taipei": "Asia/Taipei", "bangkok": "Asia/Bangkok", "chennai": "Asia/Kolkata", "abu dhabi": "Asia/Dubai",
    "amsterdam": "Europe/Berlin", "brussels": "Europe/Paris", "belgrade": "Europe/Budapest", "sarajevo": "Europe/Warsaw",
    "dublin": "Europe/London", "helsinki": "Europe/Helsinki", "athens": "Europe/Bucharest", "moscow": "Europe/Moscow",
    "eastern time": "America/New_York", "central time": "America/Chicago", "mountain time": "America/Denver",
    "pacific time": "America/Los_Angeles", "canberra": "Australia/Sydney", "brasilia": "America/Sao_Paulo",
    "coordinated universal time": "UTC", "hanoi": "Asia/Bangkok", "jakarta": "Asia/Jakarta", "new delhi": "Asia/Kolkata",
}
_DISPLAY = re.compile(r"^\((?:utc|gmt)(?:[+-]\d{1,2}:\d{2})?\)\s*")
_BYDAY = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def iana(name: str) -> str | None:
    """The IANA name a zone name stands for: itself, a Windows name, a display name or a prefixed id."""
    name = name.strip()
    if not name:
        return None
    lower = name.lower()
    if lower in WINDOWS_ZONES:
        return WINDOWS_ZONES[lower]
    if _known(name.lstrip("/")):
        return name.lstrip("/")
    segments = [s for s in name.split("/") if s]
    for n in (3, 2, 1):  # a vendor prefix before an IANA id: keep its last segments
        if len(segments) > n and _known("/".join(segments[-n:])):
            return "/".join(segments[-n:])
    cities = _DISPLAY.sub("", lower)
    return next((zone for city, zone in DISPLAY_CITIES.items() if cities.startswith(city)), None)


def _known(name: str) -> bool:
    if not re.fullmatch(r"[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*", name):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


@dataclass
class Observance:
    """One STANDARD or DAYLIGHT part of a VTIMEZONE: from its onsets on, clocks are `offset` from UTC."""

    start: dt.datetime  # local time of the first onset
    offset: dt.timedelta
    month: int = 0  # a yearly rule's month and weekday (0 = no rule: the onsets are start and rdates)
    weekday: int = 0
    nth: int = 0
    until: int = 9999  # the last year of a yearly rule
    rdates: list[dt.datetime] = field(default_factory=list)

    def last_onset(self, local: dt.datetime) -> dt.datetime | None:
        onsets = [d for d in [self.start, *self.rdates] if d <= local]
        if self.month:
            for year in (local.year, local.year - 1):
                if self.start.year <= year <= self.until:
                    onset = self._onset(year)
                    if onset is not None and onset <= local:
                        onsets.append(onset)
        return max(onsets, default=None)

    def _onset(self, year: int) -> dt.datetime | None:
        time = self.start.time()
        if self.nth > 0:
            first = dt.date(year, self.month, 1)
            day = first + dt.timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1))
        else:
            after = dt.date(year + (self.month == 12), self.month % 12 + 1, 1)
            last = after - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.weekday() - self.weekday) % 7 + 7 * (-self.nth - 1))
        return dt.datetime.combine(day, time) if day.month == self.month else None


class DefinedZone(dt.tzinfo):
    """A zone known only from a file's VTIMEZONE."""

    def __init__(self, tzid: str, observances: list[Observance]) -> None:
        self.tzid, self.observances = tzid, observances

    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
        if when is None or not self.observances:
            return dt.timedelta(0)
        local = when.replace(tzinfo=None)
        found = [(o.last_onset(local), o) for o in self.observances]
        dated = [(onset, o) for onset, o in found if onset is not None]
        if not dated:  # before every onset: the earliest observance's offset is the best guess
            return min(self.observances, key=lambda o: o.start).offset
        return max(dated, key=lambda pair: pair[0])[1].offset

    def dst(self, when: dt.datetime | None) -> dt.timedelta | None:
        return None

    def tzname(self, when: dt.datetime | None) -> str:
        return self.tzid


def observance(props: dict[str, str]) -> Observance | None:
    """An Observance from a STANDARD/DAYLIGHT block's DTSTART, TZOFFSETTO, RRULE and RDATE values."""
    offset = _offset(props.get("TZOFFSETTO", ""))
    start = _local(props.get("DTSTART", ""))
    if offset is None or start is None:
        return None
    obs = Observance(start, offset, rdates=[d for d in (_local(r) for r in props.get("RDATE", "").split(",")) if d])
    rule = dict(part.partition("=")[::2] for part in props.get("RRULE", "").upper().split(";") if "=" in part)
    byday = _BYDAY.match(rule.get("BYDAY", "").split(",")[0])
    if rule.get("FREQ") == "YEARLY" and rule.get("BYMONTH", "").isdigit() and byday:
        obs.month, obs.weekday, obs.nth = int(rule["BYMONTH"]), WEEKDAYS.index(byday[2]), int(byday[1] or 1)
        until = _local(rule.get("UNTIL", "").rstrip("Z"))
        obs.until = until.year if until else 9999
    elif rule.get("FREQ") == "YEARLY":  # the same day every year
        obs.month, obs.weekday, obs.nth = start.month, start.weekday(), (start.day - 1) // 7 + 1
    return obs


def _offset(text: str) -> dt.timedelta | None:
    match = re.fullmatch(r"([+-])(\d{2})(\d{2})(\d{2})?", text.strip())
    if match is None:
        return None
    delta = dt.timedelta(hours=int(match[2]), minutes=int(match[3]), seconds=int(match[4] or 0))
    return -delta if match[1] == "-" else delta


def _local(text: str) -> dt.datetime | None:
    text = text.strip().rstrip("Z")
    for form in ("%Y%m%dT%H%M%S", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text, form)
        except ValueError:
            continue
    return None


def offset_name(offset: dt.timedelta) -> str:
    """"+08:00" for a fixed offset, as a meeting's tz keeps it when no IANA zone fits."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def tzinfo(name: str) -> dt.tzinfo:
    """The tzinfo of a meeting's tz: an IANA name or a fixed offset like "+08:00"."""
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", name.strip())
    if match:
        delta = dt.timedelta(hours=int(match[2]), minutes=int(match[3]))
        return dt.timezone(-delta if match[1] == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return dt.UTC
