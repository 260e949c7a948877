"""One id rule on both sides of the wire: the laptop checks ids with the protocol's `is_record_id`,
imports lower upper-case hex (nothing else), and nothing the laptop makes or takes is an id HQ
refuses."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError
from sqlalchemy import select

from officerdesk.core import exchange
from officerdesk.core.ids import canonical_id, uuid7
from officerdesk.core.models import Contact, Meeting, Organization
from officerdesk.core.services.validation import clean_field, cleaner
from officerdesk.errors import ValidationError as FieldError
from officerdesk.protocol.wire import RecordId, is_record_id

WIRE_ID = TypeAdapter(RecordId)
ORG = "01a2126b-7e59-77ce-b73b-b0bc9be8882c"


def hq_takes(text: str) -> bool:
    try:
        WIRE_ID.validate_python(text)
    except ValidationError:
        return False
    return True


def test_ids_the_laptop_makes_are_ids_hq_takes() -> None:
    assert all(is_record_id(i) and hq_takes(i) for i in (uuid7() for _ in range(2000)))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()),
                 st.uuids().map(lambda u: "{" + str(u) + "}"), st.uuids().map(lambda u: u.urn),
                 st.uuids().map(lambda u: u.hex),
                 st.uuids().map(lambda u: "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in str(u))),
                 st.text(max_size=40)))
def test_canonical_id_only_lowers_and_its_answer_is_what_hq_takes(text: str) -> None:
    made = canonical_id(text)
    assert made is None or (hq_takes(made) and made == text.lower() and text.isascii())
    assert (made == text) == hq_takes(text)  # the laptop's check is the protocol's, exactly
    try:
        cleaned = clean_field(Contact, "organization_id", text)
    except FieldError:
        with pytest.raises(FieldError):
            cleaner(Contact, "organization_id")(text)
        return
    assert cleaned is None or hq_takes(cleaned)
    assert cleaner(Contact, "organization_id")(text) == cleaned


def test_a_form_lowers_an_upper_case_id_as_an_import_does() -> None:
    assert clean_field(Contact, "organization_id", ORG.upper()) == ORG  # lossless: the same id
    assert clean_field(Meeting, "contact_ids", [ORG, ORG.upper()]) == [ORG]


@pytest.mark.parametrize("odd", ["{" + ORG + "}", "urn:uuid:" + ORG, ORG.replace("-", "")])
def test_a_form_refuses_an_id_hq_would_refuse(odd: str) -> None:
    assert uuid.UUID(odd)  # what the old check took
    with pytest.raises(FieldError, match="organization_id"):
        clean_field(Contact, "organization_id", odd)
    with pytest.raises(FieldError, match="not a record id"):
        clean_field(Meeting, "contact_ids", [ORG, odd])


def test_an_import_lowers_upper_case_ids_and_links(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    contact = "01a2126b-7e59-77ce-b73b-b0bc9be8882d"
    path = tmp_path / "upper.jsonl"
    lines = [{"type": "organization", "id": ORG.upper(), "name": "JPO"},
             {"type": "contact", "id": contact.upper(), "name": "Tanaka", "organization_id": ORG.upper()}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    with store.session_factory.begin() as s:
        assert exchange.import_file(s, path, "jsonl") == {"organization": 1, "contact": 1}
    with store.session_factory.begin() as s:
        assert s.scalars(select(Organization.id)).all() == [ORG]
        assert s.execute(select(Contact.id, Contact.organization_id)).all() == [(contact, ORG)]
