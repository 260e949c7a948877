"""Lists open on today's work, saved views, search that tells the truth, and busy states (issue 14,
parts 3, 4 and 8), on real widgets."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import Qt

from officerdesk.core.listing import Filter
from officerdesk.core.services import records

TODAY = dt.date.today()


def _loaded(lst, qtbot):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(lst.model.loaded, timeout=10000):
        lst.start()
    return lst.model


def _rows(model):  # type: ignore[no-untyped-def]
    return [model.dto(r) for r in range(model.rowCount())]


def _list(ctx, qtbot, kind):  # type: ignore[no-untyped-def]
    from officerdesk.ui.views.record_list import RecordList

    lst = RecordList(ctx, kind)
    qtbot.addWidget(lst)
    lst.show()
    return lst


def test_lists_open_on_what_is_open_and_upcoming(seeded, qtbot):  # type: ignore[no-untyped-def]
    meetings = _loaded(_list(seeded, qtbot, "meeting"), qtbot)
    with seeded.store.session_factory.begin() as s:
        every_meeting = records.count(s, "meeting")
    shown = _rows(meetings)
    assert shown and 0 < meetings.total < every_meeting  # no history: nothing before today
    assert all(m.starts_at.date() >= TODAY for m in shown)
    assert [m.starts_at for m in shown] == sorted(m.starts_at for m in shown)  # soonest first

    requests = _loaded(_list(seeded, qtbot, "company_request"), qtbot)
    rows = _rows(requests)
    assert rows and {r.status for r in rows} <= {"received", "reviewing", "in_progress", "escalated"}
    dues = [r.due for r in rows if r.due is not None]
    assert dues == sorted(dues)  # by due date

    follow_ups = _loaded(_list(seeded, qtbot, "follow_up"), qtbot)
    assert follow_ups.rowCount() and not any(f.done for f in _rows(follow_ups))


def test_saved_views_and_an_officers_own(seeded, qtbot):  # type: ignore[no-untyped-def]
    lst = _list(seeded, qtbot, "company_request")
    model = _loaded(lst, qtbot)
    views = lst.filter_bar.views
    assert [views.itemText(i) for i in range(views.count()) if views.itemText(i)][:4] == [
        "Open requests", "My open requests", "Overdue", "All"]
    with qtbot.waitSignal(model.loaded, timeout=10000):
        views.activated.emit(views.findData("overdue"))
    overdue = _rows(model)
    assert overdue and all(r.due is not None and r.due < TODAY for r in overdue)
    assert {r.status for r in overdue} <= {"received", "reviewing", "in_progress", "escalated"}
    with qtbot.waitSignal(model.loaded, timeout=10000):
        views.activated.emit(views.findData("all"))
    assert model.total > len(overdue)

    status = lst.filter_bar.combos["status"]
    with qtbot.waitSignal(model.loaded, timeout=10000):
        status.setCurrentIndex(status.findData("in_progress"))
    lst.filter_bar.keep_view("In progress ones", lst.filter_bar.current_with_order())
    again = _list(seeded, qtbot, "company_request")  # a new list reads it from the profile's settings
    key = again.filter_bar.views.findData("user:In progress ones")
    assert key >= 0
    again_model = _loaded(again, qtbot)
    with qtbot.waitSignal(again_model.loaded, timeout=10000):
        again.filter_bar.views.activated.emit(key)
    assert again.filter_bar.combos["status"].currentData() == "in_progress"
    assert {r.status for r in _rows(again_model)} == {"in_progress"}

    meetings = _list(seeded, qtbot, "meeting")
    week = _loaded(meetings, qtbot)
    with qtbot.waitSignal(week.loaded, timeout=10000):
        meetings.show_view("this_week")
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    assert all(monday <= m.starts_at.date() <= monday + dt.timedelta(days=6) for m in _rows(week))


def test_the_list_filter_finds_alternate_names_and_words_inside_compounds(ctx, qtbot):  # type: ignore[no-untyped-def]
    with ctx.store.session_factory.begin() as s:
        records.create(s, "contact", post_id=ctx.post_id, values={"name": "山田太郎", "name_alt": "Yamada Taro 야마다 타로"})
        records.create(s, "contact", post_id=ctx.post_id, values={"name": "Kim Minsu"})
        records.create(s, "company_request", post_id=ctx.post_id, values={"title": "온라인 위조상품 신고 지원"})
    contacts = _list(ctx, qtbot, "contact")
    model = _loaded(contacts, qtbot)
    assert model.total == 2
    for word in ("Yamada", "야마다", "山田"):
        with qtbot.waitSignal(model.loaded, timeout=10000):
            contacts.filter_bar.text.setText(word)
        assert [c.name for c in _rows(model)] == ["山田太郎"], word
    requests = _list(ctx, qtbot, "company_request")
    found = _loaded(requests, qtbot)
    with qtbot.waitSignal(found.loaded, timeout=10000):
        requests.filter_bar.text.setText("상품")  # inside 위조상품: the search index's rule, not LIKE on a prefix
    assert [r.title for r in _rows(found)] == ["온라인 위조상품 신고 지원"]


def test_search_gives_real_totals_more_and_each_hits_facts(ctx, qtbot):  # type: ignore[no-untyped-def]
    from officerdesk.ui.views import search_everywhere as se

    with ctx.store.session_factory.begin() as s:
        for i in range(75):
            records.create(s, "follow_up", post_id=ctx.post_id, values={"text": f"Quokka permit check {i}", "due": TODAY})
        records.create(s, "company_request", post_id=ctx.post_id, values={"title": "Quokka trademark", "due": TODAY})
    popup = se.SearchEverywhere(ctx)
    qtbot.addWidget(popup)
    popup.show()
    with qtbot.waitSignal(popup.searched, timeout=10000):
        popup.query.setText("quokka")
    texts = [popup.results.item(i).text() for i in range(popup.results.count())]
    assert "Follow-ups  ·  75" in texts and "Company requests  ·  1" in texts
    assert popup.status.text().startswith("76 result")  # all of them, not the 60 shown (no English .qm: "(s)")
    more = [popup.results.item(i) for i in range(popup.results.count()) if popup.results.item(i).data(se.MORE_ROLE)]
    assert len(more) == 1 and more[0].data(se.MORE_ROLE) == "follow_up"
    shown = sum(1 for i in range(popup.results.count()) if (popup.results.item(i).data(se.HIT_ROLE) or ("",))[0] == "follow_up")
    assert shown < 75
    label = popup.results.itemWidget(next(popup.results.item(i) for i in range(popup.results.count())
                                          if (popup.results.item(i).data(se.HIT_ROLE) or ("",))[0] == "company_request"))
    assert "Received" in label.text() and ctx.identity.post_code in label.text()  # status and post
    popup.results.setCurrentItem(more[0])
    with qtbot.waitSignal(popup.searched, timeout=10000):
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)  # Enter on "more…" fetches the rest of that type
    shown = sum(1 for i in range(popup.results.count()) if (popup.results.item(i).data(se.HIT_ROLE) or ("",))[0] == "follow_up")
    assert shown == 75
    assert not any(popup.results.item(i).data(se.MORE_ROLE) for i in range(popup.results.count()))
    assert popup.isVisible()


def test_search_and_the_dashboard_say_when_they_are_busy(ctx, qtbot):  # type: ignore[no-untyped-def]
    from officerdesk.ui.views.dashboard import DashboardView
    from officerdesk.ui.views.search_everywhere import SearchEverywhere

    popup = SearchEverywhere(ctx)
    qtbot.addWidget(popup)
    popup.show()
    ctx.runner.query(lambda _s: time.sleep(0.5))  # the database lane is busy with other work
    popup.query.setText("anything")
    qtbot.waitUntil(lambda: popup.busy, timeout=2000)
    assert popup.status.text() == "Searching…" and popup.cursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.waitUntil(lambda: not popup.busy, timeout=10000)
    assert popup.status.text() == "No results"

    board = DashboardView(ctx)
    qtbot.addWidget(board)
    board.show()
    ctx.runner.query(lambda _s: time.sleep(0.8))
    board.start()
    qtbot.wait(100)
    assert board.heading.text() != "Loading…"  # quick work never flashes a busy state
    qtbot.waitUntil(lambda: board.heading.text() == "Loading…", timeout=2000)
    assert board.cursor().shape() == Qt.CursorShape.BusyCursor
    with qtbot.waitSignal(board.refreshed, timeout=10000):
        pass
    assert board.heading.text().startswith("Today") and board.cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_slow_list_says_it_is_loading(seeded, qtbot):  # type: ignore[no-untyped-def]
    lst = _list(seeded, qtbot, "meeting")
    model = _loaded(lst, qtbot)
    seeded.runner.query(lambda _s: time.sleep(0.7))  # the lane is busy: the next page waits
    model.reload()
    qtbot.wait(100)
    assert not lst.loading_shown  # quick answers never flash it
    qtbot.waitUntil(lambda: lst.loading_shown, timeout=2000)
    assert lst.count.text() == "Loading…" and lst.table.cursor().shape() == Qt.CursorShape.BusyCursor
    with qtbot.waitSignal(model.loaded, timeout=10000):
        pass
    assert not lst.loading_shown and "record" in lst.count.text()  # "8 records" (or "record(s)" untranslated)
    assert lst.table.cursor().shape() != Qt.CursorShape.BusyCursor


def test_dashboard_counts_days_overdue_and_opens_the_filtered_list(window, qtbot):  # type: ignore[no-untyped-def]
    board = window.show_view("dashboard")
    qtbot.waitUntil(lambda: board.overdue.list.count() > 0 and not board.loading, timeout=10000)
    with window.ctx.store.session_factory.begin() as s:
        late = records.count(s, "company_request", Filter(due_before=TODAY))
    assert late > 0
    assert board.overdue.title.text().startswith("Overdue  ·  ")
    first = board.overdue.list.item(0).text()
    assert first.split()[0].isdigit() and " overdue  ·  " in first  # "33 day(s) overdue · Request · …"
    days = [int(board.overdue.list.item(i).text().split()[0]) for i in range(board.overdue.list.count())
            if board.overdue.list.item(i).text()[0].isdigit()]
    assert days == sorted(days)  # what slipped most recently first, not last year's
    link = next(board.overdue.list.item(i) for i in range(board.overdue.list.count())
                if board.overdue.list.item(i).text() == f"All {late} overdue requests")
    rect = board.overdue.list.visualItemRect(link)
    qtbot.mouseClick(board.overdue.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "company_request"
    page = window.current_page()
    qtbot.waitUntil(lambda: not page.list.model.counting and page.list.model.filter.due_before == TODAY, timeout=10000)
    qtbot.waitUntil(lambda: page.list.model.total == late, timeout=10000)
    assert page.list.filter_bar.views.currentData() == "overdue"


def test_a_narrow_list_sheds_low_value_columns_and_never_scrolls_sideways(seeded, qtbot):  # type: ignore[no-untyped-def]
    lst = _list(seeded, qtbot, "company_request")
    _loaded(lst, qtbot)
    header = lst.table.horizontalHeader()
    keys = [c.key for c in lst.model.columns]

    def shown() -> set[str]:
        return {k for i, k in enumerate(keys) if not header.isSectionHidden(i)}

    lst.resize(1500, 500)
    qtbot.waitUntil(lambda: shown() == set(keys), timeout=5000)
    lst.resize(560, 500)  # the list beside the editor on a 13-inch laptop at 125 %
    qtbot.waitUntil(lambda: "category" not in shown(), timeout=5000)
    assert {"title", "status", "due"} <= shown()  # what an officer scans for stays
    used = sum(header.sectionSize(i) for i in range(len(keys)) if not header.isSectionHidden(i))
    assert used <= lst.table.viewport().width() + 1  # everything shown fits: no sideways scroll
    assert header.sectionSize(keys.index("title")) >= 100
    lst._column_menu(header.rect().center())  # the header's menu: every column but the title
    names = [a.text() for a in lst.column_menu.actions()]
    assert "Title" not in names and "Category" in names and "Status" in names
    category = next(a for a in lst.column_menu.actions() if a.text() == "Category")
    assert not category.isChecked()
    category.setChecked(True)  # the officer's choice wins over shedding
    assert "category" in shown()
    next(a for a in lst.column_menu.actions() if a.text() == "Status").setChecked(False)
    assert "status" not in shown()
    lst.close()
