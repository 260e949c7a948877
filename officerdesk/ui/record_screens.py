"""The record screens, collected: each screen kind's declaration (`ui/screens/<record type>.py`,
found by that name, as its editor is in `ui/editors/`), in the registry's order, and the tables
the window reads from them. A new screen kind needs no line here.
"""

from __future__ import annotations

import importlib

from officerdesk.core import kinds
from officerdesk.ui.models.columns import BRIEF_COLUMNS, Column
from officerdesk.ui.screens import RecordScreen

__all__ = ["COLUMNS", "FILTERS", "SCREENS", "RecordScreen"]


def _screen_of(kind: kinds.RecordKind) -> RecordScreen:
    # a screen kind without its module stops the import (ModuleNotFoundError names it), and so
    # does a module whose SCREEN is missing or shows another kind
    module = importlib.import_module(f"officerdesk.ui.screens.{kind.name}")
    screen = getattr(module, "SCREEN", None)
    if not isinstance(screen, RecordScreen) or screen.kind is not kind:
        raise RuntimeError(f"{module.__name__} must declare SCREEN, the RecordScreen of {kind.name!r} records")
    return screen


SCREENS: tuple[RecordScreen, ...] = tuple(_screen_of(k) for k in kinds.SCREENS)

# Every list the window shows (the record screens' and the briefs'), keyed by record type.
COLUMNS: dict[str, tuple[Column, ...]] = {**{s.kind.name: s.columns for s in SCREENS}, kinds.BRIEF.name: BRIEF_COLUMNS}
FILTERS: dict[str, tuple[str, ...]] = {**{s.kind.name: s.filters for s in SCREENS}, kinds.BRIEF.name: ()}
