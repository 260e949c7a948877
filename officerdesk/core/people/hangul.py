"""Hangul to the Revised Romanisation of Korean (2000), syllable by syllable.

No maintained library does this, so it is written here from the standard's tables: a precomposed
syllable is U+AC00 + (initial * 21 + medial) * 28 + final, and each jamo has one romanisation.
Names are romanised syllable by syllable (the standard's rule for personal names: no sound changes
across syllables), so 한복남 is "hanboknam", not "hanbongnam".
"""

from __future__ import annotations

FIRST, LAST = 0xAC00, 0xD7A3

INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
    "yu", "eu", "ui", "i",
)
# a final consonant as it sounds at the end of a syllable (clusters by their spoken member)
FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)


def is_hangul(char: str) -> bool:
    return FIRST <= ord(char) <= LAST


def syllable(char: str) -> str:
    """The romanisation of one precomposed Hangul syllable."""
    index = ord(char) - FIRST
    initial, rest = divmod(index, 21 * 28)
    medial, final = divmod(rest, 28)
    return INITIALS[initial] + MEDIALS[medial] + FINALS[final]


def romanise(text: str) -> list[str]:
    """Each Hangul syllable of `text` romanised, in order; anything else is left out."""
    return [syllable(c) for c in text if is_hangul(c)]
