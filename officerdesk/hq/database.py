"""HQ's engine and sessions: SQLite (WAL, busy timeout) by default, PostgreSQL (psycopg 3) in production.

Two kinds of transaction:
- `write()`: takes the one server-wide write lock first (SQLite: BEGIN IMMEDIATE; PostgreSQL: a row
  lock on `hq_meta`), so change numbers are handed out and become visible in commit order and a
  puller can never skip a slower transaction's rows (the Open mSupply lesson).
- `read()`: one consistent snapshot (SQLite: a deferred BEGIN in WAL; PostgreSQL: REPEATABLE READ),
  so a pull page and the head it reports agree.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from pydantic_core import from_json, to_json
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from officerdesk.hq.audit import AUDIT_KEYS
from officerdesk.hq.store import ServerMeta

if TYPE_CHECKING:
    from officerdesk.hq.settings_file import AuditKeys

BUSY_TIMEOUT_MS = 30_000


def json_text(value: Any) -> str:
    """How HQ's JSON columns store a value: compact UTF-8 JSON from pydantic's encoder.

    A push writes every touched record's whole values and clocks back; `json.dumps` (with its
    \\u escapes for every Korean character) and `json.loads` of them were about a third of HQ's CPU
    on a push. The text differs from json.dumps' (no spaces, no escapes), the value does not:
    every reader parses it, and a pull splices it into its pages as it is."""
    return to_json(value).decode()


def json_value(text: str | bytes) -> Any:
    """A JSON column's value, parsed by pydantic's parser (rows written as json.dumps text too)."""
    return from_json(text)


def data_dir() -> Path:
    env = os.environ.get("OFFICERDESK_HQ_DATA")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("OfficerDesk", appauthor=False)) / "hq"


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'hq.db'}"


def _sqlite_engine(url: str) -> Engine:
    path = make_url(url).database
    if path and path != ":memory:":
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        pool_size=20, max_overflow=60, pool_timeout=60, json_serializer=json_text, json_deserializer=json_value,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # BEGIN is ours (below), not pysqlite's
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get("hq_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    if url.startswith("postgresql"):
        return create_engine(url, pool_size=20, max_overflow=40, pool_timeout=60, pool_pre_ping=True,
                             json_serializer=json_text, json_deserializer=json_value)
    raise ValueError(f"unsupported database URL {url!r}: use sqlite:///FILE or postgresql+psycopg://…")


class Database:
    def __init__(self, url: str, *, engine: Engine | None = None, audit_keys: AuditKeys | None = None) -> None:
        self.url = url
        self._audit_keys = audit_keys
        self.engine = engine or make_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        read_opts: dict[str, Any] = {"isolation_level": "REPEATABLE READ"} if self.is_postgres else {}
        self._writer = sessionmaker(bind=self.engine.execution_options(hq_write=True), expire_on_commit=False)
        self._reader = sessionmaker(bind=self.engine.execution_options(**read_opts), expire_on_commit=False)
        self._queue: AbstractContextManager[Any] = nullcontext() if self.is_postgres else threading.Lock()

    @property
    def audit_keys(self) -> AuditKeys:
        """The keys the audit chain is signed with: given, or from HQ's settings file (made if missing)."""
        if self._audit_keys is None:
            from officerdesk.hq.settings_file import load_audit_keys

            self._audit_keys = load_audit_keys(create=True)
        return self._audit_keys

    @contextmanager
    def write(self, *, lock_late: bool = False) -> Iterator[Session]:
        """One writing transaction holding the server-wide write lock; commits on success.

        `lock_late` (a push): on PostgreSQL the lock on `hq_meta` is not taken at the start; the
        caller reads and decides first, then takes the server-wide lock with
        `records.take_numbers` before it writes anything, and checks that what it read is
        unchanged (`session.info["write_locked"]` says whether the lock is held already). So only
        numbering, writing and the commit wait for other writers. On SQLite, which has one writer
        anyway, the lock is held from the start either way."""
        # SQLite's busy handler polls with sleeps and is not fair: under 50 writers one can wait
        # seconds. Writers of this process queue on a lock instead; busy_timeout is left for others.
        keys = self.audit_keys
        with self._queue, self._writer.begin() as session:
            session.info[AUDIT_KEYS] = keys  # what audit.append signs with
            session.info["write_locked"] = not (lock_late and self.is_postgres)
            if not lock_late:
                # kept on the session (its identity map only holds weak references): meta_row() needs no query
                session.info["hq_meta"] = session.execute(
                    select(ServerMeta).where(ServerMeta.id == 1).with_for_update()).scalar_one_or_none()
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def meta_row(session: Session) -> ServerMeta:
    meta: ServerMeta | None = session.info.get("hq_meta") or session.get(ServerMeta, 1)
    if meta is None:  # the migration inserts it; this only guards a hand-made database
        raise RuntimeError("hq_meta is missing: the HQ database was not migrated")
    return meta


def new_epoch() -> str:
    return secrets.token_hex(8)


__all__ = ["Database", "data_dir", "default_url", "make_engine", "meta_row", "new_epoch"]
