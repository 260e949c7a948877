"""Possible duplicates: records that share a match key, scored, with the reasons why.

Records are bucketed by key, so the work grows with the records, not with their pairs. A key
shared by more than `CROWD` records (a switchboard number, an office's common mailbox, a very
common name) says nothing about any one pair and is skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from officerdesk.core.people.keys import EMAIL, NAME, PHONE, SOUND, Key, Person, keys_of
from officerdesk.core.people.names import LATIN

CROWD = 25
# how much each kind of shared key says on its own; several combine as independent evidence
WEIGHT = {EMAIL: 0.9, PHONE: 0.75, NAME: 0.6, SOUND: 0.45}


@dataclass(frozen=True, order=True)
class Reason:
    """Why two records may be one person. `code` is "same_email", "same_phone", "same_name" or
    "same_sound"; `how` the romanisations a sound was heard in ("pinyin", "rr+pinyin", ...);
    `shown` the shared address, number or reading."""

    code: str
    how: str = ""
    shown: str = ""

    def text(self) -> str:
        """The reason in English (the app shows its own translation of the code)."""
        if self.code == "same_sound":
            return f"same name in {describe(self.how)} ({self.shown})"
        return {"same_email": "same e-mail", "same_phone": "same phone", "same_name": "same name"}[self.code] + \
            f" ({self.shown})"


READING_NAMES = {"pinyin": "pinyin", "hepburn": "Japanese reading (Hepburn)", "rr": "Revised Romanisation",
                 "latin": "Latin letters"}


def describe(how: str) -> str:
    return " and ".join(READING_NAMES.get(h, h) for h in how.split("+"))


@dataclass(frozen=True)
class Match:
    """Two records that may be one person: `first`, `second` as given (first < second by id)."""

    first: Person
    second: Person
    score: float  # 0..1
    reasons: tuple[Reason, ...]


def possible_duplicates(people: Sequence[Person], *, limit: int = 500) -> list[Match]:
    """Pairs among `people` sharing a key, best first."""
    keys = {p.id: keys_of(p) for p in people}
    by_id = {p.id: p for p in people}
    buckets: dict[str, list[str]] = {}
    for pid, ks in keys.items():
        for k in ks:
            buckets.setdefault(k.value, []).append(pid)
    pairs: set[tuple[str, str]] = set()
    for members in buckets.values():
        if 1 < len(members) <= CROWD:
            pairs.update((a, b) for a in members for b in members if a < b)
    found = [_match(by_id[a], by_id[b], keys[a], keys[b]) for a, b in pairs]
    found.sort(key=lambda m: (-m.score, m.first.name, m.first.id, m.second.id))
    return found[:limit]


class Directory:
    """Known records indexed by key once, to ask which of them a newcomer may be (an import's
    rows against the contacts held) without reading every record per newcomer."""

    def __init__(self, known: Iterable[Person]) -> None:
        self._keys: dict[str, set[Key]] = {}
        self._by_id: dict[str, Person] = {}
        self._buckets: dict[str, list[str]] = {}
        for p in known:
            self._by_id[p.id] = p
            self._keys[p.id] = keys_of(p)
            for k in self._keys[p.id]:
                self._buckets.setdefault(k.value, []).append(p.id)

    def matches_for(self, person: Person) -> list[Match]:
        """Known records `person` may be, best first."""
        mine = keys_of(person)
        ids = {i for k in mine for i in self._buckets.get(k.value, ())[:CROWD + 1]
               if len(self._buckets[k.value]) <= CROWD}
        found = [_match(person, self._by_id[i], mine, self._keys[i]) for i in ids if i != person.id]
        found.sort(key=lambda m: (-m.score, m.second.name, m.second.id))
        return found


def _match(a: Person, b: Person, ka: set[Key], kb: set[Key]) -> Match:
    shared = {k.value for k in ka} & {k.value for k in kb}
    reasons: set[Reason] = set()
    for value in shared:
        mine = [k for k in ka if k.value == value]
        theirs = [k for k in kb if k.value == value]
        reasons.add(_reason(mine, theirs))
    unlikely = 1.0
    for kind in {r.code.removeprefix("same_") for r in reasons}:
        unlikely *= 1 - WEIGHT[kind]
    ordered = sorted(reasons)
    sound = [r for r in ordered if r.code == "same_sound"]
    # one sound reason is enough (the other orders of a name say the same); none when the
    # spelling is the same
    drop = sound if any(r.code == "same_name" for r in ordered) else sound[1:]
    return Match(a, b, round(1 - unlikely, 3), tuple(r for r in ordered if r not in drop))


def _reason(mine: list[Key], theirs: list[Key]) -> Reason:
    k = mine[0]
    if k.kind != SOUND:
        return Reason(f"same_{k.kind}", shown=k.shown)
    # the most telling reading of each side: a script's own romanisation over Latin letters
    hows = sorted({h for key in mine + theirs for h in key.source.split("+")} - {LATIN}) or [LATIN]
    return Reason("same_sound", "+".join(hows), k.shown)
