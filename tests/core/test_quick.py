"""The desktop's start-up reads without SQLAlchemy (core/store/quick.py) answer what the ORM answers."""

from __future__ import annotations

import pytest

from officerdesk.core.listing import Filter
from officerdesk.core.services import identity, records
from officerdesk.core.store import quick, quick_gen, quick_sql


def test_generated_sql_is_what_the_orm_compiles() -> None:
    assert quick_gen.TARGET.read_text(encoding="utf-8") == quick_gen.render(), \
        "a list query or a model changed: run `python -m officerdesk.core.store.quick_gen`"


def test_the_sql_is_what_the_profile_engine_runs(store) -> None:  # type: ignore[no-untyped-def]
    dialect = store.engine.dialect
    for (kind, order, desc), sql in quick_sql.FIRST_PAGE.items():
        stmt = records.list_statement(kind, Filter(order_by=order, descending=desc), limit=1)
        assert str(stmt.compile(dialect=dialect)) == sql
    for kind, sql in quick_sql.COUNT.items():
        assert str(records.count_statement(kind).compile(dialect=dialect)) == sql


@pytest.fixture
def seeded_store(store):  # type: ignore[no-untyped-def]
    from officerdesk.core.demo import seed as demo

    with store.session_factory.begin() as s:
        demo.seed(s, post_code="WAS", records=700, seed=5)
    with store.session_factory.begin() as s:  # tombstones stay out of both
        post_id = identity.require(s).post_id
        for kind in ("meeting", "contact", "company_request"):
            for dto in records.list_records(s, kind, limit=3):
                records.delete(s, kind, dto.id)
        records.create(s, "contact", post_id=post_id, values={"name": "연결 없는 연락처", "organization_id": "01900000-0000-7000-8000-000000000000"})  # gone
    return store


def test_first_pages_and_counts_equal_the_orm(seeded_store) -> None:  # type: ignore[no-untyped-def]
    conn = seeded_store.connect()
    try:
        checked = 0
        for kind, order, desc in [*quick_sql.FIRST_PAGE, *((k, None, None) for k in quick_sql.COUNT)]:
            flt = Filter(order_by=order, descending=desc)
            assert quick.covers(kind, flt)
            for limit in (1, 60, 5000):
                with seeded_store.session_factory.begin() as s:
                    want, total = records.list_records(s, kind, flt, limit=limit), records.count(s, kind, flt)
                got = quick.first_page(conn, kind, flt, limit)
                assert got == want, (kind, order, desc, limit)
                assert quick.count(conn, kind, flt) == total
                checked += len(want)
        assert checked > 2000  # the demo data filled the lists, links and all
    finally:
        conn.close()


def test_default_views_equal_the_orm(seeded_store) -> None:  # type: ignore[no-untyped-def]
    """A list opens on its default view (today's work), read here like an unfiltered list."""
    import datetime as dt

    from officerdesk.core import saved_views

    conn = seeded_store.connect()
    try:
        seen = 0
        for kind in saved_views.DEFAULTS:
            for day in (dt.date.today(), dt.date.today() - dt.timedelta(days=400)):
                flt = saved_views.default_filter(kind, day)
                assert quick.covers(kind, flt)
                with seeded_store.session_factory.begin() as s:
                    want, total = records.list_records(s, kind, flt, limit=200), records.count(s, kind, flt)
                assert quick.first_page(conn, kind, flt, 200) == want, (kind, day)
                assert quick.count(conn, kind, flt) == total
                seen += len(want)
        assert seen > 200
    finally:
        conn.close()


def test_the_dashboard_equals_the_orms(seeded_store) -> None:  # type: ignore[no-untyped-def]
    """The dashboard the app reopens on, read before the ORM loads, is the ORM's own."""
    import datetime as dt

    from officerdesk.core.services import dashboard

    conn = seeded_store.connect()
    try:
        with seeded_store.session_factory.begin() as s:
            post_id = identity.require(s).post_id
        for day in (dt.date.today(), dt.date.today() - dt.timedelta(days=300)):
            for post in (None, post_id):
                with seeded_store.session_factory.begin() as s:
                    want = dashboard.dashboard(s, post_id=post, today=day)
                got = quick.dashboard(conn, post, day)
                assert got == want, (day, post)
                assert want.overdue.total and want.upcoming.total and want.meetings.items and want.open_by_status
    finally:
        conn.close()


def test_anything_else_is_left_to_the_orm(seeded_store) -> None:  # type: ignore[no-untyped-def]
    conn = seeded_store.connect()
    try:
        for kind, flt in (("meeting", Filter(text="협의")), ("company_request", Filter(status=("received",))),
                          ("follow_up", Filter(open_only=True, order_by="text")), ("meeting", Filter(order_by="location")),
                          ("meeting", Filter(include_deleted=True)), ("conflict", Filter()), ("post", Filter())):
            assert not quick.covers(kind, flt)
            assert quick.first_page(conn, kind, flt, 10) is None
            assert quick.count(conn, kind, flt) is None
    finally:
        conn.close()


def test_identity_equals_the_orm(store) -> None:  # type: ignore[no-untyped-def]
    conn = store.connect()
    try:
        with store.session_factory.begin() as s:
            assert quick.identity(conn) == identity.current(s) is not None
    finally:
        conn.close()


def test_a_profile_without_identity_is_left_to_the_orm(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.profiles import open_store

    store = open_store(tmp_path / "new")
    conn = store.connect()
    try:
        assert quick.identity(conn) is None  # no sync-state row yet
        with store.session_factory.begin() as s:
            assert identity.current(s) is None  # ... which this makes
        assert quick.identity(conn) is None  # a row, but no post yet: the first-run set-up
    finally:
        conn.close()
        store.close()


def test_opening_a_profile_does_not_load_the_orm(store) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.profiles import open_store

    again = open_store(store.paths.root)
    try:
        assert not again.orm_ready  # the key proven and the schema read on a plain connection
        with again.session_factory.begin() as s:
            assert identity.current(s) is not None
        assert again.orm_ready
    finally:
        again.close()
