"""The HQ connection: its state, enrolling this laptop, who this profile is now, one sync round.

Network work runs on the pool and hands every read and write of the profile to the database lane
(`runner.lane`), waiting for it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from officerdesk.errors import AuthError, NetworkError, UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.dto import Identity
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnDone, Progress

Finished = Callable[[bool], None] | None


def hq_connection(*, ctx: AppContext, on_done: Callable[[dict[str, Any]], None]) -> int:
    """{"url": the HQ address, "enrolled": whether this laptop holds a device id}."""

    def work(s: Session) -> dict[str, Any]:
        from officerdesk.core.write.changes import sync_state

        state = sync_state(s)
        return {"url": state.hq_url, "enrolled": bool(state.device_id)}

    return ctx.runner.query(work, on_done=on_done)


def current_identity(*, ctx: AppContext, on_done: Callable[[Identity | None], None]) -> int:
    """Who this profile is now (after an enrolment: with HQ's ids for the post and the officer)."""

    def work(s: Session) -> Identity | None:
        from officerdesk.core.services import identity

        return identity.current(s)

    return ctx.runner.query(work, on_done=on_done)


def enrol(*, ctx: AppContext, url: str, code: str, on_done: OnDone = None, on_finished: Finished = None) -> int:
    """Enrol this laptop at the HQ at `url` with a one-time code."""
    store, lane = ctx.store, ctx.runner.lane

    def work(_progress: Progress, _cancel: threading.Event) -> Any:
        from officerdesk.sync.enrolment import enroll

        return enroll(store, url, code, lane=lane)

    return ctx.runner.task(work, label=QCoreApplication.translate("SettingsDialog", "Connecting to HQ…"),
                           on_done=on_done, on_finished=on_finished)


def sync_now(*, ctx: AppContext, quiet: bool, on_done: OnDone = None, on_finished: Finished = None) -> int:
    """One sync round. quiet (the automatic syncs): no progress dialog, no Cancel, and a network,
    enrolment or user error comes back to on_done as the error itself instead of a message box."""
    store, lane = ctx.store, ctx.runner.lane

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from officerdesk.sync.engine import sync_once
        from officerdesk.sync.enrolment import client_for

        try:
            with client_for(store, lane=lane) as client:
                return sync_once(store, client, progress=progress, cancel=cancel.is_set, lane=lane)
        except (NetworkError, AuthError, UserError) as exc:
            if not quiet:
                raise
            return exc  # the background sync reports in the status bar, never in a dialog

    return ctx.runner.task(work, label=QCoreApplication.translate("Sync", "Syncing with HQ…"), on_done=on_done,
                           on_finished=on_finished, show_progress=not quiet, cancellable=not quiet)
