"""The steps the import dialog takes: a CSV's columns mapped by hand, what a preview says is
already here, and an export kept to a period."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from officerdesk.core import exchange
from officerdesk.core.exchange import importing
from officerdesk.core.models import Contact
from officerdesk.errors import UserError

# a French address book: no header name says which column is the name
FRENCH = "Nom complet,Courriel,Société\nMarie Dupont,marie.dupont@inpi.fr,INPI\nJean Martin,jean@example.fr,OEB\n"
CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Jisoo\r\nUID:outlook-1234\r\nEMAIL:jisoo@kipo.go.kr\r\nEND:VCARD\r\n"


def test_a_csv_without_a_name_column_previews_its_problem_and_imports_once_mapped(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "carnet.csv"
    path.write_text(FRENCH, encoding="utf-8")
    detected = importing.detect(path)
    with store.session_factory.begin() as s:
        first = importing.preview(s, detected)
    assert first.records == () and "no column gives a name" in first.problem
    assert first.columns == (("Nom complet", ""), ("Courriel", ""), ("Société", ""))
    mapped = detected.with_columns({0: "name", 1: "email", 2: "organization"})
    with store.session_factory.begin() as s:
        second = importing.preview(s, mapped)
        summary = importing.run(s, mapped)
    assert second.problem == "" and [r["name"] for r in second.records] == ["Marie Dupont", "Jean Martin"]
    assert second.columns == (("Nom complet", "name"), ("Courriel", "email"), ("Société", "organization"))
    assert summary.added["contact"] == 2
    with store.session_factory.begin() as s:
        emails = {c.name: c.email for c in s.scalars(select(Contact))}
    assert emails == {"Marie Dupont": "marie.dupont@inpi.fr", "Jean Martin": "jean@example.fr"}


def test_a_column_can_be_left_out_by_hand(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ours.csv"
    path.write_text("name,email,notes\nPark Minji,minji@kipo.go.kr,private remark\n", encoding="utf-8")
    mapped = importing.detect(path).with_columns({2: ""})
    with store.session_factory.begin() as s:
        importing.run(s, mapped)
        contact = s.scalars(select(Contact)).one()
    assert contact.email == "minji@kipo.go.kr" and not contact.notes


def test_a_mapping_names_only_fields_a_contact_has_and_only_for_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "ours.csv"
    path.write_text("name,email\nA,a@example.kr\n", encoding="utf-8")
    with pytest.raises(UserError, match="cannot feed 'post_id'"):
        importing.detect(path).with_columns({1: "post_id"})
    card = tmp_path / "one.vcf"
    card.write_text(CARD, encoding="utf-8")
    with pytest.raises(UserError, match="only a CSV"):
        importing.detect(card).with_columns({0: "name"})


def test_the_preview_marks_the_records_a_reimport_finds_again(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "one.vcf"
    path.write_text(CARD, encoding="utf-8")
    detected = importing.detect(path)
    with store.session_factory.begin() as s:
        before = importing.preview(s, detected)
        importing.run(s, detected)
    with store.session_factory.begin() as s:
        after = importing.preview(s, detected)
    assert (before.already_here, before.here) == (0, (False,))
    assert (after.already_here, after.here) == (1, (True,))


def _meeting(title: str, start: str, classification: str = "internal") -> str:
    return json.dumps({"type": "meeting", "title": title, "start": start, "tz": "Asia/Seoul",
                       "classification": classification})


def test_an_export_keeps_to_the_period_by_each_meetings_local_day(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([
        _meeting("last of February", "2026-02-28T18:00:00+09:00"),
        _meeting("first of March in Seoul", "2026-03-01T00:30:00+09:00"),  # still 28 February in UTC
        _meeting("restricted in March", "2026-03-10T10:00:00+09:00", "restricted"),
        _meeting("April", "2026-04-01T09:00:00+09:00"),
        json.dumps({"type": "trend_note", "title": "March note", "date": "2026-03-31"}),
        json.dumps({"type": "trend_note", "title": "April note", "date": "2026-04-01"}),
        json.dumps({"type": "organization", "name": "KIPO"}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "march.jsonl"
    march = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    with store.session_factory.begin() as s:
        importing.run(s, importing.detect(source))
    with store.session_factory.begin() as s:
        counts = exchange.export_file(s, out, "jsonl", period=march)
        left_out = exchange.left_out(s, "jsonl", period=march)
        left_out_later = exchange.left_out(s, "jsonl", period=(dt.date(2026, 4, 1), None))
    titles = {item.get("title") or item.get("name") for item in map(json.loads, out.read_text("utf-8").splitlines())}
    assert titles == {"first of March in Seoul", "March note", "KIPO"}  # organizations have no date: all of them
    assert counts == {"organization": 1, "meeting": 1, "trend_note": 1}
    assert (left_out, left_out_later) == (1, 0)
