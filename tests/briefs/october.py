"""A post's October 2026 (and a little of another post's), written through the real services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from officerdesk.core.demo.posts import POSTS
from officerdesk.core.models import StatusChange
from officerdesk.core.services import identity, records, requests

MIXED = "中华人民共和国国家知识产权局 · 特許庁の審査 · 한국 특허청 · WIPO"


@dataclass
class Seeded:
    post_id: str
    ids: dict[str, str] = field(default_factory=dict)


def _make(s: Any, post_id: str, record_type: str, **values: Any) -> str:
    return records.create(s, record_type, post_id=post_id, values=values).id


def _history(s: Any, request_id: str, moves: list[tuple[str, dt.datetime, str]]) -> None:
    for to_status, at, note in moves:
        requests.transition(s, request_id, to_status, note=note)
        change = s.scalars(
            select(StatusChange).where(StatusChange.request_id == request_id).order_by(StatusChange.created_hlc.desc())
        ).first()
        change.at = at  # the history as it happened in October, not as written by the test today
    s.flush()


def seed_october(s: Any) -> Seeded:
    post_id = identity.require(s).post_id
    out = Seeded(post_id)
    ids = out.ids
    ids["uspto"] = _make(s, post_id, "organization", name="United States Patent and Trademark Office", name_ko="미국 특허상표청", kind="ip_office", country="United States", website="https://www.uspto.gov", classification="public")
    ids["cnipa"] = _make(s, post_id, "organization", name="中华人民共和国国家知识产权局", name_en="CNIPA", kind="ip_office", country="China")
    ids["secret_org"] = _make(s, post_id, "organization", name="SECRET-ORG-NAME", kind="other", classification="restricted")
    ids["vidal"] = _make(s, post_id, "contact", name="Kathi Vidal", position="Director", organization_id=ids["uspto"], email="director@uspto.example", classification="public")
    ids["wang"] = _make(s, post_id, "contact", name="王小明", name_alt="Wang Xiaoming", position="处长", organization_id=ids["cnipa"], phones="+86 10 6208 0000")
    ids["tanaka"] = _make(s, post_id, "contact", name="田中 太郎", name_alt="たなか たろう", position="審査官")
    ids["hidden"] = _make(s, post_id, "contact", name="HIDDEN-CONTACT-NAME", classification="restricted")
    ids["hanbit"] = _make(s, post_id, "company", name_ko="한빛전자", name_en="Hanbit Electronics", sector="반도체", size="mid", local_subsidiary="Hanbit America Inc.")
    ids["req1"] = _make(s, post_id, "company_request", title="Trademark squatting of HANBIT in Texas", company_id=ids["hanbit"], category="trademark_squatting", received="2026-10-02", due="2026-10-20", priority="high", details="A local distributor filed HANBIT <b>marks</b> & logos.\n\nSecond paragraph: " + MIXED, contact_ids=[ids["vidal"]])
    ids["req2"] = _make(s, post_id, "company_request", title="Customs seizure of counterfeit chargers", company_id=ids["hanbit"], category="counterfeit", received="2026-10-09", due="2026-11-30")
    ids["req3"] = _make(s, post_id, "company_request", title="Slow examination of battery patent", category="examination", received="2026-10-15", due="2026-10-25")
    ids["req_secret"] = _make(s, post_id, "company_request", title="RESTRICTED-REQUEST-TITLE", category="trade_secret", received="2026-10-20", classification="restricted")
    ids["req_sept"] = _make(s, post_id, "company_request", title="September request", category="legal_advice", received="2026-09-10", due="2026-09-30")
    _history(s, ids["req1"], [
        ("reviewing", dt.datetime(2026, 10, 3, 9), "Checked the filings"),
        ("in_progress", dt.datetime(2026, 10, 6, 14), "Letter to USPTO"),
        ("resolved", dt.datetime(2026, 10, 28, 10), "Opposition filed and accepted"),
    ])
    _history(s, ids["req_sept"], [("reviewing", dt.datetime(2026, 9, 12), ""), ("in_progress", dt.datetime(2026, 9, 20), ""), ("resolved", dt.datetime(2026, 10, 5), "")])
    records.update(s, "company_request", ids["req1"], {"outcome": "The squatted marks were withdrawn on 28 October."})
    ids["m1"] = _make(s, post_id, "meeting", title="Meeting with USPTO on bad-faith filings", kind="ip_office", starts_at="2026-10-06T14:00:00", ends_at="2026-10-06T15:30:00", tz="America/New_York", location="USPTO, Alexandria", contact_ids=[ids["vidal"], ids["wang"], ids["hidden"]], agenda="1. Bad-faith trademark filings\n2. Data exchange", notes="Discussed <script> & R&D cooperation.\n" + MIXED, decisions="Monthly contact point agreed.", request_ids=[ids["req1"]], tags=["trademark", "USPTO"])
    ids["m2"] = _make(s, post_id, "meeting", title="Korean companies' association roundtable", kind="association", starts_at="2026-10-14T18:00:00", location="Washington")
    ids["m_secret"] = _make(s, post_id, "meeting", title="RESTRICTED-MEETING-TITLE", kind="ministry", starts_at="2026-10-21T10:00:00", classification="restricted", notes="RESTRICTED-MEETING-NOTES")
    ids["m_nov"] = _make(s, post_id, "meeting", title="November meeting", kind="court", starts_at="2026-11-02T10:00:00")
    ids["f1"] = _make(s, post_id, "follow_up", text="Send the filing list to USPTO", owner="김민수", due="2026-10-10", meeting_id=ids["m1"], done=True)
    ids["f2"] = _make(s, post_id, "follow_up", text="Report the opposition to HQ", owner="김민수", due="2026-10-30", request_id=ids["req1"])
    ids["f_secret"] = _make(s, post_id, "follow_up", text="RESTRICTED-FOLLOW-UP", due="2026-10-12", meeting_id=ids["m1"], classification="restricted")
    ids["t1"] = _make(s, post_id, "trend_note", title="USPTO fee changes", topic="Fees", date="2026-10-05", source="Federal Register", summary="New fees from January.", implications="Companies should file before the change.")
    ids["t2"] = _make(s, post_id, "trend_note", title="AI inventorship guidance", topic="AI", date="2026-10-12", summary="Guidance on AI-assisted inventions.\n" + MIXED, implications="Keep records of human contribution.")
    ids["t3"] = _make(s, post_id, "trend_note", title="RESTRICTED-TREND-TITLE", topic="AI", date="2026-10-18", classification="restricted")
    tyo = identity.ensure_post(s, code="TYO", **POSTS["TYO"])
    ids["tyo_req"] = _make(s, tyo.id, "company_request", title="模倣品の税関差止め", category="customs", received="2026-10-07")
    ids["tyo_req2"] = _make(s, tyo.id, "company_request", title="JPO 심사 지연", category="examination", received="2026-10-19")
    ids["tyo_meeting"] = _make(s, tyo.id, "meeting", title="特許庁との協議", kind="ip_office", starts_at="2026-10-08T01:00:00", tz="Asia/Tokyo")
    s.flush()
    return out
