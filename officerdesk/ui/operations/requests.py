"""A company request's workflow: moving it to its next status."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from officerdesk.core import dto as d
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnError


def move_request(*, ctx: AppContext, request_id: str, to: str, note: str, expected_from: str,
                 on_done: Callable[[d.RecordDTO], None], on_error: OnError = None) -> int:
    """Move the request from `expected_from` to `to`; refused when it has moved elsewhere meanwhile,
    or when the move needs what the request lacks (closing without an outcome)."""
    from officerdesk.core.services import requests

    return ctx.runner.write(lambda s: requests.transition(s, request_id, to, note=note, expected_from=expected_from),
                            on_done=on_done, on_error=on_error)
