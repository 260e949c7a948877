"""Real files other programs wrote (tests/data/thirdparty, each folder with its project's licence),
imported and checked against an independent parser: icalendar for calendars, vobject for cards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
import vobject
from sqlalchemy import select

from officerdesk.core.exchange import importing
from officerdesk.core.models import Contact, Meeting

DATA = Path(__file__).resolve().parent.parent / "data" / "thirdparty"
CALENDARS = sorted(DATA.glob("*/*.ics"))
CARDS = sorted(DATA.glob("*/*.vcf"))


def run(store, path: Path) -> importing.Summary:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        return importing.run(s, importing.detect(path))


def _utc(value: dt.datetime | dt.date) -> dt.datetime | dt.date:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
    return value


@pytest.mark.parametrize("path", CALENDARS, ids=lambda p: p.name)
def test_calendars_give_the_events_the_reference_parser_finds(store, path: Path) -> None:  # type: ignore[no-untyped-def]
    reference = icalendar.Calendar.from_ical(path.read_bytes())
    events = [e for e in reference.walk("VEVENT") if str(e.get("STATUS", "")).upper() != "CANCELLED"]
    summary = run(store, path)
    assert summary.added == {"meeting": len(events)}
    with store.session_factory.begin() as s:
        meetings = {m.title: m for m in s.scalars(select(Meeting))}
    for event in events:
        meeting = meetings[str(event.get("SUMMARY") or "(no title)")]
        start = event.decoded("DTSTART")
        if isinstance(start, dt.datetime):
            assert meeting.starts_at.replace(second=0) == _utc(start), path.name
            assert not meeting.all_day
        else:
            assert meeting.all_day
        if event.get("UID"):
            assert meeting.foreign_uids == [str(event["UID"])]
    # the same file again: an event with a UID is found by it and left as it is, never copied
    again = run(store, path)
    with_uid = sum(1 for e in events if e.get("UID"))
    assert sum(again.unchanged.values()) == with_uid and sum(again.added.values()) == len(events) - with_uid


def _reference_cards(path: Path) -> list[vobject.base.Component]:
    raw = path.read_bytes()
    text = raw.decode("utf-8") if not raw.startswith(b"\xef\xbb\xbf") else raw[3:].decode("utf-8")
    return list(vobject.readComponents(text, ignoreUnreadable=True))


# vobject reads neither a Windows code page nor 2.1's quoted-printable soft breaks: those two have their own test
@pytest.mark.parametrize("path", [p for p in CARDS if p.name not in ("german_ansi.vcf", "v2_1_quoted_printable.vcf")],
                         ids=lambda p: p.name)
def test_cards_keep_every_address_the_reference_parser_finds(store, path: Path) -> None:  # type: ignore[no-untyped-def]
    cards = _reference_cards(path)
    summary = run(store, path)
    assert summary.added.get("contact") == len(cards)
    with store.session_factory.begin() as s:
        contacts = list(s.scalars(select(Contact)))
    ours = sorted(a for c in contacts for a in [c.email, *(e.split(": ")[-1] for e in c.emails)] if a)
    theirs = sorted(str(e.value).strip() for card in cards for e in card.contents.get("email", []) if str(e.value).strip())
    assert ours == theirs
    assert sorted(c.name for c in contacts) == sorted(str(card.fn.value).strip() for card in cards if "fn" in card.contents)
    again = run(store, path)  # a card with a UID is found by it; one without is added again, as the summary says
    with_uid = sum(1 for card in cards if "uid" in card.contents)
    assert sum(again.unchanged.values()) + sum(again.updated.values()) == with_uid
    assert again.added.get("contact", 0) == len(cards) - with_uid


def test_an_outlook_vcard_2_1_keeps_phones_with_their_types_and_the_address(store) -> None:  # type: ignore[no-untyped-def]
    run(store, DATA / "vcards" / "outlook_v2_1.vcf")
    with store.session_factory.begin() as s:
        max_ = s.scalars(select(Contact)).one()
    assert max_.phones.split(", ") == ["work: +49 (0611) 123456 - 11", "home: +49 (0611) 123456 - 12",
                                       "cell: +49 (0611) 123456 - 14", "work fax: +49 (0611) 123456 - 13"]
    assert max_.address == "work: Musterstrasse 12, Wiesbaden, Hessen, 65201, Deutschland"
    assert (max_.url, max_.position) == ("https://www.musterfirma.de", "Musterposition")


def test_quoted_printable_and_a_windows_code_page_are_read_as_text(store) -> None:  # type: ignore[no-untyped-def]
    run(store, DATA / "vcards" / "v2_1_quoted_printable.vcf")
    run(store, DATA / "vcards" / "german_ansi.vcf")
    with store.session_factory.begin() as s:
        names = {c.name: c for c in s.scalars(select(Contact))}
    assert "Sören Täve Nüßlebaum" in names  # cp1252, found without being named
    maxl = names["Maxl"]
    assert maxl.notes.startswith("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ") and (maxl.organization_id is not None)
    assert maxl.department == "Führungsetage"
    assert "work: Tel geschäftlich" in maxl.phones


def test_zone_names_other_programs_write(store) -> None:  # type: ignore[no-untyped-def]
    for name in ("ms_tzid.ics", "tzid_8bit.ics"):
        run(store, DATA / "vobject" / name)
    run(store, DATA / "icalendar" / "issue_313_globally_unique_tzid.ics")
    run(store, DATA / "icalendar" / "issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics")
    with store.session_factory.begin() as s:
        zones = {m.foreign_uids[0] if m.foreign_uids else m.title: m.tz for m in s.scalars(select(Meeting))}
    assert zones["CommaTest"] == "Australia/Sydney"  # Outlook's display name "Canberra, Melbourne, Sydney"
    assert zones["CyrillicTest"] == "+06:00"  # a name known only from the file's VTIMEZONE
    assert zones["mozilla-lightning@issue-313"] == "America/New_York"  # a vendor prefix before the IANA id
    assert zones["multipart-olson@issue-313"] == "America/Argentina/Buenos_Aires"


ADDRESS_BOOKS = sorted(DATA.glob("*/*.csv"))


@pytest.mark.parametrize("path", ADDRESS_BOOKS, ids=lambda p: p.name)
def test_address_books_give_every_row_with_its_name_and_addresses(store, path: Path) -> None:  # type: ignore[no-untyped-def]
    import csv

    text = path.read_text(encoding="utf-8")
    reference = list(csv.DictReader(text.splitlines(), delimiter=";" if ";" in text.splitlines()[0] else ","))
    assert reference  # the file holds rows
    summary = run(store, path)
    assert summary.added == {"contact": len(reference)} and not summary.skipped
    with store.session_factory.begin() as s:
        held = {c.name: {c.email, *(e.split(": ", 1)[-1] for e in c.emails)} - {""} for c in s.scalars(select(Contact))}
    expected = {row["Display Name"]: {row[k] for k in ("Primary Email", "Secondary Email") if row.get(k)}
                for row in reference}
    assert held == expected
