"""Match keys of one person record: its name's sound keys, its spelling, e-mails and phones.

Two records sharing any key are a possible duplicate (`matches`). Keys are plain strings prefixed
by their kind, so a set of them can be bucketed without knowing what they mean.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from officerdesk.core import contact_points
from officerdesk.core.people import names

EMAIL, PHONE, NAME, SOUND = "email", "phone", "name", "sound"
PHONE_DIGITS = 9  # compared by its last nine digits: +82 10-1234-5678 is 010-1234-5678
MIN_PHONE = 7  # shorter is an extension or a switchboard's short code, not a person


@dataclass(frozen=True)
class Person:
    """What matching reads of a contact (an imported row, a laptop record, an HQ record)."""

    id: str
    name: str
    name_alt: str = ""
    emails: tuple[str, ...] = ()
    phones: str = ""  # a contact's `phones` text: "type: number" entries, ", " between
    post_id: str = ""


@dataclass(frozen=True)
class Key:
    kind: str  # EMAIL, PHONE, NAME or SOUND
    value: str  # what two records must share, prefixed by kind
    source: str = ""  # for SOUND: how the name was read (names.LATIN, PINYIN, HEPBURN, RR, or a mix)
    shown: str = ""  # what a reason shows: the address, the number, the name's reading


def email_key(address: str) -> str:
    _, value = contact_points.split(address)
    value = value.strip().casefold()
    return value if "@" in value else ""


def phone_key(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return digits[-PHONE_DIGITS:] if len(digits) >= MIN_PHONE else ""


def keys_of(person: Person) -> set[Key]:
    out: set[Key] = set()
    for address in person.emails:
        value = email_key(address)
        if value:
            out.add(Key(EMAIL, f"{EMAIL}:{value}", shown=value))
    for _, number in contact_points.phones(person.phones):
        value = phone_key(number)
        if value:
            out.add(Key(PHONE, f"{PHONE}:{value}", shown=number))
    out |= name_keys([person.name, person.name_alt])
    return out


def name_keys(texts: Iterable[str]) -> set[Key]:
    out: set[Key] = set()
    for text in (t for t in texts if t.strip()):
        spelled = names.written(text)
        if len(spelled) >= 2:
            out.add(Key(NAME, f"{NAME}:{spelled}", shown=text.strip()))
        for sound in names.sounds(text):
            out.add(Key(SOUND, f"{SOUND}:{sound.key}", sound.source, sound.reading))
    return out
