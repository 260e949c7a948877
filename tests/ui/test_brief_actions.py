"""Briefing the record in front of you: the editors' brief buttons, the window's action, and
which brief types the New Brief dialog offers to whom."""

from __future__ import annotations

import dataclasses

import pytest

from officerdesk.ui.dialogs.new_brief import NewBriefDialog, offered_kinds
from tests.ui.editor_support import create, open_editor


@pytest.mark.parametrize(("record_type", "kind", "label", "values"), [
    ("meeting", "meeting", "Brief this meeting…", {"title": "USPTO 정례 협의", "starts_at": "2026-10-06T14:00:00"}),
    ("company_request", "case", "Case report…", {"title": "상표 선점 대응", "received": "2026-10-02"}),
])
def test_the_editor_briefs_its_saved_record(ctx, qtbot, record_type, kind, label, values):
    new = open_editor(qtbot, ctx, record_type)
    assert new.brief_button.text() == label and not new.brief_button.isEnabled()  # nothing saved yet
    assert new.open_brief() is None

    record_id = create(ctx, record_type, **values)
    editor = open_editor(qtbot, ctx, record_type, record_id)
    assert editor.brief_button.isEnabled()
    editor.brief_button.click()
    dialog = next(w for w in editor.window().findChildren(NewBriefDialog))
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.kind_code == kind
    assert dialog.record == (record_id, values["title"]) and dialog.record_label.text() == values["title"]
    dialog.build_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert "changed" not in dialog.message.text()  # the post list filling in is not a change
    assert dialog.pdf is not None and dialog.pdf.startswith(b"%PDF")
    dialog.close()


def test_other_editors_have_no_brief_button(ctx, qtbot):
    assert open_editor(qtbot, ctx, "contact").brief_button is None


def test_the_window_briefs_the_current_record_with_ctrl_shift_b(window, qtbot):
    window.show_view("dashboard")
    assert not window.brief_record_action.isEnabled()
    page = window.show_view("meeting")
    assert window.brief_record_action.isEnabled()
    assert window.brief_record() is None  # nothing chosen yet: the status bar says what to do
    assert "Open a saved meeting" in window.status.currentMessage()
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0, timeout=10000)
    page.list.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.record_id is not None and page.editor.brief_button.isEnabled(), timeout=10000)
    assert window.brief_record_action.shortcut().toString() == "Ctrl+Shift+B"
    dialog = window.brief_record()
    qtbot.addWidget(dialog)
    assert dialog.kind_code == "meeting" and dialog.record[0] == page.editor.record_id
    dialog.close()


def test_the_roll_up_is_offered_to_hq_roles_only(ctx, qtbot):
    assert "rollup" not in offered_kinds("officer")
    assert "rollup" in offered_kinds("hq_analyst") and "rollup" in offered_kinds("admin")
    officer = NewBriefDialog(ctx, None, kind="rollup")
    qtbot.addWidget(officer)
    codes = [officer.kind.itemData(i) for i in range(officer.kind.count())]
    assert "rollup" not in codes and officer.kind_code != "rollup"
    ctx.identity = dataclasses.replace(ctx.identity, role="hq_analyst")
    analyst = NewBriefDialog(ctx, None, kind="rollup")
    qtbot.addWidget(analyst)
    assert analyst.kind_code == "rollup" and analyst.period.isEnabled()
