"""Saved views: the built-in ones are made for a day; an officer's own come back as saved."""

from __future__ import annotations

import datetime as dt

from officerdesk.core import saved_views
from officerdesk.core.listing import Filter


def test_an_officers_filter_comes_back_as_saved() -> None:
    flt = Filter(text="상표 침해", status=("in_progress", "escalated"), date_from=dt.date(2026, 1, 5),
                 due_before=dt.date(2026, 12, 1), open_only=True, order_by="due", descending=False)
    assert saved_views.from_json(saved_views.to_json(flt)) == flt
    assert saved_views.from_json(saved_views.to_json(Filter())) == Filter()
    # a newer app's field is left out, not an error
    assert saved_views.from_json('{"text": "x", "colour": "red"}') == Filter(text="x")


def test_built_in_views_move_with_the_calendar() -> None:
    wednesday = dt.date(2026, 12, 9)
    week = saved_views.find("meeting", "this_week")
    assert week is not None
    flt = week.make(wednesday, None)
    assert (flt.date_from, flt.date_to) == (dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    mine = saved_views.find("company_request", "mine")
    assert mine is not None and mine.make(wednesday, "officer-1").assignee == "officer-1"
    assert saved_views.default_filter("meeting", wednesday).date_from == wednesday
    assert saved_views.default_filter("contact", wednesday) == Filter()
    assert [v.key for v in saved_views.built_in("company_request")] == ["default", "mine", "overdue"]
