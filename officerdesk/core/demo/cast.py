"""The cast of a demo post: organisations, their people, and the home-country companies."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from officerdesk.core.demo import phrases as ph
from officerdesk.core.demo import words as w
from officerdesk.core.ids import uuid7
from officerdesk.core.models import Company, Contact, Organization

LANGUAGE = {"us": "en", "cn": "zh", "jp": "ja", "eu": "en", "gva": "en", "ko": "ko"}


@dataclass(frozen=True)
class OrgRef:
    id: str
    name: str
    name_en: str
    short: str  # how Korean notes name it
    kind: str
    host: str
    locale: str


@dataclass(frozen=True)
class ContactRef:
    id: str
    name: str
    position: str


@dataclass(frozen=True)
class CompanyRef:
    id: str
    name_ko: str
    name_en: str
    sector: str
    products: list[tuple[str, str]]


@dataclass
class Cast:
    orgs: list[OrgRef]
    contacts: list[ContactRef]
    companies: list[CompanyRef]
    by_org: dict[str, list[ContactRef]]


def short_name(local: str, english: str, locale: str) -> str:
    if locale in ("cn", "jp") or re.search(r"[가-힣]", local):
        return local
    found = re.search(r"\(([^)]+)\)", english)
    return found.group(1) if found else english


def make_orgs(rng: random.Random, cast: Cast, code: str, n: int, base: dict[str, Any]) -> Iterator[Organization]:
    real = w.ORGS[code]
    locale = w.LOCALE[code]
    for i in range(n):
        if i < len(real):
            name, name_en, name_ko, kind, host = real[i]
            notes = rng.choice(["주요 협력 기관.", "정례 협의 대상 기관.", "Key counterpart; meets us quarterly.", "대표 연락 창구 확인 필요."])
            org_locale = "ko" if re.search(r"[가-힣]", name) else locale
        else:
            name, name_en, name_ko, kind, host, org_locale = _made_up_org(rng, locale, i)
            notes = rng.choice(["한국 기업 대리 경험 다수.", "Represents several Korean SMEs.", "현지 소송 경험 풍부.", "수임료 협의 가능."])
        ref = OrgRef(uuid7(), name, name_en, short_name(name, name_en, locale), kind, host, org_locale)
        cast.orgs.append(ref)
        yield Organization(id=ref.id, name=name, name_en=name_en, name_ko=name_ko, kind=kind, country=w.COUNTRY[locale],
                           website=f"https://www.{host}" if host else "", notes=notes, classification="public" if i < len(real) else "internal", **base)


def _made_up_org(rng: random.Random, locale: str, i: int) -> tuple[str, str, str, str, str, str]:
    pattern = rng.choice(w.FIRM_PATTERNS[locale])
    a, b = _surname(rng, locale), _surname(rng, locale)
    name = pattern.format(a=a[0], b=b[0], city=rng.choice(w.CN_CITIES), word=rng.choice(w.CN_WORDS))
    english = pattern.format(a=a[1], b=b[1], city="", word="").strip() if locale not in ("cn", "jp") else f"{a[1]} IP Firm {i}"
    if locale in ("cn", "jp"):
        english = f"{a[1]} & {b[1]} IP" if locale == "jp" else f"{a[1]} IP Law Firm"
    slug = re.sub(r"[^a-z]", "", english.lower())[:16] or f"firm{i}"
    return name, english, f"{english} 법률사무소", "law_firm", f"{slug}.example", locale


def _surname(rng: random.Random, locale: str) -> tuple[str, str]:
    if locale in w.PEOPLE:
        return rng.choice(w.PEOPLE[locale][0])
    last = rng.choice(w.WESTERN[locale][1])
    return last, last


def person(rng: random.Random, locale: str) -> tuple[str, str, str]:
    """(name as written locally, name in Latin letters or '', e-mail user part)."""
    if locale in w.PEOPLE:
        (sur, sur_r), (given, given_r) = rng.choice(w.PEOPLE[locale][0]), rng.choice(w.PEOPLE[locale][1])
        local = f"{sur} {given}" if locale == "jp" else f"{sur}{given}"
        latin = f"{sur_r} {given_r}" if locale == "cn" else f"{given_r} {sur_r}"
        return local, latin, f"{given_r}.{sur_r}"
    first, last = rng.choice(w.WESTERN[locale][0]), rng.choice(w.WESTERN[locale][1])
    return f"{first} {last}", "", f"{first[0]}.{last}"


def _ascii(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z.]", "", plain.lower())


def phone(rng: random.Random, locale: str, code: str) -> str:
    return w.PHONE[locale].format(
        a3=rng.choice(w.US_AREA.get(code, ["202"])), n2=f"{rng.randint(0, 99):02d}", n2b=f"{rng.randint(0, 99):02d}",
        n3=f"{rng.randint(200, 999)}", n4=f"{rng.randint(1000, 9999)}", n4b=f"{rng.randint(1000, 9999)}",
    )


def make_contacts(rng: random.Random, cast: Cast, locale: str, n: int, base: dict[str, Any], today: dt.date) -> Iterator[Contact]:
    code = next((c for c, loc in w.LOCALE.items() if loc == locale), "WAS")
    for i in range(n):
        org = cast.orgs[i % len(cast.orgs)] if cast.orgs and i < len(cast.orgs) else (rng.choice(cast.orgs) if cast.orgs else None)
        who = org.locale if org else locale
        local, latin, user = person(rng, who)
        gov = org is not None and org.kind in ("ip_office", "customs", "ministry", "court", "international_org")
        positions = w.POSITIONS[who]["gov" if gov else "other"]
        if org is not None and not gov:  # counsel at law firms; the rest at associations and schools
            positions = positions[:3] if org.kind == "law_firm" else positions[3:]
        position = rng.choice(positions)
        tld = (org.host.rsplit(".", 1)[-1] if org else "com").replace("example", "com")
        topic = rng.choice(ph.TOPICS[org.kind if org and org.kind in ph.TOPICS else "company"])
        notes = rng.choice([f"{topic[0]} 담당.", f"Point of contact for {topic[1]}.", f"{topic[0]} 관련 창구. 영어 소통 원활.",
                            f"{topic[0]} 담당. 통역 필요.", f"{rng.randint(1, 12)}월 인사이동 예정. 후임 확인 필요."])
        ref = ContactRef(uuid7(), local, position)
        cast.contacts.append(ref)
        if org:
            cast.by_org.setdefault(org.id, []).append(ref)
        contacted = today - dt.timedelta(days=rng.randint(0, 400)) if rng.random() < 0.8 else None
        phones = phone(rng, who, code) + (f", {phone(rng, who, code)}" if rng.random() < 0.25 else "")
        yield Contact(id=ref.id, name=local, name_alt=latin, position=position, organization_id=org.id if org else None,
                      email=f"{_ascii(user) or 'contact'}{i}@example.{tld}", phones=phones, language=LANGUAGE[who],
                      notes=notes, last_contacted=contacted, classification="internal", **base)


def make_companies(rng: random.Random, cast: Cast, locale: str, n: int, base: dict[str, Any]) -> Iterator[Company]:
    used: set[str] = set()
    prefixes = [("", ""), ("신", "Shin"), ("대한", "Daehan "), ("코리아", "Korea "), ("케이", "K-"), ("글로벌", "Global ")]
    for i in range(n):
        sector = rng.choice(list(w.SECTORS))
        label_ko, label_en, suffixes, products = w.SECTORS[sector]
        stem, suffix = rng.choice(w.COMPANY_STEMS), rng.choice(suffixes)
        name_ko, name_en = f"{stem[0]}{suffix[0]}", f"{stem[1]} {suffix[1]}"
        tries = 0
        while name_ko in used:
            pre = prefixes[tries % len(prefixes)] if tries < len(prefixes) else ("", "")
            name_ko, name_en = f"{pre[0]}{stem[0]}{suffix[0]}", f"{pre[1]}{stem[1]} {suffix[1]}"
            if tries >= len(prefixes):
                name_ko, name_en = f"{stem[0]}{suffix[0]} {i}", f"{stem[1]} {suffix[1]} {i}"
            tries += 1
        used.add(name_ko)
        size = rng.choices(["large", "mid", "small", "startup"], weights=[10, 20, 50, 20])[0]
        mine = rng.sample(products, min(2, len(products)))
        ref = CompanyRef(uuid7(), name_ko, name_en, sector, mine)
        cast.companies.append(ref)
        subsidiary = {"us": f"{name_en} America, Inc.", "cn": f"{name_en} (Shanghai) Co., Ltd.", "jp": f"{name_en} Japan株式会社",
                      "eu": f"{name_en} Europe GmbH", "gva": f"{name_en} Switzerland SA"}.get(locale, "")
        notes = (f"{label_ko} 분야 기업. 주요 제품은 {mine[0][0]}. {rng.randint(2005, 2025)}년 현지 진출."
                 if rng.random() < 0.7 else f"Works in {label_en.lower()}; main products: {mine[0][1]}.")
        yield Company(id=ref.id, name_ko=name_ko, name_en=name_en, business_number=f"{rng.randint(101, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
                      sector=label_ko, local_subsidiary=subsidiary if rng.random() < 0.6 else "", size=size, notes=notes,
                      classification="internal", **base)
