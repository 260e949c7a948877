"""Activity figures are exact: each one equals a hand-written SQL count over the same profile."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from officerdesk.core.services import figures, identity, reports
from officerdesk.core.services.periods import parse_period

TODAY = dt.date(2026, 11, 3)


def sql(s, query: str, **params) -> int:  # type: ignore[no-untyped-def]
    return int(s.execute(text(query), params).scalar() or 0)


def test_activity_figures_match_sql_counts(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    period = parse_period("2026-10")
    p = {"post": data.post_id, "start": "2026-10-01", "end": "2026-11-01"}
    with store.session_factory.begin() as s:
        f = figures.activity_figures(s, data.post_id, period, today=TODAY)
        assert f.requests_opened == sql(s, "SELECT count(*) FROM company_request WHERE post_id=:post AND NOT deleted AND received >= :start AND received < :end", **p) == 4
        assert f.requests_closed == sql(s, "SELECT count(DISTINCT sc.request_id) FROM status_change sc JOIN company_request r ON r.id = sc.request_id WHERE r.post_id=:post AND NOT r.deleted AND NOT sc.deleted AND sc.to_status IN ('resolved','closed','rejected','duplicate') AND sc.at >= :start AND sc.at < :end", **p) == 2
        assert f.requests_overdue == sql(s, "SELECT count(*) FROM company_request WHERE post_id=:post AND NOT deleted AND status IN ('received','reviewing','in_progress','escalated') AND due IS NOT NULL AND due < :end", **p) == 1
        assert f.meetings_held == sql(s, "SELECT count(*) FROM meeting WHERE post_id=:post AND NOT deleted AND starts_at >= :start AND starts_at < :end", **p) == 3
        assert f.follow_ups_due == sql(s, "SELECT count(*) FROM follow_up WHERE post_id=:post AND NOT deleted AND due >= :start AND due < :end", **p) == 3
        assert f.follow_ups_done == sql(s, "SELECT count(*) FROM follow_up WHERE post_id=:post AND NOT deleted AND done AND due >= :start AND due < :end", **p) == 1
        assert f.trend_notes == sql(s, "SELECT count(*) FROM trend_note WHERE post_id=:post AND NOT deleted AND date >= :start AND date < :end", **p) == 3
        by_category = dict(f.by_category)
        for code, n in s.execute(text("SELECT category, count(*) FROM company_request WHERE post_id=:post AND NOT deleted AND received >= :start AND received < :end GROUP BY category"), p):
            assert by_category.pop(code) == n
        assert by_category == {}
        assert sum(n for _, n in f.by_status) == f.requests_opened


def test_deleted_records_are_not_counted(seeded) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core.services import records

    store, data = seeded
    period = parse_period("2026-10")
    with store.session_factory.begin() as s:
        before = figures.activity_figures(s, data.post_id, period, today=TODAY)
        records.delete(s, "meeting", data.ids["m2"])
        records.delete(s, "company_request", data.ids["req2"])
        after = figures.activity_figures(s, data.post_id, period, today=TODAY)
    assert after.meetings_held == before.meetings_held - 1
    assert after.requests_opened == before.requests_opened - 1


def test_rollup_columns_are_each_posts_figures_and_their_sum(seeded) -> None:  # type: ignore[no-untyped-def]
    store, _data = seeded
    period = parse_period("2026-10")
    with store.session_factory.begin() as s:
        rollup = reports.rollup_brief(s, period=period, today=TODAY)
        tyo = identity.post_by_code(s, "TYO")
        assert tyo is not None
        tyo_figures = figures.activity_figures(s, tyo.id, period, today=TODAY)
    by_code = {p.post_code: p.figures for p in rollup.posts}
    assert set(by_code) == {"WAS", "TYO"}
    assert by_code["TYO"] == tyo_figures
    assert by_code["TYO"].requests_opened == 2 and by_code["TYO"].meetings_held == 1
    assert rollup.totals.requests_opened == by_code["WAS"].requests_opened + by_code["TYO"].requests_opened
    assert dict(rollup.totals.by_category)["examination"] == 2


def test_restricted_records_are_counted_but_not_listed(seeded) -> None:  # type: ignore[no-untyped-def]
    store, _data = seeded
    with store.session_factory.begin() as s:
        brief = reports.activity_brief(s, period=parse_period("2026-10"), today=TODAY)
        full = reports.activity_brief(s, period=parse_period("2026-10"), include_restricted=True, today=TODAY)
    assert brief.figures == full.figures
    assert brief.figures.meetings_held == 3 and len(brief.meetings) == 2
    assert brief.heading.omitted_restricted == 4  # a meeting, a request, a follow-up, a trend note
    assert brief.heading.classification == "internal"
    assert full.heading.omitted_restricted == 0 and full.heading.classification == "restricted"
    assert {m.title for m in full.meetings} >= {"RESTRICTED-MEETING-TITLE"}
