"""Contacts as vCards: reads 2.1, 3.0 and 4.0 as address books write them, writes 3.0.

Read (every value, nothing dropped without a word):
  FN (else N) → name; phonetic names (X-PHONETIC-*, SORT-STRING) or a second FN → name_alt;
  ORG → organization, its units → department; TITLE (else ROLE) → position; every EMAIL → email
  (the preferred one) and emails (the others, with their types); every TEL (also `tel:` URIs) →
  phones with their types; the preferred ADR → address (others go to notes); BDAY → birthday (a
  date without a year goes to notes); URL → url (others to notes); NOTE → notes; LANG → language;
  UID → the record id when it is one of ours (a UUID), else a foreign id a re-import finds again;
  CLASS and X-OFFICERDESK-* for what vCard has no place for.
vCard 2.1 as Outlook and Android write it: QUOTED-PRINTABLE values with soft line breaks,
CHARSET= on a value, bare type parameters (`TEL;WORK;VOICE:`). Lines are unfolded as bytes
before they are decoded, so a fold inside a UTF-8 character is read as the character.
PHOTO, LOGO, SOUND, KEY and the like are skipped: address books put them in every card.
"""

from __future__ import annotations

import codecs
import datetime as dt
import quopri
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from officerdesk.core import contact_points, kinds
from officerdesk.core.exchange.contentline import (
    escape,
    fold,
    parse,
    split_unescaped,
    types,
    unescape,
)
from officerdesk.core.exchange.text import decode, raw_lines
from officerdesk.core.ids import canonical_id
from officerdesk.errors import ImportFailed

X = "X-OFFICERDESK-"
CLASS_TO = {"PUBLIC": "public", "PRIVATE": "internal", "CONFIDENTIAL": "restricted"}
CLASS_FROM = {v: k for k, v in CLASS_TO.items()}
EAST_ASIAN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# the type parameters kept as an e-mail's, phone's or address's label; the rest ("internet",
# "voice", "pref", 2.1's bare "QUOTED-PRINTABLE" or "utf-8") say nothing an officer needs
LABELS = {"work": "work", "home": "home", "cell": "cell", "mobile": "cell", "fax": "fax", "pager": "pager",
          "car": "car", "main": "main", "video": "video", "isdn": "isdn", "assistant": "assistant",
          "callback": "callback", "company": "company", "iphone": "cell"}
QP = ("QUOTED-PRINTABLE", "QP")
PHONETIC = ("X-PHONETIC-LAST-NAME", "X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME")
Prop = tuple[dict[str, str], str]  # (params, decoded value, still escaped)


def read(fh: BinaryIO, codec: str = "utf-8") -> Iterator[tuple[int, dict[str, Any]]]:
    card: dict[str, list[Prop]] | None = None
    start = last = 0
    for number, raw in _logical(fh):
        last = number
        if not raw.strip():
            continue
        parsed = parse(decode(number, raw, codec))
        if parsed is None:
            raise ImportFailed(number, f"is not a vCard line (no ':'): {raw[:40].decode(codec, 'replace')!r}",
                               f"vCard 줄이 아닙니다(':' 없음): {raw[:40].decode(codec, 'replace')!r}")
        name, params, value = parsed
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                raise ImportFailed(number, "BEGIN:VCARD inside another card (END:VCARD missing)",
                                   "다른 카드 안에 BEGIN:VCARD가 있습니다(END:VCARD 누락)")
            card, start = {}, number
        elif card is None:
            raise ImportFailed(number, f"{name} outside a card (BEGIN:VCARD missing)", f"카드 밖에 {name}이(가) 있습니다(BEGIN:VCARD 누락)")
        elif name == "END":
            yield start, _contact(start, card)
            card = None
        elif name == "VERSION":
            if value.strip() not in ("2.1", "3.0", "4.0"):
                raise ImportFailed(number, f"vCard version {value.strip()!r} is not one of 2.1, 3.0, 4.0",
                                   f"vCard 버전 {value.strip()!r}은(는) 2.1, 3.0, 4.0 중 하나가 아닙니다")
        else:
            card.setdefault(name, []).append((params, _value(number, params, value, codec)))
    if card is not None:
        raise ImportFailed(last, "the last card has no END:VCARD", "마지막 카드에 END:VCARD가 없습니다")


def _logical(fh: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Unfolded lines as bytes; a quoted-printable value's soft line breaks ("=" at the end) joined."""
    start, parts, soft = 0, list[bytes](), False
    for number, raw in raw_lines(fh):
        if parts and soft:
            parts[-1] = parts[-1][:-1]
            parts.append(raw.lstrip(b" \t"))
        elif parts and raw[:1] in (b" ", b"\t"):
            parts.append(raw[1:])
        else:
            if parts:
                yield start, b"".join(parts)
            start, parts = number, [raw]
        soft = raw.endswith(b"=") and b"QUOTED-PRINTABLE" in parts[0].split(b":", 1)[0].upper()
    if parts:
        yield start, b"".join(parts)


def _value(number: int, params: dict[str, str], value: str, codec: str) -> str:
    """The value as text: quoted-printable decoded, then read in its CHARSET (else the file's)."""
    bare = [t.upper() for t in types(params)]  # vCard 2.1 may give ENCODING and CHARSET bare
    if params.get("ENCODING", "").upper() not in QP and not any(t in QP for t in bare):
        return value
    charset = params.get("CHARSET") or next((t for t in bare if _is_codec(t)), codec)
    try:
        return quopri.decodestring(value.encode("latin-1", "replace")).decode(codecs.lookup(charset).name)
    except LookupError:
        raise ImportFailed(number, f"CHARSET={charset} is not an encoding known here", f"CHARSET={charset}은(는) 알 수 없는 인코딩입니다") from None
    except UnicodeDecodeError:
        raise ImportFailed(number, f"the quoted-printable value is not {charset} text",
                           f"quoted-printable 값이 {charset} 텍스트가 아닙니다") from None


def _is_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return any(ch.isdigit() for ch in name) or name.upper() in ("SHIFT_JIS", "BIG5", "GBK", "ASCII")


def _texts(card: dict[str, list[Prop]], prop: str) -> list[tuple[dict[str, str], str]]:
    return [(params, unescape(v).strip()) for params, v in card.get(prop, []) if unescape(v).strip()]


def _preferred_first(values: list[tuple[dict[str, str], str]]) -> list[tuple[dict[str, str], str]]:
    return sorted(values, key=lambda pv: not ("pref" in types(pv[0]) or pv[0].get("PREF")))


def _label(params: dict[str, str]) -> str:
    return " ".join(dict.fromkeys(LABELS[t] for t in types(params) if t in LABELS))


def _contact(number: int, card: dict[str, list[Prop]]) -> dict[str, Any]:
    def first(prop: str) -> str:
        values = _texts(card, prop)
        return values[0][1] if values else ""

    names = [v for _, v in _texts(card, "FN")]
    name = names[0] if names else _name_from_n(card)
    if not name:
        raise ImportFailed(number, "the card has neither FN nor N: a contact needs a name",
                           "카드에 FN도 N도 없습니다. 연락처에는 이름이 있어야 합니다")
    item: dict[str, Any] = {"type": kinds.CONTACT.name, "name": name}
    notes: list[str] = [first("NOTE")] if first("NOTE") else []
    _identity(item, first(X + "ID") or first("UID"))
    _organization(item, card)
    position = first("TITLE") or first("ROLE")
    emails = [(params, v.removeprefix("mailto:")) for params, v in _preferred_first(_texts(card, "EMAIL"))]
    if emails:
        item["email"] = emails[0][1]
        item["emails"] = [contact_points.join(_label(p), v) for p, v in emails[1:]]
    phones = [(_label(p), v.removeprefix("tel:")) for p, v in _preferred_first(_texts(card, "TEL"))]
    addresses = [(_label(p), _address(v)) for p, v in _preferred_first(card.get("ADR", []))]
    addresses = [(label, a) for label, a in addresses if a]
    if addresses:
        item["address"] = contact_points.join(*addresses[0])
        notes += [f"Address ({label or 'other'}): {a}" for label, a in addresses[1:]]
    urls = [v for _, v in _texts(card, "URL")]
    if urls:
        item["url"] = urls[0]
        notes += [f"Web: {u}" for u in urls[1:]]
    birthday, note = _birthday(first("BDAY"))
    notes += [note] if note else []
    alt = first(X + "NAME-ALT") or _phonetic(card) or next((n for n in names[1:] if n != name), "")
    for key, value in (
        ("position", position), ("phones", contact_points.phones_text(phones)), ("notes", "\n".join(notes)),
        ("name_alt", alt), ("language", first(X + "LANGUAGE") or first("LANG")), ("birthday", birthday),
        ("last_contacted", first(X + "LAST-CONTACTED")),
        ("classification", first(X + "CLASSIFICATION") or CLASS_TO.get(first("CLASS").upper(), "")),
    ):
        if value:
            item[key] = value
    return item


def _identity(item: dict[str, Any], uid: str) -> None:
    """Our own UIDs (a UUID, as our export writes) give the id back; any other is a foreign id."""
    if not uid:
        return
    own = canonical_id(uid.removeprefix("urn:uuid:").strip())
    if own is not None:
        item["id"] = own
    else:
        item["foreign_id"] = uid


def _organization(item: dict[str, Any], card: dict[str, list[Prop]]) -> None:
    raw = card.get("ORG", [({}, "")])[0][1]
    units = [unescape(p).strip() for p in split_unescaped(raw, ";")]
    units = [u for u in units if u]
    if units:
        item["organization"] = units[0]
    if units[1:]:
        item["department"] = " / ".join(units[1:])


def _address(raw: str) -> str:
    """PO box; extended; street; locality; region; postal code; country → one line."""
    parts = [unescape(p).strip().replace("\n", ", ") for p in split_unescaped(raw, ";")]
    return ", ".join(p for p in parts if p)


def _birthday(text: str) -> tuple[str, str]:
    """(ISO date, "") for a full date; ("", a note) for a date without a year or an odd form."""
    if not text:
        return "", ""
    digits = text.split("T")[0].replace("-", "")
    if re.fullmatch(r"\d{8}", digits):
        try:
            return dt.datetime.strptime(digits, "%Y%m%d").date().isoformat(), ""
        except ValueError:
            pass
    return "", f"Birthday: {text}"


def _phonetic(card: dict[str, list[Prop]]) -> str:
    parts = [v for prop in PHONETIC for _, v in _texts(card, prop)[:1]]
    if not parts:
        sort = [v for _, v in _texts(card, "SORT-STRING")]
        return sort[0] if sort else ""
    joined = "".join(parts) if EAST_ASIAN.search("".join(parts)) else " ".join(reversed(parts[:2]) if len(parts) >= 2 else parts)
    return joined


def _name_from_n(card: dict[str, list[Prop]]) -> str:
    raw = card.get("N", [({}, "")])[0][1]
    family, given, *_ = [unescape(p).strip() for p in split_unescaped(raw, ";")] + ["", ""]
    if EAST_ASIAN.search(family + given):
        return f"{family}{given}"
    return " ".join(p for p in (given, family) if p)


# --- writing -------------------------------------------------------------------------------------
def _n_value(name: str) -> str:
    parts = name.split()
    if EAST_ASIAN.search(name):
        family, given = (parts[0], " ".join(parts[1:])) if len(parts) > 1 else (name[:1], name[1:])
    elif len(parts) > 1:
        family, given = parts[-1], " ".join(parts[:-1])
    else:
        family, given = name, ""
    return f"{escape(family)};{escape(given)};;;"


def _typed(prop: str, label: str, default: str) -> str:
    words = [w for w in (label or default).upper().split() if re.fullmatch(r"[A-Z0-9-]+", w)]
    return f"{prop};TYPE={','.join(words)}" if words else prop


def card(item: dict[str, Any]) -> str:
    name = item.get("name") or ""
    props = [("BEGIN", "VCARD"), ("VERSION", "3.0"), ("UID", f"urn:uuid:{item['id']}"), ("FN", escape(name)), ("N", _n_value(name))]
    org = [item.get("organization") or "", *(u.strip() for u in str(item.get("department") or "").split(" / ") if u.strip())]
    if any(org):
        props.append(("ORG", ";".join(escape(o) for o in org)))
    for prop, key in (("TITLE", "position"), ("NOTE", "notes"), ("URL", "url")):
        if item.get(key):
            props.append((prop, escape(str(item[key]))))
    if item.get("email"):
        props.append(("EMAIL;TYPE=INTERNET,PREF", escape(item["email"])))
    for entry in item.get("emails") or []:
        label, address = contact_points.split(entry)
        props.append((_typed("EMAIL", f"internet {label}", "internet"), escape(address)))
    for label, number in contact_points.phones(str(item.get("phones") or "")):
        props.append((_typed("TEL", label, "voice"), escape(number)))
    if item.get("address"):
        label, address = contact_points.split(item["address"])
        props.append((_typed("ADR", label, ""), f";;{escape(address)};;;;"))
    if item.get("birthday"):
        props.append(("BDAY", str(item["birthday"])))
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
