"""The one op runner: database work on one worker thread, long work on a pool, results on the UI thread.

    ctx.runner.query(fn, on_done=...)          fn(session) -> DTOs, read-only by convention
    ctx.runner.query_plain(fn, on_done=...)    fn(connection) -> DTOs: `core.quick`'s start-up reads
    ctx.runner.write(fn, changes={kinds.X.name}, on_done=...)  same, then change_bus.changed
    ctx.runner.task(fn, label=..., on_done=...) fn(progress, cancel_event) on a thread pool

Every database unit of work runs inside `with factory.begin() as s:` on the single database
thread (one SQLite writer, no lock fights). Results cross back through a queued signal, so
callbacks always run on the UI thread. Errors go to the one mapper in `ui/errors.py`.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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

    from officerdesk.core.kinds import RecordType
    from officerdesk.ui.context import AppContext

log = logging.getLogger("officerdesk.ui.ops")

PROGRESS_DELAY_MS = 500
ORM_HOLD_S = 10.0  # a safety net only: the answers normally arrive within milliseconds
Progress = Callable[[float, str], None]
OnDone = Callable[[Any], None] | None
OnError = Callable[[BaseException], Any] | None


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    on_done: OnDone
    on_error: OnError
    changes: Changes | None = None
    label: str = ""
    on_finished: Callable[[bool], None] | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    plain: bool = False  # fn takes a plain DB-API connection instead of a Session
    after_plain: int = 0  # a Session job: how many plain reads were asked before it


class _Courier(QObject):
    """Lives on the UI thread; signals emitted from workers arrive here queued."""

    finished = Signal(object, object, object)  # job, result, error
    progressed = Signal(object, float, str)  # job, fraction, message
    orm_loaded = Signal()  # the database thread has made the engine and imported the services


class _DatabaseThread(QThread):
    """Runs database jobs one after another, each in its own transaction."""

    def __init__(self, runner: OpRunner) -> None:
        super().__init__()
        self.setObjectName("officerdesk-db")
        self._runner = runner
        self.jobs: queue.Queue[_Job | None] = queue.Queue()

    def run(self) -> None:
        store = self._runner.ctx.store
        plain: Any = None
        try:
            while (job := self.jobs.get()) is not None:
                result: Any = None
                error: BaseException | None = None
                try:
                    if job.plain:
                        plain = plain or store.connect()
                        result = _read(plain, job.fn)
                    else:
                        if not store.orm_ready:
                            self._load_orm(store, job.after_plain)
                        if plain is not None:  # the ORM takes over: one connection pool from here
                            plain.close()
                            plain = None
                        with store.session_factory.begin() as session:
                            result = job.fn(session)
                except BaseException as exc:
                    error = exc
                self._runner.courier.finished.emit(job, result, error)
                if job.plain:
                    self._runner.plain_answered()
        finally:
            if plain is not None:
                plain.close()

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

        def progress(fraction: float, message: str = "") -> None:
            if job.cancel.is_set():
                raise Cancelled()
            courier.progressed.emit(job, float(fraction), message)

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
        return self._submit(_Job(next(self._ids), fn, on_done, on_error, on_finished=on_finished, plain=True))

    def write(self, fn: Callable[[Session], Any], *, changes: Iterable[RecordType] | Changes,
              on_done: OnDone = None, on_error: OnError = None,
              on_finished: Callable[[bool], None] | None = None) -> int:
        """Like query, then tell every view what changed (`change_bus.changed`)."""
        kinds = changes if isinstance(changes, Changes) else Changes(frozenset(changes))
        return self._submit(_Job(next(self._ids), fn, on_done, on_error, changes=kinds, on_finished=on_finished))

    def task(self, fn: Callable[[Progress, threading.Event], Any], *, label: str, on_done: OnDone = None,
             on_error: OnError = None, cancellable: bool = True,
             on_finished: Callable[[bool], None] | None = None, show_progress: bool = True) -> int:
        """Run fn(progress, cancel_event) on the pool; a progress dialog appears after ~500 ms."""
        if self._closed:
            raise RuntimeError("the op runner is shut down")
        job = _Job(next(self._ids), fn, on_done, on_error, label=label, on_finished=on_finished)
        self._pending[job.id] = job
        if show_progress:
            QTimer.singleShot(PROGRESS_DELAY_MS, lambda: self._show_progress(job, cancellable))
        self.pool.start(_Task(self, job))
        return job.id

    def _submit(self, job: _Job) -> int:
        if self._closed:
            raise RuntimeError("the op runner is shut down")
        if job.plain:
            self._plain_asked += 1
        else:
            job.after_plain = self._plain_asked
        self._pending[job.id] = job
        self._db.jobs.put(job)
        return job.id

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

    def cancel_all(self) -> None:
        for job in self._pending.values():
            job.cancel.set()

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
        with self._plain_lock:
            self._closed = True
            self._plain_lock.notify_all()
        for job in self._pending.values():
            job.cancel.set()
        for dialog in self._dialogs.values():
            dialog.hide()
            dialog.deleteLater()
        self._db.jobs.put(None)
        self._db.wait(timeout_ms)
        self.pool.waitForDone(timeout_ms)
        self._dialogs.clear()


def _main_window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    window = app.activeWindow()
    return window if window is not None else None
