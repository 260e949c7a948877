"""HQ test fixtures: a fresh in-process server per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hq_harness import HQ

from officerdesk.hq.database import Database


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hq.db'}"


@pytest.fixture
def hq(sqlite_url: str) -> Iterator[HQ]:
    db = Database(sqlite_url)
    server = HQ(db)
    yield server
    server.http.close()
    db.dispose()
