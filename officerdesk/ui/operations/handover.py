"""Handover (인수인계): who can take part, sending it to HQ, doing it here, the successor's card."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from officerdesk.errors import NetworkError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.services.handed_over import HandedItem
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnDone, Progress

Finished = Callable[[bool], None] | None


def post_officers(*, ctx: AppContext, on_done: Callable[[list[tuple[str, str]]], None]) -> int:
    """(name, id) of this post's officers."""

    def work(s: Session) -> list[tuple[str, str]]:
        from officerdesk.core.services.handed_over import post_officers as officers

        return officers(s)

    return ctx.runner.query(work, on_done=on_done)


def send_handover(*, ctx: AppContext, from_id: str, to_id: str, on: dt.date, on_done: OnDone = None,
                  on_finished: Finished = None) -> int:
    """Start the handover at HQ; None reaches on_done when HQ is out of reach (nothing was sent)."""
    store, lane = ctx.store, ctx.runner.lane

    def work(_progress: Progress, _cancel: threading.Event) -> Any:
        from officerdesk.protocol.wire import HandoverOrder
        from officerdesk.sync.enrolment import client_for

        try:
            with client_for(store, lane=lane) as client:
                return client.handover(HandoverOrder(from_officer_id=from_id, to_officer_id=to_id, on=on))
        except NetworkError:
            return None

    return ctx.runner.task(work, label=QCoreApplication.translate("HandoverDialog", "Sending the handover to HQ…"),
                           on_done=on_done, on_finished=on_finished)


def reassign_here(*, ctx: AppContext, from_id: str, to_id: str, on_done: OnDone = None,
                  on_finished: Finished = None) -> int:
    """Reassign the departing officer's open work on this laptop, as ordinary edits."""

    def work(s: Session) -> Any:
        from officerdesk.core.services.handed_over import reassign_here as reassign

        return reassign(s, from_id=from_id, to_id=to_id)

    return ctx.runner.write(work, on_done=on_done, on_finished=on_finished)


def handed_to_me(*, ctx: AppContext, on_done: Callable[[list[HandedItem]], None]) -> int:
    """The open work handed to this profile's officer that the officer has not seen yet."""

    def work(s: Session) -> list[HandedItem]:
        from officerdesk.core.services.handed_over import handed_to_me as handed

        return handed(s)

    return ctx.runner.query(work, on_done=on_done)


def mark_seen(*, ctx: AppContext, items: list[HandedItem], on_done: OnDone = None) -> int:
    """Take these items off the successor's card (kept on this laptop only)."""

    def work(s: Session) -> None:
        from officerdesk.core.services.handed_over import mark_seen as seen

        seen(s, items)

    return ctx.runner.write(work, on_done=on_done)
