"""The wire's strict types and the sync rules: what a hostile device could send is refused by the
models and by the clock, and the laptop's mutations are exactly what the models accept."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from officerdesk.core import clock
from officerdesk.core.ids import uuid7
from officerdesk.protocol import rules, wire
from tests.protocol.stamps import MALFORMED_STAMPS, VALID_STAMPS, unicode_digit

FEW = settings(max_examples=100, deadline=None)


def _mutation(hlc: Any) -> dict[str, Any]:
    args = wire.upsert_args(type="contact", id=uuid7(), post_id=uuid7(), fields={"name": "x"}, base={"name": 0})
    return {"seq": 1, "name": "upsert", "args": args, "hlc": hlc}


# ---- clock stamps ----------------------------------------------------------------------------------


@FEW
@given(VALID_STAMPS)
def test_a_strict_stamp_is_accepted_everywhere(hlc: str) -> None:
    assert clock.is_stamp(hlc)
    assert clock.encode(*clock.decode(hlc)) == hlc
    assert wire.Mutation.model_validate(_mutation(hlc)).hlc == hlc
    assert wire.Mutation.model_validate_json(wire.Mutation.model_validate(_mutation(hlc)).model_dump_json()).hlc == hlc


@FEW
@given(MALFORMED_STAMPS)
def test_a_malformed_stamp_is_refused_everywhere(hlc: str) -> None:
    assert not clock.is_stamp(hlc)
    with pytest.raises(ValueError, match="malformed clock stamp"):
        clock.decode(hlc)
    with pytest.raises(ValueError):
        clock.HybridClock().observe(hlc)
    with pytest.raises(ValidationError):
        wire.Mutation.model_validate(_mutation(hlc))
    change = {"seq": 1, "type": "contact", "id": uuid7(), "post_id": uuid7(), "field": "name", "hlc": hlc, "site_id": "s"}
    with pytest.raises(ValidationError):
        wire.Change.model_validate(change)
    snapshot = {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {}, "clocks": {}, "created_hlc": hlc}
    if hlc:  # "" is how HQ says it does not know a record's first stamp
        with pytest.raises(ValidationError):
            wire.SnapshotRecord.model_validate(snapshot)


@FEW
@given(VALID_STAMPS, st.data())
def test_the_same_number_in_other_unicode_digits_is_not_a_stamp(hlc: str, data: st.DataObject) -> None:
    """`int(x, 16)` reads these as the very stamp; the wire must not."""
    digits = [i for i, c in enumerate(hlc) if c.isdigit()]
    if not digits:
        return
    at = data.draw(st.sampled_from(digits))
    odd = hlc[:at] + data.draw(unicode_digit(int(hlc[at]))) + hlc[at + 1:]
    assert int(odd, 16) == int(hlc, 16)  # the trap this guards against
    assert not clock.is_stamp(odd)
    with pytest.raises(ValidationError):
        wire.Mutation.model_validate(_mutation(odd))


@pytest.mark.parametrize("hlc", ["0" * 17 + "\n", "0" * 16 + "\n", " " + "0" * 16, "\uff10" * 17, "0" * 16 + "F",
                                 "-" + "0" * 16, "0x" + "0" * 15, "0" * 8 + "_" + "0" * 8, "", "0" * 40])
def test_the_classic_traps_are_malformed(hlc: str) -> None:
    assert not clock.is_stamp(hlc)
    with pytest.raises(ValidationError):
        wire.Mutation.model_validate_json(wire.Mutation.model_construct(**_mutation(hlc)).model_dump_json())


def test_a_stamp_must_be_a_string() -> None:
    for value in (12345678901234567, None, ["0" * 17], b"0" * 17):
        with pytest.raises(ValidationError):
            wire.Mutation.model_validate(_mutation(value))


# ---- record ids and mutation arguments --------------------------------------------------------------


@pytest.mark.parametrize("rid", ["", "x", uuid7().upper(), "{" + uuid7() + "}", uuid7().replace("-", ""),
                                 uuid7() + "\n", "urn:uuid:" + uuid7(), uuid7().replace("0", "\uff10"),
                                 uuid7()[:-1] + "\u0661"])
def test_only_a_canonical_uuid_is_a_record_id(rid: str) -> None:
    assert not wire.is_record_id(rid)
    args = wire.upsert_args(type="contact", id=rid, post_id=uuid7(), fields={"name": "x"}, base={})
    with pytest.raises(ValidationError, match="record id"):
        wire.UpsertArgs.model_validate(args)


def test_what_a_laptop_builds_is_what_the_models_accept() -> None:
    up = wire.upsert_args(type="contact", id=uuid7(), post_id=uuid7(), fields={"name": "x"}, base={"name": 3})
    assert wire.UpsertArgs.model_validate(up).model_dump(exclude={"author"}) == up
    move = wire.transition_args(id=uuid7(), post_id=uuid7(), from_="received", to="reviewing", change_id=uuid7(),
                                at="2026-11-25T10:00:00", note="")
    assert wire.TransitionArgs.model_validate(move).model_dump(by_alias=True, exclude={"author"}) == move


@pytest.mark.parametrize("change", [
    {"extra": 1}, {"base": {"name": True}}, {"base": {"name": 1.0}}, {"base": {"name": "1"}}, {"base": {"name": -1}},
    {"fields": {}}, {"fields": []}, {"type": 5}, {"author": "a" * 201}, {"author": None},
])
def test_upsert_arguments_are_strict(change: dict[str, Any]) -> None:
    args = {**wire.upsert_args(type="contact", id=uuid7(), post_id=uuid7(), fields={"name": "x"}, base={}), **change}
    with pytest.raises(ValidationError):
        wire.UpsertArgs.model_validate(args)


# ---- the sync rules ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(rules.NEVER_UPSERTED))
def test_hq_records_and_status_history_are_never_upserted(kind: str) -> None:
    for new in (True, False):
        assert rules.pushed_fields(kind, ["deleted", "name", "to_status"], new=new) == []


def test_a_conflict_pushes_only_its_resolution_and_only_once_hq_made_it() -> None:
    assert rules.pushed_fields("conflict", ["resolved", "local_value"], new=False) == ["resolved"]
    assert rules.pushed_fields("conflict", ["resolved"], new=True) == []


def test_a_request_carries_its_status_only_when_new() -> None:
    fields = ["title", "status", "escalated"]
    assert rules.pushed_fields("company_request", fields, new=True) == fields
    assert rules.pushed_fields("company_request", fields, new=False) == ["title"]
    assert set(rules.REQUEST_INITIAL) == rules.HQ_DECIDES["company_request"]


def test_local_only_fields_stay_on_the_laptop() -> None:
    for kind, name in rules.LOCAL_ONLY:
        assert rules.pushed_fields(kind, [name, "deleted"], new=True) == ["deleted"]
