"""Drafts: unsaved edits survive a crash, encrypted on disk, and are offered back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from officerdesk.ui import drafts
from tests.ui.editor_support import answer_yes, create, open_editor, save, stored, type_into


def _crash(editor) -> None:  # type: ignore[no-untyped-def]
    """What a kill leaves behind: the widget is gone, nothing was saved, no shutdown ran."""
    editor._autosave.stop()
    editor._dirty = False  # a killed process writes nothing more on its way out
    editor.deleteLater()


def test_edits_are_recovered_after_a_crash(ctx, qtbot):
    record_id = create(ctx, "meeting", title="KIPO-USPTO 협의", starts_at="2026-04-02T14:00:00")
    editor = open_editor(qtbot, ctx, "meeting", record_id)
    type_into(qtbot, editor.fields["notes"], "심사 적체 해소 방안 논의")
    type_into(qtbot, editor.fields["title"], "KIPO-USPTO 정례 협의")
    path = drafts.draft_path(ctx, "meeting", record_id)
    qtbot.waitUntil(path.exists, timeout=5000)  # the debounced autosave wrote it
    assert "심사".encode() not in path.read_bytes()  # record text is encrypted on disk
    _crash(editor)

    assert [(d.record_type, d.record_id) for d in drafts.pending_drafts(ctx)] == [("meeting", record_id)]
    editor = open_editor(qtbot, ctx, "meeting", record_id)
    assert editor.banner.isVisible()
    assert "Recover unsaved changes from" in editor.banner_text.text()
    assert editor.fields["title"].value() == "KIPO-USPTO 협의"  # nothing applied until asked
    editor.recover_button.click()
    assert editor.fields["title"].value() == "KIPO-USPTO 정례 협의"
    assert editor.fields["notes"].value() == "심사 적체 해소 방안 논의"
    assert editor.is_dirty() and not editor.banner.isVisible()

    save(qtbot, editor)
    assert not path.exists()
    record = stored(ctx, "meeting", record_id)
    assert record.title == "KIPO-USPTO 정례 협의" and record.notes == "심사 적체 해소 방안 논의"


def test_a_new_record_draft_keeps_dates_and_links(ctx, qtbot):
    company_id = create(ctx, "company", name_ko="한빛전자")
    editor = open_editor(qtbot, ctx, "company_request")
    type_into(qtbot, editor.fields["title"], "위조 부품 유통")
    editor.fields["due"].has_date.click()
    editor.fields["due"].date.setDate(QDate(2026, 5, 31))
    editor.fields["company_id"].restore({"ids": [company_id], "titles": {company_id: "한빛전자"}})
    editor.write_draft()  # what the autosave timer does after a second
    _crash(editor)

    editor = open_editor(qtbot, ctx, "company_request")
    assert editor.banner.isVisible()
    editor.recover_button.click()
    assert editor.fields["title"].value() == "위조 부품 유통"
    assert editor.fields["due"].value() == dt.date(2026, 5, 31)
    assert editor.fields["company_id"].line.text() == "한빛전자"
    record = stored(ctx, "company_request", save(qtbot, editor))
    assert record.company_id == company_id and record.due == dt.date(2026, 5, 31)
    assert drafts.pending_drafts(ctx) == []


def test_discarding_a_draft_removes_it(ctx, qtbot):
    record_id = create(ctx, "contact", name="Yamada Taro")
    editor = open_editor(qtbot, ctx, "contact", record_id)
    type_into(qtbot, editor.fields["position"], "Commissioner")
    editor.write_draft()
    _crash(editor)
    editor = open_editor(qtbot, ctx, "contact", record_id)
    editor.discard_button.click()
    assert not editor.banner.isVisible()
    assert drafts.read_draft(ctx, "contact", record_id) is None
    assert editor.fields["position"].value() == ""


def test_reverting_an_edit_removes_the_draft(ctx, qtbot):
    record_id = create(ctx, "organization", name="JPO")
    editor = open_editor(qtbot, ctx, "organization", record_id)
    type_into(qtbot, editor.fields["country"], "Japan")
    editor.write_draft()
    assert drafts.read_draft(ctx, "organization", record_id) is not None
    type_into(qtbot, editor.fields["country"], "")
    editor.fields["country"].line.clear()
    editor.fields["country"].edited.emit()
    assert not editor.is_dirty()
    assert drafts.read_draft(ctx, "organization", record_id) is None


def test_switching_records_keeps_the_unsaved_edits_as_a_draft(ctx, qtbot):
    first = create(ctx, "trend_note", title="디지털 통상 규범")
    second = create(ctx, "trend_note", title="반도체 수출 통제")
    editor = open_editor(qtbot, ctx, "trend_note", first)
    type_into(qtbot, editor.fields["summary"], "DEPA 가입 협상")
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.load(second, post_id=ctx.post_id)
    draft = drafts.read_draft(ctx, "trend_note", first)
    assert draft is not None and draft.fields["summary"] == "DEPA 가입 협상"
    assert not editor.banner.isVisible()  # the second record has no draft


def test_a_draft_of_another_profile_is_ignored(ctx, qtbot):
    path = drafts.draft_path(ctx, "meeting", None)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00" * 12 + b"not sealed with this profile's key")
    assert drafts.pending_drafts(ctx) == []
    assert drafts.read_draft(ctx, "meeting", None) is None


def test_start_up_dialog_opens_or_discards_drafts(ctx, qtbot, monkeypatch):
    keep = create(ctx, "company", name_ko="가온바이오")
    drop = create(ctx, "company", name_ko="나래소재")
    for record_id, title in ((keep, "가온바이오(주)"), (drop, "나래소재(주)")):
        drafts.write_draft(ctx, drafts.Draft("company", record_id, ctx.post_id, title,
                                             dt.datetime.now(dt.UTC), {"name_ko": title}))
    dialog = drafts.offer_recovery(ctx)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    titles = [dialog.list.item(i).text() for i in range(2)]
    assert any("나래소재(주)" in t for t in titles)

    dialog.list.setCurrentRow(next(i for i, t in enumerate(titles) if "나래소재" in t))
    asked = answer_yes(monkeypatch)
    dialog.discard_button.click()
    assert asked and "나래소재(주)" in asked[0]  # discarding asks first
    assert drafts.read_draft(ctx, "company", drop) is None
    with qtbot.waitSignal(ctx.change_bus.open_requested) as blocker:
        dialog.open_button.click()
    assert blocker.args == ["company", keep]  # the main window shows the record ...
    assert dialog.result() == dialog.DialogCode.Accepted

    editor = open_editor(qtbot, ctx, "company", keep)  # ... and its editor applies the draft
    assert editor.fields["name_ko"].value() == "가온바이오(주)"
    assert editor.is_dirty() and not editor.banner.isVisible()
    save(qtbot, editor)
    assert stored(ctx, "company", keep).name_ko == "가온바이오(주)"
    assert drafts.offer_recovery(ctx) is None


def test_delete_on_a_new_record_discards_it_and_its_draft(ctx, qtbot, monkeypatch):
    from tests.ui.editor_support import answer_yes

    editor = open_editor(qtbot, ctx, "trend_note")
    type_into(qtbot, editor.fields["title"], "초안")
    editor.write_draft()
    asked = answer_yes(monkeypatch)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.delete()
    assert asked and "never saved" in asked[0]
    assert editor.fields["title"].value() == "" and not editor.is_dirty()
    assert drafts.read_draft(ctx, "trend_note", None) is None


def test_a_new_window_offers_the_drafts_left_behind_once(ctx, qtbot, monkeypatch):
    from officerdesk.ui.main_window import MainWindow

    record_id = create(ctx, "company", name_ko="다온테크")
    drafts.write_draft(ctx, drafts.Draft("company", record_id, ctx.post_id, "다온테크(주)",
                                         dt.datetime.now(dt.UTC), {"name_ko": "다온테크(주)"}))
    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: "quit")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    dialog = window.recovery
    assert isinstance(dialog, drafts.DraftRecoveryDialog) and dialog.isVisible()
    assert dialog.parent() is window and "다온테크(주)" in dialog.list.item(0).text()
    dialog.open_button.click()  # "Open and recover" shows the record in the companies screen
    qtbot.waitUntil(lambda: window.current_key() == "company")
    editor = window.current_page().editor
    qtbot.waitUntil(lambda: editor.record_id == record_id and editor.fields["name_ko"].value() == "다온테크(주)", timeout=5000)
    window.start()  # started again (a view refresh): not offered a second time
    assert window.recovery is dialog
    window.close()


def test_a_window_without_drafts_offers_nothing(window):
    assert window.recovery is False
