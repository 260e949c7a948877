"""The lazy record table: pages through the runner, database sorting and filtering, modeltest."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from officerdesk.core.services import records
from officerdesk.ui.models import record_table
from officerdesk.ui.models.record_table import DatabaseSortProxy, RecordTableModel


@pytest.fixture
def requests(ctx):
    with ctx.store.session_factory.begin() as s:
        for i in range(450):
            records.create(s, "company_request", post_id=ctx.post_id, values={
                "title": f"Request {i:03d}", "category": "counterfeit" if i % 3 else "patent_dispute",
                "priority": "urgent" if i % 10 == 0 else "normal",
                "received": dt.date(2026, 1, 1) + dt.timedelta(days=i % 300)})
    return ctx


def _loaded(model, qtbot):
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.reload()


def test_first_page_then_more_on_demand(requests, qtbot):
    model = RecordTableModel(requests, "company_request")
    _loaded(model, qtbot)
    assert model.total == 450
    assert model.rowCount() == record_table.PAGE
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * record_table.PAGE, timeout=10000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=10000)
    assert not model.canFetchMore()
    assert len({model.dto(r).id for r in range(450)}) == 450


def test_passes_modeltest(requests, qtbot, qtmodeltester):
    model = RecordTableModel(requests, "company_request")
    _loaded(model, qtbot)
    qtmodeltester.check(model)
    proxy = DatabaseSortProxy(model)
    qtmodeltester.check(proxy)


def test_sort_goes_to_the_database(requests, qtbot):
    model = RecordTableModel(requests, "company_request")
    proxy = DatabaseSortProxy(model)
    _loaded(model, qtbot)
    title = [c.key for c in model.columns].index("title")
    with qtbot.waitSignal(model.loaded, timeout=10000):
        proxy.sort(title, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, title).data() == "Request 449"
    with qtbot.waitSignal(model.loaded, timeout=10000):
        proxy.sort(title, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, title).data() == "Request 000"
    assert model.total == 450


def test_filter_counts_and_labels(requests, qtbot):
    model = RecordTableModel(requests, "company_request")
    model.set_filter(records.Filter(priority=("urgent",)))
    _loaded(model, qtbot)
    assert model.total == 45
    priority = [c.key for c in model.columns].index("priority")
    assert {model.index(r, priority).data() for r in range(model.rowCount())} == {"Urgent"}
    requests.lang = "ko"
    assert model.index(0, priority).data() == "긴급"


def test_write_elsewhere_reloads_the_list(requests, qtbot):
    model = RecordTableModel(requests, "organization")
    _loaded(model, qtbot)
    assert model.total == 0
    with qtbot.waitSignal(model.loaded, timeout=10000):
        requests.runner.write(
            lambda s: records.create(s, "organization", post_id=requests.post_id, values={"name": "KIPO"}))
    assert model.total == 1
    assert model.index(0, 0).data() == "KIPO"


def test_hidden_row_leaves_the_proxy(requests, qtbot):
    model = RecordTableModel(requests, "company_request")
    proxy = DatabaseSortProxy(model)
    _loaded(model, qtbot)
    first = proxy.record_id(proxy.index(0, 0))
    proxy.hide_record(first)
    assert proxy.rowCount() == model.rowCount() - 1
    assert proxy.record_id(proxy.index(0, 0)) != first


def test_hq_analysts_filter_by_post(requests, qtbot):
    import dataclasses

    from officerdesk.core.services import identity
    from officerdesk.ui.views.record_list import RecordList

    with requests.store.session_factory.begin() as s:
        other = identity.ensure_post(s, code="GVA", name_en="Geneva")
        other_id = other.id
        records.create(s, "company_request", post_id=other_id, values={"title": "Geneva request"})
    requests.identity = dataclasses.replace(requests.identity, role="hq_analyst")
    lst = RecordList(requests, "company_request")
    qtbot.addWidget(lst)
    posts = lst.filter_bar.post
    assert posts is not None
    qtbot.waitUntil(lambda: posts.count() == 3, timeout=10000)  # all posts, GVA, WAS
    with qtbot.waitSignal(lst.model.loaded, timeout=10000):
        lst.start()
    assert lst.model.total == 451
    with qtbot.waitSignal(lst.model.loaded, timeout=10000):
        posts.setCurrentIndex(posts.findData(other_id))
    assert lst.model.total == 1
    assert lst.model.index(0, 1).data() == "Geneva request"


def test_an_empty_list_says_what_to_do(ctx, qtbot):
    from officerdesk.ui.views.record_list import RecordList

    lst = RecordList(ctx, "trend_note")
    qtbot.addWidget(lst)
    lst.show()
    with qtbot.waitSignal(lst.model.loaded, timeout=10000):
        lst.start()
    assert lst.empty.isVisible() and "Ctrl+N" in lst.empty.text()
    with qtbot.waitSignal(lst.model.loaded, timeout=10000):
        ctx.runner.write(lambda s: records.create(s, "trend_note", post_id=ctx.post_id, values={"title": "RCEP"}))
    assert not lst.empty.isVisible()
    with qtbot.waitSignal(lst.model.loaded, timeout=10000):
        qtbot.keyClicks(lst.filter_bar.text, "zzz")
    assert lst.empty.isVisible() and lst.empty.text() == "No records match the filter."
