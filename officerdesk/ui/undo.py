"""Undo of the officer's last delete or edit (Ctrl+Z, and the status bar's Undo).

A delete is a synced tombstone, so undoing it is a restore; an edit is undone by writing the
changed fields' previous values back as a new, ordinary edit (kept in memory from the last save:
a restart forgets it, and the Trash still restores any deleted record).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from officerdesk.ui.operations.records import restore_record, undo_edit

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext


@dataclass(frozen=True)
class Undoable:
    record_type: str
    record_id: str
    title: str
    previous: dict[str, Any] | None = None  # None: a delete; else the fields before the edit

    def text(self) -> str:
        short = self.title if len(self.title) <= 40 else self.title[:39] + "…"
        if self.previous is None:
            return QCoreApplication.translate("Undo", "Deleted “%1”").replace("%1", short)
        return QCoreApplication.translate("Undo", "Saved “%1”").replace("%1", short)


class LastChange(QObject):
    """The one change Ctrl+Z undoes: the latest delete or edit announced on the change bus."""

    changed = Signal()  # what can be undone changed (the Undo action's text and the strip follow)
    undone = Signal(str, str)  # record_type, record_id: brought back as it was

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: Undoable | None = None
        ctx.change_bus.deleted.connect(lambda kind, rid, title: self._remember(Undoable(kind, rid, title)))
        ctx.change_bus.edited.connect(lambda kind, rid, title, previous: self._remember(Undoable(kind, rid, title, dict(previous))))

    def _remember(self, change: Undoable) -> None:
        self.last = change
        self.changed.emit()

    def undo(self) -> bool:
        """Undo the last change (False when there is none)."""
        change, self.last = self.last, None
        if change is None:
            return False
        self.changed.emit()
        done = lambda _dto: self.undone.emit(change.record_type, change.record_id)  # noqa: E731
        if change.previous is None:
            restore_record(ctx=self.ctx, kind=change.record_type, record_id=change.record_id, on_done=done)
        else:
            undo_edit(ctx=self.ctx, kind=change.record_type, record_id=change.record_id,
                      values=change.previous, on_done=done)
        return True
