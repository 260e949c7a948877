"""The 'Possible duplicates' dialog lists one person written in two scripts with the reason, and
the merge dialog merges them field by field: the chosen values stay, links move, the pair is gone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from officerdesk.core.models import Contact, Meeting
from officerdesk.core.services import identity, records


def _pair(ctx):  # type: ignore[no-untyped-def]
    with ctx.store.session_factory.begin() as s:
        post = identity.require(s).post_id
        han = records.create(s, "contact", post_id=post, values={"name": "王小明", "position": "Director"}).id
        latin = records.create(s, "contact", post_id=post, values={
            "name": "Wang Xiaoming", "position": "Deputy Director", "email": "xm.wang@cnipa.gov.cn"}).id
        records.create(s, "contact", post_id=post, values={"name": "Kim Min-su"})
        met = records.create(s, "meeting", post_id=post, values={
            "title": "CNIPA", "starts_at": "2026-10-01T10:00:00", "contact_ids": [latin]}).id
    return han, latin, met


def test_the_pair_is_listed_with_its_reason_and_merged_field_by_field(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.duplicates import MergeDialog, PossibleDuplicatesDialog

    han, latin, met = _pair(ctx)
    dialog = PossibleDuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000) as listed:
        pass
    assert listed.args == [1]
    names = {dialog.table.item(0, 1).text(), dialog.table.item(0, 2).text()}
    assert names == {"王小明", "Wang Xiaoming"}
    assert dialog.table.item(0, 3).text() == "same name in pinyin: wang xiao ming"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merge = dialog.merge_dialog
    assert isinstance(merge, MergeDialog)
    keep_han = merge.first_stays if dialog.matches[0].first.id == han else merge.second_stays
    keep_han.setChecked(True)
    qtbot.waitUntil(lambda: merge.merge_button.isEnabled() and "position" in merge.picks, timeout=10000)
    assert {c.field for c in merge.choices} == {"name", "position", "email"}
    # the officer takes the other card's position; the e-mail is offered because the kept one has none
    merge.findChild(type(keep_han), "merge_position_take").setChecked(True)
    assert merge.findChild(type(keep_han), "merge_email_take").isChecked()
    with qtbot.waitSignal(dialog.loaded, timeout=10000) as relisted:
        qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    assert relisted.args == [0] and dialog.empty.isVisibleTo(dialog)
    with ctx.store.session_factory.begin() as s:
        kept, gone = s.get(Contact, han), s.get(Contact, latin)
        assert (kept.name, kept.position, kept.email) == ("王小明", "Deputy Director", "xm.wang@cnipa.gov.cn")
        assert gone.deleted and gone.merged_into == han
        assert s.get(Meeting, met).contact_ids == [han]
