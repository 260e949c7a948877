"""The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it (fts5_tokenize.c).

Search matching is done by FTS5 itself; this copy exists only so snippets can highlight the same
word forms FTS5 matched (`seizures` highlights `seizure`). `tests/core/test_search.py` checks it
against FTS5 word for word. Words shorter than 3 or longer than 64 bytes are left as they are.
"""

from __future__ import annotations

from functools import lru_cache

MAX_BYTES = 64

# (suffix, replacement) rules of steps 2-4, tried longest-first within the group of the
# second-to-last letter, as the C switch statements do; the first suffix that matches ends the search.
_STEP2 = {
    "a": (("ational", "ate"), ("tional", "tion")),
    "c": (("enci", "ence"), ("anci", "ance")),
    "e": (("izer", "ize"),),
    "g": (("logi", "log"),),
    "l": (("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")),
    "o": (("ization", "ize"), ("ation", "ate"), ("ator", "ate")),
    "s": (("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")),
    "t": (("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")),
}
_STEP3 = {
    "a": (("ical", "ic"),),
    "s": (("ness", ""),),
    "t": (("icate", "ic"), ("iciti", "ic")),
    "u": (("ful", ""),),
    "v": (("ative", ""),),
    "z": (("alize", "al"),),
}
_STEP4 = {
    "a": ("al",), "c": ("ance", "ence"), "e": ("er",), "i": ("ic",), "l": ("able", "ible"),
    "n": ("ant", "ement", "ment", "ent"), "o": ("ion", "ou"), "s": ("ism",), "t": ("ate", "iti"),
    "u": ("ous",), "v": ("ive",), "z": ("ize",),
}


def _vowel(c: str, y_is_vowel: bool) -> bool:
    return c in "aeiou" or (y_is_vowel and c == "y")


def _gobble_vc(stem: str, prev_cons: bool) -> int:
    """Length of the leading [C]VC part of `stem`, or 0 when it has none."""
    cons = prev_cons
    i = 0
    while i < len(stem):
        cons = not _vowel(stem[i], cons)
        if not cons:
            break
        i += 1
    i += 1
    while i < len(stem):
        cons = not _vowel(stem[i], cons)
        if cons:
            return i + 1
        i += 1
    return 0


def _m_gt0(stem: str) -> bool:
    return bool(_gobble_vc(stem, False))


def _m_gt1(stem: str) -> bool:
    n = _gobble_vc(stem, False)
    return bool(n and _gobble_vc(stem[n:], True))


def _m_eq1(stem: str) -> bool:
    n = _gobble_vc(stem, False)
    return bool(n and not _gobble_vc(stem[n:], True))


def _o_star(stem: str) -> bool:
    if stem[-1] in "wxy":
        return False
    mask, cons = 0, False
    for c in stem:
        cons = not _vowel(c, cons)
        mask = (mask << 1) + int(cons)
    return (mask & 7) == 5


def _has_vowel(stem: str) -> bool:
    return any(_vowel(c, i > 0) for i, c in enumerate(stem))


def _replace(word: str, rules: tuple[tuple[str, str], ...], cond: object) -> str:
    for suffix, repl in rules:
        if len(word) > len(suffix) and word.endswith(suffix):
            stem = word[: -len(suffix)]
            return stem + repl if cond(stem) else word  # type: ignore[operator]
    return word


def _step1(w: str) -> str:
    if w[-1] == "s":
        if w[-2] == "e":
            w = w[:-2] if (len(w) > 4 and w[-4:-2] == "ss") or (len(w) > 3 and w[-3] == "i") else w[:-1]
        elif w[-2] != "s":
            w = w[:-1]
    stripped = False
    if w[-2] == "e":
        if len(w) > 3 and w.endswith("eed"):
            if _m_gt0(w[:-3]):
                w = w[:-1]
        elif len(w) > 2 and w.endswith("ed") and _has_vowel(w[:-2]):
            w, stripped = w[:-2], True
    elif w[-2] == "n" and len(w) > 3 and w.endswith("ing") and _has_vowel(w[:-3]):
        w, stripped = w[:-3], True
    if stripped:
        if len(w) > 2 and w[-2:] in ("at", "bl", "iz"):
            w += "e"
        elif not _vowel(w[-1], False) and w[-1] not in "lsz" and w[-1] == w[-2]:
            w = w[:-1]
        elif _m_eq1(w) and _o_star(w):
            w += "e"
    if w[-1] == "y" and _has_vowel(w[:-1]):
        w = w[:-1] + "i"
    return w


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """The FTS5 porter stem of one lower-case token (a folded word, as unicode61 passes it on)."""
    raw = word.encode("utf-8")
    if not 3 <= len(raw) <= MAX_BYTES:
        return word
    if raw.isascii():
        return _stem(word)
    # FTS5 works on UTF-8 bytes: other scripts' bytes are all "consonants" and never a suffix.
    return _stem(raw.decode("latin-1")).encode("latin-1").decode("utf-8", errors="ignore")


def _stem(word: str) -> str:
    w = _step1(word)
    w = _replace(w, _STEP2.get(w[-2], ()) if len(w) > 1 else (), _m_gt0)
    w = _replace(w, _STEP3.get(w[-2], ()) if len(w) > 1 else (), _m_gt0)
    if len(w) > 1:
        for suffix in _STEP4.get(w[-2], ()):
            if len(w) > len(suffix) and w.endswith(suffix):
                base = w[: -len(suffix)]
                ok = (_m_gt1(base) and base[-1] in "st") if suffix == "ion" else _m_gt1(base)
                w = base if ok else w
                break
    if w[-1] == "e" and (_m_gt1(w[:-1]) or (_m_eq1(w[:-1]) and not _o_star(w[:-1]))):
        w = w[:-1]
    if len(w) > 1 and w.endswith("ll") and _m_gt1(w[:-1]):
        w = w[:-1]
    return w
