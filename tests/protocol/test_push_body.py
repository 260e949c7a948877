"""The push's fast encoding and outbox read are the models' own, byte for byte.

`wire.push_body` encodes with pydantic's JSON encoder instead of `json.dumps(model_dump(...))`,
and `wire.stored_mutations` validates the outbox's stored JSON text instead of decoding it first:
both must give exactly what the slower way gave, for any value an outbox can hold."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from officerdesk.protocol import wire
from tests.protocol.stamps import VALID_STAMPS

FEW = settings(max_examples=150, deadline=None)

# Every value a field can hold once validated: text (any character but a lone surrogate, control
# characters and line separators included), whole numbers up to 2**53, booleans, null, lists of
# text; plus nested objects, as a transition's and an upsert's `base` are.
TEXT = st.text(max_size=40)
SCALAR = st.one_of(TEXT, st.integers(-(2**53), 2**53), st.booleans(), st.none())
VALUE = st.one_of(SCALAR, st.lists(TEXT, max_size=4))
ARGS = st.dictionaries(TEXT, st.one_of(VALUE, st.dictionaries(TEXT, VALUE, max_size=4)), max_size=6)
ROWS = st.lists(
    st.tuples(st.integers(1, 2**53), st.sampled_from(["upsert", "transition"]), ARGS, VALID_STAMPS),
    min_size=1, max_size=6,
)


def _old_body(mutations: list[wire.Mutation]) -> bytes:
    """What the client sent before: the request's Python dump through `json.dumps`."""
    dumped = wire.PushRequest(mutations=mutations).model_dump(mode="json")
    return json.dumps(dumped, ensure_ascii=False, separators=(",", ":")).encode()


@FEW
@given(ROWS)
def test_the_push_body_is_the_bytes_json_dumps_made(rows: list[tuple[int, str, dict[str, Any], str]]) -> None:
    mutations = [wire.Mutation(seq=seq, name=name, args=args, hlc=hlc) for seq, name, args, hlc in rows]  # type: ignore[arg-type]
    assert wire.push_body(mutations) == _old_body(mutations)


@FEW
@given(ROWS, st.booleans())
def test_mutations_read_from_stored_text_are_the_decoded_ones(
    rows: list[tuple[int, str, dict[str, Any], str]], ascii_only: bool
) -> None:
    # the JSON column stores `json.dumps` text (\u escapes); unescaped UTF-8 must read the same
    stored = [(seq, name, json.dumps(args, ensure_ascii=ascii_only), hlc) for seq, name, args, hlc in rows]
    decoded = [wire.Mutation(seq=seq, name=name, args=args, hlc=hlc) for seq, name, args, hlc in rows]  # type: ignore[arg-type]
    assert wire.stored_mutations(stored) == decoded
    assert wire.push_body(wire.stored_mutations(stored)) == _old_body(decoded)


@pytest.mark.parametrize("args", ['{"a": 1}, {"b": 2}', '{"a": 1}], [{"b": 2}', "[1, 2]", "null", '"text"'])
def test_stored_text_that_is_not_one_json_object_is_refused(args: str) -> None:
    with pytest.raises((ValueError, ValidationError)):
        wire.stored_mutations([(1, "upsert", args, "0" * 17)])


def test_a_stored_mutation_gets_the_models_checks() -> None:
    with pytest.raises(ValidationError):
        wire.stored_mutations([(0, "upsert", "{}", "0" * 17)])  # seq from 1
    with pytest.raises(ValidationError):
        wire.stored_mutations([(1, "drop_table", "{}", "0" * 17)])
    with pytest.raises(ValidationError):
        wire.stored_mutations([(1, "upsert", "{}", "0" * 16 + "G")])
