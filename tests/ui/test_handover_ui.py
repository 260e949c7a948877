"""The handover in the app: an administrator's dialog that reassigns work (here: not enrolled, so
as local edits), and the successor's 'Handed over to you' card that lists work someone else put
in their name until each item is seen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from officerdesk.core.models import CompanyRequest, FollowUp, Outbox
from officerdesk.core.services import identity, records
from officerdesk.core.write.changes import pending_count, sync_state


def _officers(ctx: Any) -> tuple[str, str, str]:
    with ctx.store.session_factory.begin() as s:
        me = identity.require(s)
        lee = records.create(s, "officer", post_id=me.post_id, values={"name": "이영희"}).id
        return me.post_id, me.officer_id, lee


def test_the_dialog_reassigns_the_departing_officers_open_work_here_when_not_enrolled(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.handover import HandoverDialog

    post, me, lee = _officers(ctx)
    with ctx.store.session_factory.begin() as s:
        case = records.create(s, "company_request", post_id=post, values={"title": "open case", "assignee_id": me}).id
        task = records.create(s, "follow_up", post_id=post, values={"text": "call CBP", "owner": "김민수"}).id
        before = s.query(Outbox).count()
    dialog = HandoverDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.leaving.count() == 2, timeout=10000)
    dialog.leaving.setCurrentIndex(dialog.leaving.findData(me))
    dialog.successor.setCurrentIndex(dialog.successor.findData(lee))
    with qtbot.waitSignal(dialog.finished_with, timeout=10000) as said:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "1 requests, 1 follow-ups" in said.args[0] and "revoked only by HQ" in said.args[0]
    with ctx.store.session_factory.begin() as s:
        assert s.get(CompanyRequest, case).assignee_id == lee
        assert s.get(FollowUp, task).owner == "이영희"
        assert s.query(Outbox).count() == before + 2  # ordinary edits, waiting for HQ like any other


def test_the_same_officer_twice_is_refused_in_words(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.handover import HandoverDialog

    _officers(ctx)
    dialog = HandoverDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.leaving.count() == 2, timeout=10000)
    dialog.successor.setCurrentIndex(dialog.leaving.currentIndex())
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Choose two different officers."


def test_the_card_lists_work_handed_over_until_each_item_is_seen(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.views.handover_card import HandoverCard

    post, me, _lee = _officers(ctx)
    with ctx.store.session_factory.begin() as s:
        mine = records.create(s, "company_request", post_id=post, values={"title": "my own case", "assignee_id": me}).id
        given = [records.create(s, "company_request", post_id=post, values={"title": f"handed case {i}", "assignee_id": me}).id
                 for i in range(2)]
        # as a pull from HQ leaves them: the assignment's clock names HQ's site, not this laptop's
        for rid in given:
            obj = s.get(CompanyRequest, rid)
            obj.clocks = {**obj.clocks, "assignee_id": [obj.clocks["assignee_id"][0], "hq", 7]}
        assert sync_state(s).site_id != "hq"
    card = HandoverCard(ctx)
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.list.count() == 2, timeout=10000)
    assert not card.isHidden()
    titles = {card.list.item(i).text() for i in range(2)}
    assert titles == {"handed case 0", "handed case 1"} and mine not in titles
    opened: list[tuple[str, str]] = []
    ctx.open_record = lambda *target: opened.append(target)
    item = card.list.item(0)
    with qtbot.waitSignal(card.refreshed, timeout=10000):
        qtbot.mouseClick(card.list.viewport(), Qt.MouseButton.LeftButton, pos=card.list.visualItemRect(item).center())
    assert opened and opened[0][0] == "company_request"
    assert card.list.count() == 1  # seen: it left the card
    with qtbot.waitSignal(card.refreshed, timeout=10000):
        qtbot.mouseClick(card.all_seen, Qt.MouseButton.LeftButton)
    assert card.list.count() == 0 and card.isHidden()
    again = HandoverCard(ctx)  # seen is kept (on this laptop, for this officer)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.refreshed, timeout=10000):
        pass
    assert again.list.count() == 0


def _synced(ctx: Any, qtbot: Any) -> Any:
    """One sync round through the app's own op (the pool, the database lane), its report."""
    from officerdesk.ui.operations import hq as hq_ops

    reports: list[Any] = []
    hq_ops.sync_now(ctx=ctx, quiet=True, on_done=reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=60000)
    return reports[0]


def test_the_dialog_sends_the_handover_to_a_real_hq_which_reassigns_the_work_after_a_sync(ctx, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Enrolled: the dialog's order goes to HQ (`POST /v1/handover`), its receipt is said in words,
    and the work comes back reassigned with the next sync, as edits HQ stamped."""
    import datetime as dt

    from PySide6.QtCore import QDate

    from officerdesk.sync.local_hq import enroll_demo, start_local_hq
    from officerdesk.ui.dialogs.handover import HandoverDialog

    hq = start_local_hq(tmp_path / "hq")
    try:
        enroll_demo(ctx.store, hq)
        with ctx.store.session_factory.begin() as s:
            ctx.identity = identity.current(s)
            me, post = ctx.identity.officer_id, ctx.identity.post_id
            case = records.create(s, "company_request", post_id=post, values={"title": "open case", "assignee_id": me}).id
            task = records.create(s, "follow_up", post_id=post, values={"text": "call CBP", "owner": ctx.identity.officer_name}).id
        assert ctx.identity.enrolled
        lee = hq.admin("create-officer", "--post", "WAS", "--name", "이영희").split()[-1]
        assert _synced(ctx, qtbot).pushed >= 2  # HQ holds the open work; the laptop learns of 이영희

        dialog = HandoverDialog(ctx)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.successor.findData(lee) >= 0, timeout=10000)
        dialog.leaving.setCurrentIndex(dialog.leaving.findData(me))  # the departing officer's own device
        dialog.successor.setCurrentIndex(dialog.successor.findData(lee))
        # after the post's today wherever the machine's clock is, so this laptop still syncs below
        day = QDate.currentDate().addDays(2)
        dialog.day.setDate(day)
        with qtbot.waitSignal(dialog.finished_with, timeout=30000) as said:
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        on = day.toPython()
        assert isinstance(on, dt.date)
        assert said.args[0] == (f"HQ reassigned 1 requests, 1 follow-ups and 0 meetings; they arrive with the next "
                                f"sync. The departing officer's devices stop on {on.isoformat()}.")
        assert dialog.result_label.text() == said.args[0]
        with ctx.store.session_factory.begin() as s:  # nothing changed here: HQ did it
            assert s.get(CompanyRequest, case).assignee_id == me

        assert _synced(ctx, qtbot).pulled >= 2
        with ctx.store.session_factory.begin() as s:
            assert s.get(CompanyRequest, case).assignee_id == lee
            assert s.get(FollowUp, task).owner == "이영희"
            assert pending_count(s) == 0, "HQ's edits, not this laptop's: nothing to send back"
    finally:
        hq.stop()
