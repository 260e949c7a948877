"""One time policy: a record is dated on its own calendar, periods select by those dates, and
timestamps are shown in Korea Standard Time with the zone named for people."""

from __future__ import annotations

import datetime as dt

from pdfcheck import pages_text, squash

from officerdesk import briefs
from officerdesk.briefs.labels import Labels
from officerdesk.core import timepolicy
from officerdesk.core.report_dto import BriefOptions
from officerdesk.core.services import figures, records, reports
from officerdesk.core.services.periods import parse_period

TODAY = dt.date(2026, 11, 20)
# 20:30 on Saturday 31 Oct in Washington (EDT, UTC-4) is 00:30 on 1 Nov in UTC
WASHINGTON_DINNER = dt.datetime(2026, 11, 1, 0, 30)
# 08:30 on Sunday 1 Nov in Tokyo (UTC+9) is 23:30 on 31 Oct in UTC
TOKYO_BREAKFAST = dt.datetime(2026, 10, 31, 23, 30)


def _meetings(store, post_id: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        dinner = records.create(s, "meeting", post_id=post_id, values={
            "title": "Dinner with the USPTO deputy", "kind": "ip_office",
            "starts_at": WASHINGTON_DINNER.isoformat(), "tz": "America/New_York"}).id
        breakfast = records.create(s, "meeting", post_id=post_id, values={
            "title": "Breakfast with the JPO", "kind": "ip_office",
            "starts_at": TOKYO_BREAKFAST.isoformat(), "tz": "Asia/Tokyo"}).id
    return {"dinner": dinner, "breakfast": breakfast}


def test_a_meeting_is_counted_in_the_month_of_its_local_date(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    with store.session_factory.begin() as s:
        october_before = figures.activity_figures(s, data.post_id, parse_period("2026-10"), today=TODAY).meetings_held
        november_before = figures.activity_figures(s, data.post_id, parse_period("2026-11"), today=TODAY).meetings_held
    ids = _meetings(store, data.post_id)
    with store.session_factory.begin() as s:
        october = reports.activity_brief(s, period=parse_period("2026-10"), today=TODAY)
        november = reports.activity_brief(s, period=parse_period("2026-11"), today=TODAY)
        dinner = reports.meeting_brief(s, ids["dinner"])
    # the Washington dinner is October's, the Tokyo breakfast November's, whatever their UTC days
    assert october.figures.meetings_held == october_before + 1
    assert november.figures.meetings_held == november_before + 1
    assert ids["dinner"] in {m.id for m in october.meetings} and ids["breakfast"] not in {m.id for m in october.meetings}
    assert ids["breakfast"] in {m.id for m in november.meetings} and ids["dinner"] not in {m.id for m in november.meetings}
    quarter = figures.activity_figures  # a quarter selects by the same local dates
    with store.session_factory.begin() as s:
        q4 = quarter(s, data.post_id, parse_period("2026-Q4"), today=TODAY).meetings_held
    assert q4 == october.figures.meetings_held + november.figures.meetings_held
    # the dinner's own brief is dated 31 Oct, as its page says, and names the zone for people
    assert dinner.heading.as_of == dt.date(2026, 10, 31)
    text = "".join(pages_text(briefs.build("meeting", dinner, BriefOptions(language="en"))))
    assert "31 Oct 2026 20:30 (US Eastern Time)" in text and "America/New_York" not in text
    ko = "".join(pages_text(briefs.build("meeting", dinner, BriefOptions(language="ko"))))
    assert "2026. 10. 31. 20:30 (미 동부 시간)" in ko and "2026. 11. 1." not in ko.split("작성 일시")[0]
    # the October report lists the dinner on 31 Oct
    report = "".join(pages_text(briefs.build("activity", october, BriefOptions(language="en"))))
    assert "31 Oct 2026" in report and "Dinner with the USPTO deputy" in report


def test_the_record_list_filters_meetings_by_the_same_local_date(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    ids = _meetings(store, data.post_id)
    oct31, nov1 = dt.date(2026, 10, 31), dt.date(2026, 11, 1)

    def listed(first: dt.date | None, last: dt.date | None) -> set[str]:
        flt = records.Filter(post_id=data.post_id, date_from=first, date_to=last)
        with store.session_factory.begin() as s:
            return {r.id for r in records.list_records(s, "meeting", flt)} & set(ids.values())

    # 31 Oct is the dinner's day in Washington though 1 Nov in UTC; the breakfast the reverse
    assert listed(oct31, oct31) == {ids["dinner"]}
    assert listed(nov1, nov1) == {ids["breakfast"]}
    assert listed(None, oct31) == {ids["dinner"]} and listed(nov1, None) == {ids["breakfast"]}
    # the list and the figures agree on the month, meeting by meeting
    with store.session_factory.begin() as s:
        october = {m.id for m in reports.activity_brief(s, period=parse_period("2026-10"), today=TODAY).meetings}
    assert listed(dt.date(2026, 10, 1), oct31) == october & set(ids.values()) == {ids["dinner"]}


def test_status_history_is_shown_in_kst_with_the_zone_named(seeded) -> None:  # type: ignore[no-untyped-def]
    store, data = seeded
    with store.session_factory.begin() as s:
        case = reports.case_brief(s, data.ids["req1"])
    text = "".join(pages_text(briefs.build("case", case, BriefOptions(language="ko"))))
    at = case.history[0].at  # naive UTC
    assert squash(Labels("ko").timestamp(at)) in squash(text)  # the cell may wrap the zone's name
    assert "(한국 표준시)" in text and " UTC" not in text


def test_zone_names_are_for_people_and_bounds_follow_the_zone() -> None:
    assert timepolicy.zone_name("America/New_York", "ko") == "미 동부 시간"
    assert timepolicy.zone_name("America/New_York", "en") == "US Eastern Time"
    assert timepolicy.zone_name("Asia/Seoul", "en") == "Korea Standard Time"
    assert timepolicy.zone_name("+05:30", "en") == "UTC+05:30"
    assert timepolicy.zone_name("Asia/Kathmandu", "en", dt.datetime(2026, 1, 1)) == "UTC+05:45 Kathmandu"
    assert timepolicy.record_zone("", "Asia/Tokyo") == "Asia/Tokyo"
    assert timepolicy.record_zone("Europe/Zurich", "Asia/Tokyo") == "Europe/Zurich"
    # October in New York starts at 04:00 UTC (EDT) and ends at 05:00 UTC (EST after 1 Nov)
    assert timepolicy.utc_bounds(dt.date(2026, 10, 1), dt.date(2026, 11, 1), "America/New_York") == (
        dt.datetime(2026, 10, 1, 4), dt.datetime(2026, 11, 1, 4))
    assert timepolicy.utc_bounds(dt.date(2026, 11, 1), dt.date(2026, 12, 1), "America/New_York") == (
        dt.datetime(2026, 11, 1, 4), dt.datetime(2026, 12, 1, 5))
    assert timepolicy.local_date(WASHINGTON_DINNER, "America/New_York") == dt.date(2026, 10, 31)
    assert timepolicy.local_date(TOKYO_BREAKFAST, "Asia/Tokyo") == dt.date(2026, 11, 1)
    assert Labels("ko").timestamp(dt.datetime(2026, 11, 3, 9, 30)) == "2026. 11. 3. 18:30 (한국 표준시)"
    assert Labels("en").timestamp(dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)) == "3 Nov 2026 18:30 (Korea Standard Time)"


def test_the_app_names_a_meeting_zone_as_the_briefs_do() -> None:
    from officerdesk.ui import formatting

    assert formatting.meeting_time(WASHINGTON_DINNER, "America/New_York", "en").endswith("(US Eastern Time)")
    assert formatting.meeting_time(WASHINGTON_DINNER, "America/New_York", "ko").endswith("(미 동부 시간)")
    assert formatting.in_zone(TOKYO_BREAKFAST, "Asia/Tokyo").date() == dt.date(2026, 11, 1)
