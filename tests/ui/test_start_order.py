"""A fresh start: the list's first rows on a plain connection, then the ORM, then the editor."""

from __future__ import annotations

import logging


def test_the_editor_is_made_once_the_orm_is_loaded(seeded, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    import datetime as dt

    from officerdesk.core import saved_views
    from officerdesk.core.services import records
    from officerdesk.profiles import open_store
    from officerdesk.ui.app import start_window
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.main_window import MainWindow

    with seeded.store.session_factory.begin() as s:  # the list opens on its default view: from today on
        meetings = records.count(s, "meeting", saved_views.default_filter("meeting", dt.date.today()))
    assert meetings > 0
    store = open_store(seeded.store.paths.root)  # as the app opens it: no engine yet
    assert not store.orm_ready
    ctx = AppContext(store, lang="en", identity=seeded.identity)
    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: "quit")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.show()
        start_window(window)
        page = window.show_view("meeting")
        assert page.built_editor is None and not window.brief_record_action.isEnabled()
        backups = store.paths.backups
        assert not list(backups.glob("*-auto.db"))  # the daily backup waits for the first rows too
        qtbot.waitUntil(lambda: page.list.model.rowCount() > 0 and not page.list.model.counting, timeout=10_000)
        assert page.list.model.total == meetings
        qtbot.waitUntil(lambda: page.built_editor is not None, timeout=10_000)
        assert ctx.runner.orm_loaded and store.orm_ready
        assert window.brief_record_action.isEnabled()  # offered once the meeting editor is there
        qtbot.waitUntil(lambda: bool(list(backups.glob("*-auto.db"))), timeout=20_000)
        page.list.table.selectRow(0)
        qtbot.waitUntil(lambda: page.editor.record_id == page.list.current_id() is not None, timeout=10_000)
    finally:
        window.close()
        ctx.close()
    assert not window.auto_sync.timer.isActive()  # a closed window syncs no more


def test_the_reopened_list_has_its_rows_before_the_first_paint(seeded, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from officerdesk.profiles import open_store
    from officerdesk.ui.app import start_window
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.main_window import MainWindow

    store = open_store(seeded.store.paths.root)
    (store.paths.root / "ui.ini").write_text("[window]\nview=meeting\n", encoding="utf-8")  # reopens on meetings
    ctx = AppContext(store, lang="en", identity=seeded.identity)
    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: "quit")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.show()
        start_window(window)  # no pass of the event loop before these asserts: no paint yet either
        assert window.current_key() == "meeting"
        assert window.current_page().list.model.rowCount() > 0
        assert not ctx.runner.orm_loaded  # the plain reads only: the ORM still loads after the paint
        qtbot.waitUntil(lambda: window.current_page().built_editor is not None, timeout=10_000)
    finally:
        window.close()
        ctx.close()


def test_the_log_file_opens_at_its_first_record(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.paths import profile_paths
    from officerdesk.ui.app import setup_logging

    root = logging.getLogger("officerdesk")
    before = list(root.handlers)
    try:
        target = setup_logging(profile_paths(tmp_path / "p"))
        assert target is not None and not target.exists()
        assert setup_logging(profile_paths(tmp_path / "p")) == target
        assert len(root.handlers) == len(before) + 1  # one handler per file, however often set up
        logging.getLogger("officerdesk.ui").warning("cannot reach HQ: %s", "timeout")
        assert "WARNING officerdesk.ui: cannot reach HQ: timeout" in target.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[len(before):]:
            root.removeHandler(handler)
            handler.close()


def test_a_window_closed_before_the_orm_is_loaded_makes_no_editor_afterwards(seeded, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from officerdesk.profiles import open_store
    from officerdesk.ui.app import start_window
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.main_window import MainWindow

    store = open_store(seeded.store.paths.root)
    ctx = AppContext(store, lang="en", identity=seeded.identity)
    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: "quit")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    start_window(window)
    page = window.show_view("meeting")
    assert not ctx.runner.orm_loaded and page.built_editor is None
    window.close()
    ctx.close()  # the database thread loads the ORM on its way out; its signal arrives after the close
    qtbot.wait(300)
    ctx.runner._orm_loaded()  # and if it arrives later still, it starts nothing on a closed runner
    assert page.built_editor is None
