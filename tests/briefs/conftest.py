"""Brief fixtures: a real encrypted profile holding a post's October 2026."""

from __future__ import annotations

import pytest
from october import seed_october


@pytest.fixture
def seeded(store):  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        data = seed_october(s)
    return store, data
