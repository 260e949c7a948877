"""Enrolling a laptop with HQ and opening an HQ connection for an enrolled profile.

A profile that already went through first-run set-up has a post and an officer with ids made on
the laptop. Enrolment into the SAME post (same post code) re-points them to HQ's ids: every
record's post_id, the pending outbox, the post and officer rows themselves. Enrolment into a
DIFFERENT post is refused: a profile belongs to one post, and moving its records between posts
is exactly what HQ forbids (SYNC.md rule 8); use a new profile for the other post.
A new device id restarts the mutation numbers at 1 (HQ keys idempotency on (device, seq)),
and becomes the laptop's site id, the one HQ stamps the device's writes with.
"""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text, update
from sqlalchemy.orm import Session

from officerdesk import secrets
from officerdesk.core.clock import wall_ms_now
from officerdesk.core.models import RECORD_TYPES, CompanyRequest, Meeting, Officer, Outbox, Post
from officerdesk.core.store.db import Store
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import AuthError, EnrolmentUnreachable, NetworkError, UserError
from officerdesk.paths import ProfilePaths
from officerdesk.protocol import wire as p
from officerdesk.sync.client import HQClient, Retry, check_url
from officerdesk.sync.lane import Lane, run_unit

SETTINGS = "hq.json"  # in the profile folder: the CA bundle to trust for HQ


def hq_settings(paths: ProfilePaths) -> dict[str, Any]:
    try:
        data = json.loads((paths.root / SETTINGS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_hq_settings(paths: ProfilePaths, **values: Any) -> None:
    data = {**hq_settings(paths), **values}
    target = paths.root / SETTINGS
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)


def client_for(store: Store, *, transport: httpx.BaseTransport | None = None, lane: Lane | None = None,
               **options: Any) -> HQClient:
    """An HQ client for an enrolled profile: its HQ address, device token and CA bundle."""
    url, device = run_unit(store, lane, _address)
    if not url or not device:
        raise UserError(
            "This profile is not enrolled with HQ yet: run `officerdesk enroll --hq URL --code CODE`.",
            "이 프로필은 아직 본부에 등록되지 않았습니다. `officerdesk enroll`로 등록하십시오.",
        )
    token = secrets.device_token(store.profile_id)
    if not token:
        raise AuthError("the device token is missing from the keyring")
    ca = hq_settings(store.paths).get("ca_bundle") or None
    attempts = os.environ.get("OFFICERDESK_SYNC_ATTEMPTS", "")
    if attempts.isdigit() and "retry" not in options:
        options["retry"] = Retry(attempts=max(1, int(attempts)))
    return HQClient(url, token, ca_bundle=ca, transport=transport, **options)


def _address(s: Session) -> tuple[str, str]:
    state = sync_state(s)
    return state.hq_url, state.device_id


def enroll(store: Store, hq_url: str, code: str, *, ca_bundle: str | None = None,
           transport: httpx.BaseTransport | None = None, lane: Lane | None = None,
           **options: Any) -> p.EnrollResponse:
    """Trade a one-time code for a device token and adopt HQ's post and officer ids."""
    url = check_url(hq_url)
    if ca_bundle:
        ca_bundle = str(Path(ca_bundle).expanduser().resolve())
    with HQClient(url, ca_bundle=ca_bundle, transport=transport, **options) as client:
        try:
            answer = client.enroll(code, device_name=platform.node())
        except AuthError as exc:
            raise UserError(
                f"HQ refused the enrolment code ({exc}). Ask HQ for a new one-time code.",
                f"본부 서버가 등록 코드를 거부했습니다({exc}). 본부에 새 일회용 코드를 요청하십시오.",
            ) from None
        except NetworkError as exc:
            raise EnrolmentUnreachable(url, str(exc)) from exc

    def record(s: Session) -> None:
        adopt(s, answer, url)
        # stored last but inside the transaction: if the keyring refuses, nothing is recorded
        secrets.store_device_token(store.profile_id, answer.token)

    run_unit(store, lane, record)
    # outside the database, so the key-missing screen knows this laptop can recover through HQ
    save_hq_settings(store.paths, ca_bundle=ca_bundle or "", hq_url=url, device_id=answer.device_id,
                     escrow_key_id="", escrow_checked_ms=0)
    with HQClient(url, answer.token, ca_bundle=ca_bundle, transport=transport, **options) as client:
        from officerdesk.sync.escrow import escrow_if_due

        escrow_if_due(store, client, lambda: answer.device_id)
    return answer


def adopt(s: Session, answer: p.EnrollResponse, url: str) -> None:
    state = sync_state(s)
    if state.post_id and state.post_id != answer.post_id:
        local = s.get(Post, state.post_id)
        if local is not None and local.code.upper() != answer.post_code.upper():
            raise UserError(
                f"This profile works for post {local.code}, but the enrolment code is for post {answer.post_code}. "
                "Records cannot move between posts: enrol a new profile (another --profile folder) for that post.",
                f"이 프로필은 {local.code} 공관용인데 등록 코드는 {answer.post_code} 공관용입니다. "
                "다른 공관은 새 프로필(다른 --profile 폴더)로 등록하십시오.",
            )
        _repoint_post(s, state.post_id, answer.post_id)
    if state.officer_id and state.officer_id != answer.officer_id:
        _repoint_officer(s, state.officer_id, answer.officer_id)
    if state.device_id != answer.device_id:
        _restart_numbers(s)
    if state.site_id != answer.device_id:
        _adopt_site(s, state.site_id, answer.device_id)
    _ensure_rows(s, answer)
    state.device_id, state.hq_url, state.site_id = answer.device_id, url, answer.device_id
    state.post_id, state.officer_id = answer.post_id, answer.officer_id
    state.officer_name, state.role = answer.officer_name, answer.role
    state.epoch, state.pull_cursor = answer.epoch, 0
    state.clock_offset_ms = answer.server_time_ms - wall_ms_now()
    state.last_error = ""


def _repoint_post(s: Session, old: str, new: str) -> None:
    s.flush()
    for cls in RECORD_TYPES.values():
        s.execute(update(cls).where(cls.post_id == old).values(post_id=new))
    # HQ owns the post record: its values win over the ones typed at first run
    s.execute(update(Post).where(Post.id == old).values(id=new, clocks={}))
    for row in s.query(Outbox).filter(Outbox.state == "pending"):
        if row.args.get("post_id") == old:
            row.args = {**row.args, "post_id": new}
    s.flush()
    s.expire_all()


def _repoint_officer(s: Session, old: str, new: str) -> None:
    s.flush()
    if s.get(Officer, new) is None:
        s.execute(update(Officer).where(Officer.id == old).values(id=new, clocks={}))
    s.execute(update(CompanyRequest).where(CompanyRequest.assignee_id == old).values(assignee_id=new))
    s.expire_all()
    like = s.execute(text("SELECT id FROM meeting WHERE officer_ids LIKE :p"), {"p": f"%{old}%"}).scalars().all()
    for meeting in (s.get(Meeting, mid) for mid in like):
        if meeting is None:
            continue
        meeting.officer_ids = [new if i == old else i for i in meeting.officer_ids]
    for row in s.query(Outbox).filter(Outbox.state == "pending"):
        fields = row.args.get("fields") or {}
        if fields.get("assignee_id") == old or old in (fields.get("officer_ids") or []):
            fields = {**fields, "assignee_id": new} if fields.get("assignee_id") == old else dict(fields)
            if "officer_ids" in fields:
                fields["officer_ids"] = [new if i == old else i for i in fields["officer_ids"]]
            row.args = {**row.args, "fields": fields}
    s.flush()


def _adopt_site(s: Session, old: str, new: str) -> None:
    """The device id becomes this laptop's site id: HQ stamps every write of the device with it,
    so ties of equal clocks must order the same here. The laptop's own clocks are re-stamped
    with it (a site id is a UUID, so its quoted form occurs in a clocks column only as a site);
    the clock stamps themselves are kept, so no ordering between two stamps changes."""
    s.flush()
    if old:
        quoted_old, quoted_new = json.dumps(old), json.dumps(new)
        for cls in RECORD_TYPES.values():
            table = cls.__tablename__
            s.execute(text(f'UPDATE "{table}" SET clocks = replace(clocks, :old, :new) WHERE instr(clocks, :old) > 0'),
                      {"old": quoted_old, "new": quoted_new})
    s.expire_all()


def _restart_numbers(s: Session) -> None:
    """A new device id at HQ: drop acknowledged mutations and number the pending ones from 1."""
    s.flush()
    s.execute(text("DELETE FROM outbox WHERE state != 'pending'"))
    rows = s.execute(text("SELECT mutation_seq FROM outbox ORDER BY mutation_seq")).scalars().all()
    offset = (max(rows) if rows else 0) + 1
    # two steps so no number collides with a row not moved yet
    s.execute(text("UPDATE outbox SET mutation_seq = mutation_seq + :o"), {"o": offset})
    for i, seq in enumerate(rows, start=1):
        s.execute(text("UPDATE outbox SET mutation_seq = :i WHERE mutation_seq = :old"), {"i": i, "old": seq + offset})
    s.execute(text("DELETE FROM sqlite_sequence WHERE name = 'outbox'"))
    if rows:
        s.execute(text("INSERT INTO sqlite_sequence(name, seq) VALUES ('outbox', :n)"), {"n": len(rows)})
    s.expire_all()


def _ensure_rows(s: Session, answer: p.EnrollResponse) -> None:
    post = s.get(Post, answer.post_id)
    if post is None:
        from officerdesk.core.demo.posts import POSTS

        known = POSTS.get(answer.post_code.upper(), {})
        s.add(Post(id=answer.post_id, post_id=answer.post_id, code=answer.post_code.upper(), clocks={}, **known))
    officer = s.get(Officer, answer.officer_id)
    if officer is None:
        s.add(Officer(id=answer.officer_id, post_id=answer.post_id, name=answer.officer_name, role=answer.role, clocks={}))
    s.flush()
