"""Meetings as an iCalendar file (RFC 5545) for Outlook, Google or Apple calendars.

Times are written in UTC (the `Z` form, valid without VTIMEZONE components); the meeting's own
zone is kept in X-OFFICERDESK-TZ. The description carries agenda, notes and decisions; CLASS
maps public/internal/restricted to PUBLIC/PRIVATE/CONFIDENTIAL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TextIO

from officerdesk import __version__
from officerdesk.core.exchange.contentline import escape, fold

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
    categories = dict.fromkeys(c for c in [item.get("kind") or "", *(item.get("tags") or [])] if c)
    if categories:
        props.append(("CATEGORIES", ",".join(escape(c) for c in categories)))
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
