"""The handover brief (인수인계서) in both languages, as PDF and as Word: the departing officer's
open requests with their state and next step, follow-ups with due dates, key contacts with the
meetings held with them, negotiations under way and the trends to watch; closed work, others'
work and restricted records stay out."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document as read_docx
from pdfcheck import pages_text, squash

from officerdesk import briefs
from officerdesk.core.report_dto import BriefOptions, HandoverBrief
from officerdesk.core.services import identity, records, reports

NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)
SHOWN = ["Customs seizure of counterfeit chargers", "Ask CBP for the seizure record",
         "Report the opposition to HQ", "Kathi Vidal", "王小明", "Meeting with USPTO on bad-faith filings",
         "Monthly contact point agreed.", "AI inventorship guidance", "Keep records of human contribution.", "이영희"]
LEFT_OUT = ["Slow examination of battery patent", "Trademark squatting of HANBIT in Texas", "Send the filing list to USPTO", "RESTRICTED-", "HIDDEN-CONTACT-NAME"]
LABELS = {
    "ko": ["업무 인수인계서", "인계자", "인수자", "진행 중인 기업 애로", "다음 조치", "진행 중인 협의", "주시할 동향", "주요 인사",
           "2026. 10. 30."],
    "en": ["Handover Brief", "Handed over by", "Taken over by", "Open company requests", "Next step",
           "Negotiations under way", "Trends to watch", "Key contacts", "30 Oct 2026"],
}


@pytest.fixture
def handover(seeded) -> HandoverBrief:  # type: ignore[no-untyped-def]
    store, data = seeded
    ids = data.ids
    with store.session_factory.begin() as s:
        me = identity.require(s)
        lee = records.create(s, "officer", post_id=me.post_id, values={"name": "이영희"}).id
        records.create(s, "follow_up", post_id=me.post_id, values={
            "text": "Ask CBP for the seizure record", "owner": "김민수", "due": "2026-11-10", "request_id": ids["req2"]})
        for key in ("req1", "req2", "req_secret"):  # req1 is resolved: closed work stays with its history
            records.update(s, "company_request", ids[key], {"assignee_id": me.officer_id})
        records.update(s, "company_request", ids["req3"], {"assignee_id": lee})  # a colleague's: not handed over
        for key in ("m1", "m2", "m_secret"):
            records.update(s, "meeting", ids[key], {"officer_ids": [me.officer_id]})
        return reports.handover_brief(s, successor_id=lee, now=NOW)


def test_the_handover_brief_gathers_the_departing_officers_open_work(handover: HandoverBrief) -> None:
    b = handover
    assert b.officer == "김민수" and b.successor == "이영희"
    assert [c.request.title for c in b.cases] == ["Customs seizure of counterfeit chargers"]
    assert b.cases[0].next_step == "Ask CBP for the seizure record" and b.cases[0].next_due == dt.date(2026, 11, 10)
    # by due date; the done one stays out
    assert [f.text for f in b.follow_ups] == ["Report the opposition to HQ", "Ask CBP for the seizure record"]
    vidal = next(k for k in b.contacts if k.contact.name == "Kathi Vidal")
    assert [m.title for m in vidal.meetings] == ["Meeting with USPTO on bad-faith filings"]
    assert [m.title for m in b.negotiations] == ["Meeting with USPTO on bad-faith filings"]  # an association is not one
    assert "AI inventorship guidance" in [t.title for t in b.trends]
    assert b.heading.omitted_restricted >= 2


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_handover_brief_builds_as_pdf_and_word_in_both_languages(handover: HandoverBrief, lang: str) -> None:
    options = BriefOptions(language=lang)
    pdf_text = squash("\n".join(pages_text(briefs.build("handover", handover, options))))
    word = read_docx(io.BytesIO(briefs.build("handover", handover, options, fmt="docx")))
    word_text = squash("\n".join([p.text for p in word.paragraphs]
                                 + [c.text for t in word.tables for r in t.rows for c in r.cells]))
    summary = briefs.prefill("handover", handover, lang)
    assert "1" in summary.overview and "이영희" in summary.overview
    for text in (pdf_text, word_text):
        for phrase in [*SHOWN, *LABELS[lang], summary.overview.splitlines()[0]]:
            assert squash(phrase) in text, phrase
        for secret in LEFT_OUT:
            assert secret not in text, secret
