"""Codes stored in the database and their labels in Korean and English (DOMAIN.md)."""

from __future__ import annotations

Labels = dict[str, tuple[str, str]]  # code -> (english, korean)

CATEGORY: Labels = {
    "patent_dispute": ("Patent dispute", "특허 분쟁"),
    "trademark_squatting": ("Trademark squatting", "상표 무단선점"),
    "counterfeit": ("Counterfeits", "위조상품"),
    "customs": ("Customs action", "세관 조치"),
    "trade_secret": ("Trade secrets", "영업비밀"),
    "examination": ("Filing and examination", "출원·심사 애로"),
    "legal_advice": ("Legal advice", "법률 자문"),
    "policy_info": ("Local policy information", "현지 제도 정보"),
    "other": ("Other", "기타"),
}

STATUS: Labels = {
    "received": ("Received", "접수"),
    "reviewing": ("Reviewing", "검토 중"),
    "in_progress": ("In progress", "조치 중"),
    "escalated": ("Escalated to HQ", "본부 이관"),
    "resolved": ("Resolved", "해결"),
    "closed": ("Closed", "종결"),
    "rejected": ("Rejected", "반려"),
    "duplicate": ("Duplicate", "중복"),
}

# The request workflow: status -> the statuses it may move to.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "received": ("reviewing", "rejected", "duplicate"),
    "reviewing": ("in_progress", "escalated", "rejected", "duplicate"),
    "in_progress": ("resolved", "escalated"),
    "escalated": ("in_progress", "resolved"),
    "resolved": ("closed", "in_progress"),
    "closed": (),
    "rejected": (),
    "duplicate": (),
}

OPEN_STATUSES = ("received", "reviewing", "in_progress", "escalated")

PRIORITY: Labels = {
    "low": ("Low", "낮음"),
    "normal": ("Normal", "보통"),
    "high": ("High", "높음"),
    "urgent": ("Urgent", "긴급"),
}

MEETING_KIND: Labels = {
    "ip_office": ("IP office", "지식재산청"),
    "ministry": ("Ministry", "정부 부처"),
    "customs": ("Customs", "세관"),
    "court": ("Court", "법원"),
    "company": ("Company", "기업"),
    "association": ("Association", "협회·단체"),
    "academia": ("Academia", "학계"),
    "international_org": ("International organization", "국제기구"),
    "hq_conference": ("HQ conference", "본부 회의"),
    "other": ("Other", "기타"),
}

CLASSIFICATION: Labels = {
    "public": ("Public", "공개"),
    "internal": ("Internal", "내부"),
    "restricted": ("Restricted", "대외비"),
}

ROLE: Labels = {
    "officer": ("Officer", "특허관"),
    "hq_analyst": ("HQ analyst", "본부 분석관"),
    "admin": ("Administrator", "관리자"),
}
# the roles that work across posts: they see every post's records and build the HQ roll-up
HQ_ROLES = frozenset({"hq_analyst", "admin"})

ORG_KIND: Labels = {
    "ip_office": ("IP office", "지식재산청"),
    "ministry": ("Ministry", "정부 부처"),
    "customs": ("Customs", "세관"),
    "court": ("Court", "법원"),
    "company": ("Company", "기업"),
    "law_firm": ("Law firm", "법률사무소"),
    "association": ("Association", "협회·단체"),
    "academia": ("Academia", "학계"),
    "international_org": ("International organization", "국제기구"),
    "other": ("Other", "기타"),
}

COMPANY_SIZE: Labels = {
    "large": ("Large enterprise", "대기업"),
    "mid": ("Mid-sized", "중견기업"),
    "small": ("SME", "중소기업"),
    "startup": ("Start-up", "스타트업"),
}


def label(table: Labels, code: str | None, lang: str = "en") -> str:
    if code is None:
        return ""
    pair = table.get(code)
    if pair is None:
        return code
    return pair[1] if lang == "ko" else pair[0]


def allowed_moves(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())
