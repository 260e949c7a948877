"""Every record editor on a real profile: create, edit, validate inline, delete and undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from officerdesk.errors import NotFound
from officerdesk.ui.editors.attachments import remove_copies
from officerdesk.ui.status_bar import DeskStatusBar
from tests.ui.editor_support import (
    answer_yes,
    create,
    open_editor,
    save,
    stored,
    type_into,
    type_text,
)

# record type -> (required field, {field: typed text}, field edited afterwards)
CASES = {
    "meeting": ("title", {"title": "USPTO 심사 협의", "location": "Alexandria"}, "location"),
    "company_request": ("title", {"title": "상표 무단선점 대응", "details": "현지 브로커가 선점"}, "details"),
    "contact": ("name", {"name": "Kathi Vidal", "position": "Director"}, "position"),
    "organization": ("name", {"name": "特許庁", "name_en": "Japan Patent Office"}, "name_en"),
    "company": ("name_ko", {"name_ko": "한빛전자", "sector": "반도체"}, "sector"),
    "follow_up": ("text", {"text": "회의록 본부 송부", "owner": "김민수"}, "owner"),
    "trend_note": ("title", {"title": "RCEP 원산지 규정", "summary": "발효 1년 점검"}, "summary"),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_create_validate_edit_delete_and_undo(kind, ctx, qtbot, monkeypatch):
    required, typed, edited = CASES[kind]
    editor = open_editor(qtbot, ctx, kind)
    assert editor.record_id is None and not editor.is_dirty()

    # saving without the required field shows the message beside that field and focuses it
    editor.save()
    error = editor.error_labels[required]
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert error.text() == "is required"
    assert editor.focusWidget() is editor.fields[required].input
    assert editor.record_id is None

    for name, text in typed.items():
        type_into(qtbot, editor.fields[name], text)
    assert not error.isVisible()  # typing into the field clears its message
    assert editor.is_dirty()
    record_id = save(qtbot, editor)
    assert not editor.is_dirty()
    record = stored(ctx, kind, record_id)
    for name, text in typed.items():
        assert getattr(record, name) == text
    assert record.classification == "internal"

    type_into(qtbot, editor.fields[edited], "edited")
    editor.fields["classification"].combo.setCurrentIndex(2)
    editor.fields["classification"].edited.emit()
    assert save(qtbot, editor) == record_id
    record = stored(ctx, kind, record_id)
    assert getattr(record, edited) == "edited"
    assert record.classification == "restricted"

    asked = answer_yes(monkeypatch)
    status_bar = DeskStatusBar(ctx)
    qtbot.addWidget(status_bar)
    with qtbot.waitSignal(editor.deleted, timeout=5000):
        editor.delete()
    assert asked and record.display_title in asked[0]
    with pytest.raises(NotFound):
        stored(ctx, kind, record_id)
    qtbot.waitUntil(lambda: editor.record_id is None and not editor.busy, timeout=5000)

    # the status bar offers Undo, which restores the record; the editor shows it again
    assert not status_bar.undo.isHidden()
    with qtbot.waitSignal(status_bar.undone, timeout=5000) as undone:
        status_bar.undo.button.click()
    assert undone.args == [kind, record_id]
    editor = open_editor(qtbot, ctx, kind, record_id)
    assert editor.fields[edited].value() == "edited"


def test_delete_is_not_done_when_the_officer_says_no(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    record_id = create(ctx, "company", name_ko="한빛전자")
    editor = open_editor(qtbot, ctx, "company", record_id)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    editor.delete()
    assert editor.record_id == record_id and not editor.busy
    assert stored(ctx, "company", record_id).name_ko == "한빛전자"


def test_bad_email_is_shown_beside_the_email_field_in_korean(ctx, qtbot):
    ctx.lang = "ko"
    editor = open_editor(qtbot, ctx, "contact")
    type_into(qtbot, editor.fields["name"], "이영희")
    type_into(qtbot, editor.fields["email"], "not-an-email")
    editor.save()
    label = editor.error_labels["email"]
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert "이메일 주소가 아닙니다" in label.text()
    assert not editor.error_labels["name"].isVisible()


def test_request_workflow_offers_only_allowed_moves(ctx, qtbot):
    record_id = create(ctx, "company_request", title="위조상품 세관 압류")
    editor = open_editor(qtbot, ctx, "company_request", record_id)
    assert set(editor.move_buttons) == {"reviewing", "rejected", "duplicate"}
    assert "resolved" not in editor.move_buttons  # an illegal move has no button at all

    editor.move_note.setText("서류 확인")
    with qtbot.waitSignal(ctx.runner.job_finished, timeout=5000):
        editor.move_buttons["reviewing"].click()
    qtbot.waitUntil(lambda: "in_progress" in editor.move_buttons, timeout=5000)
    assert set(editor.move_buttons) == {"in_progress", "escalated", "rejected", "duplicate"}
    assert editor.status_label.text() == "Reviewing"
    assert editor.history.rows() == [("Received", "Reviewing")]
    assert editor.history.tree.topLevelItem(0).text(3) == "서류 확인"

    editor.move_buttons["escalated"].click()
    qtbot.waitUntil(lambda: set(editor.move_buttons) == {"in_progress", "resolved"}, timeout=5000)
    assert editor.escalated_label.isVisible()
    editor.move_buttons["resolved"].click()
    qtbot.waitUntil(lambda: "closed" in editor.move_buttons, timeout=5000)
    editor.move_buttons["closed"].click()  # no outcome yet: refused, said under the outcome
    qtbot.waitUntil(lambda: editor.error_labels["outcome"].isVisible() and not editor.busy, timeout=5000)
    assert "closed" in editor.move_buttons and stored(ctx, "company_request", record_id).status == "resolved"
    type_into(qtbot, editor.fields["outcome"], "세관 압류 완료")
    editor.move_buttons["closed"].click()  # the outcome typed is saved first, then the request closes
    qtbot.waitUntil(lambda: not editor.move_buttons and not editor.busy, timeout=5000)
    record = stored(ctx, "company_request", record_id)
    assert record.status == "closed" and record.escalated and record.outcome == "세관 압류 완료"
    assert [h.to_status for h in record.history] == ["reviewing", "escalated", "resolved", "closed"]


def test_request_picks_its_company_and_contacts(ctx, qtbot):
    create(ctx, "company", name_ko="다른기업")
    company_id = create(ctx, "company", name_ko="한빛전자")
    kim = create(ctx, "contact", name="김철수")
    create(ctx, "contact", name="John Smith")
    editor = open_editor(qtbot, ctx, "company_request")
    type_into(qtbot, editor.fields["title"], "특허 침해 경고장")

    company = editor.fields["company_id"]
    picker = company.open_picker()
    qtbot.waitUntil(lambda: picker.list.count() == 2, timeout=5000)
    type_text(qtbot, picker.filter, "한빛")
    qtbot.waitUntil(lambda: picker.list.count() == 1, timeout=5000)
    assert picker.list.item(0).text() == "한빛전자"
    picker.buttons.button(picker.buttons.StandardButton.Ok).click()
    assert company.line.text() == "한빛전자"

    contacts = editor.fields["contact_ids"]
    picker = contacts.open_picker()
    qtbot.waitUntil(lambda: picker.list.count() == 2 and not picker.loading, timeout=5000)
    assert picker.list.currentRow() == 0 and picker.list.item(0).text() == "John Smith"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)  # arrows in the filter walk the list
    assert picker.list.currentRow() == 1 and picker.list.item(1).text() == "김철수"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)  # Enter takes the highlighted one
    assert contacts.shown_titles() == ["김철수"]

    record_id = save(qtbot, editor)
    record = stored(ctx, "company_request", record_id)
    assert record.company_id == company_id and record.company_name == "한빛전자"
    assert record.contact_ids == (kim,)

    reopened = open_editor(qtbot, ctx, "company_request", record_id)
    assert reopened.fields["company_id"].line.text() == "한빛전자"
    assert reopened.fields["contact_ids"].shown_titles() == ["김철수"]

    reopened.fields["company_id"].remove_button.click()
    reopened.fields["contact_ids"].list.item(0).setSelected(True)
    reopened.fields["contact_ids"].remove_button.click()
    assert reopened.fields["company_id"].line.text() == ""
    save(qtbot, reopened)
    record = stored(ctx, "company_request", record_id)
    assert record.company_id is None and record.contact_ids == ()


def test_meeting_attendees_requests_and_time_zone(ctx, qtbot):
    lee = create(ctx, "contact", name="이영희")
    request_id = create(ctx, "company_request", title="세관 압류 지원")
    editor = open_editor(qtbot, ctx, "meeting")
    assert editor.fields["tz"].value() == "America/New_York"  # the post's zone (WAS)
    type_into(qtbot, editor.fields["title"], "CBP 협의")
    editor.fields["starts_at"].set_value(dt.datetime(2026, 3, 10, 14, 0))
    editor.fields["tz"].set_value("Asia/Tokyo")
    editor.fields["tz"].edited.emit()
    for name, target in (("contact_ids", lee), ("request_ids", request_id)):
        picker = editor.fields[name].open_picker()
        qtbot.waitUntil(lambda p=picker: p.list.count() == 1, timeout=5000)
        picker.list.item(0).setSelected(True)
        picker.accept()
        assert editor.fields[name].value() == [target]
    record_id = save(qtbot, editor)
    record = stored(ctx, "meeting", record_id)
    assert record.starts_at == dt.datetime(2026, 3, 10, 5, 0)  # 14:00 in Tokyo is 05:00 UTC
    assert record.tz == "Asia/Tokyo"
    assert record.contact_ids == (lee,) and record.request_ids == (request_id,)
    assert record.attendee_names == ("이영희",)

    # a linked record opens with a double-click
    attendees = editor.fields["contact_ids"].list
    spot = attendees.visualItemRect(attendees.item(0)).center()
    qtbot.mouseClick(attendees.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    with qtbot.waitSignal(ctx.change_bus.open_requested, timeout=5000) as opened:
        qtbot.mouseDClick(attendees.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened.args == ["contact", lee]

    # an end before the start is refused beside the end field
    editor.fields["ends_at"].set_value(dt.datetime(2026, 3, 10, 13, 0))
    editor.fields["ends_at"].edited.emit()
    editor.save()
    qtbot.waitUntil(editor.error_labels["ends_at"].isVisible, timeout=5000)
    assert stored(ctx, "meeting", record_id).ends_at is None


def test_follow_ups_are_added_and_ticked_from_the_meeting(ctx, qtbot):
    meeting_id = create(ctx, "meeting", title="JPO 정례 협의", starts_at="2026-02-01T01:00:00")
    editor = open_editor(qtbot, ctx, "meeting", meeting_id)
    panel = editor.follow_ups
    assert panel.add_button.isEnabled()
    type_text(qtbot, panel.text, "결과 보고서 작성")
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.texts() == ["결과 보고서 작성"], timeout=5000)
    panel.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: stored(ctx, "meeting", meeting_id).follow_ups[0].done, timeout=5000)
    follow_up = stored(ctx, "meeting", meeting_id).follow_ups[0]
    assert follow_up.meeting_id == meeting_id and follow_up.owner == "김민수"


def test_new_record_panels_wait_for_the_first_save(ctx, qtbot):
    editor = open_editor(qtbot, ctx, "company_request")
    assert not editor.follow_ups.add_button.isEnabled()
    assert editor.move_buttons == {}


def test_files_are_attached_by_drop_and_opened_decrypted(ctx, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDesktopServices, QDropEvent

    record_id = create(ctx, "trend_note", title="EU 디지털시장법")
    memo = tmp_path / "DMA 메모.txt"
    memo.write_text("게이트키퍼 의무 요약", encoding="utf-8")
    editor = open_editor(qtbot, ctx, "trend_note", record_id)
    panel = editor.attachments
    assert panel.add_button.isEnabled()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(memo))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.filenames() == ["DMA 메모.txt"], timeout=5000)
    stored_files = [p for p in ctx.store.paths.attachments.rglob("*") if p.is_file()]
    assert stored_files and all("게이트키퍼".encode() not in p.read_bytes() for p in stored_files)

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    panel.list.setCurrentRow(0)
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert Path(opened[0]).read_text(encoding="utf-8") == "게이트키퍼 의무 요약"
    remove_copies()  # what quitting the app does: no plaintext copy outlives it
    assert not Path(opened[0]).exists()

    panel.remove_button.click()
    qtbot.waitUntil(lambda: panel.filenames() == [], timeout=5000)


def test_a_new_record_takes_attachments_only_after_saving(ctx, qtbot):
    editor = open_editor(qtbot, ctx, "company")
    assert not editor.attachments.add_button.isEnabled()
    type_into(qtbot, editor.fields["name_ko"], "가온바이오")
    save(qtbot, editor)
    assert editor.attachments.add_button.isEnabled()


def test_meeting_time_zone_must_be_a_real_zone(ctx, qtbot):
    meeting_id = create(ctx, "meeting", title="GVA 회의", starts_at="2026-09-01T08:00:00", tz="+09:00")
    editor = open_editor(qtbot, ctx, "meeting", meeting_id)
    assert editor.fields["starts_at"].value() == dt.datetime(2026, 9, 1, 17, 0)  # shown at +09:00
    assert editor.fields["tz"].offset.text() == "UTC+09:00"
    editor.fields["tz"].combo.setEditText("Europe/Genevaa")
    editor.save()
    qtbot.waitUntil(editor.error_labels["tz"].isVisible, timeout=5000)
    assert "not a time zone" in editor.error_labels["tz"].text()
    editor.fields["tz"].combo.setEditText("Europe/Zurich")
    save(qtbot, editor)
    record = stored(ctx, "meeting", meeting_id)
    assert record.tz == "Europe/Zurich" and record.starts_at == dt.datetime(2026, 9, 1, 15, 0)


def test_editors_speak_korean(ctx, qtbot, qapp):
    from officerdesk.ui.app import install_translations

    assert install_translations(qapp, "ko")
    try:
        ctx.lang = "ko"
        meeting = open_editor(qtbot, ctx, "meeting")
        request_id = create(ctx, "company_request", title="특허 분쟁 자문", category="patent_dispute")
        request = open_editor(qtbot, ctx, "company_request", request_id)
    finally:
        install_translations(qapp, "en")
    form = meeting.fields["title"].parentWidget().parentWidget().layout()
    assert form.labelForField(meeting.fields["title"].parentWidget()).text() == "제목"
    assert meeting.heading.text() == "새 회의"
    assert meeting.fields["kind"].combo.currentText() == "기타"
    assert meeting.fields["classification"].combo.currentText() == "내부"
    assert request.status_label.text() == "접수"
    assert request.move_buttons["reviewing"].text() == "→ 검토 중"
    assert request.fields["category"].combo.currentText() == "특허 분쟁"
    assert request.follow_ups.add_button.text() == "후속 조치 추가"


def test_a_stale_workflow_step_is_refused_and_the_real_status_shown(ctx, qtbot, shown_errors):
    from officerdesk.core.services import requests

    record_id = create(ctx, "company_request", title="현지 세관 등록 지원")
    editor = open_editor(qtbot, ctx, "company_request", record_id)
    with ctx.store.session_factory.begin() as s:  # another window (or a sync) moves it first
        requests.transition(s, record_id, "rejected")
    editor.move_buttons["reviewing"].click()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=5000)
    assert shown_errors[0][0] == "user" and "Rejected" in shown_errors[0][1]
    qtbot.waitUntil(lambda: editor.status_label.text() == "Rejected" and not editor.busy, timeout=5000)
    assert editor.move_buttons == {}  # a rejected request has no next step
    assert stored(ctx, "company_request", record_id).status == "rejected"


def test_a_long_linked_title_shows_its_beginning(ctx, qtbot):
    long_title = "Trade secrets: know-how taken by a former employee to a competitor abroad, and what to do"
    request_id = create(ctx, "company_request", title=long_title, received="2026-10-02")
    follow_up = create(ctx, "follow_up", text="Tell the company the outcome", request_id=request_id)
    editor = open_editor(qtbot, ctx, "follow_up", follow_up)
    line = editor.fields["request_id"].line
    assert line.text() == long_title and line.cursorPosition() == 0 and line.toolTip() == long_title
