"""A person's name in any script, read aloud in Latin letters and boiled down to a sound key.

Each script has its own reading: Hangul by the Revised Romanisation (`hangul`), Chinese characters
by pinyin (pypinyin) *and* by their Japanese reading in Hepburn (pykakasi), kana by Hepburn, and
Latin as written (accents dropped). The readings are then reduced to a coarse skeleton that forgets
what differs between romanisation systems and transcriptions into Korean (x/sy/sh -> s, voiced and
voiceless stops alike, eo/eu/oo -> u, r -> l, doubled letters once), so

    王小明 (wang xiao ming), 王暁明 (pinyin also wang xiao ming), Wang Xiaoming, Xiaoming Wang and
    왕샤오밍 (RR wang sya o ming)  all come to "wangsaoming".

What does not match, on purpose or for want of data (docs/decisions.md): a Korean name written in
Hanja against its Hangul (金民洙 is read "jin min zhu" in pinyin, not "gim min su": no Hanja
reading table is shipped); Cantonese and Wade-Giles spellings against pinyin (Lee/Li, Chang/Zhang);
Korean transcriptions that change a vowel (마오쩌둥 / Mao Zedong); a one-word name (no key: too weak).
Homophones match: 王小明 and 王晓明 are both "Wang Xiaoming", which is why a match is a *possible*
duplicate that an officer confirms, never a merge by itself.
"""

from __future__ import annotations

import functools
import gzip
import pickle
import re
import unicodedata
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any, cast

from officerdesk.core.people import hangul

# Sources of a reading, as the reasons name them.
LATIN, PINYIN, HEPBURN, RR = "latin", "pinyin", "hepburn", "rr"

# Korean surnames as passports and business cards spell them, to the Revised Romanisation: a
# Latin name gets a second reading with these, so "Lee Seo-yeon" meets 이서연 (i seo yeon).
KOREAN_SURNAMES = {
    "lee": "i", "rhee": "i", "yi": "i", "rhie": "i", "park": "bak", "pak": "bak", "kim": "gim",
    "choi": "choe", "jung": "jeong", "chung": "jeong", "cheong": "jeong", "kang": "gang", "cho": "jo",
    "yoon": "yun", "youn": "yun", "lim": "im", "rim": "im", "shin": "sin", "oh": "o", "kwon": "gwon",
    "ahn": "an", "yoo": "yu", "ko": "go", "koh": "go", "moon": "mun", "noh": "no", "roh": "no",
    "kwak": "gwak", "sung": "seong", "woo": "u", "koo": "gu", "ku": "gu", "suh": "seo", "hur": "heo",
}

# Applied in order to a reading (lower-case a-z only): what romanisations spell differently.
_SKELETON = tuple((re.compile(a), b) for a, b in (
    (r"xi(?=[aeiou])", "s"), (r"x", "s"), (r"sy|sh", "s"),
    (r"tch|tsh|ts|zh|ch|jj|z|j|q|c", "j"),
    (r"kh|gg|kk|g|k", "k"), (r"th|dd|tt|d|t", "t"), (r"ph|bb|pp|b|p|f", "p"),
    (r"h(?![aeiouwy])", ""), (r"r", "l"),
    (r"oo|eo|eu|wu", "u"), (r"ou", "o"), (r"ae", "e"), (r"ee", "i"),
    (r"(.)\1+", r"\1"),
))

_VARIANTS = re.compile(r"[;/()（）]")  # "王小明 (Wang Xiaoming)": two names of one person
_LATIN_JOINERS = "-'.’"
MIN_KEY = 4  # a shorter skeleton ("li", "kim") would pair up strangers


@dataclass(frozen=True)
class Sound:
    """One reading of a name, boiled down: `key` is what two names must share, `source` how it
    was read (the most specific script in it), `reading` the romanisation before boiling."""

    key: str
    source: str
    reading: str


def skeleton(reading: str) -> str:
    text = re.sub(r"[^a-z]", "", reading)
    for pattern, repl in _SKELETON:
        text = pattern.sub(repl, text)
    return text


def written(name: str) -> str:
    """A name as written, compared without case, spaces or punctuation: the same spelling."""
    return "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c.isalnum())


def sounds(name: str) -> set[Sound]:
    """Every sound key of a name (and of each of its variants in brackets or after a slash)."""
    out: set[Sound] = set()
    for variant in _VARIANTS.split(name):
        for source, words in _readings(_surname_first(variant)):
            out |= _keys(source, words)
    return out


def _surname_first(variant: str) -> str:
    # "Wang, Xiaoming": a directory's surname-comma-given order
    if variant.count(",") == 1:
        surname, given = variant.split(",")
        return f"{given} {surname}"
    return variant.replace(",", " ")


def _keys(source: str, words: list[str]) -> set[Sound]:
    if len(words) < 2:
        return set()
    orders = [words]
    if source == LATIN:  # Latin names come in either order; CJK names are written surname first
        orders += [words[-1:] + words[:-1], words[1:] + words[:1]]
    out = set()
    for order in orders:
        key = skeleton("".join(order))
        if len(key) >= MIN_KEY:
            out.add(Sound(key, source, " ".join(order)))
    return out


def _readings(variant: str) -> list[tuple[str, list[str]]]:
    """(source, words) for each way of reading the variant: one option per run of one script,
    every combination of them (a han run has two readings)."""
    options = [_run_readings(script, run) for script, run in _runs(variant)]
    options = [o for o in options if o]
    if not options:
        return []
    out = []
    for combination in list(product(*options))[:8]:
        sources = sorted({s for s, _ in combination if s != LATIN}) or [LATIN]
        words = [w for _, ws in combination for w in ws]
        out.append(("+".join(sources), words))
        if all(s == LATIN for s, _ in combination) and any(w in KOREAN_SURNAMES for w in words):
            out.append((LATIN, [KOREAN_SURNAMES.get(w, w) for w in words]))
    return out


def _run_readings(script: str, run: str) -> list[tuple[str, list[str]]]:
    if script == "latin":
        return [(LATIN, [run])]
    if script == "hangul":
        return [(RR, hangul.romanise(run))]
    if script == "han":
        return [(PINYIN, _pinyin(run)), (HEPBURN, _hepburn(run))]
    return [(HEPBURN, _hepburn(run))]


def _script(char: str) -> str:
    if hangul.is_hangul(char):
        return "hangul"
    if char.isascii() and char.isalpha():
        return "latin"
    code = ord(char)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FFFF or char == "々":
        return "han"
    return ""


def _runs(variant: str) -> list[tuple[str, str]]:
    """(script, text) runs; Latin letters fold their accents (Xiǎomíng -> xiaoming) and keep
    joiners inside a word (Min-su -> minsu); spaces and other marks separate runs."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", variant) if not unicodedata.combining(c))
    folded = unicodedata.normalize("NFKC", folded).lower()
    runs: list[tuple[str, str]] = []
    for char in folded:
        script = _script(char)
        if script == "" and char in _LATIN_JOINERS and runs and runs[-1][0] == "latin":
            continue
        if runs and script and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + char)
        elif script:
            runs.append((script, char))
        else:
            runs.append(("", ""))
    return [(s, t) for s, t in runs if s]


@functools.cache
def _kakasi() -> Any:
    import pykakasi

    _load_packed_kanji()
    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def _load_packed_kanji() -> None:
    """pykakasi reads its Kanji dictionary (a 9.7 MB pickle) from a file beside its code; the
    desktop bundle carries it gzip-compressed instead (2.3 MB, installer/officerdesk.spec), which
    kept the bundle under its size budget. Loaded here into pykakasi's shared table, which it then
    uses as if it had read the file itself; with the plain file present nothing changes."""
    from pykakasi.kanji import Kanwa
    from pykakasi.properties import Configurations

    config: Any = Configurations  # an instance under its class's name
    plain = Path(config.dictpath(config.jisyo_kanwa))
    packed = plain.with_name(plain.name + ".gz")
    if plain.is_file() or not packed.is_file() or Kanwa._shared_state["_jisyo_table"] is not None:
        return
    Kanwa._shared_state["_jisyo_table"] = pickle.loads(gzip.decompress(packed.read_bytes()))


def _pinyin(text: str) -> list[str]:
    from pypinyin import lazy_pinyin

    syllables: list[str] = lazy_pinyin(text, errors="ignore")
    return [s for s in syllables if s.isalpha()]


def _hepburn(text: str) -> list[str]:
    words = cast(list[dict[str, str]], _kakasi().convert(text))
    return [w["hepburn"] for w in words if w["hepburn"].strip().isalpha()]
