"""The Trash: deleted records still held as tombstones, and bringing one back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from officerdesk.core.services.trash import Trashed
    from officerdesk.ui.context import AppContext


def list_trash(*, ctx: AppContext, text: str, on_done: Callable[[list[Trashed]], None]) -> int:
    """Deleted records of this post (every post's at HQ), newest deletion first."""
    from officerdesk.core.services import trash

    post = ctx.post_id if ctx.identity is None or ctx.identity.role == "officer" else ""
    return ctx.runner.query(lambda s: trash.trashed(s, post_id=post, text=text), on_done=on_done)


def restore_from_trash(*, ctx: AppContext, kind: str, record_id: str,
                       on_done: Callable[[Trashed], None]) -> int:
    """Bring a deleted record back (an ordinary synced edit)."""
    from officerdesk.core.services import trash

    return ctx.runner.write(lambda s: trash.restore(s, kind, record_id), on_done=on_done)
