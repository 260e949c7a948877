"""The start's database work, before the window: who this profile is, the first-run set-up, the
demo's officer and post.

The window is made from what these return, so the reads and the demo's write wait for the lane
(`runner.lane`): the UI thread has nothing to paint yet. The first-run set-up is an ordinary
write: its dialog stays responsive and shows a refused name beside the field."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.dto import Identity
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnError


def read_identity(*, ctx: AppContext) -> Identity | None:
    """The profile's identity: two point reads on the plain connection (`core.quick`), so the
    window does not wait for the ORM; through the ORM when the profile has none yet (None then:
    the first run asks for it)."""
    from officerdesk.core.store import quick

    ident = ctx.runner.lane(quick.identity, plain=True)
    if ident is not None:
        return ident

    def current(s: Session) -> Identity | None:
        from officerdesk.core.services import identity

        return identity.current(s)

    return ctx.runner.lane(current)


def set_up_identity(*, ctx: AppContext, officer_name: str, post_code: str, language: str,
                    on_done: Callable[[Identity], None], on_error: OnError = None,
                    on_finished: Callable[[bool], None] | None = None) -> int:
    """The first run: who uses this laptop, for which post (a ValidationError names the field)."""
    from officerdesk.core.services import identity

    return ctx.runner.write(lambda s: identity.set_up(s, officer_name=officer_name, post_code=post_code,
                                                      language=language),
                            on_done=on_done, on_error=on_error, on_finished=on_finished)


def prepare_demo(*, ctx: AppContext, lang: str) -> bool:
    """The demo officer and post (one quick write); True when the demo records still have to be
    seeded (first use, or a first use that was cancelled)."""
    from officerdesk.core.demo import seed as demo
    from officerdesk.ui.operations.demo import DEMO_POST

    name = "김민수" if lang == "ko" else "Kim Minsu"
    return bool(ctx.runner.lane(lambda s: demo.prepare(s, officer_name=name, post_code=DEMO_POST, language=lang)))
