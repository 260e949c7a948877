"""What page 1 of a brief says of its sender and recipient: 수신 (the HQ division), 직위 (the
officer's title) and a contact, kept in the profile's settings.json (`hq_division`,
`officer_title`, `officer_contact`). One reader, one writer and one set of rules for the Settings
dialog, `officerdesk settings` and the briefs.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from officerdesk.errors import UserError, ValidationError

MOST = 100  # characters: each is one line of page 1's furniture
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
# a contact is a telephone number or an e-mail address (or both, separated by a comma or a slash)
_PHONE = re.compile(r"^\+?[\d\s().-]{6,}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

LABELS = {  # field -> (English, Korean), for messages
    "hq_division": ("HQ division (수신)", "수신"),
    "officer_title": ("officer title (직위)", "직위"),
    "officer_contact": ("contact", "연락처"),
}


@dataclass(frozen=True)
class IssueSettings:
    hq_division: str = ""
    officer_title: str = ""
    officer_contact: str = ""


def read(settings_file: Path) -> IssueSettings:
    """The values as saved; a missing or unreadable file, or a wrong value, reads as empty."""
    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return IssueSettings()
    if not isinstance(data, dict):
        return IssueSettings()
    return IssueSettings(**{k: str(data.get(k) or "")[:MOST] for k in LABELS})


def clean(hq_division: str, officer_title: str, officer_contact: str) -> IssueSettings:
    """The three values checked; a ValidationError names the first field that is wrong."""
    values = {"hq_division": hq_division, "officer_title": officer_title, "officer_contact": officer_contact}
    out: dict[str, str] = {}
    for field, raw in values.items():
        value = " ".join((raw or "").split())  # one line, single spaces
        en, ko = LABELS[field]
        if "\n" in (raw or "") or "\r" in (raw or ""):
            raise ValidationError(field, f"the {en} is one line", f"{ko}은(는) 한 줄로 적습니다")
        if _CONTROL.search(value):
            raise ValidationError(field, f"the {en} holds a control character", f"{ko}에 제어 문자가 있습니다")
        if len(value) > MOST:
            raise ValidationError(field, f"the {en} has {len(value)} characters; at most {MOST}",
                                  f"{ko}은(는) {MOST}자까지입니다 (지금 {len(value)}자)")
        out[field] = value
    contact = out["officer_contact"]
    if contact and not all(_PHONE.match(p.strip()) or _EMAIL.match(p.strip()) for p in re.split(r"[,/;]", contact)):
        raise ValidationError("officer_contact", "give a telephone number (+1 202 555 0100) or an e-mail address",
                              "전화번호(+1 202 555 0100)나 전자우편 주소를 적습니다")
    return IssueSettings(**out)


def write(settings_file: Path, values: IssueSettings) -> None:
    """Save the three keys, keeping every other key of settings.json (language, HQ address)."""
    try:
        current = json.loads(settings_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        current = {}
    except (OSError, ValueError) as exc:
        raise UserError(f"{settings_file} is unreadable: {exc}", f"{settings_file}을(를) 읽을 수 없습니다: {exc}") from exc
    if not isinstance(current, dict):
        current = {}
    current.update(asdict(values))
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = settings_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(current, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, settings_file)
