"""The one validator per field (core/services/validation.py), on random input of every shape.

Every field of every record type either gives its canonical value or refuses with a
ValidationError naming the field; the canonical value passes again unchanged, through the wire
and back, so what HQ stores every laptop accepts. (HQ and the laptop's pull take exactly what the
laptop's own forms and imports take: tests/hq/test_push_path.py.)
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, Date, DateTime, String, Text

from officerdesk.core.models import (
    RECORD_TYPES,
    CompanyRequest,
    Contact,
    Meeting,
    SyncRecord,
)
from officerdesk.core.services.validation import (
    ENUMS,
    LIMITS,
    MAX_INT,
    MAX_LIST,
    MAX_TEXT,
    clean_field,
    cleaner,
)
from officerdesk.core.write.changes import encode_value
from officerdesk.errors import ValidationError
from officerdesk.protocol import wire
from tests.core.field_values import ANY_TEXT, FIELDS, VALUES, outcome


def _limit(cls: type[SyncRecord], name: str) -> int:
    ctype: Any = cls.__table__.columns[name].type
    return LIMITS.get((cls.record_type, name)) or (MAX_TEXT if isinstance(ctype, Text) else ctype.length or 500)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIELDS), VALUES)
def test_every_field_gives_a_canonical_value_or_refuses_by_name(kind_field: tuple[str, str], value: Any) -> None:
    kind, name = kind_field
    cls = RECORD_TYPES[kind]
    verdict, result = outcome(cleaner(cls, name), value)
    if verdict == "refused":
        assert result == name
        return
    # canonical: the value again, and its wire form, clean to the very same value
    assert clean_field(cls, name, result) == result
    assert clean_field(cls, name, encode_value(result)) == result
    ctype = cls.__table__.columns[name].type
    if isinstance(ctype, String | Text) and result is not None:
        assert isinstance(result, str) and "\x00" not in result and len(result) <= _limit(cls, name)
        result.encode("utf-8")  # no lone surrogate
        assert unicodedata.is_normalized("NFC", result)
        if not isinstance(ctype, Text):
            assert " ".join(result.split()) == result, "single-line text has no line breaks or runs of spaces"
    if isinstance(ctype, JSON):
        assert isinstance(result, list) and len(result) == len(set(result)) <= MAX_LIST and all(result)
    if isinstance(ctype, DateTime) and result is not None:
        assert isinstance(result, dt.datetime) and result.tzinfo is None
    elif isinstance(ctype, Date) and result is not None:
        assert type(result) is dt.date
    if (kind, name) in ENUMS:
        assert result in ENUMS[(kind, name)]


@settings(max_examples=300)
@given(ANY_TEXT, st.sampled_from([(Meeting, "title"), (Meeting, "notes"), (Contact, "phones")]))
def test_text_of_every_unicode_class_is_refused_only_for_nul_or_a_lone_surrogate(text: str, field: tuple[Any, str]) -> None:
    cls, name = field
    verdict, result = outcome(cleaner(cls, name), text)
    broken = "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    assert (verdict == "refused") == broken
    if not broken:
        normal = unicodedata.normalize("NFC", text)
        assert result == (normal if name == "notes" else " ".join(normal.split()))


def test_a_single_line_is_collapsed_around_every_character_as_split_and_join_would() -> None:
    # the rule skips the split and join for printable text without a leading, trailing or double
    # space: every character, in the middle and doubled, must come out exactly as they would make it
    title = cleaner(Meeting, "title")
    wrong = []
    for code in range(1, 0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        text = f"a{chr(code) * 2}b"
        if title(text) != " ".join(unicodedata.normalize("NFC", text).split()):
            wrong.append(hex(code))
    assert wrong == []


def test_text_not_in_nfc_is_normalised_and_lone_surrogates_and_nul_are_refused() -> None:
    assert clean_field(Meeting, "title", "Cafe\u0301  in\tSeoul\n") == "Caf\u00e9 in Seoul"
    assert clean_field(Meeting, "notes", "\u1100\u1161") == "\uac00"  # conjoining jamo become one syllable
    for bad in ("a\x00b", "\ud800", "x\udfffy"):
        with pytest.raises(ValidationError) as err:
            clean_field(Meeting, "notes", bad)
        assert err.value.field == "notes"


@pytest.mark.parametrize("kind_field", [f for f in FIELDS if isinstance(RECORD_TYPES[f[0]].__table__.columns[f[1]].type, String | Text)
                                        and f not in ENUMS and not f[1].endswith("_id") and f[1] not in ("email", "classification")])
def test_a_text_field_takes_its_limit_and_refuses_one_more(kind_field: tuple[str, str]) -> None:
    cls = RECORD_TYPES[kind_field[0]]
    limit = _limit(cls, kind_field[1])
    assert clean_field(cls, kind_field[1], "가" * limit) == "가" * limit
    with pytest.raises(ValidationError, match="too long"):
        clean_field(cls, kind_field[1], "가" * (limit + 1))


@pytest.mark.parametrize("kind_field", sorted(ENUMS))
def test_a_choice_field_takes_only_its_choices(kind_field: tuple[str, str]) -> None:
    cls = RECORD_TYPES[kind_field[0]]
    for code in ENUMS[kind_field]:
        assert clean_field(cls, kind_field[1], f" {code} ") == code
    with pytest.raises(ValidationError, match="is not one of"):
        clean_field(cls, kind_field[1], "nope")


@given(st.dates(), st.datetimes(timezones=st.timezones()))
def test_dates_and_times_are_read_from_iso_text_and_times_kept_as_utc(day: dt.date, moment: dt.datetime) -> None:
    assert clean_field(CompanyRequest, "due", day.isoformat()) == day
    assert clean_field(CompanyRequest, "due", f"{day.isoformat()}T10:00:00") == day
    utc = moment.astimezone(dt.UTC).replace(tzinfo=None)
    assert clean_field(Meeting, "starts_at", moment.isoformat()) == utc
    assert clean_field(Meeting, "starts_at", moment) == utc


@pytest.mark.parametrize("value", ["2026-02-30", "20/11/2026", "tomorrow", 20261120, True, ["2026-11-20"]])
def test_a_date_that_is_not_one_is_refused(value: Any) -> None:
    with pytest.raises(ValidationError) as err:
        clean_field(CompanyRequest, "due", value)
    assert err.value.field == "due"


def test_lists_numbers_and_links_have_their_limits() -> None:
    one = "01a2126b-7e59-77ce-b73b-b0bc9be8882c"
    # a link is kept in the one written form of ids, so it matches the record it names
    assert clean_field(Meeting, "contact_ids", [one, one.upper()]) == [one]
    with pytest.raises(ValidationError, match="not a record id"):  # braces: a form HQ refuses
        clean_field(Meeting, "contact_ids", [f"{{{one}}}"])
    assert clean_field(CompanyRequest, "company_id", one.upper()) == one
    for bad in (["42"], [""], [one, 7]):
        with pytest.raises(ValidationError):
            clean_field(Meeting, "contact_ids", bad)
    with pytest.raises(ValidationError, match="more than"):
        clean_field(Meeting, "tags", [str(i) for i in range(MAX_LIST + 1)])
    attachment = RECORD_TYPES["attachment"]
    assert clean_field(attachment, "size", MAX_INT) == MAX_INT
    for wrong in (MAX_INT + 1, -MAX_INT - 1, True, 1.5, "7"):
        with pytest.raises(ValidationError):
            clean_field(attachment, "size", wrong)
    assert clean_field(CompanyRequest, "company_id", "") is None
    with pytest.raises(ValidationError, match="not a record id"):
        clean_field(CompanyRequest, "company_id", "acme")


def test_a_status_notes_limit_is_the_transitions_on_the_wire() -> None:
    history = RECORD_TYPES["status_change"]
    assert clean_field(history, "note", "n" * wire.NOTE_MAX) == "n" * wire.NOTE_MAX
    with pytest.raises(ValidationError, match="too long"):
        clean_field(history, "note", "n" * (wire.NOTE_MAX + 1))
