"""Who this laptop belongs to: its post and officer, set at first run or by enrollment."""

from __future__ import annotations

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from officerdesk.core import dto as d
from officerdesk.core import kinds
from officerdesk.core.dto import Identity as Identity
from officerdesk.core.models import CompanyRequest, Meeting, Post
from officerdesk.core.services import records
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import ValidationError


def post_by_code(session: Session, code: str) -> Post | None:
    return session.scalar(select(Post).where(Post.code == code.upper()))


def ensure_post(session: Session, *, code: str, name_en: str = "", name_ko: str = "", country: str = "", city: str = "", tz: str = "UTC", post_id: str | None = None) -> Post:
    post = post_by_code(session, code)
    if post is None:
        values = {"code": code.upper(), "name_en": name_en, "name_ko": name_ko, "country": country, "city": city, "tz": tz}
        if post_id:
            values["id"] = post_id
        dto = records.create(session, kinds.POST.name, post_id=post_id or "", values=values)
        post = session.get(Post, dto.id)
        assert post is not None
        if not post.post_id:
            post.post_id = post.id
    return post


def set_up(session: Session, *, officer_name: str, post_code: str, language: str = "ko", role: str = "officer") -> Identity:
    """First run: record the officer and the post this laptop works for."""
    if not officer_name.strip():
        raise ValidationError("name", "is required", "필수 항목입니다")
    from officerdesk.core.demo.posts import POSTS

    known = POSTS.get(post_code.upper(), {})
    post = ensure_post(session, code=post_code, **known)
    officer = records.create(session, kinds.OFFICER.name, post_id=post.id, values={"name": officer_name, "role": role, "language": language})
    state = sync_state(session)
    state.post_id, state.officer_id, state.officer_name, state.role = post.id, officer.id, officer_name, role
    session.flush()
    return require(session)


def current(session: Session) -> Identity | None:
    state = sync_state(session)
    if not state.post_id:
        return None
    post = session.get(Post, state.post_id)
    return Identity(
        post_id=state.post_id,
        post_code=post.code if post else "",
        officer_id=state.officer_id,
        officer_name=state.officer_name,
        role=state.role,
        site_id=state.site_id,
        enrolled=bool(state.device_id),
    )


def require(session: Session) -> Identity:
    ident = current(session)
    if ident is None:
        raise ValidationError("post", "this profile has no post yet: run the first-run set-up or `officerdesk seed`", "이 프로필에 공관이 설정되지 않았습니다")
    return ident


def posts_with_records(session: Session) -> list[str]:
    """The codes of the posts this profile holds meetings or company requests of."""
    held = union(select(Meeting.post_id).where(Meeting.deleted.is_(False)),
                 select(CompanyRequest.post_id).where(CompanyRequest.deleted.is_(False))).subquery()
    return list(session.scalars(select(Post.code).where(Post.id.in_(select(held.c[0]))).order_by(Post.code)))


def posts(session: Session) -> list[d.RecordDTO]:
    return records.list_records(session, kinds.POST.name, records.Filter(order_by="code", descending=False))
