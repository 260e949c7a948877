"""The conflicts view: both texts side by side; keep mine, keep theirs, or merge."""

from __future__ import annotations

import pytest

from officerdesk.core.services import conflicts
from officerdesk.ui.views.conflicts import ConflictsView, merged_text
from tests.ui.editor_support import create, stored, type_text


def _conflict(ctx, target_id: str, field: str, mine: str, theirs: str) -> str:  # type: ignore[no-untyped-def]
    return create(ctx, "conflict", target_type="meeting", target_id=target_id, field=field,
                  local_value=mine, remote_value=theirs, remote_author="이서연 (TYO)")


def _open_view(qtbot, ctx) -> ConflictsView:  # type: ignore[no-untyped-def]
    view = ConflictsView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    return view


def _open_conflicts(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    with ctx.store.session_factory.begin() as s:
        return [c.id for c in conflicts.list_open(s)]


@pytest.mark.parametrize(
    ("button", "expected"),
    [("keep_mine", "일정 연기 합의"), ("keep_theirs", "일정 유지 결정"), ("save_merged", "합의: 일정 조정")],
)
def test_resolving_a_conflict_each_way(button, expected, ctx, qtbot):
    meeting_id = create(ctx, "meeting", title="EUIPO 협의", starts_at="2026-06-01T08:00:00", decisions="일정 연기 합의")
    conflict_id = _conflict(ctx, meeting_id, "decisions", "일정 연기 합의", "일정 유지 결정")
    view = _open_view(qtbot, ctx)
    assert view.list.count() == 1
    assert view.mine.toPlainText() == "일정 연기 합의"
    assert view.theirs.toPlainText() == "일정 유지 결정"
    assert "이서연 (TYO)" in view.theirs_box.title()
    assert view.merged.toPlainText() == "일정 연기 합의\n\n일정 유지 결정\n"  # prefilled with both
    if button == "save_merged":
        view.merged.selectAll()
        type_text(qtbot, view.merged, "합의: 일정 조정")

    with qtbot.waitSignal(view.resolved, timeout=5000) as blocker:
        getattr(view, button).click()
    assert blocker.args == [conflict_id]
    qtbot.waitUntil(lambda: view.list.count() == 0 and not view.busy, timeout=5000)
    assert stored(ctx, "meeting", meeting_id).decisions == expected
    assert _open_conflicts(ctx) == []
    assert view.pages.currentWidget() is view.empty and not view.keep_mine.isEnabled()


def test_the_next_conflict_is_shown_after_one_is_resolved(ctx, qtbot):
    first = create(ctx, "meeting", title="CNIPA 면담", starts_at="2026-06-02T02:00:00")
    second = create(ctx, "meeting", title="WIPO 회의", starts_at="2026-06-03T09:00:00")
    _conflict(ctx, first, "notes", "a", "b")
    _conflict(ctx, second, "agenda", "c", "d")
    view = _open_view(qtbot, ctx)
    assert view.list.count() == 2
    view.list.setCurrentRow(1)
    shown = view.current
    assert shown is not None
    view.keep_theirs.click()
    qtbot.waitUntil(lambda: view.list.count() == 1 and not view.busy, timeout=5000)
    assert view.current is not None and view.current.id != shown.id
    assert view.keep_mine.isEnabled()


def test_a_deleted_elsewhere_conflict_offers_restore_only(ctx, qtbot):
    meeting_id = create(ctx, "meeting", title="특허청장 방문", starts_at="2026-07-01T01:00:00")
    _conflict(ctx, meeting_id, "deleted", "false", "true")
    view = _open_view(qtbot, ctx)
    assert view.save_merged.isHidden() and view.merge_box.isHidden()
    assert "deleted this record" in view.explain.text()
    view.keep_mine.click()
    qtbot.waitUntil(lambda: view.list.count() == 0 and not view.busy, timeout=5000)
    assert stored(ctx, "meeting", meeting_id).title == "특허청장 방문"


def test_differing_lines_are_tinted_on_each_side(ctx, qtbot):
    meeting_id = create(ctx, "meeting", title="USTR 협의", starts_at="2026-06-05T14:00:00")
    _conflict(ctx, meeting_id, "notes", "공통 문장\n내 문장\n끝", "공통 문장\n상대 문장\n끝")
    view = _open_view(qtbot, ctx)
    assert view.pages.currentWidget() is view.splitter
    with qtbot.waitSignal(ctx.change_bus.open_requested, timeout=5000) as opened:
        view.open_record.click()
    assert opened.args == ["meeting", meeting_id]
    mine = [s.cursor.block().text() for s in view.mine.extraSelections()]
    theirs = [s.cursor.block().text() for s in view.theirs.extraSelections()]
    assert mine == ["내 문장"] and theirs == ["상대 문장"]


def test_merged_text_holds_both_sides():
    assert merged_text("mine", "theirs") == "mine\n\ntheirs\n"
    assert merged_text("", "theirs") == "theirs"
    assert merged_text("same", "same") == "same"
