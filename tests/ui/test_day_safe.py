"""A safe app on a small laptop: recovery and quitting default to keeping work, the Trash and
Ctrl+Z bring records back, the editor says whether it is saved, dates are typed as the locale
writes them, and the window fits 1366×768 at 125 % and 150 % scaling."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from officerdesk.core.services import records
from officerdesk.errors import NotFound
from officerdesk.ui import drafts
from officerdesk.ui.navigation import RECORD_SCREENS
from tests.ui.editor_support import (
    answer_yes,
    create,
    open_editor,
    save,
    stored,
    type_into,
    type_text,
)


@pytest.fixture
def us_dates():  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _page_ready(window, qtbot, key):  # type: ignore[no-untyped-def]
    page = window.show_view(key)
    qtbot.waitUntil(lambda: page.built_editor is not None and page.list.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: not page.editor.busy, timeout=5000)
    return page


# --- recovery, quitting -------------------------------------------------------------------

def test_enter_in_the_recovery_dialog_recovers_and_discarding_asks(ctx, qtbot, monkeypatch):
    record_id = create(ctx, "company", name_ko="가온바이오")
    drafts.write_draft(ctx, drafts.Draft("company", record_id, ctx.post_id, "가온바이오(주)",
                                         dt.datetime.now(dt.UTC), {"name_ko": "가온바이오(주)"}))
    dialog = drafts.offer_recovery(ctx)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.open_button.isDefault() and not dialog.discard_button.isDefault()

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No))
    dialog.discard_button.click()  # asked, and the answer was No: the draft stays
    assert drafts.read_draft(ctx, "company", record_id) is not None and dialog.list.count() == 1

    with qtbot.waitSignal(ctx.change_bus.open_requested, timeout=2000) as blocker:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert blocker.args == ["company", record_id]
    assert drafts.read_draft(ctx, "company", record_id) is not None  # kept until the editor applies it


def test_save_and_quit_saves_then_closes(window, qtbot, monkeypatch):
    page = _page_ready(window, qtbot, "organization")
    page.list.table.selectRow(0)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id is not None and not editor.busy, timeout=5000)
    record_id = editor.record_id
    type_into(qtbot, editor.fields["name"], "Saved on the way out")
    assert window.windowTitle().startswith("*")  # the title says there are unsaved changes
    assert editor.state_note.isVisible() and "Unsaved" in editor.state_note.text()
    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: "save")
    window.close()
    assert window.isVisible()  # not before the save is done
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert stored(window.ctx, "organization", record_id).display_title == "Saved on the way out"


def test_the_editor_says_saved_then_clears_the_marker(ctx, qtbot):
    record_id = create(ctx, "trend_note", title="RCEP")
    editor = open_editor(qtbot, ctx, "trend_note", record_id)
    assert not editor.state_note.isVisible()
    type_into(qtbot, editor.fields["title"], "RCEP 이행")
    assert "Unsaved" in editor.state_note.text() and editor.state_note.isVisible()
    save(qtbot, editor)
    assert editor.state_note.isVisible() and "Saved" in editor.state_note.text()
    qtbot.waitUntil(lambda: not editor.state_note.isVisible(), timeout=5000)


# --- the Trash and Ctrl+Z -----------------------------------------------------------------

def test_the_trash_restores_a_deleted_record(window, qtbot):
    with window.ctx.store.session_factory.begin() as s:
        org = records.create(s, "organization", post_id=window.ctx.post_id, values={"name": "Deleted last year"})
        records.delete(s, "organization", org.id)
    trash = window.show_view("trash")
    qtbot.waitUntil(lambda: trash.tree.topLevelItemCount() > 0, timeout=10000)
    item = next(trash.tree.topLevelItem(i) for i in range(trash.tree.topLevelItemCount())
                if trash.tree.topLevelItem(i).text(0) == "Deleted last year")
    assert item.text(1) == "Organizations"
    trash.tree.setCurrentItem(item)
    with qtbot.waitSignal(trash.restored, timeout=10000):
        qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert stored(window.ctx, "organization", org.id).display_title == "Deleted last year"
    qtbot.waitUntil(lambda: all(trash.tree.topLevelItem(i).text(0) != "Deleted last year"
                                for i in range(trash.tree.topLevelItemCount())), timeout=10000)


def test_ctrl_z_undoes_a_delete_then_an_edit(window, qtbot, monkeypatch):
    page = _page_ready(window, qtbot, "organization")
    page.list.table.selectRow(0)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id is not None and not editor.busy, timeout=5000)
    record_id, name = editor.record_id, editor.fields["name"].value()
    answer_yes(monkeypatch)
    with qtbot.waitSignal(editor.deleted, timeout=5000):
        editor.delete()
    with pytest.raises(NotFound):
        stored(window.ctx, "organization", record_id)
    window.activateWindow()
    page.list.table.setFocus()
    with qtbot.waitSignal(window.status.undone, timeout=10000):
        qtbot.keyClick(page.list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window.ctx, "organization", record_id).display_title == name

    qtbot.waitUntil(lambda: editor.record_id == record_id and not editor.busy, timeout=10000)
    type_into(qtbot, editor.fields["name"], "A mistaken rename")
    save(qtbot, editor)
    assert stored(window.ctx, "organization", record_id).display_title == "A mistaken rename"
    assert "Saved" in window.undo_action.text() and name[:20] in window.undo_action.text()  # names it as it was
    page.list.table.setFocus()
    with qtbot.waitSignal(window.status.undone, timeout=10000):
        qtbot.keyClick(page.list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window.ctx, "organization", record_id).display_title == name
    qtbot.waitUntil(lambda: editor.fields["name"].value() == name, timeout=10000)  # the editor shows it back


# --- keyboard and forms ---------------------------------------------------------------------

def test_ctrl_n_puts_the_cursor_in_the_first_field(window, qtbot):
    page = _page_ready(window, qtbot, "trend_note")
    window.activateWindow()
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    title = page.editor.fields["title"].line
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title, timeout=5000)
    assert page.editor.record_id is None


@pytest.mark.parametrize(("typed", "wanted"), [
    ("2026-12-31", dt.date(2026, 12, 31)), ("2026.12.31", dt.date(2026, 12, 31)),
    ("12/31/2026", dt.date(2026, 12, 31)), ("2026. 3. 5.", dt.date(2026, 3, 5)),
])
def test_dates_accept_the_locales_forms(ctx, qtbot, us_dates, typed, wanted):
    editor = open_editor(qtbot, ctx, "trend_note")
    type_into(qtbot, editor.fields["title"], "날짜")
    field = editor.fields["date"]
    field.date.selectAll()
    type_text(qtbot, field.date, typed)
    assert field.value() == wanted and not editor.error_labels["date"].isVisible()
    record_id = save(qtbot, editor)
    assert stored(ctx, "trend_note", record_id).date == wanted


@pytest.mark.parametrize("typed", ["31/12/2026", "2026-13-01", "next Tuesday"])
def test_other_date_text_is_refused_where_it_was_typed(ctx, qtbot, us_dates, typed):
    editor = open_editor(qtbot, ctx, "trend_note")
    type_into(qtbot, editor.fields["title"], "날짜")
    field = editor.fields["date"]
    field.date.selectAll()
    type_text(qtbot, field.date, typed)
    error = editor.error_labels["date"]
    assert error.isVisible() and "12/31/2026" in error.text()  # says what it would take
    with qtbot.waitSignal(editor.save_failed, timeout=2000):
        editor.save()
    assert editor.record_id is None and QApplication.focusWidget() is field.date


def test_a_new_request_names_its_assignee_at_once(ctx, qtbot):
    editor = open_editor(qtbot, ctx, "company_request")
    assignee = editor.fields["assignee_id"]
    assert assignee.value() == ctx.identity.officer_id
    qtbot.waitUntil(lambda: assignee.line.text() == ctx.identity.officer_name, timeout=5000)


def test_the_company_picker_creates_a_company(ctx, qtbot):
    editor = open_editor(qtbot, ctx, "company_request")
    company = editor.fields["company_id"]
    picker = company.open_picker()
    qtbot.waitUntil(lambda: not picker.loading, timeout=5000)
    assert picker.create_button is not None and not picker.create_button.isEnabled()
    type_text(qtbot, picker.filter, "새빛소재")
    assert picker.create_button.isEnabled() and "새빛소재" in picker.create_button.text()
    picker.create_button.click()
    qtbot.waitUntil(lambda: company.line.text() == "새빛소재", timeout=5000)
    assert stored(ctx, "company", company.value()).display_title == "새빛소재"
    assert editor.is_dirty()


# --- a 13-inch laptop -----------------------------------------------------------------------

def test_the_window_fits_a_small_laptop(window, qtbot):
    """1366×768 at 150 % leaves about 910 logical pixels; at 125 % about 1,090."""
    for key in (*RECORD_SCREENS, "dashboard", "briefs", "trash"):
        window.show_view(key)
        assert window.minimumSizeHint().width() <= 960, key
    window.resize(910, 560)
    page = _page_ready(window, qtbot, "company_request")
    qtbot.waitUntil(lambda: not window.nav.isVisible(), timeout=2000)  # the sidebar makes room ...
    window.sidebar_action.trigger()
    assert window.nav.isVisible()  # ... and comes back on asking
    window.resize(760, 560)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical, timeout=2000)
    window.resize(1093, 614)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal, timeout=2000)


def test_meeting_notes_come_before_its_links(ctx, qtbot):
    editor = open_editor(qtbot, ctx, "meeting")
    notes = editor.fields["notes"].mapTo(editor, editor.fields["notes"].rect().topLeft()).y()
    attendees = editor.fields["contact_ids"].mapTo(editor, editor.fields["contact_ids"].rect().topLeft()).y()
    assert notes < attendees
