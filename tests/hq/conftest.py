"""HQ test fixtures: a fresh server per test, on SQLite and on PostgreSQL.

PostgreSQL comes from OFFICERDESK_TEST_PG (`make test` runs the suite under
scripts/with-postgres.sh, which sets it). Each test module gets its own database, created with a
random name and dropped afterwards; each test starts from empty tables. Without the variable the
PostgreSQL cases are skipped, except in CI (CI set), where they fail: they must not vanish silently.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from hq_harness import HQ
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from officerdesk.hq import migrate
from officerdesk.hq.database import Database, new_epoch
from officerdesk.hq.store import HQBase

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def postgres_url() -> str:
    url = os.environ.get("OFFICERDESK_TEST_PG", "")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests, but OFFICERDESK_TEST_PG is not set "
                        "(run the suite under scripts/with-postgres.sh, as `make test` does)")
        pytest.skip("PostgreSQL not available: set OFFICERDESK_TEST_PG or run under scripts/with-postgres.sh")
    return url


@pytest.fixture(scope="module")
def pg_database() -> Iterator[str]:
    """A new, migrated PostgreSQL database for this test module; dropped afterwards."""
    server = postgres_url()
    name = f"hq_test_{secrets.token_hex(6)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def empty_postgres(url: str) -> Database:
    db = Database(url)
    tables = ", ".join(t.name for t in HQBase.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} CASCADE"))
        conn.execute(text("INSERT INTO hq_meta (id, epoch, next_seq, created_at) VALUES (1, :e, 1, now())"),
                     {"e": new_epoch()})
    return db


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty, migrated HQ database URL: SQLite in tmp_path, or this module's PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hq.db'}"
    url: str = request.getfixturevalue("pg_database")
    empty_postgres(url).dispose()
    return url


@pytest.fixture
def hq(db_url: str) -> Iterator[HQ]:
    db = Database(db_url)
    server = HQ(db)
    yield server
    server.http.close()
    db.dispose()
