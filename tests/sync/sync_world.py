"""An in-process HQ (the real FastAPI app on SQLite or PostgreSQL) and laptops talking to it.

The laptops' HTTP goes through the real `HQClient` over the app's ASGI transport (starlette's
TestClient transport), wrapped in `Faulty`, which can drop a request before HQ sees it, drop the
answer after HQ committed it, or deliver a request twice.
"""

from __future__ import annotations

import contextlib
import shutil
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

with warnings.catch_warnings():  # starlette suggests another HTTP client for its test client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from officerdesk.core.demo.posts import POSTS
from officerdesk.core.models import RECORD_TYPES, user_fields
from officerdesk.core.store.db import Store
from officerdesk.core.write.changes import encode_value, sync_state
from officerdesk.hq import admin
from officerdesk.hq.app import create_app
from officerdesk.hq.database import Database
from officerdesk.hq.settings import Settings
from officerdesk.hq.store import Record
from officerdesk.profiles import open_store
from officerdesk.protocol import rules
from officerdesk.sync.client import HQClient, Retry
from officerdesk.sync.engine import SyncReport, sync_once
from officerdesk.sync.enrolment import client_for, enroll

# what the invariants compare: every synced type an officer edits, plus HQ's history and conflicts
COMPARED = ("contact", "meeting", "company_request", "trend_note", "status_change", "conflict", "attachment")
LOCAL_ONLY_FIELDS = rules.LOCAL_ONLY


class Faulty(httpx.BaseTransport):
    """Passes requests to HQ; `arm(kind, at)` spoils the `at`-th request from now once."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.kind = ""
        self.countdown = -1
        self.log: list[str] = []

    def arm(self, kind: str, at: int = 0, *, only: str = "") -> None:
        self.kind, self.countdown, self.only = kind, at, only

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fire = False
        if self.countdown >= 0 and (not getattr(self, "only", "") or self.only in request.url.path):
            fire = self.countdown == 0
            self.countdown -= 1
        self.log.append(f"{request.method} {request.url.path}{' !' + self.kind if fire else ''}")
        if fire and self.kind == "drop_request":
            raise httpx.ConnectError("network down (test)")
        resp = self.inner.handle_request(request)
        resp.read()
        if fire and self.kind == "drop_response":
            raise httpx.ReadError("connection reset after HQ answered (test)")
        if fire and self.kind == "duplicate":
            again = self.inner.handle_request(request)
            again.read()
            return again
        return resp


@dataclass
class HQ:
    db_url: str
    db: Database = field(init=False)
    client: TestClient = field(init=False)

    def __post_init__(self) -> None:
        self.db = Database(self.db_url)
        self.app = create_app(Settings(db_url=self.db_url), db=self.db)
        self.client = TestClient(self.app, base_url="http://127.0.0.1")
        self.client.__enter__()

    @property
    def transport(self) -> httpx.BaseTransport:
        return self.client._transport  # the ASGI app, spoken to like a network

    def create_posts(self, *codes: str) -> None:
        with self.db.write() as s:
            for code in codes:
                p = POSTS[code]
                admin.create_post(s, code=code, name_en=p["name_en"], name_ko=p["name_ko"], country=p["country"], tz=p["tz"])

    def enrol_code(self, post_code: str, name: str, role: str = "officer") -> str:
        with self.db.write() as s:
            officer = admin.create_officer(s, post_code=post_code, name=name, role=role)
            return admin.issue_enroll_code(s, officer_id=officer.id)

    def snapshot(self, post_id: str) -> dict[tuple[str, str], dict[str, Any]]:
        with self.db.read() as s:
            rows = s.scalars(select(Record).where(Record.post_id == post_id, Record.type.in_(COMPARED))).all()
            return {(r.type, r.id): {k: v for k, v in r.data.items() if (r.type, k) not in LOCAL_ONLY_FIELDS} for r in rows}

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        self.db.dispose()


class Laptop:
    def __init__(self, root: Path, hq: HQ, *, retries: int = 1) -> None:
        self.root, self.hq, self.retries = root, hq, retries
        self.faults = Faulty(hq.transport)
        self.store: Store = open_store(root)
        self.client = self._client()

    def _client(self) -> HQClient:
        return client_for(self.store, transport=self.faults, retry=Retry(attempts=self.retries, base=0.0, cap=0.0),
                          sleep=lambda _s: None)

    @classmethod
    def enrolled(cls, root: Path, hq: HQ, post_code: str, name: str) -> Laptop:
        store = open_store(root)
        try:
            enroll(store, "http://127.0.0.1", hq.enrol_code(post_code, name), transport=hq.transport)
        finally:
            store.close()
        return cls(root, hq)

    def sync(self) -> SyncReport:
        return sync_once(self.store, self.client)

    def restart(self) -> None:
        self.client.close()
        self.store.close()
        self.store = open_store(self.root, create=False)
        self.client = self._client()

    def close(self) -> None:
        self.client.close()
        self.store.close()

    @property
    def post_id(self) -> str:
        with self.store.session_factory.begin() as s:
            return sync_state(s).post_id

    def snapshot(self) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        with self.store.session_factory.begin() as s:
            for kind in COMPARED:
                cls = RECORD_TYPES[kind]
                fields = [f for f in user_fields(cls) if (kind, f) not in LOCAL_ONLY_FIELDS]
                for obj in s.scalars(select(cls)):
                    out[(kind, obj.id)] = {f: encode_value(getattr(obj, f)) for f in fields}
        return out


def copy_world(template: Path, target: Path) -> None:
    shutil.copytree(template, target)


@contextlib.contextmanager
def two_laptops_of_was(root: Path, *posts: str) -> Iterator[tuple[HQ, Laptop, Laptop]]:
    """An HQ on SQLite with `posts` (WAS first) and two laptops of WAS enrolled; all closed after."""
    hq = HQ(f"sqlite:///{root / 'hq.db'}")
    hq.create_posts("WAS", *posts)
    a = Laptop.enrolled(root / "a", hq, "WAS", "김민수")
    b = Laptop.enrolled(root / "b", hq, "WAS", "이영희")
    try:
        yield hq, a, b
    finally:
        a.close()
        b.close()
        hq.close()
