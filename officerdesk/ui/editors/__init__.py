"""One editor per record type with a screen, and `editor_for` to make the right one.

A kind's editor is the `RecordEditor` of the module named after it (`ui/editors/meeting.py` for
meetings): importing this package imports those modules, so a new editor needs no list here, and
a screen kind without its editor (or a module whose editor edits another kind) stops the import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from officerdesk.core import kinds
from officerdesk.ui.editors.base import RecordEditor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from officerdesk.ui.context import AppContext


def _editor_of(kind: kinds.RecordKind) -> type[RecordEditor]:
    module = importlib.import_module(f"{__name__}.{kind.name}")
    found = [cls for cls in vars(module).values()
             if isinstance(cls, type) and issubclass(cls, RecordEditor) and cls.__module__ == module.__name__]
    if len(found) != 1 or getattr(found[0], "record_type", None) != kind.name:
        raise RuntimeError(f"{module.__name__} must define one RecordEditor, of {kind.name!r} records")
    return found[0]


EDITORS: dict[str, type[RecordEditor]] = {k.name: _editor_of(k) for k in kinds.SCREENS}


def editor_for(record_type: str, ctx: AppContext, parent: QWidget | None = None) -> RecordEditor:
    return EDITORS[record_type](ctx, parent)


__all__ = ["EDITORS", "RecordEditor", "editor_for"]
