"""Hypothesis strategies for what a careless or hostile device might send as a clock stamp or id.

The oracle here is written independently of `core/clock.py`: a stamp is 17 characters, each one
of the 16 ASCII characters "0123456789abcdef"."""

from __future__ import annotations

import string
import unicodedata

from hypothesis import strategies as st

LOWER_HEX = "0123456789abcdef"


def is_strict_stamp(text: object) -> bool:
    return isinstance(text, str) and len(text) == 17 and all(c in LOWER_HEX for c in text)


def _not_lower_hex(cat: str) -> st.SearchStrategy[str]:
    return st.characters(categories=[cat]).filter(lambda c: c not in LOWER_HEX)  # type: ignore[list-item]


# Characters `int(x, 16)` or `str.isdigit` take but the wire must not: other decimal digits (Nd:
# Arabic-Indic, Devanagari, full-width, mathematical ...), other numbers (No: superscripts,
# circled digits), full-width hex letters, separators (Z*), signs and "_", upper-case hex.
ODD_CHARS = st.one_of(
    _not_lower_hex("Nd"),
    _not_lower_hex("No"),
    st.sampled_from([chr(0xFF10 + i) for i in range(10)] + [chr(0xFF41 + i) for i in range(6)]
                    + [chr(0xFF21 + i) for i in range(6)]),
    _not_lower_hex("Zs"), _not_lower_hex("Zl"), _not_lower_hex("Zp"),
    st.sampled_from(list("+-_ \t\n\r\x0b\x0cxX.") + list("ABCDEF") + ["\x00", "\u200b", "\ufeff"]),
)

VALID_STAMPS = st.text(alphabet=LOWER_HEX, min_size=17, max_size=17)


@st.composite
def _spoiled(draw: st.DrawFn) -> str:
    """A valid stamp with one odd character put in place of, before or after one of its own."""
    stamp = draw(VALID_STAMPS)
    odd = draw(ODD_CHARS)
    at = draw(st.integers(0, 17))
    how = draw(st.sampled_from(["replace", "insert"]))
    if how == "replace" and at < 17:
        return stamp[:at] + odd + stamp[at + 1:]
    return stamp[:at] + odd + stamp[at:]


MALFORMED_STAMPS = st.one_of(
    _spoiled(),
    VALID_STAMPS.map(lambda s: s + "\n"),
    VALID_STAMPS.map(lambda s: s.upper()).filter(lambda s: s != s.lower()),
    VALID_STAMPS.map(lambda s: "+" + s[1:]),
    VALID_STAMPS.map(lambda s: s[:16]),
    # the same number in other digits: what `int(x, 16)` reads as the same stamp
    VALID_STAMPS.filter(lambda s: any(c.isdigit() for c in s)).map(
        lambda s: "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)),
    st.text(alphabet=string.hexdigits + "+-_ \n", min_size=0, max_size=40),
    st.text(min_size=0, max_size=40),
).filter(lambda s: not is_strict_stamp(s))


def unicode_digit(value: int) -> st.SearchStrategy[str]:
    """Non-ASCII characters whose decimal value is `value` (what `int()` reads as that digit)."""
    # drawn from the full list, not filtered from every Nd character: about one in 70 of those has
    # the wanted value, and a filter that rejects so much fails Hypothesis's health check at random
    return st.sampled_from(_UNICODE_DIGITS[value])


_UNICODE_DIGITS: dict[int, list[str]] = {}
for _code in range(0x80, 0x110000):
    _char = chr(_code)
    if unicodedata.category(_char) == "Nd":
        _UNICODE_DIGITS.setdefault(unicodedata.decimal(_char), []).append(_char)
