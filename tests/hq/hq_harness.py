"""Test helpers for HQ: an in-process server (FastAPI TestClient) with posts, officers and laptops."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

from officerdesk.core.clock import HybridClock
from officerdesk.core.ids import uuid7
from officerdesk.hq import admin
from officerdesk.hq.app import create_app
from officerdesk.hq.database import Database
from officerdesk.hq.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@dataclass
class Laptop:
    """One enrolled device talking to the test server, numbering its own mutations."""

    http: TestClient
    token: str
    device_id: str
    post_id: str
    officer_id: str
    seq: int = 0
    clock: HybridClock = field(default_factory=HybridClock)
    cursor: int = 0

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def upsert(self, record_type: str, record_id: str, fields: dict[str, Any], *, base: dict[str, int] | None = None,
               post_id: str | None = None, hlc: str | None = None, author: str = "tester") -> dict[str, Any]:
        self.seq += 1
        return {"seq": self.seq, "name": "upsert", "hlc": hlc or self.clock.now(), "args": {
            "type": record_type, "id": record_id, "post_id": post_id or self.post_id, "author": author,
            "fields": fields, "base": base if base is not None else {k: 0 for k in fields}}}

    def transition(self, request_id: str, frm: str, to: str, *, note: str = "", hlc: str | None = None) -> dict[str, Any]:
        self.seq += 1
        return {"seq": self.seq, "name": "transition", "hlc": hlc or self.clock.now(), "args": {
            "id": request_id, "post_id": self.post_id, "from": frm, "to": to, "change_id": uuid7(),
            "at": "2026-11-25T10:00:00", "note": note, "author": "tester"}}

    def push(self, *mutations: dict[str, Any], expect: int = 200) -> Any:
        resp = self.http.post("/v1/push", json={"mutations": list(mutations)}, headers=self.headers)
        assert resp.status_code == expect, resp.text
        return resp.json()

    def pull(self, cursor: int | None = None, limit: int = 1000, **headers: str) -> Any:
        resp = self.http.get("/v1/pull", params={"cursor": self.cursor if cursor is None else cursor, "limit": limit},
                             headers={**self.headers, **headers})
        return resp

    def pull_all(self) -> list[dict[str, Any]]:
        """Every change after the saved cursor, following pages; moves the cursor."""
        out: list[dict[str, Any]] = []
        while True:
            resp = self.pull()
            assert resp.status_code == 200, resp.text
            page = resp.json()
            out += page["changes"]
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return out


def request_fields(title: str = "Trademark squatting at the fair", **extra: Any) -> dict[str, Any]:
    return {"title": title, "category": "trademark_squatting", "status": "received", "priority": "normal",
            "details": "", "received": "2026-11-20", "classification": "internal", "deleted": False, **extra}


class HQ:
    """The server under test with posts WAS, BJS and HQ, and a way to enrol laptops."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.app = create_app(Settings(db_url=db.url), db=db)
        self.http = TestClient(self.app)
        self.posts: dict[str, str] = {}
        with db.write() as s:
            for code in ("WAS", "BJS", "HQ"):
                post = admin.create_post(s, code=code, name_en=f"Post {code}", name_ko=f"공관 {code}",
                                         country="Somewhere", tz="Asia/Seoul")
                self.posts[code] = post.id

    def officer(self, post: str, name: str = "김민수", role: str = "officer") -> str:
        with self.db.write() as s:
            return admin.create_officer(s, post_code=post, name=name, role=role).id

    def code(self, officer_id: str) -> str:
        with self.db.write() as s:
            return admin.issue_enroll_code(s, officer_id=officer_id)

    def laptop(self, post: str = "WAS", role: str = "officer", name: str = "김민수") -> Laptop:
        officer_id = self.officer(post, name, role)
        resp = self.http.post("/v1/enroll", json={"code": self.code(officer_id), "device_name": "laptop"})
        assert resp.status_code == 200, resp.text
        body = resp.json()
        return Laptop(self.http, body["token"], body["device_id"], body["post_id"], officer_id)
