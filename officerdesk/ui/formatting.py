"""Dates, times and numbers as the officer's machine shows them (QLocale), meetings in their zone."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from officerdesk.core import timepolicy

ISO_DATE = "yyyy-MM-dd"
ISO_DATETIME = "yyyy-MM-dd HH:mm"


def locale() -> QLocale:
    return QLocale()


def _plain_c() -> bool:
    # The "C" locale (no LANG set, as on servers and CI) has no real date format; ISO reads well.
    return locale().language() == QLocale.Language.C


_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def short_format(kind: str) -> str:
    """The locale's short date ("date") or date-time ("datetime") format with a four-digit year:
    "26. 12. 7." is ambiguous in a record that may be read years later; "2026. 12. 7." is not."""
    loc = locale()
    text = loc.dateFormat(QLocale.FormatType.ShortFormat) if kind == "date" else loc.dateTimeFormat(QLocale.FormatType.ShortFormat)
    return _TWO_DIGIT_YEAR.sub("yyyy", text)


def date_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    qdate = QDate(value.year, value.month, value.day)
    if _plain_c():
        return qdate.toString(ISO_DATE)
    return locale().toString(qdate, short_format("date"))


def datetime_text(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    if _plain_c():
        return qdt.toString(ISO_DATETIME)
    return locale().toString(qdt, short_format("datetime"))


def number_text(value: int) -> str:
    return locale().toString(value)


def zone(name: str) -> dt.tzinfo:
    """An IANA zone, or a fixed offset written "+09:00"; UTC when the name is unknown."""
    return timepolicy.zone(name)


def in_zone(utc_naive: dt.datetime, tz_name: str) -> dt.datetime:
    return timepolicy.local(utc_naive, tz_name)


def zone_name(tz_name: str, at: dt.datetime | None = None, lang: str | None = None) -> str:
    """The zone as people name it (미 동부 시간 / US Eastern Time), never its IANA id."""
    lang = lang or ("ko" if locale().language() == QLocale.Language.Korean else "en")
    return timepolicy.zone_name(tz_name, lang, at)


def meeting_time(utc_naive: dt.datetime | None, tz_name: str, lang: str | None = None) -> str:
    """'10/14/26 2:00 PM US Eastern Time': the meeting's wall clock and its zone's name."""
    if utc_naive is None:
        return ""
    there = in_zone(utc_naive, tz_name)
    return f"{datetime_text(there.replace(tzinfo=None))} ({zone_name(tz_name, utc_naive, lang)})"


def local_time(utc_naive: dt.datetime | None) -> str:
    """The same instant on this laptop's clock, with its zone's abbreviation."""
    if utc_naive is None:
        return ""
    here_zone = QTimeZone.systemTimeZone()
    qdt = QDateTime(QDate(utc_naive.year, utc_naive.month, utc_naive.day),
                    QTime(utc_naive.hour, utc_naive.minute), QTimeZone.utc()).toTimeZone(here_zone)
    text = qdt.toString(ISO_DATETIME) if _plain_c() else locale().toString(qdt, short_format("datetime"))
    return f"{text} {here_zone.abbreviation(qdt)}"


# --- dates as officers type them --------------------------------------------------------------

_YMD = re.compile(r"^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$")  # 2026-12-31, 2026.12.31, 2026. 12. 31.
_SLASHED = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")  # 12/31/2026 or 31.12.2026
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")  # 20261231


def day_first() -> bool | None:
    """How this machine writes a date with the year last: True day first (31/12/2026), False month
    first (12/31/2026, the US and the plain C locale), None when it never puts the year last (Korea)."""
    loc = locale()
    if loc.language() == QLocale.Language.C:
        return False
    short = loc.dateFormat(QLocale.FormatType.ShortFormat).lower()
    if short.startswith("y"):
        return None
    return short.startswith("d")


def parse_date(text: str) -> dt.date | None:
    """A date typed in one of the common forms of the machine's locale, or None: the year first
    (2026-12-31, 2026.12.31, 2026/12/31, 2026. 12. 31., 20261231) everywhere, and the locale's own
    year-last order (12/31/2026 in the US, 31/12/2026 in Europe)."""
    text = text.strip()
    found = _YMD.match(text) or _COMPACT.match(text)
    parts: tuple[int, int, int] | None = None
    if found:
        year, month, day = (int(g) for g in found.groups())
        parts = (year, month, day)
    elif (slashed := _SLASHED.match(text)) and (order := day_first()) is not None:
        first, second, year = (int(g) for g in slashed.groups())
        parts = (year, second, first) if order else (year, first, second)
    if parts is None:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def date_examples() -> str:
    """The forms parse_date reads here, as examples for a refusal message."""
    order = day_first()
    tail = "" if order is None else (", 31/12/2026" if order else ", 12/31/2026")
    return f"2026-12-31, 2026.12.31{tail}"
