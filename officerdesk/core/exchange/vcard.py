"""Contacts as vCards: reads 3.0 and 4.0, writes 3.0 (what address books import most readily).

Kept: FN (name), N (when FN is missing), ORG, TITLE, EMAIL, TEL (phones, joined with ", "), NOTE,
UID (the record id), CLASS, and X-OFFICERDESK-* for what vCard has no place for (the name in
other scripts, language, classification, last contacted). Other properties (ADR, PHOTO, URL ...)
are skipped: address books put many of them in every card.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from officerdesk.core import kinds
from officerdesk.core.exchange.contentline import (
    escape,
    fold,
    parse,
    split_unescaped,
    unescape,
    unfold,
)
from officerdesk.core.exchange.text import lines
from officerdesk.errors import ImportFailed

X = "X-OFFICERDESK-"
CLASS_TO = {"PUBLIC": "public", "PRIVATE": "internal", "CONFIDENTIAL": "restricted"}
CLASS_FROM = {v: k for k, v in CLASS_TO.items()}
EAST_ASIAN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def read(fh: BinaryIO) -> Iterator[tuple[int, dict[str, Any]]]:
    card: dict[str, Any] | None = None
    start = last = 0
    for number, line in unfold(lines(fh)):
        last = number
        if not line.strip():
            continue
        parsed = parse(line)
        if parsed is None:
            raise ImportFailed(number, f"is not a vCard line (no ':'): {line[:40]!r}")
        name, params, raw = parsed
        if name == "BEGIN" and raw.strip().upper() == "VCARD":
            if card is not None:
                raise ImportFailed(number, "BEGIN:VCARD inside another card (END:VCARD missing)")
            card, start = {}, number
        elif card is None:
            raise ImportFailed(number, f"{name} outside a card (BEGIN:VCARD missing)")
        elif name == "END":
            yield start, _contact(start, card)
            card = None
        else:
            _take(number, card, name, params, raw)
    if card is not None:
        raise ImportFailed(last, "the last card has no END:VCARD")


def _take(number: int, card: dict[str, Any], name: str, params: dict[str, str], raw: str) -> None:
    if name == "VERSION":
        if raw.strip() not in ("3.0", "4.0"):
            raise ImportFailed(number, f"vCard version {raw.strip()!r} is not supported; export the cards as vCard 3.0 or 4.0")
        return
    if params.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP"):
        raise ImportFailed(number, "quoted-printable values (vCard 2.1) are not supported; export as vCard 3.0 or 4.0")
    card.setdefault(name, []).append(raw)


def _contact(number: int, card: dict[str, Any]) -> dict[str, Any]:
    def first(prop: str) -> str:
        values = card.get(prop) or [""]
        return unescape(values[0]).strip()

    name = first("FN") or _name_from_n(first_raw(card, "N"))
    item: dict[str, Any] = {"type": kinds.CONTACT.name, "name": name}
    uid = first("UID").removeprefix("urn:uuid:")
    if first(X + "ID") or uid:
        item["id"] = first(X + "ID") or uid
    org = first_raw(card, "ORG")
    if org:
        item["organization"] = unescape(split_unescaped(org, ";")[0]).strip()
    phones = [unescape(v).strip() for v in card.get("TEL", [])]
    for key, value in (
        ("position", first("TITLE")), ("email", first("EMAIL")), ("phones", ", ".join(p for p in phones if p)),
        ("notes", first("NOTE")), ("name_alt", first(X + "NAME-ALT")), ("language", first(X + "LANGUAGE") or first("LANG")),
        ("last_contacted", first(X + "LAST-CONTACTED")),
        ("classification", first(X + "CLASSIFICATION") or CLASS_TO.get(first("CLASS").upper(), "")),
    ):
        if value:
            item[key] = value
    if not name:
        raise ImportFailed(number, "the card has neither FN nor N: a contact needs a name")
    return item


def first_raw(card: dict[str, Any], prop: str) -> str:
    values = card.get(prop) or [""]
    return str(values[0])


def _name_from_n(raw: str) -> str:
    family, given, *_ = [unescape(p).strip() for p in split_unescaped(raw, ";")] + ["", ""]
    if EAST_ASIAN.search(family + given):
        return f"{family}{given}"
    return " ".join(p for p in (given, family) if p)


def _n_value(name: str) -> str:
    parts = name.split()
    if EAST_ASIAN.search(name):
        family, given = (parts[0], " ".join(parts[1:])) if len(parts) > 1 else (name[:1], name[1:])
    elif len(parts) > 1:
        family, given = parts[-1], " ".join(parts[:-1])
    else:
        family, given = name, ""
    return f"{escape(family)};{escape(given)};;;"


def card(item: dict[str, Any]) -> str:
    name = item.get("name") or ""
    props = [("BEGIN", "VCARD"), ("VERSION", "3.0"), ("UID", f"urn:uuid:{item['id']}"), ("FN", escape(name)), ("N", _n_value(name))]
    if item.get("organization"):
        props.append(("ORG", escape(item["organization"])))
    for prop, key in (("TITLE", "position"), ("EMAIL;TYPE=INTERNET", "email"), ("NOTE", "notes")):
        if item.get(key):
            props.append((prop, escape(str(item[key]))))
    for phone in (p.strip() for p in str(item.get("phones") or "").split(",")):
        if phone:
            props.append(("TEL;TYPE=WORK,VOICE", escape(phone)))
    classification = item.get("classification") or "internal"
    props.append(("CLASS", CLASS_FROM.get(classification, "PRIVATE")))
    for suffix, key in (("NAME-ALT", "name_alt"), ("LANGUAGE", "language"), ("CLASSIFICATION", "classification"),
                        ("LAST-CONTACTED", "last_contacted")):
        if item.get(key):
            props.append((X + suffix, escape(str(item[key]))))
    props.append(("END", "VCARD"))
    return "".join(fold(f"{k}:{v}") for k, v in props)


def write(out: TextIO, items: Iterable[dict[str, Any]]) -> int:
    count = 0
    for item in items:
        out.write(card(item))
        count += 1
    return count
