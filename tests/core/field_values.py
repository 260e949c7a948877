"""Field values of every shape a form, a file, a laptop or a hostile client hands over, for the
tests of the one validator (tests/core/test_validation.py) and of the paths that use it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from officerdesk.core.models import RECORD_TYPES, user_fields
from officerdesk.core.services.validation import ENUMS
from officerdesk.errors import ValidationError

FIELDS = sorted((kind, name) for kind, cls in RECORD_TYPES.items() for name in user_fields(cls))
UNICODE_CLASSES = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi",
                   "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn"]
# one character of any Unicode class, lone surrogates (Cs) and NUL (Cc) included
ANY_CHAR = st.sampled_from(UNICODE_CLASSES).flatmap(lambda c: st.characters(categories=[c]))  # type: ignore[list-item]
ANY_TEXT = st.one_of(st.text(ANY_CHAR, max_size=12),
                     st.lists(st.sampled_from(["a", " ", "\n", "\x00", "\ud800", "e\u0301", "\u1100\u1161", "가", "@", "."]),
                              max_size=8).map("".join))
IDS = st.sampled_from(["01a2126b-7e59-77ce-b73b-b0bc9be8882c", "01A2126B-7E59-77CE-B73B-B0BC9BE8882C",
                       "{01a2126b-7e59-77ce-b73b-b0bc9be8882c}", "42", ""])
CHOICES = st.sampled_from(sorted({code for table in ENUMS.values() for code in table} | {"public", "restricted", "secret"}))
DATES = st.one_of(st.dates().map(dt.date.isoformat), st.datetimes(timezones=st.none() | st.timezones()).map(dt.datetime.isoformat),
                  st.sampled_from(["20/11/2026", " 2026-02-30", "2026-11-20T25:00", "tomorrow"]), st.dates(), st.datetimes())
# text at and just over the limits of the fields (2**53: the largest whole number a field takes)
LIMITS = st.sampled_from([8, 16, 32, 64, 100, 200, 300, 320, 500, 1000, 5000, 200_000]).flatmap(
    lambda n: st.sampled_from(["가" * n, "a" * (n + 1), "x y" * (n // 3 + 1)]))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from([2**53, 2**53 + 1, -(2**53) - 1]),
                    st.floats(allow_nan=False), ANY_TEXT, IDS, CHOICES, DATES, LIMITS,
                    st.sampled_from(["true", "no", "1", "bob@example.org", "not an email"]))
VALUES = st.one_of(SCALARS, LIMITS, st.lists(st.one_of(ANY_TEXT, IDS, st.integers(0, 2)), max_size=4),
                   st.dictionaries(ANY_TEXT, ANY_TEXT, max_size=1), st.just(["t"] * 10_001), st.just([f"t{i}" for i in range(10_001)]))


def outcome(clean: Any, value: Any) -> tuple[str, Any]:
    """("ok", the clean value) or ("refused", the field the refusal names)."""
    try:
        return "ok", clean(value)
    except ValidationError as exc:
        return "refused", exc.field
