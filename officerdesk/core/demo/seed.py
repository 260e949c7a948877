"""Realistic, seeded, bilingual demo data for one post: the people, companies and work of a year.

The same seed (and the same `today`) gives the same records, text for text; ids and clock stamps
are made as for any new record. Sentences are put together from the fragments in
`demo_phrases.py`, so 200,000 records read like a busy post's files, not like filler text.
Everything is written through `bulk.BatchWriter`, which keeps the rows a normal edit makes.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import enums, kinds
from officerdesk.core.demo import phrases as ph
from officerdesk.core.demo import words as w
from officerdesk.core.demo.cast import (
    Cast,
    ContactRef,
    OrgRef,
    make_companies,
    make_contacts,
    make_orgs,
)
from officerdesk.core.demo.posts import POSTS
from officerdesk.core.ids import uuid7
from officerdesk.core.models import CompanyRequest, FollowUp, Meeting, TrendNote
from officerdesk.core.services import identity
from officerdesk.core.write.bulk import BatchWriter, CancelFlag, Move, Progress
from officerdesk.errors import ValidationError

# Share of each record type in a seeded profile.
SHARES: dict[str, float] = {
    kinds.ORGANIZATION.name: 0.03, kinds.CONTACT.name: 0.12, kinds.COMPANY.name: 0.06, kinds.COMPANY_REQUEST.name: 0.15,
    kinds.MEETING.name: 0.30, kinds.FOLLOW_UP.name: 0.22, kinds.TREND_NOTE.name: 0.12,
}
MAX_RECORDS = 1_000_000
# Which kinds of company requests come up in meetings with which authorities.
CASES_RAISED = {
    "ip_office": ("examination", "trademark_squatting", "patent_dispute"),
    "customs": ("customs", "counterfeit"),
    "court": ("patent_dispute", "trade_secret"),
    "ministry": ("policy_info", "trade_secret"),
}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


_JOSA = re.compile(r"([가-힣])(은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로)")
_PICK = {"은(는)": ("은", "는"), "이(가)": ("이", "가"), "을(를)": ("을", "를"), "과(와)": ("과", "와"), "(으)로": ("으로", "로")}


def josa(text: str) -> str:
    """'한빛전자은(는)' -> '한빛전자는': pick the particle after a Hangul word by its last sound."""
    def pick(m: re.Match[str]) -> str:
        syllable, both = m.group(1), _PICK[m.group(2)]
        final = (ord(syllable) - 0xAC00) % 28
        if both[0] == "으로":
            return syllable + ("로" if final in (0, 8) else "으로")
        return syllable + (both[0] if final else both[1])

    return _JOSA.sub(pick, text)


def plan(records: int) -> dict[str, int]:
    """How many of each type make `records` in all (every type present from 7 records on)."""
    counts = {k: int(records * share) for k, share in SHARES.items()}
    if records >= len(SHARES):
        for k in counts:
            counts[k] = max(counts[k], 1)
    orgs = min(10, records // 8)
    if counts[kinds.ORGANIZATION.name] < orgs:
        counts[kinds.MEETING.name] -= orgs - counts[kinds.ORGANIZATION.name]
        counts[kinds.ORGANIZATION.name] = orgs
    order = [kinds.MEETING.name, kinds.FOLLOW_UP.name, kinds.COMPANY_REQUEST.name, kinds.CONTACT.name, kinds.TREND_NOTE.name, kinds.COMPANY.name, kinds.ORGANIZATION.name]
    i = 0
    while sum(counts.values()) < records:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts.values()) > records:
        biggest = max(counts, key=lambda k: counts[k])
        counts[biggest] -= 1
    return counts


def prepare(session: Session, *, officer_name: str, post_code: str, language: str) -> bool:
    """The demo officer and post, made once; True while the demo records are still to be seeded
    (first use, or a first use whose seeding was cancelled: it wrote nothing)."""
    if identity.current(session) is None:
        identity.set_up(session, officer_name=officer_name, post_code=post_code, language=language)
    return session.scalar(select(Meeting.id).limit(1)) is None


def seed(
    session: Session,
    *,
    post_code: str,
    records: int,
    seed: int,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    today: dt.date | None = None,
) -> dict[str, int]:
    """Add `records` demo records to the post `post_code` (created if missing); returns counts."""
    code = post_code.upper()
    if code not in POSTS or code == "HQ":
        choices = ", ".join(c for c in POSTS if c != "HQ")
        raise ValidationError("post", f"{post_code!r} is not a demo post ({choices})", f"{post_code!r}은(는) 데모 공관이 아닙니다({choices})")
    if not 0 <= records <= MAX_RECORDS:
        raise ValidationError("records", f"must be between 0 and {MAX_RECORDS:,}", f"0에서 {MAX_RECORDS:,} 사이여야 합니다")
    post = identity.ensure_post(session, code=code, **POSTS[code])
    ident = identity.current(session)
    officer_id = ident.officer_id if ident and ident.post_id == post.id else ""
    officer = ident.officer_name if ident else ""
    story = Story(random.Random(f"{seed}:{code}"), code, post.id, officer_id, officer, today or dt.date.today())
    writer = BatchWriter(session, total=records, progress=progress, cancel=cancel, message="demo data")
    story.write(writer, plan(records))
    return writer.close()


@dataclass
class Story:
    """One post's year, told record by record."""

    rng: random.Random
    code: str
    post_id: str
    officer_id: str
    officer: str
    today: dt.date
    cast: Cast = field(init=False)
    meetings: list[tuple[str, dt.date, int]] = field(default_factory=list)  # id, date, org index
    requests: list[tuple[str, dt.date, int]] = field(default_factory=list)  # id, date, company index
    by_company: dict[int, list[str]] = field(default_factory=dict)
    by_category: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # request id, company index

    def __post_init__(self) -> None:
        self.locale = w.LOCALE[self.code]
        self.tz = ZoneInfo(POSTS[self.code]["tz"])
        self.english = 0.35 if self.locale in ("us", "eu", "gva") else 0.2

    def write(self, writer: BatchWriter, counts: dict[str, int]) -> None:
        rng, base = self.rng, {"post_id": self.post_id}
        self.cast = Cast([], [], [], {})
        for org in make_orgs(rng, self.cast, self.code, counts[kinds.ORGANIZATION.name], base):
            writer.add(org)
        for contact in make_contacts(rng, self.cast, self.locale, counts[kinds.CONTACT.name], base, self.today):
            writer.add(contact)
        for company in make_companies(rng, self.cast, self.locale, counts[kinds.COMPANY.name], base):
            writer.add(company)
        for _ in range(counts[kinds.COMPANY_REQUEST.name]):
            request, moves = self.request()
            writer.add(request, moves)
        for _ in range(counts[kinds.MEETING.name]):
            writer.add(self.meeting())
        for _ in range(counts[kinds.FOLLOW_UP.name]):
            writer.add(self.follow_up())
        for _ in range(counts[kinds.TREND_NOTE.name]):
            writer.add(self.trend_note())

    # -- shared pieces -------------------------------------------------------------------------

    def classification(self, restricted: float = 0.04) -> str:
        roll = self.rng.random()
        return "restricted" if roll < restricted else "public" if roll > 0.85 else "internal"

    def day(self, back: int, ahead: int = 0) -> dt.date:
        return self.today + dt.timedelta(days=self.rng.randint(-back, ahead))

    def slots(self, org: OrgRef | None = None, contact: ContactRef | None = None, company: int | None = None) -> dict[str, Any]:
        rng, cast = self.rng, self.cast
        org = org or (rng.choice(cast.orgs) if cast.orgs else None)
        contact = contact or (rng.choice(cast.contacts) if cast.contacts else None)
        comp = cast.companies[company if company is not None else rng.randrange(len(cast.companies))] if cast.companies else None
        product = rng.choice(comp.products) if comp else ("제품", "products")
        category = rng.choice(list(enums.CATEGORY))
        topic = rng.choice(ph.TOPICS[org.kind if org and org.kind in ph.TOPICS else "company"])
        month, month2 = rng.randint(1, 12), rng.randint(1, 12)
        sector = w.SECTORS[comp.sector] if comp else w.SECTORS["cosmetics"]
        return {
            "org": org.short if org else "현지 기관", "org_en": org.name_en if org else "the local authority",
            "contact": contact.name if contact else "담당자", "pos": contact.position if contact else "",
            "company": comp.name_ko if comp else "한국 기업", "company_en": comp.name_en if comp else "a Korean company",
            "product": product[0], "product_en": product[1], "platform": rng.choice(w.PLATFORMS[self.locale]),
            "sector": sector[0], "sector_en": sector[1] if sector[1].startswith("K-") else sector[1].lower(), "Sector_en": sector[1], "topic": topic[0], "topic_en": topic[1],
            "category": enums.label(enums.CATEGORY, category, "ko"), "category_en": enums.label(enums.CATEGORY, category).lower(),
            "n": rng.randint(2, 9), "m": rng.randint(12, 480), "pct": rng.randint(5, 60), "month": month, "month_en": MONTHS_EN[month - 1],
            "month2": month2, "month2_en": MONTHS_EN[month2 - 1], "court": rng.choice(ph.COURTS[self.locale]),
            "country": POSTS[self.code]["name_ko"].split()[0].removeprefix("주"), "country_en": w.COUNTRY[self.locale],
            "deadline": (self.today + dt.timedelta(days=rng.randint(7, 90))).isoformat(),
        }

    def say(self, pairs: list[ph.Pair], slots: dict[str, Any], en: bool) -> str:
        return josa(self.rng.choice(pairs)[1 if en else 0].format_map(slots))

    def say_some(self, pairs: list[ph.Pair], slots: dict[str, Any], en: bool, k: int) -> list[str]:
        return [josa(p[1 if en else 0].format_map(slots)) for p in self.rng.sample(pairs, min(k, len(pairs)))]

    # -- company requests ----------------------------------------------------------------------

    def request(self) -> tuple[CompanyRequest, list[Move]]:
        rng = self.rng
        company = rng.randrange(len(self.cast.companies)) if self.cast.companies else None
        category = rng.choices(list(ph.REQUEST_TITLES), weights=[14, 14, 18, 10, 6, 12, 10, 8, 3])[0]
        s, en = self.slots(company=company), rng.random() < self.english
        received = self.day(720)
        s["deadline"] = (received + dt.timedelta(days=rng.randint(14, 90))).isoformat()
        moves = self.moves(received)
        final = moves[-1][0] if moves else "received"
        details = " ".join([*self.say_some(ph.REQUEST_FACTS[category], s, en, 2), self.say(ph.REQUEST_ASKS, s, en)])
        resolved = self.say(ph.RESOLVED.get(category, ph.RESOLVED_DEFAULT), s, en)
        outcome = {"resolved": resolved, "closed": f"{resolved} {self.say(ph.OUTCOMES['closed'], s, en)}"}.get(final, "")
        outcome = outcome or (self.say(ph.OUTCOMES[final], s, en) if final in ph.OUTCOMES else "")
        request = CompanyRequest(
            id=uuid7(), post_id=self.post_id, classification=self.classification(0.5 if category == "trade_secret" else 0.03),
            company_id=self.cast.companies[company].id if company is not None else None, category=category,
            title=self.say(ph.REQUEST_TITLES[category], s, en), details=details, received=received,
            due=received + dt.timedelta(days=rng.choice([14, 30, 30, 60, 90])),
            priority=rng.choices(list(enums.PRIORITY), weights=[15, 50, 27, 8])[0],
            assignee_id=self.officer_id or None, outcome=outcome,
            contact_ids=[c.id for c in rng.sample(self.cast.contacts, min(len(self.cast.contacts), rng.randint(0, 2)))],
            tags=[category.replace("_", "-")] + ([s["sector_en"].lower()] if rng.random() < 0.5 else []),
        )
        self.requests.append((request.id, received, company if company is not None else -1))
        self.by_company.setdefault(company if company is not None else -1, []).append(request.id)
        self.by_category.setdefault(category, []).append((request.id, company if company is not None else -1))
        return request, moves

    def moves(self, received: dt.date) -> list[Move]:
        """A legal walk through the workflow; older requests have got further."""
        rng, age = self.rng, (self.today - received).days
        if age < 10:
            steps = rng.choice([[], ["reviewing"]])
        elif age < 60:
            steps = rng.choice([["reviewing"], ["reviewing", "in_progress"], ["reviewing", "escalated"], ["rejected"], ["reviewing", "duplicate"]])
        else:
            steps = rng.choice([
                ["reviewing", "in_progress", "resolved", "closed"], ["reviewing", "in_progress", "resolved"],
                ["reviewing", "escalated", "in_progress", "resolved", "closed"], ["reviewing", "in_progress"],
                ["reviewing", "in_progress", "escalated", "resolved", "closed"], ["reviewing", "rejected"],
                ["reviewing", "in_progress", "resolved", "in_progress", "resolved", "closed"], ["duplicate"],
            ])
        notes = {"reviewing": "담당자 배정, 검토 착수", "in_progress": "현지 기관 협조 요청", "escalated": "본부 지원 필요",
                 "resolved": "조치 완료", "closed": "기업 통보 후 종결", "rejected": "지원 대상 아님", "duplicate": "기존 건과 병합"}
        when = dt.datetime.combine(received, dt.time(9)) + dt.timedelta(hours=rng.randint(1, 8))
        out: list[Move] = []
        for step in steps:
            when += dt.timedelta(days=rng.randint(1, max(2, age // (len(steps) + 1))), minutes=rng.randint(0, 600))
            out.append((step, min(when, dt.datetime.combine(self.today, dt.time(23))), notes[step]))
        return out

    # -- meetings, follow-ups, trend notes -----------------------------------------------------

    def meeting(self) -> Meeting:
        rng, cast = self.rng, self.cast
        real = min(len(cast.orgs), len(w.ORGS[self.code]))  # the real authorities come up most often
        org_i = rng.randrange(real if real and rng.random() < 0.6 else len(cast.orgs)) if cast.orgs else -1
        org = cast.orgs[org_i] if org_i >= 0 else None
        kind = rng.choices([org.kind if org else "other", "company", "hq_conference"], weights=[70, 22, 8])[0]
        kind = kind if kind in enums.MEETING_KIND else "other"
        people = cast.by_org.get(org.id, []) if org else []
        attendees = rng.sample(people, min(len(people), rng.randint(1, 3))) if people and kind not in ("company", "hq_conference") else []
        contact = attendees[0] if attendees else None
        company = rng.randrange(len(cast.companies)) if cast.companies else None
        case = self.case_for(kind)
        if case is not None and case[1] >= 0:
            company = case[1]  # the notes speak of the company whose case was raised
        s, en = self.slots(org=org, contact=contact, company=company), rng.random() < self.english
        topic = rng.choice(ph.TOPICS.get(kind, ph.TOPICS["company"]))
        s.update(topic=topic[0], topic_en=topic[1])
        day = self.day(540, 30)
        local = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 10, 11, 14, 14, 15, 16]), rng.choice([0, 0, 30])), self.tz)
        starts = local.astimezone(dt.UTC).replace(tzinfo=None)
        online = kind == "hq_conference" or rng.random() < 0.2
        if kind in ("company", "hq_conference"):
            body = self.say_some(ph.NOTE_COMPANY if kind == "company" else ph.NOTE_HQ, s, en, 3)
        else:
            body = [self.say(ph.NOTE_OPENERS, s, en), *self.say_some(ph.NOTE_THEIRS, s, en, 2), self.say(ph.NOTE_OURS, s, en)]
        notes = [*body, self.say(ph.NOTE_CLOSERS, s, en)]
        decisions = self.say_some(ph.DECISIONS, s, en, rng.randint(1, 3))
        other = rng.choice(ph.TOPICS.get(kind, ph.TOPICS["company"]))[1 if en else 0]
        agenda = [topic[1 if en else 0], other, "AOB" if en else "기타 협력 사항"]
        related = self.by_company.get(company if company is not None else -1, [])[:2] if kind == "company" else []
        if case is not None:
            related = [case[0]]
        meeting = Meeting(
            id=uuid7(), post_id=self.post_id, classification=self.classification(), title=self.meeting_title(kind, s, en),
            kind=kind, starts_at=starts, ends_at=starts + dt.timedelta(minutes=rng.choice([60, 60, 90, 120])),
            tz=str(self.tz), location=self.location(kind, org, online), online=online,
            contact_ids=[c.id for c in attendees], officer_ids=[self.officer_id] if self.officer_id else [],
            agenda="\n".join(f"{i}. {a}" for i, a in enumerate(dict.fromkeys(agenda), 1)),
            notes="\n".join(notes), decisions="\n".join(f"- {d}" for d in decisions),
            request_ids=related, tags=[kind.replace("_", "-")],
        )
        self.meetings.append((meeting.id, day, org_i))
        return meeting

    def case_for(self, kind: str) -> tuple[str, int] | None:
        """Now and then an authority meeting takes up a company's case of the matching kind."""
        categories = CASES_RAISED.get(kind, ())
        if not categories or self.rng.random() > 0.3:
            return None
        pool = self.by_category.get(self.rng.choice(categories), [])
        return self.rng.choice(pool) if pool else None

    def meeting_title(self, kind: str, s: dict[str, Any], en: bool) -> str:
        if kind == "hq_conference":
            pattern = "HQ video conference: {topic_en}" if en else "본부 화상회의: {topic}"
        elif kind == "company":
            pattern = self.rng.choice(["Roundtable with Korean {sector_en} companies", "Consultation with {company_en}"] if en
                                      else ["{company} 간담회", "{sector} 업계 간담회", "{company} 애로 상담"])
        else:
            pattern = self.rng.choice(["Meeting with {org_en}", "{org_en}: talks on {topic_en}", "Call with {contact}, {org_en}"] if en
                                      else ["{org} 면담", "{org} 실무 협의", "{org} {topic} 협의", "{org} 정례 협의회"])
        return josa(pattern.format_map(s))[:500]

    def location(self, kind: str, org: OrgRef | None, online: bool) -> str:
        if online:
            return self.rng.choice(["Zoom", "Webex", "Microsoft Teams"])
        if kind in ("company", "hq_conference") or org is None or self.rng.random() < 0.3:
            return f"{POSTS[self.code]['name_ko']} 회의실"
        return f"{org.name}, {POSTS[self.code]['city']}"

    def follow_up(self) -> FollowUp:
        rng = self.rng
        on_meeting = bool(self.meetings) and (not self.requests or rng.random() < 0.65)
        if on_meeting:
            m_id, start, org_i = rng.choice(self.meetings)
            s = self.slots(org=self.cast.orgs[org_i] if org_i >= 0 else None)
        elif self.requests:
            r_id, start, comp_i = rng.choice(self.requests)
            s = self.slots(company=comp_i if comp_i >= 0 else None)
        else:
            start, s = self.day(300), self.slots()
        due = start + dt.timedelta(days=rng.randint(5, 45))
        return FollowUp(
            id=uuid7(), post_id=self.post_id, classification=self.classification(),
            text=self.say(ph.FOLLOW_UPS, s, rng.random() < self.english), owner=self.officer or "특허관",
            due=due, done=due < self.today and rng.random() < 0.85,
            meeting_id=m_id if on_meeting else None, request_id=r_id if not on_meeting and self.requests else None,
        )

    def trend_note(self) -> TrendNote:
        rng = self.rng
        mine = w.COUNTRY_CODE[self.locale]
        themes = [t for t in ph.TRENDS if t[1] == "*" or mine in t[1].split(",")] or ph.TRENDS
        topic, country, title, summary, implications, source = rng.choice(themes if rng.random() < 0.75 else ph.TRENDS)
        real = self.cast.orgs[: len(w.ORGS[self.code])]
        s, en = self.slots(org=rng.choice(real) if real else None), rng.random() < self.english
        when = self.day(720)
        lang = 1 if en else 0
        suffix = f" ({when.year} Q{(when.month - 1) // 3 + 1})" if en else f" ({when.year}년 {when.month}월)"
        return TrendNote(
            id=uuid7(), post_id=self.post_id, classification=self.classification(0.02), title=(title[lang].format_map(s) + suffix)[:500],
            topic=topic, country=mine if country == "*" or mine in country.split(",") else country.split(",")[0], source=f"{source}, {when.isoformat()}",
            summary=summary[lang].format_map(s) + " " + self.say(ph.TREND_EXTRA, s, en),
            implications=implications[lang].format_map(s), date=when, tags=[topic],
        )
