"""The one op runner: database work on one worker thread, long work on a pool, results on the UI thread.

    ctx.runner.query(fn, on_done=...)          fn(session) -> DTOs, read-only by convention
    ctx.runner.query_plain(fn, on_done=...)    fn(connection) -> DTOs: `core.quick`'s start-up reads
    ctx.runner.write(fn, on_done=...)          same, then change_bus.changed with the kinds it wrote
    ctx.runner.lane_task(fn, label=...)        fn(session, progress, cancel_event): long database work
    ctx.runner.exclusive(fn, label=...)        fn(progress, cancel_event) with every connection closed
    ctx.runner.lane(fn)                        from a worker thread: fn(session) on the lane, waited for
                                               (also the start's reads and writes before the window)
    ctx.runner.task(fn, label=..., on_done=...) fn(progress, cancel_event) on a thread pool: no database

Every database unit of work runs inside `with factory.begin() as s:` on the single database
thread, the lane (one SQLite writer, no lock fights): sync apply, demo seeding, imports, backups
and restores too. Network work (a sync's round trips) runs on the pool and hands each unit of
database work to the lane with `lane(fn)`, waiting for it. The kinds of records a write changed
are read from its session's flushes (`core.touched`), never declared by the caller. Results
cross back through a queued signal, so callbacks always run on the UI thread. Errors go to the
one mapper in `ui/errors.py`.

The database thread makes the profile's engine (importing SQLAlchemy, ~0.3 s of CPU) for its
first Session. Reads on a plain DB-API connection (`query_plain`, one read transaction each) are
answered without it, and the first Session job waits until the answers of the plain reads asked
before it have reached the UI thread (at most ORM_HOLD_S): the window's first rows are neither
queued behind the ORM's import nor slowed by it competing for the interpreter (docs/decisions.md).
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from officerdesk.core.dto import Changes
from officerdesk.errors import Cancelled

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.ui.context import AppContext

log = logging.getLogger("officerdesk.ui.ops")

PROGRESS_DELAY_MS = 500
ORM_HOLD_S = 10.0  # a safety net only: the answers normally arrive within milliseconds
Progress = Callable[[float, str], None]
OnDone = Callable[[Any], None] | None
OnError = Callable[[BaseException], Any] | None
T = TypeVar("T")


# How the database thread runs a job's fn
QUERY = "query"            # fn(session)
PLAIN = "plain"            # fn(connection): a plain DB-API connection, before the ORM is loaded
LANE_TASK = "lane_task"    # fn(session, progress, cancel_event)
EXCLUSIVE = "exclusive"    # fn(progress, cancel_event), every connection to the database closed


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    on_done: OnDone
    on_error: OnError
    changes: Changes | None = None  # a write: filled in from its session's flushes
    label: str = ""
    on_finished: Callable[[bool], None] | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    mode: str = QUERY
    after_plain: int = 0  # a Session job: how many plain reads were asked before it
    reply: _Reply | None = None  # a lane call waits on this

    @property
    def plain(self) -> bool:
        return self.mode == PLAIN


class _Courier(QObject):
    """Lives on the UI thread; signals emitted from workers arrive here queued."""

    finished = Signal(object, object, object)  # job, result, error
    progressed = Signal(object, float, str)  # job, fraction, message
    orm_loaded = Signal()  # the database thread has made the engine and imported the services


class _DatabaseThread(QThread):
    """The lane: runs database jobs one after another, each in its own transaction."""

    def __init__(self, runner: OpRunner) -> None:
        super().__init__()
        self.setObjectName("officerdesk-db")
        self._runner = runner
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self.ident: int | None = None
        self._plain: Any = None

    def run(self) -> None:
        self.ident = threading.get_ident()
        try:
            while (job := self.jobs.get()) is not None:
                result: Any = None
                error: BaseException | None = None
                try:
                    result = self._run(job)
                except BaseException as exc:
                    error = exc
                if job.reply is not None:
                    job.reply.answer(result, error)
                    continue
                self._runner.courier.finished.emit(job, result, error)
                if job.plain:
                    self._runner.plain_answered()
        finally:
            self._close_plain()

    def _run(self, job: _Job) -> Any:
        store = self._runner.ctx.store
        if job.mode == PLAIN:
            self._plain = self._plain or store.connect()
            return _read(self._plain, job.fn)
        if job.mode == EXCLUSIVE:
            # nothing else runs on the lane meanwhile, so every connection is idle: close them
            # all, and the files can be replaced under no one (the next unit of work reconnects)
            self._close_plain()
            store.close()
            return job.fn(self._runner.progress_of(job), job.cancel)
        if not store.orm_ready:
            self._load_orm(store, job.after_plain)
        self._close_plain()  # the ORM takes over: one connection pool from here
        from officerdesk.core.write import touched  # with the ORM, never before the first paint

        factory = store.session_factory
        touched.install(factory)
        with factory.begin() as session:
            if job.mode == LANE_TASK:
                result = job.fn(session, self._runner.progress_of(job), job.cancel)
            else:
                result = job.fn(session)
        if job.changes is not None:
            job.changes = job.changes | Changes(touched.changed_kinds(session))
        return result

    def _close_plain(self) -> None:
        if self._plain is not None:
            self._plain.close()
            self._plain = None

    def _load_orm(self, store: Any, after_plain: int) -> None:
        """Make the engine and import the records service here, off the UI thread, once the
        plain reads asked before are shown; then tell the UI (record pages make their editors
        then, without waiting on these imports)."""
        self._runner.wait_for_plain(after_plain)
        try:
            store.session_factory  # noqa: B018 - made on first use
            import officerdesk.core.services.records  # noqa: F401 - what editors and lists use
        finally:
            self._runner.courier.orm_loaded.emit()


class _Reply:
    """A lane call's answer, waited for by the thread that asked (an Event, not a Future: the
    start asks for its identity this way, before the first paint, and needs no more)."""

    def __init__(self) -> None:
        self._ready = threading.Event()
        self._result: Any = None
        self._error: BaseException | None = None

    def answer(self, result: Any, error: BaseException | None) -> None:
        self._result, self._error = result, error
        self._ready.set()

    def result(self) -> Any:
        self._ready.wait()
        if self._error is not None:
            raise self._error
        return self._result


def _read(conn: Any, fn: Callable[[Any], Any]) -> Any:
    """fn(conn) inside one read transaction (a consistent snapshot for its statements)."""
    conn.execute("BEGIN")
    try:
        result = fn(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result


class _Task(QRunnable):
    def __init__(self, runner: OpRunner, job: _Job) -> None:
        super().__init__()
        self._runner, self._job = runner, job

    def run(self) -> None:
        job, courier = self._job, self._runner.courier
        progress = self._runner.progress_of(job)
        result: Any = None
        error: BaseException | None = None
        try:
            result = job.fn(progress, job.cancel)
        except BaseException as exc:
            error = exc
        courier.finished.emit(job, result, error)


class OpRunner(QObject):
    """Background operations for one AppContext."""

    # emitted on the UI thread after every job: (job id, ok)
    job_finished = Signal(int, bool)
    progress_shown = Signal(int)  # a task's progress dialog appeared (job id)
    job_progressed = Signal(int, float, str)  # (job id, fraction, message): for a dialog showing its own bar
    orm_ready = Signal()  # the ORM is loaded (see `orm_loaded`)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.courier = _Courier()
        self.courier.finished.connect(self._finish)
        self.courier.progressed.connect(self._progress)
        self.courier.orm_loaded.connect(self._orm_loaded)
        self.orm_loaded = ctx.store.orm_ready
        self._ids = itertools.count(1)
        self._pending: dict[int, _Job] = {}
        self._plain_asked = 0
        self._plain_answered = 0
        self._plain_shown = 0
        self._plain_lock = threading.Condition()
        self._closed = False
        self._lane_lock = threading.Lock()  # a job is never queued behind the lane's end
        self._dialogs: dict[int, QProgressDialog] = {}
        self._db = _DatabaseThread(self)
        self._db.start()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(2)

    # --- the three ways to run work -------------------------------------------------------

    def query(self, fn: Callable[[Session], Any], *, on_done: OnDone = None, on_error: OnError = None,
              on_finished: Callable[[bool], None] | None = None) -> int:
        """Run fn(session) on the database thread; hand its result to on_done on the UI thread.

        on_finished(ok) runs after on_done or after the error was mapped, whatever happened.
        """
        return self._submit(_Job(next(self._ids), fn, on_done, on_error, on_finished=on_finished))

    def query_plain(self, fn: Callable[[Any], Any], *, on_done: OnDone = None, on_error: OnError = None,
                    on_finished: Callable[[bool], None] | None = None) -> int:
        """Like query, with fn(connection) on a plain keyed DB-API connection: the reads of
        `core.quick`, answered before the ORM is loaded. Read-only."""
        return self._submit(_Job(next(self._ids), fn, on_done, on_error, on_finished=on_finished, mode=PLAIN))

    def write(self, fn: Callable[[Session], Any], *, on_done: OnDone = None, on_error: OnError = None,
              on_finished: Callable[[bool], None] | None = None) -> int:
        """Like query, then tell every view which kinds of records fn's session wrote
        (`change_bus.changed`, read from its flushes by `core.touched`)."""
        return self._submit(_Job(next(self._ids), fn, on_done, on_error, changes=Changes(), on_finished=on_finished))

    def lane_task(self, fn: Callable[[Session, Progress, threading.Event], Any], *, label: str,
                  on_done: OnDone = None, on_error: OnError = None, cancellable: bool = True,
                  on_finished: Callable[[bool], None] | None = None, show_progress: bool = True) -> int:
        """Long database work (demo seeding, an import, a backup): fn(session, progress, cancel)
        on the lane in one transaction, with a progress dialog after ~500 ms; a write."""
        job = _Job(next(self._ids), fn, on_done, on_error, changes=Changes(), label=label,
                   on_finished=on_finished, mode=LANE_TASK)
        return self._submit(job, show_progress=show_progress, cancellable=cancellable)

    def exclusive(self, fn: Callable[[Progress, threading.Event], Any], *, label: str, on_done: OnDone = None,
                  on_error: OnError = None, on_finished: Callable[[bool], None] | None = None) -> int:
        """fn(progress, cancel) on the lane once every database connection is closed (a restore
        replaces the files). Running tasks (a sync) are asked to stop first; their remaining
        database work, queued before this, still runs before it."""
        self.cancel_all()
        job = _Job(next(self._ids), fn, on_done, on_error, label=label, on_finished=on_finished, mode=EXCLUSIVE)
        return self._submit(job, show_progress=True, cancellable=False)

    def lane(self, fn: Callable[[Any], T], *, plain: bool = False) -> T:
        """From a worker thread: fn(session) as one unit of work on the lane; blocks until it is
        done and returns its result (or raises its error). Cancelled once the runner is shut down.
        plain: fn(connection) on the plain connection instead (`query_plain`), no ORM needed.

        The UI thread calls it only at start, before the window exists: there is nothing to
        paint yet, and the window cannot be made without the identity it reads."""
        if threading.get_ident() == self._db.ident:
            raise RuntimeError("lane() called on the lane itself: it would wait for itself")
        job = _Job(next(self._ids), fn, None, None, reply=_Reply(), mode=PLAIN if plain else QUERY)
        with self._lane_lock:
            if self._closed:
                raise Cancelled("the window is closing")
            self._db.jobs.put(job)
        assert job.reply is not None
        return cast(T, job.reply.result())

    def task(self, fn: Callable[[Progress, threading.Event], Any], *, label: str, on_done: OnDone = None,
             on_error: OnError = None, cancellable: bool = True,
             on_finished: Callable[[bool], None] | None = None, show_progress: bool = True) -> int:
        """Run fn(progress, cancel_event) on the pool; a progress dialog appears after ~500 ms.
        No database work here: hand it to the lane with `lane(fn)`."""
        if self._closed:
            raise RuntimeError("the op runner is shut down")
        job = _Job(next(self._ids), fn, on_done, on_error, label=label, on_finished=on_finished)
        self._pending[job.id] = job
        if show_progress:
            QTimer.singleShot(PROGRESS_DELAY_MS, lambda: self._show_progress(job, cancellable))
        self.pool.start(_Task(self, job))
        return job.id

    def _submit(self, job: _Job, *, show_progress: bool = False, cancellable: bool = True) -> int:
        with self._lane_lock:
            if self._closed:
                raise RuntimeError("the op runner is shut down")
            if job.plain:
                self._plain_asked += 1
            else:
                job.after_plain = self._plain_asked
            self._pending[job.id] = job
            self._db.jobs.put(job)
        if show_progress:
            QTimer.singleShot(PROGRESS_DELAY_MS, lambda: self._show_progress(job, cancellable))
        return job.id

    def progress_of(self, job: _Job) -> Progress:
        """The progress callback a job's fn gets: raises Cancelled once the job is cancelled."""
        courier = self.courier

        def progress(fraction: float, message: str = "") -> None:
            if job.cancel.is_set():
                raise Cancelled()
            courier.progressed.emit(job, float(fraction), message)

        return progress

    # --- back on the UI thread ------------------------------------------------------------

    @Slot(object, object, object)
    def _finish(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._pending.pop(job.id, None)
        if job.plain:
            QTimer.singleShot(0, self._plain_done)  # counted once this answer is painted
        dialog = self._dialogs.pop(job.id, None)
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        ok = error is None
        if error is not None:
            self.ctx.errors.report(error, on_error=job.on_error)
        else:
            if job.changes is not None and job.changes.types:
                self.ctx.change_bus.changed.emit(job.changes)
            self._call(job.on_done, result)
        self._call(job.on_finished, ok)
        self.job_finished.emit(job.id, ok)

    def _plain_done(self) -> None:
        with self._plain_lock:
            self._plain_shown += 1
            self._plain_lock.notify_all()

    def plain_answered(self) -> None:
        """On the database thread: a plain read's answer is on its way to the UI thread."""
        with self._plain_lock:
            self._plain_answered += 1
            self._plain_lock.notify_all()

    def deliver_plain(self, timeout_s: float) -> None:
        """On the UI thread: wait (at most timeout_s) until the plain reads asked so far are
        answered, and hand their answers to their callbacks now rather than in the event loop's
        next pass. At start this puts the list's first rows in before the window's first paint:
        one paint with rows instead of an empty list painted and then painted again."""
        asked = self._plain_asked
        with self._plain_lock:
            self._plain_lock.wait_for(lambda: self._plain_answered >= asked or self._closed, timeout=timeout_s)
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def wait_for_plain(self, asked: int) -> None:
        """On the database thread: until the first `asked` plain reads are shown (or shutdown)."""
        with self._plain_lock:
            self._plain_lock.wait_for(lambda: self._plain_shown >= asked or self._closed, timeout=ORM_HOLD_S)

    @Slot()
    def _orm_loaded(self) -> None:
        self.orm_loaded = True
        if self._closed:  # the window closed while the ORM loaded: nothing may start work now
            return
        self.orm_ready.emit()

    def _call(self, callback: Callable[[Any], Any] | None, value: Any) -> None:
        if callback is None:
            return
        try:
            callback(value)
        except Exception as exc:  # a bug in a callback must not kill the event loop
            self.ctx.errors.report(exc)

    @Slot(object, float, str)
    def _progress(self, job: _Job, fraction: float, message: str) -> None:
        self.job_progressed.emit(job.id, fraction, message)
        dialog = self._dialogs.get(job.id)
        if dialog is not None:
            dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if message:
                dialog.setLabelText(f"{job.label}\n{message}")

    def _show_progress(self, job: _Job, cancellable: bool) -> None:
        if job.id not in self._pending or self._closed:
            return  # fast work never flashes a dialog
        dialog = QProgressDialog(job.label, self.tr("Cancel") if cancellable else "", 0, 1000, _main_window())
        dialog.setWindowTitle(self.tr("OfficerDesk"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(job.cancel.set)
        self._dialogs[job.id] = dialog
        dialog.show()
        self.progress_shown.emit(job.id)

    # --- lifecycle ------------------------------------------------------------------------

    def progress_dialog(self, job_id: int) -> QProgressDialog | None:
        return self._dialogs.get(job_id)

    def cancel(self, job_id: int) -> None:
        """Ask one job to stop (its next progress call raises Cancelled); nothing if it is done."""
        job = self._pending.get(job_id)
        if job is not None:
            job.cancel.set()

    def cancel_all(self) -> None:
        for job in self._pending.values():
            job.cancel.set()

    @property
    def lane_thread(self) -> int | None:
        """The database thread's id (None until it runs): every session is opened there."""
        return self._db.ident

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Finish queued database work, ask tasks to stop, and join the threads."""
        if self._closed:
            return
        with self._lane_lock, self._plain_lock:
            self._closed = True
            self._plain_lock.notify_all()
            self._db.jobs.put(None)  # after every job queued so far, lane calls included
        for job in self._pending.values():
            job.cancel.set()
        for dialog in self._dialogs.values():
            dialog.hide()
            dialog.deleteLater()
        self._db.wait(timeout_ms)
        self.pool.waitForDone(timeout_ms)
        self._dialogs.clear()


def _main_window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    window = app.activeWindow()
    return window if window is not None else None
