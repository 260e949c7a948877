"""Which contact field each column of an address book's CSV feeds, found from the header's names.

Google (`E-mail 1 - Value` with `E-mail 1 - Label`/`Type`, `Organization 1 - Name` or `Organization
Name`, phonetic `Yomi` names), Outlook in English and Korean (`Business Phone`, `근무처 전화`, street
parts per address), Naver (`이름`, `휴대폰`, `이메일`), Thunderbird (`Primary Email`, `Birth Year`) and our
own columns. A name is put together from its parts (given, middle, family; a Korean or Japanese
name family first, without spaces) when no column holds it whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from officerdesk.core import contact_points, kinds
from officerdesk.errors import ImportFailed

EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# normalised header -> (target, label). Targets: a contact field, or a part put together later.
EXACT: dict[str, tuple[str, str]] = {
    **{h: ("name", "") for h in ("name", "display name", "full name", "표시 이름", "성명", "이름(전체)")},
    **{h: ("given", "") for h in ("first name", "given name", "이름")},
    **{h: ("middle", "") for h in ("middle name", "additional name", "중간 이름")},
    **{h: ("family", "") for h in ("last name", "family name", "surname", "성")},
    **{h: ("phonetic_given", "") for h in ("phonetic first name", "given name yomi", "yomi first name")},
    **{h: ("phonetic_family", "") for h in ("phonetic last name", "family name yomi", "yomi last name")},
    **{h: ("name_alt", "") for h in ("yomi name", "name_alt", "phonetic name")},
    **{h: ("organization", "") for h in ("company", "organization", "organization 1 - name", "organization name",
                                          "회사", "회사명", "소속")},
    **{h: ("department", "") for h in ("department", "organization 1 - department", "organization department", "부서")},
    **{h: ("position", "") for h in ("job title", "organization 1 - title", "organization title", "position",
                                      "직함", "직책", "직위", "직급")},
    **{h: ("email", "") for h in ("e-mail address", "email", "e-mail", "primary email", "이메일", "전자 메일 주소",
                                   "메일", "email address")},
    **{h: ("email", "") for h in ("e-mail 2 address", "e-mail 3 address", "secondary email", "전자 메일 2 주소",
                                        "전자 메일 3 주소", "이메일2", "이메일 2")},
    **{h: ("birthday", "") for h in ("birthday", "생일", "생년월일")},
    **{h: ("notes", "") for h in ("notes", "note", "메모", "비고")},
    **{h: ("url", "") for h in ("web page", "web page 1", "website", "웹 페이지", "홈페이지", "url", "personal web page")},
    **{h: ("address", "") for h in ("주소", "address")},
    "language": ("language", ""), "emails": ("emails", ""), "phones": ("phones", ""), "id": ("id", ""),
    "last_contacted": ("last_contacted", ""), "classification": ("classification", ""),
    "birth year": ("birth_year", ""), "birth month": ("birth_month", ""), "birth day": ("birth_day", ""),
}
PHONE_WORDS = {"business": "work", "work": "work", "근무처": "work", "회사": "work", "home": "home", "집": "home",
               "mobile": "cell", "cell": "cell", "휴대폰": "cell", "휴대 전화": "cell", "핸드폰": "cell", "fax": "fax",
               "팩스": "fax", "pager": "pager", "호출기": "pager", "car": "car", "other": "other", "기타": "other",
               "assistant": "assistant", "company main": "work", "primary": "", "radio": "other"}
ADDRESS_PARTS = {"street": 0, "address": 0, "번지": 0, "주소": 0, "street 2": 1, "address 2": 1, "번지 2": 1,
                 "street 3": 2, "번지 3": 2, "city": 3, "구/군/시": 3, "시/군/구": 3, "state": 4, "시/도": 4,
                 "postal code": 5, "zipcode": 5, "우편 번호": 5, "country/region": 6, "country": 6, "국가": 6, "국가/지역": 6}
ADDRESS_PLACES = {"business": "work", "work": "work", "근무지": "work", "home": "home", "집": "home", "other": "other", "기타": "other"}
# what an officer may point a column at when the header's name says nothing (or the wrong thing)
CHOICES = ("name", "given", "family", "middle", "name_alt", "organization", "department", "position", "email",
           "phone", "address", "birthday", "url", "notes", "language")
_NUMBERED = re.compile(r"^(e-mail|phone|address|website|relation|event|im|custom field) (\d+) - (.+)$")


def normal(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").strip().strip('"').casefold().split())


@dataclass
class Column:
    index: int
    header: str
    target: str  # a field, "given"/"family"... parts, "label" (of a numbered group), or "" (not imported)
    label: str = ""
    group: str = ""  # numbered Google groups and Outlook address places tie columns together


@dataclass
class Mapping:
    columns: list[Column] = field(default_factory=list)

    @classmethod
    def of(cls, header: list[str], *, own: list[str], chosen: dict[int, str] | None = None) -> Mapping:
        """Each column's field from its name; `chosen` (column index -> a CHOICES field, or "" for
        not imported) is what the officer set in the preview and wins over the name."""
        chosen = chosen or {}
        bad = [t for t in chosen.values() if t and t not in CHOICES]
        if bad:
            raise ImportFailed(0, f"a column cannot feed {bad[0]!r} (one of: {', '.join(CHOICES)})",
                               f"열을 {bad[0]!r}에 넣을 수 없습니다({', '.join(CHOICES)} 중 하나)")
        return cls([Column(i, h, chosen[i]) if i in chosen else _column(i, h, own) for i, h in enumerate(header)])

    def names_someone(self) -> bool:
        return any(c.target in ("name", "given", "family") for c in self.columns)

    def described(self) -> list[tuple[str, str]]:
        """(column header, the field it feeds or "" when not imported), for a preview."""
        return [(c.header, c.target if c.target != "label" else f"{c.group} type") for c in self.columns]

    def contact(self, line: int, row: list[str]) -> dict[str, Any]:
        got: dict[str, list[tuple[str, str]]] = {}
        labels = {c.group: row[c.index].strip() for c in self.columns if c.target == "label" and c.index < len(row)}
        places: dict[str, list[str]] = {}
        for c in self.columns:
            value = row[c.index].strip() if c.index < len(row) else ""
            if not value or c.target in ("", "label"):
                continue
            if c.target == "address_part":
                street = places.setdefault(c.group, [""] * 7)
                street[int(c.label)] = value.replace("\n", ", ")
                continue
            label = labels.get(c.group, c.label) if c.group else c.label
            got.setdefault(c.target, []).append((_clean_label(label), value))
        for place, cells in places.items():
            got.setdefault("address", []).append((ADDRESS_PLACES.get(place, place), ", ".join(p for p in cells if p)))
        return _item(line, got)


def _column(index: int, header: str, own: list[str]) -> Column:
    name = normal(header)
    if name in EXACT:
        return Column(index, header, *EXACT[name])
    numbered = _NUMBERED.match(name)
    if numbered:
        kind, number, part = numbered.groups()
        group = f"{kind} {number}"
        if part in ("type", "label"):
            return Column(index, header, "label", group=group)
        target = {"e-mail": "email", "phone": "phone", "address": "address", "website": "url"}.get(kind, "")
        if part in ("value", "formatted"):
            return Column(index, header, target, group=group)
        return Column(index, header, "")
    for place, _label in ADDRESS_PLACES.items():
        for part, position in ADDRESS_PARTS.items():
            if name in (f"{place} {part}", f"{place}{part}", f"{place} 주소 {part}"):
                return Column(index, header, "address_part", str(position), group=place)
    if any(w in name for w in ("phone", "fax", "전화", "휴대", "팩스", "mobile", "pager", "호출기")) and "type" not in name:
        words = [label for word, label in PHONE_WORDS.items() if word in name and label]
        return Column(index, header, "phone", " ".join(dict.fromkeys(words)) or ("fax" if "fax" in name else ""))
    if name in own:
        return Column(index, header, name)
    return Column(index, header, "")


def _clean_label(label: str) -> str:
    """Google writes "* Work" for the main one, "Work ::: Home" for several."""
    words = label.replace("*", " ").replace(":::", " ").lower().split()
    return " ".join(w for w in words if re.fullmatch(r"[a-z-]+", w) and w not in ("internet", "pref"))[:20]


def _item(line: int, got: dict[str, list[tuple[str, str]]]) -> dict[str, Any]:
    def one(target: str) -> str:
        return got[target][0][1] if target in got else ""

    item: dict[str, Any] = {"type": kinds.CONTACT.name}
    parts = [one("given"), one("middle"), one("family")]
    if EAST_ASIAN.search("".join(parts)):
        built = "".join([parts[2], parts[0], parts[1]])
    else:
        built = " ".join(p for p in parts if p)
    item["name"] = one("name") or built
    family, given = one("phonetic_family"), one("phonetic_given")
    if EAST_ASIAN.search(family + given):
        phonetic = family + given
    else:
        phonetic = " ".join(p for p in (given, family) if p)
    alt = one("name_alt") or phonetic
    emails: list[tuple[str, str]] = []
    for target in ("email", "emails"):
        for label, value in got.get(target, []):
            emails += [(label, v.strip()) for v in value.replace(";", ",").split(",") if v.strip()]
    notes = [v for _, v in got.get("notes", [])]
    # Outlook writes an Exchange mailbox as an X.500 path (/o=...): kept in the notes, not as an address
    mailable = [(label, v) for label, v in emails if not contact_points.split(v)[1].startswith("/")]
    notes += [f"E-mail ({label or 'other'}): {v}" for label, v in emails if (label, v) not in mailable]
    if mailable:
        item["email"] = contact_points.split(mailable[0][1])[1]
        item["emails"] = [_entry(label, v) for label, v in mailable[1:]]
    phones = [(label, v) for label, v in got.get("phone", [])]
    phones += [contact_points.split(p) for _, v in got.get("phones", []) for p in v.split(",") if p.strip()]
    if phones:
        item["phones"] = contact_points.phones_text(phones)
    addresses = [(label, v) for label, v in got.get("address", []) if v]
    if addresses:
        item["address"] = contact_points.join(*addresses[0])
        notes += [f"Address ({label or 'other'}): {v}" for label, v in addresses[1:]]
    urls = [v for _, v in got.get("url", [])]
    if urls:
        item["url"] = urls[0]
        notes += [f"Web: {u}" for u in urls[1:]]
    birthday = one("birthday") or _birthday_parts(one("birth_year"), one("birth_month"), one("birth_day"))
    if birthday.startswith("--"):
        notes.append(f"Birthday: {birthday}")
        birthday = ""
    if len(got.get("organization", [])) > 1:
        notes += [f"Organization: {v}" for _, v in got["organization"][1:]]
    for key, value in (("name_alt", alt), ("organization", one("organization")), ("department", one("department")),
                       ("position", one("position")), ("birthday", birthday), ("notes", "\n".join(notes)),
                       ("language", one("language")), ("id", one("id")), ("last_contacted", one("last_contacted")),
                       ("classification", one("classification"))):
        if value:
            item[key] = value
    # a card of a firm or a bare address is still someone to reach: it is named by what it has
    item["name"] = item["name"] or one("organization") or item.get("email", "")
    if not item["name"]:
        raise ImportFailed(line, "the row has no name (every name column is empty)", "행에 이름이 없습니다(이름 열이 모두 비어 있음)")
    return item


def _entry(label: str, value: str) -> str:
    own_label, address = contact_points.split(value)
    return contact_points.join(label or own_label, address)


def _birthday_parts(year: str, month: str, day: str) -> str:
    if not (month and day):
        return ""
    try:
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}" if year else f"--{int(month):02d}-{int(day):02d}"
    except ValueError:
        return ""
