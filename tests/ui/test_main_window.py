"""The main window: every view shows, navigation, actions, search everywhere, state, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from officerdesk.core.services import records
from officerdesk.ui.main_window import MainWindow
from officerdesk.ui.navigation import RECORD_SCREENS, SCREENS


def _loaded(page, qtbot):
    model = page.list.model
    qtbot.waitUntil(lambda: model.total > 0 and model.rowCount() > 0, timeout=10000)
    return model


def test_title_names_the_post_and_officer(window):
    assert window.windowTitle() == "OfficerDesk — WAS · 김민수"


def test_every_view_shows(window, qtbot):
    for screen in SCREENS:
        page = window.show_view(screen.key)
        assert window.stack.currentWidget() is page
        assert page.isVisible()
        if screen.key in RECORD_SCREENS:
            model = _loaded(page, qtbot)
            assert model.columnCount() >= 4
            assert page.editor is not None


def test_dashboard_lists_items_that_open_their_record(window, qtbot):
    board = window.show_view("dashboard")
    qtbot.waitSignal(board.refreshed, timeout=10000).wait() if board.meetings.list.count() == 0 else None
    qtbot.waitUntil(lambda: board.meetings.list.count() > 0, timeout=10000)
    item = board.meetings.list.item(0)
    record_type, record_id = item.data(Qt.ItemDataRole.UserRole + 2)
    assert record_type == "meeting"
    rect = board.meetings.list.visualItemRect(item)
    qtbot.mouseClick(board.meetings.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "meeting"
    page = window.current_page()
    qtbot.waitUntil(lambda: page.list.current_id() == record_id, timeout=10000)


def test_shortcuts_navigate_and_refresh(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "company_request"
    page = window.current_page()
    _loaded(page, qtbot)
    with qtbot.waitSignal(page.list.model.loaded, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_filter_by_text_and_status_then_sort(window, qtbot):
    page = window.show_view("company_request")
    model = _loaded(page, qtbot)
    everything = model.total
    status = page.list.filter_bar.combos["status"]
    with qtbot.waitSignal(model.loaded, timeout=10000):
        status.setCurrentIndex(status.findData("in_progress"))
    assert 0 < model.total < everything
    column = [c.key for c in model.columns].index("status")
    assert {model.index(r, column).data() for r in range(model.rowCount())} == {"In progress"}
    with qtbot.waitSignal(model.loaded, timeout=10000):
        status.setCurrentIndex(0)
    # QTest types ASCII only: filter by the first word of a title written in Latin letters
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    word = next(t.split()[0] for t in titles if t.isascii())
    with qtbot.waitSignal(model.loaded, timeout=10000):
        qtbot.keyClicks(page.list.filter_bar.text, word)
    assert all(word.lower() in model.index(r, 1).data().lower() for r in range(model.rowCount()))  # LIKE ignores ASCII case
    header = page.list.table.horizontalHeader()
    with qtbot.waitSignal(model.loaded, timeout=10000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=header.rect().topLeft() + _section_center(header, 1))
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert titles in (sorted(titles), sorted(titles, reverse=True))


def _section_center(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_selecting_a_row_loads_the_editor_and_new_clears_it(window, qtbot):
    page = window.show_view("organization")
    _loaded(page, qtbot)
    page.list.table.selectRow(0)
    wanted = page.list.current_id()
    assert wanted
    qtbot.waitUntil(lambda: getattr(page.editor, "record_id", None) == wanted, timeout=10000)
    window.new_action.trigger()
    qtbot.waitUntil(lambda: getattr(page.editor, "record_id", "x") is None, timeout=10000)


def test_search_everywhere_opens_the_record(window, qtbot):
    with window.ctx.store.session_factory.begin() as s:
        org = records.create(s, "organization", post_id=window.ctx.post_id, values={"name": "Zyxwv Patent Office"})
    window.search_action.trigger()
    popup = window.search_popup
    assert popup.isVisible()
    with qtbot.waitSignal(popup.searched, timeout=10000):
        qtbot.keyClicks(popup.query, "Zyxwv")
    assert popup.results.count() >= 2  # a group heading and the hit
    assert "<b>Zyxwv</b>" in popup.results.itemWidget(popup.results.currentItem()).text()
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.current_key() == "organization"
    page = window.current_page()
    qtbot.waitUntil(lambda: getattr(page.editor, "record_id", None) == org.id, timeout=10000)


def test_window_state_is_restored(seeded, qtbot, monkeypatch):
    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: "quit")
    first = MainWindow(seeded)
    qtbot.addWidget(first)
    first.show()
    first.start()
    first.resize(760, 540)  # inside the offscreen screen, which restoreGeometry respects
    page = first.show_view("contact")
    qtbot.waitUntil(lambda: page.width() > 700)  # laid out at the window's width: list beside editor
    page.splitter.setSizes([300, 700])
    page.list.table.setColumnWidth(2, 333)  # Organization: never shed when the list is narrow
    kept = page.splitter.sizes()
    first.close()
    second = MainWindow(seeded)
    qtbot.addWidget(second)
    second.show()
    second.start()
    assert second.current_key() == "contact"
    assert (second.width(), second.height()) == (760, 540)
    again = second.current_page()
    assert again.list.table.columnWidth(2) == 333
    assert again.splitter.sizes() == kept
    second.close()


def test_delete_then_undo_from_the_status_bar(window, qtbot):
    with window.ctx.store.session_factory.begin() as s:
        org = records.create(s, "organization", post_id=window.ctx.post_id, values={"name": "Short-lived"})
        records.delete(s, "organization", org.id)
    window.ctx.announce_deleted("organization", org.id, "Short-lived")
    strip = window.status.undo
    assert strip.isVisible() and "Short-lived" in strip.label.text()
    with qtbot.waitSignal(window.status.undone, timeout=10000):
        qtbot.mouseClick(strip.button, Qt.MouseButton.LeftButton)
    with window.ctx.store.session_factory.begin() as s:
        assert records.get(s, "organization", org.id).display_title == "Short-lived"
    assert window.current_key() == "organization"


def test_sync_now_without_enrolment_offers_hq_connection(window, qtbot):
    window.sync_action.trigger()
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "notEnrolled" and w.isVisible())
    go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    go.click()
    settings = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "settingsDialog" and w.isVisible())
    assert settings.tabs.currentIndex() == 1
    settings.reject()


def test_status_bar_counts_pending_changes(window, qtbot):
    qtbot.waitUntil(lambda: "to send" in window.status.pending.text(), timeout=10000)
    assert window.status.online.text() == "HQ: not connected"


def test_search_snippets_show_matches_highlighted_not_as_marks(window, qtbot):
    from officerdesk.ui.views.search_everywhere import highlight

    assert highlight("a «특허» <b> & «x»", "") == "a <b>특허</b> &lt;b&gt; &amp; <b>x</b>"
    with window.ctx.store.session_factory.begin() as s:
        records.create(s, "trend_note", post_id=window.ctx.post_id, values={
            "title": "Fee notice", "topic": "Fees", "date": "2026-10-05",
            "summary": "The office announced that the Qwertzfee rises in January for all applicants."})
    window.search_action.trigger()
    popup = window.search_popup
    with qtbot.waitSignal(popup.searched, timeout=10000):
        qtbot.keyClicks(popup.query, "Qwertzfee")
    labels = [popup.results.itemWidget(popup.results.item(i)) for i in range(popup.results.count())]
    texts = [label.text() for label in labels if label is not None]
    snippet = next(t for t in texts if "rises in January" in t)
    assert "<b>Qwertzfee</b>" in snippet and "«" not in snippet and "»" not in snippet
    popup.close()


def test_a_crowded_filter_bar_gives_the_text_its_own_row(window, qtbot):
    requests_bar = window.show_view("company_request").list.filter_bar
    qtbot.waitUntil(lambda: requests_bar.text.width() > 0)
    first_row_end = max(requests_bar.text.geometry().bottom(), requests_bar.open_only.geometry().bottom())
    assert requests_bar.open_only.geometry().left() > requests_bar.text.geometry().right()  # beside the text ...
    assert all(c.geometry().top() > first_row_end for c in requests_bar.combos.values())  # ... the choices below
    assert requests_bar.text.width() >= requests_bar.width() // 3  # the dates share its row (a narrow window)
    assert requests_bar.date_from.text() == "From"  # an empty date says what it is for
    contacts_bar = window.show_view("contact").list.filter_bar
    qtbot.waitUntil(lambda: contacts_bar.text.width() > 0)
    assert contacts_bar.date_from.geometry().top() < contacts_bar.text.geometry().bottom()  # room for one row


def test_the_usual_shortcuts_are_bound(window):
    bound = {a.shortcut().toString(): a.objectName() for a in window.actions() if not a.shortcut().isEmpty()}
    for keys, name in (("Ctrl+N", "actionNew"), ("Ctrl+S", "actionSave"), ("Del", "actionDelete"),
                       ("Ctrl+F", "actionFind"), ("Ctrl+K", "actionSearch"), ("F5", "actionRefresh"),
                       ("Ctrl+B", "actionBrief"), ("Ctrl+Shift+B", "actionBriefRecord")):
        assert bound.get(keys) == name, keys
    every = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(every) == len(set(every))  # no key does two things
