"""Possible duplicate contacts across posts, for HQ's analysts (`officerdesk-hq admin
possible-duplicates`): the laptop's own match keys (core/people), read from HQ's records.

Two posts often meet the same official (a CNIPA director met in Beijing and in Washington) and
write the name in different scripts; HQ is the one place that sees both. It only reports: a merge
is made on a laptop of the post (HQ does not move a post's links).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core.people.matches import Match, possible_duplicates
from officerdesk.core.services.duplicates import person
from officerdesk.hq.admin import AdminError, post_by_code
from officerdesk.hq.store import Post, Record


@dataclass(frozen=True)
class Finding:
    match: Match
    first_post: str  # post codes
    second_post: str

    def as_json(self) -> dict[str, object]:
        return {
            "score": self.match.score,
            "first": {"id": self.match.first.id, "name": self.match.first.name, "post": self.first_post},
            "second": {"id": self.match.second.id, "name": self.match.second.name, "post": self.second_post},
            "reasons": [r.text() for r in self.match.reasons],
        }


def findings(session: Session, *, post_code: str = "", limit: int = 500) -> list[Finding]:
    """Live contacts that may be one person, best first: within one post, or across every post."""
    codes: dict[str, str] = dict(session.execute(select(Post.id, Post.code)).tuples().all())
    stmt = select(Record).where(Record.type == "contact", Record.deleted.is_(False))
    if post_code:
        post = post_by_code(session, post_code)
        if post is None:
            raise AdminError(f"no post {post_code.upper()!r}")
        stmt = stmt.where(Record.post_id == post.id)
    people = [person({**r.data, "post_id": r.post_id}, r.id) for r in session.scalars(stmt)]
    return [Finding(m, codes.get(m.first.post_id, "?"), codes.get(m.second.post_id, "?"))
            for m in possible_duplicates(people, limit=limit)]
