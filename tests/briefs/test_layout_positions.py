"""Golden positions of the page furniture: banner centred at top and bottom, header and footer
on the margins, the page number flush right, body text inside the frame."""

from __future__ import annotations

import datetime as dt

import pytest
from pdfcheck import reader

from officerdesk import briefs
from officerdesk.briefs import fonts
from officerdesk.briefs.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from officerdesk.core.report_dto import BriefOptions
from officerdesk.core.services import reports

NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)


def placed_text(pdf: bytes, page: int) -> list[tuple[str, float, float]]:
    seen: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            seen.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return seen


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("letter", (612.0, 792.0))])
def test_furniture_sits_where_it_should_on_every_page(seeded, paper: str, size: tuple[float, float]) -> None:  # type: ignore[no-untyped-def]
    store, _data = seeded
    with store.session_factory.begin() as s:
        brief = reports.contact_sheet(s, now=NOW)
    pdf = briefs.build("contacts", brief, BriefOptions(language="en", paper=paper))
    width, height = size
    banner = "INTERNAL · 내부"
    banner_width = fonts.string_width(banner, 8, fonts.BOLD)
    for page in range(len(reader(pdf).pages)):
        items = placed_text(pdf, page)
        banners = [(x, y) for t, x, y in items if t == banner]
        assert len(banners) == 2
        for x, _y in banners:
            assert abs(x + banner_width / 2 - width / 2) < 1.0  # centred
        assert max(y for _x, y in banners) > height - 32 and min(y for _x, y in banners) < 24
        header = next((x, y) for t, x, y in items if t.startswith("Embassy in Washington"))
        assert abs(header[0] - MARGIN_X) < 0.5 and header[1] > height - MARGIN_TOP
        label = next((t, x, y) for t, x, y in items if t.startswith("Page "))
        right = label[1] + fonts.string_width(label[0], 7.5)
        assert abs(right - (width - MARGIN_X)) < 1.0 and label[2] < MARGIN_BOTTOM  # flush right, in the footer
        body = [(x, y) for t, x, y in items if MARGIN_BOTTOM < y < height - MARGIN_TOP]
        assert body and all(MARGIN_X - 0.5 <= x <= width - MARGIN_X for x, _y in body)
