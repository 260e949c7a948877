"""UI fixtures: an AppContext on a fresh profile, closed (threads joined) after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def ctx(qapp, store):  # type: ignore[no-untyped-def]
    from officerdesk.core.services import identity
    from officerdesk.ui.app import load_fonts
    from officerdesk.ui.context import AppContext

    load_fonts(qapp)
    with store.session_factory.begin() as s:
        ident = identity.current(s)
    context = AppContext(store, lang="en", identity=ident)
    yield context
    context.errors.close_all()
    context.runner.shutdown()


@pytest.fixture
def shown_errors(ctx) -> Iterator[list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str]] = []
    ctx.errors.shown.connect(lambda kind, text: seen.append((kind, text)))
    yield seen


@pytest.fixture
def seeded(ctx):  # type: ignore[no-untyped-def]
    """The ctx fixture's profile with a few hundred demo records of its post."""
    from officerdesk.core.demo import seed as demo

    with ctx.store.session_factory.begin() as s:
        demo.seed(s, post_code="WAS", records=400, seed=3)
    return ctx


@pytest.fixture
def window(seeded, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from officerdesk.ui.main_window import MainWindow

    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: "quit")
    win = MainWindow(seeded)
    qtbot.addWidget(win)
    win.show()
    win.start()
    yield win
    win.close()
