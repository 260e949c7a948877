"""The op runner: database work off the UI thread, results and errors back on it, cancel, progress."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton

from officerdesk.core.dto import Changes
from officerdesk.core.services import records
from officerdesk.errors import Cancelled, UserError, ValidationError


def _ui_thread() -> QThread:
    return QApplication.instance().thread()


def test_query_runs_on_worker_and_delivers_on_ui_thread(ctx, qtbot):
    seen: dict[str, object] = {}

    def work(session):
        seen["work_thread"] = threading.get_ident()
        return records.count(session, "meeting")

    def done(result):
        seen["result"] = result
        seen["done_on_ui"] = QThread.currentThread() is _ui_thread()

    with qtbot.waitSignal(ctx.runner.job_finished, timeout=5000):
        ctx.runner.query(work, on_done=done)
    assert seen["result"] == 0
    assert seen["done_on_ui"] is True
    assert seen["work_thread"] != threading.get_ident()


def test_write_commits_and_announces_changes(ctx, qtbot):
    created: list[str] = []

    def work(session):
        return records.create(session, "organization", post_id=ctx.post_id, values={"name": "USPTO"})

    with qtbot.waitSignal(ctx.change_bus.changed, timeout=5000) as blocker:
        ctx.runner.write(work, on_done=lambda dto: created.append(dto.id))
    assert blocker.args[0] == Changes(frozenset({"organization"}))
    qtbot.waitUntil(lambda: bool(created))
    with ctx.store.session_factory.begin() as s:
        assert records.get(s, "organization", created[0]).display_title == "USPTO"


def test_jobs_run_in_submission_order(ctx, qtbot):
    order: list[int] = []
    for n in range(5):
        ctx.runner.query(lambda s, n=n: n, on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_failed_write_rolls_back(ctx, qtbot, shown_errors):
    def work(session):
        records.create(session, "organization", post_id=ctx.post_id, values={"name": "Kept?"})
        raise UserError("stop here", "여기서 멈춤")

    with qtbot.waitSignal(ctx.errors.shown, timeout=5000):
        ctx.runner.write(work)
    assert shown_errors == [("user", "stop here")]
    with ctx.store.session_factory.begin() as s:
        assert records.count(s, "organization") == 0


def test_user_error_shown_in_korean(ctx, qtbot, shown_errors):
    ctx.lang = "ko"

    def work(session):
        raise UserError("no", "안 됩니다")

    with qtbot.waitSignal(ctx.errors.shown, timeout=5000):
        ctx.runner.query(work)
    assert shown_errors == [("user", "안 됩니다")]
    assert ctx.errors.last_box is not None and ctx.errors.last_box.text() == "안 됩니다"


def test_validation_error_goes_to_the_form_first(ctx, qtbot, shown_errors):
    fields: list[str] = []

    def work(session):
        return records.create(session, "organization", post_id=ctx.post_id, values={"name": ""})

    with qtbot.waitSignal(ctx.runner.job_finished, timeout=5000) as blocker:
        ctx.runner.write(work, on_error=lambda e: fields.append(e.field))
    assert blocker.args[1] is False
    assert fields == ["name"]
    assert shown_errors == []


def test_unexpected_error_has_details_and_copy(ctx, qtbot, shown_errors):
    def work(session):
        raise ZeroDivisionError("boom")

    with qtbot.waitSignal(ctx.errors.shown, timeout=5000):
        ctx.runner.query(work)
    kind, text = shown_errors[0]
    assert kind == "bug" and "ZeroDivisionError" in text
    box = ctx.errors.last_box
    assert "Traceback" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy")
    copy.click()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    assert box.isVisible()  # copying keeps the box open


def test_error_in_callback_is_reported_not_raised(ctx, qtbot, shown_errors):
    with qtbot.waitSignal(ctx.errors.shown, timeout=5000):
        ctx.runner.query(lambda s: 1, on_done=lambda r: 1 / 0)
    assert shown_errors[0][0] == "bug"


def test_fast_task_shows_no_progress_dialog(ctx, qtbot):
    shown: list[int] = []
    ctx.runner.progress_shown.connect(shown.append)
    results: list[str] = []
    ctx.runner.task(lambda progress, cancel: "quick", label="Quick", on_done=results.append)
    qtbot.waitUntil(lambda: results == ["quick"], timeout=5000)
    qtbot.wait(700)  # past the delay: the dialog must still not appear
    assert shown == []


def test_slow_task_shows_progress_and_cancel_stops_it(ctx, qtbot, shown_errors):
    results: list[str] = []
    started = threading.Event()

    def slow(progress, cancel):
        started.set()
        for i in range(400):
            progress(i / 400, f"step {i}")
            time.sleep(0.02)
        return "finished"

    with qtbot.waitSignal(ctx.runner.progress_shown, timeout=5000) as blocker:
        job = ctx.runner.task(slow, label="Slow work", on_done=results.append)
    assert blocker.args == [job]
    dialog = ctx.runner.progress_dialog(job)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(ctx.runner.job_finished, timeout=5000) as done:
        cancel_button = dialog.findChild(QPushButton)
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert done.args == [job, False]
    assert results == []
    assert shown_errors == []  # Cancelled is silent


def test_task_error_is_mapped(ctx, qtbot, shown_errors):
    def failing(progress, cancel):
        raise UserError("HQ said no")

    with qtbot.waitSignal(ctx.errors.shown, timeout=5000):
        ctx.runner.task(failing, label="x")
    assert shown_errors == [("user", "HQ said no")]


def test_cancelled_query_is_silent(ctx, qtbot, shown_errors):
    def work(session):
        raise Cancelled()

    with qtbot.waitSignal(ctx.runner.job_finished, timeout=5000):
        ctx.runner.query(work)
    assert shown_errors == []


def test_auth_error_offers_reenrolment(ctx, qtbot):
    from officerdesk.errors import AuthError

    asked: list[bool] = []
    ctx.errors.reenrol_requested.connect(lambda: asked.append(True))
    with qtbot.waitSignal(ctx.errors.shown, timeout=5000):
        ctx.runner.query(lambda s: (_ for _ in ()).throw(AuthError("revoked")))
    box = ctx.errors.last_box
    enrol = next(b for b in box.buttons() if "Enrol" in b.text())
    enrol.click()
    assert asked == [True]


def test_validation_error_without_form_is_shown(ctx, qtbot, shown_errors):
    with qtbot.waitSignal(ctx.errors.shown, timeout=5000):
        ctx.runner.query(lambda s: (_ for _ in ()).throw(ValidationError("title", "is required")))
    assert shown_errors == [("user", "Title: is required")]  # the field in words, never its key


def test_excepthook_reports_from_any_thread(ctx, qtbot, shown_errors):
    def fail_in_thread():
        try:
            raise KeyError("lost")
        except KeyError as exc:
            ctx.errors.excepthook(KeyError, exc, exc.__traceback__)

    worker = threading.Thread(target=fail_in_thread)
    with qtbot.waitSignal(ctx.errors.shown, timeout=5000):
        worker.start()
        worker.join()
    assert shown_errors[0][0] == "bug" and "KeyError" in shown_errors[0][1]
    assert "fail_in_thread" in ctx.errors.last_box.detailedText()
