"""The one time policy, shared by briefs, the app and the command line (pure: no Qt, no database).

- Instants are stored as naive UTC.
- A record's *date* is its local date in its own zone: a meeting's zone, else its post's. A Washington
  dinner at 20:30 on 31 Oct is a 31 Oct meeting, though it is 1 Nov in UTC and in Seoul.
- Periods (week, month, quarter, year) select records by those local dates.
- *Timestamps* (when a brief was issued, a request's status history) are shown in Korea Standard
  Time, the zone HQ reads them in, always with the zone named.
- Zones are named for people (미 동부 시간 / US Eastern Time), never as IANA ids.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

KST_NAME = "Asia/Seoul"
KST = ZoneInfo(KST_NAME)
_OFFSET = re.compile(r"^([+-])(\d{1,2})(?::?(\d{2}))?$")

# (Korean, English) for the zones posts and meetings use; one name per zone whatever its season.
_EASTERN = ("미 동부 시간", "US Eastern Time")
_CENTRAL_US = ("미 중부 시간", "US Central Time")
_MOUNTAIN = ("미 산악 시간", "US Mountain Time")
_PACIFIC = ("미 서부 시간", "US Pacific Time")
_CET = ("중부 유럽 시간", "Central European Time")
_EET = ("동부 유럽 시간", "Eastern European Time")
_UK = ("영국 시간", "UK Time")
ZONE_NAMES: dict[str, tuple[str, str]] = {
    "Asia/Seoul": ("한국 표준시", "Korea Standard Time"),
    "Asia/Tokyo": ("일본 표준시", "Japan Standard Time"),
    "Asia/Shanghai": ("중국 표준시", "China Standard Time"),
    "Asia/Hong_Kong": ("홍콩 시간", "Hong Kong Time"),
    "Asia/Taipei": ("타이베이 시간", "Taipei Time"),
    "Asia/Singapore": ("싱가포르 시간", "Singapore Time"),
    "Asia/Bangkok": ("인도차이나 시간", "Indochina Time"),
    "Asia/Ho_Chi_Minh": ("인도차이나 시간", "Indochina Time"),
    "Asia/Jakarta": ("서부 인도네시아 시간", "Western Indonesia Time"),
    "Asia/Kolkata": ("인도 표준시", "India Standard Time"),
    "Asia/Dubai": ("걸프 표준시", "Gulf Standard Time"),
    "Asia/Riyadh": ("아라비아 표준시", "Arabia Standard Time"),
    "Asia/Jerusalem": ("이스라엘 시간", "Israel Time"),
    "Asia/Almaty": ("카자흐스탄 시간", "Kazakhstan Time"),
    "Asia/Tashkent": ("우즈베키스탄 시간", "Uzbekistan Time"),
    "Asia/Ulaanbaatar": ("몽골 시간", "Mongolia Time"),
    "America/New_York": _EASTERN,
    "America/Detroit": _EASTERN,
    "America/Toronto": _EASTERN,
    "America/Chicago": _CENTRAL_US,
    "America/Denver": _MOUNTAIN,
    "America/Los_Angeles": _PACIFIC,
    "America/Vancouver": _PACIFIC,
    "America/Mexico_City": ("멕시코 중부 시간", "Mexico Central Time"),
    "America/Sao_Paulo": ("브라질리아 시간", "Brasília Time"),
    "America/Argentina/Buenos_Aires": ("아르헨티나 시간", "Argentina Time"),
    "Europe/London": _UK,
    "Europe/Brussels": _CET,
    "Europe/Zurich": _CET,
    "Europe/Paris": _CET,
    "Europe/Berlin": _CET,
    "Europe/Munich": _CET,
    "Europe/Madrid": _CET,
    "Europe/Rome": _CET,
    "Europe/Vienna": _CET,
    "Europe/Amsterdam": _CET,
    "Europe/Stockholm": _CET,
    "Europe/Warsaw": _CET,
    "Europe/Athens": _EET,
    "Europe/Helsinki": _EET,
    "Europe/Istanbul": ("튀르키예 시간", "Turkey Time"),
    "Europe/Moscow": ("모스크바 시간", "Moscow Time"),
    "Africa/Cairo": ("이집트 시간", "Egypt Time"),
    "Africa/Johannesburg": ("남아프리카 시간", "South Africa Time"),
    "Africa/Nairobi": ("동아프리카 시간", "East Africa Time"),
    "Australia/Sydney": ("호주 동부 시간", "Australian Eastern Time"),
    "Pacific/Auckland": ("뉴질랜드 시간", "New Zealand Time"),
    "UTC": ("협정 세계시", "Coordinated Universal Time"),
    "Etc/UTC": ("협정 세계시", "Coordinated Universal Time"),
}

# No zone is more than 14 hours from UTC: a local day lies within this much of its UTC day.
ZONE_SPAN = dt.timedelta(hours=14)


def zone(name: str | None) -> dt.tzinfo:
    """An IANA zone, or a fixed offset written "+09:00"; UTC when the name is empty or unknown."""
    name = (name or "").strip()
    match = _OFFSET.match(name)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return dt.timezone(sign * dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0)))
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def record_zone(own: str | None, post: str | None) -> str:
    """The zone a record's date is read in: its own (a meeting's), else its post's, else UTC."""
    return (own or "").strip() or (post or "").strip() or "UTC"


def _aware_utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def local(value: dt.datetime, tz_name: str | None) -> dt.datetime:
    """An instant (naive UTC, or aware) on the wall clock of `tz_name` (aware)."""
    return _aware_utc(value).astimezone(zone(tz_name))


def local_date(value: dt.datetime, tz_name: str | None) -> dt.date:
    """The record's date: the day it was on where it happened."""
    return local(value, tz_name).date()


# The SQL function every laptop connection registers (core/store/db.py): local_date(stored UTC
# instant, zone) -> 'YYYY-MM-DD'. SQLite knows no zones, so the SQL that selects records by local
# date calls back into `local_date` here rather than restating the rule.
SQL_LOCAL_DATE = "od_local_date"


def sql_local_date(stored: str | None, tz_name: str | None) -> str | None:
    """`local_date` for SQL: a stored instant (ISO text, naive UTC) as its ISO local date."""
    if stored is None:
        return None
    return local_date(dt.datetime.fromisoformat(str(stored)), tz_name).isoformat()


def in_kst(value: dt.datetime) -> dt.datetime:
    """A timestamp as HQ reads it (aware, Korea Standard Time)."""
    return _aware_utc(value).astimezone(KST)


def utc_bounds(first: dt.date, end: dt.date, tz_name: str | None) -> tuple[dt.datetime, dt.datetime]:
    """Local days [first, end) in `tz_name` as naive UTC instants, for comparing stored times."""
    tz = zone(tz_name)

    def at_midnight(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(), tzinfo=tz).astimezone(dt.UTC).replace(tzinfo=None)

    return at_midnight(first), at_midnight(end)


def offset_text(offset: dt.timedelta | None) -> str:
    minutes = int((offset or dt.timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def zone_name(tz_name: str | None, lang: str, at: dt.datetime | None = None) -> str:
    """A zone as people name it, in `lang` ("ko" or "en"); unknown zones as a UTC offset and city."""
    name = (tz_name or "").strip() or "UTC"
    known = ZONE_NAMES.get(name)
    if known:
        return known[0] if lang == "ko" else known[1]
    when = _aware_utc(at) if at is not None else dt.datetime.now(dt.UTC)
    offset = offset_text(when.astimezone(zone(name)).utcoffset())
    if _OFFSET.match(name) or "/" not in name:
        return offset
    city = name.rsplit("/", 1)[-1].replace("_", " ")
    return f"{offset} {city}"
