"""Brief building: an activity report over a 3,000-record post, and a 100-page brief."""

from __future__ import annotations

import datetime as dt
import io
import statistics
import time
from pathlib import Path
from typing import Any

RUNS = 3


def _median_seconds(work: Any, runs: int = RUNS) -> tuple[float, float, Any]:
    """Median wall-clock and CPU seconds (CPU time shows the work itself on a busy machine)."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), statistics.median(cpu), result


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def activity_over_3000(workdir: Path) -> dict[str, Any]:
    from bench.profiles import seeded_profile
    from officerdesk import briefs
    from officerdesk.core.report_dto import BriefOptions
    from officerdesk.core.services import reports
    from officerdesk.core.services.periods import parse_period
    from officerdesk.profiles import open_store

    profile = seeded_profile(3000)
    today = dt.date.today()
    # every seeded record falls in this range (the demo writes a year up to today and a few weeks on)
    period = parse_period(f"{today - dt.timedelta(days=430)}..{today + dt.timedelta(days=120)}")
    store = open_store(profile)
    try:
        def work() -> bytes:
            with store.session_factory.begin() as s:
                data = reports.activity_brief(s, period=period, include_restricted=True)
            return briefs.build("activity", data, BriefOptions(language="ko"))

        work()
        seconds, cpu, pdf = _median_seconds(work)
    finally:
        store.close()
    return {"name": f"activity report over 3,000 records ({_pages(pdf)} pages, gather + typeset)",
            "value": round(seconds, 3), "unit": "s", "target": "<= 2 s", "ok": seconds <= 2.0, "cpu_seconds": round(cpu, 3)}


def hundred_pages(workdir: Path) -> dict[str, Any]:
    from officerdesk import briefs
    from officerdesk.core import dto as d
    from officerdesk.core.report_dto import (
        ActivityBrief,
        ActivityFigures,
        BriefHeading,
        BriefOptions,
    )
    from officerdesk.core.services.periods import parse_period

    now = dt.datetime.now(dt.UTC)
    heading = BriefHeading(kind="activity", title="", post_code="WAS", post_name_ko="주미국 대사관", post_name_en="Embassy in Washington",
                           author="Bench Officer", generated_at=now, classification="internal", period=parse_period("2026"))
    meetings = tuple(
        d.MeetingDTO(id=f"m{n}", post_id="p", classification="internal", author="", updated_at=now.replace(tzinfo=None), deleted=False,
                     title=f"미국 특허상표청 실무 협의 {n} — talks on bad-faith trademark filings", kind="ip_office",
                     starts_at=dt.datetime(2026, 1, 1, 9) + dt.timedelta(hours=5 * n), location="USPTO, Alexandria, Virginia")
        for n in range(2100)  # about 100 pages
    )
    brief = ActivityBrief(heading, ActivityFigures(meetings_held=len(meetings)), meetings=meetings)
    seconds, cpu, pdf = _median_seconds(lambda: briefs.build("activity", brief, BriefOptions(language="ko")))
    pages = _pages(pdf)
    return {"name": f"{pages}-page brief (typeset)", "value": round(seconds, 3), "unit": "s",
            "target": "<= 5 s for 100 pages", "ok": seconds <= 5.0 and pages >= 100, "cpu_seconds": round(cpu, 3)}


def run(workdir: Path) -> list[dict[str, Any]]:
    return [activity_over_3000(workdir), hundred_pages(workdir)]
