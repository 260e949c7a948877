"""The words of page 1 (summary, official furniture, annex) and of the comparison figures.

Kept apart from labels.py's tables so the two grow independently; `Labels` reads both.
"""

from __future__ import annotations

KO: dict[str, str] = {
    "brief.contacts": "주요 인사 현황",
    "s.overview": "개요", "s.key_points": "주요 내용", "s.actions": "조치 사항 및 향후 계획", "s.requests": "건의",
    "annex": "붙임", "annex_title": "붙임 {n}. {title}", "annex_note": "기록 목록은 붙임에 실었습니다.",
    "doc_number": "문서번호", "recipient": "수신", "sender": "발신", "issued": "시행일자", "draft_number": "(초안 · 확정 시 부여)",
    "recipient_default": "본부", "declass": "{date}에 일반으로 재분류 (보호기간 {years}년)",
    "declass_note": "이 문서는 대외비로, 보호기간이 끝나는 {date}까지 허가된 사람만 열람할 수 있습니다.",
    "previous": "전기 {n}", "change": "대비", "rates": "처리율 {closed} · 기한 준수율 {on_time}",
    "closure_rate": "처리율", "on_time_rate": "기한 준수율", "previous_period": "전기",
    "days_overdue": "경과 일수", "days": "{n}일", "closed_on": "종결일", "lateness": "기한 대비",
    "late_by": "{n}일 지연", "on_time": "기한 내", "not_closed": "미종결",
    "contacts_title": "주요 인사 현황", "gov_first": "정부 기관을 앞에, 최근 만난 순으로 실었습니다.",
    "recently_met": "최근 3개월 내 접촉",
    # prefilled summary sentences
    "sum.activity": "{post}의 {period} 활동: 신규 접수 {opened}건{opened_cmp}, 처리 완료 {closed}건{closed_cmp}, 회의 {meetings}회, 동향 보고 {notes}건.",
    "sum.rates": "처리율 {closed}, 기한 준수율 {on_time} (진행 중 {open}건 중 기한 경과 {overdue}건).",
    "sum.top_category": "접수가 가장 많은 유형: {category} {n}건.",
    "sum.meeting_held": "{date} {title}",
    "sum.overdue": "기한 경과: {title} ({company}, {days}일 경과) — 처리 독려",
    "sum.follow_up": "{text} ({owner}, {due}까지)",
    "sum.escalated": "본부 이관 건 지원 요청: {title} ({company})",
    "sum.none": "없음",
    "sum.meeting": "{date} {title} ({kind}{place}) 결과를 보고합니다. 참석: {who}.",
    "sum.case": "{company}의 {category} 애로({received} 접수)는 현재 {status} 상태입니다. {due_line}",
    "sum.case_due_closed": "기한 {due}, 종결 {closed} ({lateness}).",
    "sum.case_due_open": "기한 {due}, 미종결 ({lateness}).",
    "sum.case_late": "기한 {due}을(를) {n}일 넘겨 처리 중 — 조속 처리 추진",
    "sum.case_escalated": "본부 이관 건으로, 본부 차원의 협조를 요청합니다.",
    "sum.trends": "{period} 동향 {n}건을 주제 {k}개({topics})로 정리했습니다.",
    "sum.trend_point": "{title}: {line}",
    "sum.trend_action": "주제별 후속 동향을 계속 모니터링하여 보고 예정",
    "sum.contacts": "기관 {orgs}곳, 인사 {people}명(정부 기관 {gov}곳). 최근 3개월 내 접촉 {recent}명.",
    "sum.contact_point": "{name} ({position}, {org}) — 최근 접촉 {date}",
    "sum.handover": "{officer} 담당 업무를 {successor}에게 인계합니다: 진행 중 기업 애로 {cases}건, 후속 조치 {follow_ups}건, 주요 인사 {contacts}명, 진행 중 협의 {talks}건.",
    "sum.handover_case": "{title} ({status}) — 다음 조치: {step}",
    "sum.handover_trends": "주시할 동향: {titles}",
    "sum.contacts_stale": "6개월 이상 연락이 없는 정부 기관 인사 {n}명과 접촉 재개 예정",
    "sum.rollup": "{period} 공관 {n}곳 합계: 신규 접수 {opened}건{opened_cmp}, 처리 완료 {closed}건{closed_cmp}, 기한 경과 {overdue}건.",
    "sum.rollup_top": "신규 접수 최다: {post} {n}건",
    "sum.rollup_overdue": "{post}: 기한 경과 {n}건 — 처리 현황 점검",
    "sum.no_decisions": "결정 사항이 기록되지 않았습니다.",
}

EN: dict[str, str] = {
    "brief.contacts": "Key Contacts",
    "s.overview": "Summary", "s.key_points": "Key points", "s.actions": "Actions and next steps", "s.requests": "Requests to HQ",
    "annex": "Annex", "annex_title": "Annex {n}. {title}", "annex_note": "Lists of records are in the annex.",
    "doc_number": "Document no.", "recipient": "To", "sender": "From", "issued": "Date of issue", "draft_number": "(draft · given when finalised)",
    "recipient_default": "Headquarters", "declass": "Declassified to general on {date} (protected for {years} years)",
    "declass_note": "This document is restricted; until {date}, when its protection ends, only authorised readers may see it.",
    "previous": "prev. {n}", "change": "vs", "rates": "Closure rate {closed} · on-time rate {on_time}",
    "closure_rate": "Closure rate", "on_time_rate": "On-time rate", "previous_period": "Previous",
    "days_overdue": "Days overdue", "days": "{n} days", "closed_on": "Closed", "lateness": "Against due date",
    "late_by": "{n} days late", "on_time": "on time", "not_closed": "not closed",
    "contacts_title": "Key Contacts", "gov_first": "Government bodies first, then by most recent contact.",
    "recently_met": "Met in the last 3 months",
    "sum.activity": "{post}, {period}: {opened} requests received{opened_cmp}, {closed} closed{closed_cmp}, {meetings} meetings held, {notes} trend notes.",
    "sum.rates": "Closure rate {closed}, on-time rate {on_time} ({overdue} of {open} open requests are past due).",
    "sum.top_category": "Most requests: {category} ({n}).",
    "sum.meeting_held": "{date} {title}",
    "sum.overdue": "Overdue: {title} ({company}, {days} days late) — pressing for action",
    "sum.follow_up": "{text} ({owner}, by {due})",
    "sum.escalated": "Support asked for the escalated case: {title} ({company})",
    "sum.none": "None",
    "sum.meeting": "Outcome of {title} on {date} ({kind}{place}). Attending: {who}.",
    "sum.case": "{company}'s {category} difficulty (received {received}) is now {status}. {due_line}",
    "sum.case_due_closed": "Due {due}, closed {closed} ({lateness}).",
    "sum.case_due_open": "Due {due}, not closed ({lateness}).",
    "sum.case_late": "{n} days past its due date of {due} — pressing for an early outcome",
    "sum.case_escalated": "The case is escalated to HQ; HQ's support is requested.",
    "sum.trends": "{n} trend notes for {period} under {k} topics ({topics}).",
    "sum.trend_point": "{title}: {line}",
    "sum.trend_action": "Following each topic and reporting further developments",
    "sum.contacts": "{orgs} organizations, {people} people ({gov} government bodies); {recent} met in the last 3 months.",
    "sum.contact_point": "{name} ({position}, {org}) — last contact {date}",
    "sum.handover": "{officer} hands over to {successor}: {cases} open company requests, {follow_ups} follow-ups, {contacts} key contacts, {talks} negotiations under way.",
    "sum.handover_case": "{title} ({status}) — next: {step}",
    "sum.handover_trends": "Trends to watch: {titles}",
    "sum.contacts_stale": "Resuming contact with {n} government officials not contacted for 6 months or more",
    "sum.rollup": "{period}, {n} posts: {opened} requests received{opened_cmp}, {closed} closed{closed_cmp}, {overdue} overdue.",
    "sum.rollup_top": "Most requests received: {post} ({n})",
    "sum.rollup_overdue": "{post}: {n} overdue — reviewing progress",
    "sum.no_decisions": "No decisions were recorded.",
}

# Country names in the brief's language: records keep what the officer typed (English names or
# ISO codes); a Korean brief names the country in Korean where it is known.
COUNTRIES: dict[str, tuple[str, str]] = {
    "us": ("United States", "미국"), "united states": ("United States", "미국"), "usa": ("United States", "미국"),
    "cn": ("China", "중국"), "china": ("China", "중국"), "jp": ("Japan", "일본"), "japan": ("Japan", "일본"),
    "de": ("Germany", "독일"), "germany": ("Germany", "독일"), "fr": ("France", "프랑스"), "france": ("France", "프랑스"),
    "gb": ("United Kingdom", "영국"), "uk": ("United Kingdom", "영국"), "united kingdom": ("United Kingdom", "영국"),
    "vn": ("Viet Nam", "베트남"), "vietnam": ("Viet Nam", "베트남"), "viet nam": ("Viet Nam", "베트남"),
    "in": ("India", "인도"), "india": ("India", "인도"), "ch": ("Switzerland", "스위스"), "switzerland": ("Switzerland", "스위스"),
    "eu": ("European Union", "유럽연합"), "european union": ("European Union", "유럽연합"),
    "kr": ("Korea", "한국"), "korea": ("Korea", "한국"), "republic of korea": ("Korea", "한국"),
    "th": ("Thailand", "태국"), "thailand": ("Thailand", "태국"), "id": ("Indonesia", "인도네시아"), "indonesia": ("Indonesia", "인도네시아"),
    "br": ("Brazil", "브라질"), "brazil": ("Brazil", "브라질"), "mx": ("Mexico", "멕시코"), "mexico": ("Mexico", "멕시코"),
    "ru": ("Russia", "러시아"), "russia": ("Russia", "러시아"), "au": ("Australia", "호주"), "australia": ("Australia", "호주"),
    "ca": ("Canada", "캐나다"), "canada": ("Canada", "캐나다"), "sg": ("Singapore", "싱가포르"), "singapore": ("Singapore", "싱가포르"),
    "ae": ("United Arab Emirates", "아랍에미리트"), "united arab emirates": ("United Arab Emirates", "아랍에미리트"),
}


def country(name: str, lang: str) -> str:
    known = COUNTRIES.get(name.strip().casefold())
    if known is None:
        return name
    return known[1] if lang == "ko" else known[0]
