"""Every word a brief prints, one table per language; enum labels come from core/enums.py."""

from __future__ import annotations

import datetime as dt

from officerdesk.briefs import wording
from officerdesk.core import enums, timepolicy
from officerdesk.core.report_dto import Period

KO: dict[str, str] = {
    "brief.meeting": "회의 결과 보고",
    "brief.case": "기업 애로 처리 보고",
    "brief.activity": "공관 활동 보고",
    "brief.trends": "동향 보고",
    "brief.contacts": "주요 인사 연락처",
    "brief.rollup": "공관별 활동 종합",
    "brief.handover": "업무 인수인계서",
    "ho.departing": "인계자", "ho.successor": "인수자", "ho.open_requests": "진행 중인 기업 애로",
    "ho.next_step": "다음 조치", "ho.negotiations": "진행 중인 협의", "ho.trends": "주시할 동향",
    "ho.key_contacts": "주요 인사", "ho.meetings_n": "면담",
    "post": "공관", "period": "기간", "as_of": "기준일", "meeting_date": "회의일", "hq": "본부", "author": "작성", "generated": "작성 일시",
    "classification": "보안 등급", "page": "{x} / {y} 쪽", "all_periods": "전체 기간",
    "omitted": "대외비 {n}건 제외", "omitted_note": "대외비 포함을 선택하지 않아 해당 기록의 내용은 싣지 않았습니다. 집계 수치에는 포함되어 있습니다.",
    "omitted_note_records": "대외비 포함을 선택하지 않아 해당 기록은 싣지 않았습니다.",
    "included_note": "이 보고서에는 작성자가 확인한 대외비 기록이 포함되어 있습니다.",
    "meeting_details": "회의 정보", "case_details": "사안 정보", "attendees": "참석자", "agenda": "안건", "discussion": "논의 내용",
    "decisions": "결정 사항", "follow_ups": "후속 조치", "linked_requests": "관련 기업 애로",
    "when": "일시", "where": "장소", "online": "온라인", "kind": "유형", "tags": "태그",
    "officers": "우리 측", "name": "성명", "position": "직위", "organization": "소속",
    "contact_details": "연락처", "email": "이메일", "phones": "전화", "language": "언어",
    "last_contacted": "최근 연락", "notes": "비고",
    "text": "내용", "owner": "담당", "due": "기한", "done": "완료", "open": "진행 중",
    "yes": "예", "no": "아니오", "none": "없음",
    "company": "기업", "category": "유형", "priority": "중요도", "status": "상태",
    "received": "접수일", "assignee": "담당관", "escalated": "본부 이관", "details": "애로 내용",
    "outcome": "처리 결과", "no_outcome": "아직 처리 결과가 기록되지 않았습니다.",
    "timeline": "처리 경과", "date": "일자", "from_status": "이전 상태", "to_status": "변경 상태",
    "note": "메모", "linked_meetings": "관련 회의", "contacts_involved": "관련 인사",
    "sector": "업종", "business_number": "사업자등록번호", "subsidiary": "현지 법인", "size": "규모",
    "title": "제목", "summary": "요약",
    "key_figures": "주요 수치", "by_category": "유형별 접수 현황", "by_status": "처리 상태별 현황",
    "meetings_held": "개최 회의", "requests_opened": "신규 접수", "requests_closed": "처리 완료",
    "requests_overdue": "기한 경과", "requests_open": "진행 중 요청", "follow_ups_due": "기한 도래 후속 조치",
    "follow_ups_done": "완료된 후속 조치", "trend_notes": "동향 보고", "count": "건수", "share": "비율",
    "overdue_list": "기한 경과 요청", "opened_list": "신규 접수 요청", "figures_note": "집계 기간 {start} ~ {end} · 기한 경과는 {as_of} 기준 미종결 건",
    "by_meeting_kind": "회의 유형별", "topic": "주제", "implications": "시사점", "source": "출처",
    "country": "국가", "general_topic": "기타 주제", "website": "웹사이트",
    "no_organization": "소속 기관 미지정", "organizations": "기관 수", "contacts_count": "인사 수",
    "posts": "공관", "total": "합계", "figure": "항목", "comparison": "공관별 비교",
    "rollup_chart": "공관별 신규 접수·처리 완료·개최 회의",
    "nothing": "해당 기간에 기록이 없습니다.", "units": "건", "weekday": "월화수목금토일",
    "contents": "목차",
}

EN: dict[str, str] = {
    "brief.meeting": "Meeting Brief",
    "brief.case": "Case Report",
    "brief.activity": "Activity Report",
    "brief.trends": "Trend Brief",
    "brief.contacts": "Contact Sheet",
    "brief.rollup": "HQ Roll-up: Activity by Post",
    "brief.handover": "Handover Brief",
    "ho.departing": "Handed over by", "ho.successor": "Taken over by", "ho.open_requests": "Open company requests",
    "ho.next_step": "Next step", "ho.negotiations": "Negotiations under way", "ho.trends": "Trends to watch",
    "ho.key_contacts": "Key contacts", "ho.meetings_n": "Meetings",
    "post": "Post", "period": "Period", "as_of": "As of", "meeting_date": "Meeting date", "hq": "Headquarters", "author": "Author", "generated": "Generated",
    "classification": "Classification", "page": "Page {x} of {y}", "all_periods": "All dates",
    "omitted": "{n} restricted record(s) left out", "omitted_note": "Restricted content was not included, so these records are not listed; they are still counted in the figures.",
    "omitted_note_records": "Restricted content was not included, so these records are not shown.",
    "included_note": "This brief includes restricted records, as confirmed by its author.",
    "meeting_details": "Meeting details", "case_details": "Case details", "attendees": "Attendees", "agenda": "Agenda", "discussion": "Discussion",
    "decisions": "Decisions", "follow_ups": "Follow-ups", "linked_requests": "Related company requests",
    "when": "When", "where": "Where", "online": "Online", "kind": "Kind", "tags": "Tags",
    "officers": "Our side", "name": "Name", "position": "Position", "organization": "Organization",
    "contact_details": "Contact", "email": "Email", "phones": "Phone", "language": "Language",
    "last_contacted": "Last contacted", "notes": "Notes",
    "text": "Action", "owner": "Owner", "due": "Due", "done": "Done", "open": "Open",
    "yes": "Yes", "no": "No", "none": "None",
    "company": "Company", "category": "Category", "priority": "Priority", "status": "Status",
    "received": "Received", "assignee": "Officer", "escalated": "Escalated to HQ", "details": "The difficulty",
    "outcome": "Outcome", "no_outcome": "No outcome has been recorded yet.",
    "timeline": "Timeline", "date": "Date", "from_status": "From", "to_status": "To",
    "note": "Note", "linked_meetings": "Related meetings", "contacts_involved": "People involved",
    "sector": "Sector", "business_number": "Business number", "subsidiary": "Local subsidiary", "size": "Size",
    "title": "Title", "summary": "Summary",
    "key_figures": "Key figures", "by_category": "Requests received by category", "by_status": "Requests by status",
    "meetings_held": "Meetings held", "requests_opened": "Requests received", "requests_closed": "Requests closed",
    "requests_overdue": "Requests overdue", "requests_open": "Requests open", "follow_ups_due": "Follow-ups due",
    "follow_ups_done": "Follow-ups done", "trend_notes": "Trend notes", "count": "Count", "share": "Share",
    "overdue_list": "Overdue requests", "opened_list": "Requests received", "figures_note": "Counted from {start} to {end}. Overdue: open and past due on {as_of}.",
    "by_meeting_kind": "Meetings by kind", "topic": "Topic", "implications": "Implications", "source": "Source",
    "country": "Country", "general_topic": "Other topics", "website": "Website",
    "no_organization": "No organization", "organizations": "Organizations", "contacts_count": "Contacts",
    "posts": "Post", "total": "Total", "figure": "Figure", "comparison": "Posts side by side",
    "rollup_chart": "Requests received, closed and meetings held, by post",
    "nothing": "Nothing recorded in this period.", "units": "", "weekday": "MonTueWedThuFriSatSun",
    "contents": "Contents",
}

TABLES = {"ko": {**KO, **wording.KO}, "en": {**EN, **wording.EN}}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def to_local(value: dt.datetime, tz_name: str) -> dt.datetime:
    """A naive UTC time on the wall clock of the record's zone (naive); see core/timepolicy.py."""
    return timepolicy.local(value, tz_name).replace(tzinfo=None)


class Labels:
    """The label table of one language, with the date and enum formats that go with it."""

    def __init__(self, lang: str) -> None:
        self.lang = "ko" if lang == "ko" else "en"
        self.table = TABLES[self.lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self.table.get(key, key)
        return text.format(**values) if values else text

    def enum(self, table: enums.Labels, code: str | None) -> str:
        return enums.label(table, code, self.lang)

    def category(self, code: str) -> str:
        return self.enum(enums.CATEGORY, code)

    def status(self, code: str) -> str:
        return self.enum(enums.STATUS, code)

    def classification(self, code: str) -> str:
        return self.enum(enums.CLASSIFICATION, code)

    def banner(self, code: str) -> str:
        ko, en = enums.label(enums.CLASSIFICATION, code, "ko"), enums.label(enums.CLASSIFICATION, code, "en")
        return f"{ko} · {en.upper()}" if self.lang == "ko" else f"{en.upper()} · {ko}"

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return "—"
        if self.lang == "ko":
            return f"{value.year}. {value.month}. {value.day}."
        return f"{value.day} {MONTHS_EN[value.month - 1][:3]} {value.year}"

    def datetime(self, value: dt.datetime | None, tz_name: str = "") -> str:
        """A wall-clock time already in its zone; `tz_name`, when given, is named for people."""
        if value is None:
            return "—"
        suffix = f" ({self.zone(tz_name, value)})" if tz_name else ""
        return f"{self.date(value.date())} {value:%H:%M}{suffix}"

    def zone(self, tz_name: str, at: dt.datetime | None = None) -> str:
        return timepolicy.zone_name(tz_name, self.lang, at)

    def local_date(self, value: dt.datetime | None, tz_name: str) -> str:
        """A record's date: the day it was where it happened (its zone, else its post's)."""
        return self.date(timepolicy.local_date(value, tz_name) if value is not None else None)

    def local_time(self, value: dt.datetime | None, tz_name: str) -> str:
        """A stored (UTC) instant on the wall clock of `tz_name`, with the zone named."""
        if value is None:
            return "—"
        return self.datetime(to_local(value, tz_name), tz_name)

    def timestamp(self, value: dt.datetime | None) -> str:
        """When something was done (issued, a status changed): in Korea Standard Time, zone named."""
        if value is None:
            return "—"
        return self.local_time(value, timepolicy.KST_NAME)

    def yes_no(self, flag: bool) -> str:
        return self("yes") if flag else self("no")

    def period(self, period: Period | None, as_of: dt.date | None = None) -> str:
        if period is None:
            return self.date(as_of) if as_of else self("all_periods")
        p, ko = period, self.lang == "ko"
        if p.kind == "year":
            return f"{p.start.year}년" if ko else str(p.start.year)
        if p.kind == "month":
            return f"{p.start.year}년 {p.start.month}월" if ko else f"{MONTHS_EN[p.start.month - 1]} {p.start.year}"
        if p.kind == "quarter":
            q = (p.start.month - 1) // 3 + 1
            return f"{p.start.year}년 {q}분기" if ko else f"Q{q} {p.start.year}"
        span = f"{self.date(p.start)} – {self.date(p.last_day)}"
        if p.kind == "week":
            year, week, _ = p.start.isocalendar()
            return f"{year}년 제{week}주 ({span})" if ko else f"Week {week}, {year} ({span})"
        return span
