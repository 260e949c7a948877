"""AppContext: what every window and editor needs, handed down instead of imported globally."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from officerdesk.core.dto import Changes
from officerdesk.ui.settings import AppSettings

if TYPE_CHECKING:
    from officerdesk.core.kinds import RecordType
    from officerdesk.core.services.identity import Identity
    from officerdesk.core.store.db import Store
    from officerdesk.protocol.wire import Installer
    from officerdesk.ui.errors import ErrorReporter
    from officerdesk.ui.ops import OpRunner


class ChangeBus(QObject):
    """One signal that tells every open view which kinds of records changed."""

    changed = Signal(object)  # core.dto.Changes
    # record_type, record_id, title: a record was deleted; the status bar offers Undo.
    deleted = Signal(str, str, str)
    # record_type, record_id, title, the changed fields' values before the save: Ctrl+Z undoes it.
    edited = Signal(str, str, str, object)
    # record_type, record_id: someone asked to show this record (dashboard, search, links).
    open_requested = Signal(str, str)
    # the officer's settings (ctx.settings) were changed and saved: the reminders follow the switch.
    settings_changed = Signal()
    # record_type, view key, a listing.Filter or None: show that list in that view (dashboard cards).
    list_requested = Signal(str, str, object)


class AppContext:
    """The opened profile plus the app's shared services (runner, change bus, errors)."""

    def __init__(self, store: Store, *, lang: str = "en", settings: AppSettings | None = None,
                 identity: Identity | None = None, parent_widget: object | None = None) -> None:
        from officerdesk.ui.errors import ErrorReporter
        from officerdesk.ui.ops import OpRunner

        self.store = store
        self.settings = settings or AppSettings.load(store.paths)
        self.lang = lang if lang in ("ko", "en") else "en"
        self.identity = identity
        self.change_bus = ChangeBus()
        self.errors: ErrorReporter = ErrorReporter(self)
        self.runner: OpRunner = OpRunner(self)
        # a newer installer HQ publishes, learned by a sync (status bar and About say so)
        self.update_available: Installer | None = None

    @property
    def profile_dir(self) -> Path:
        return self.store.paths.root

    @property
    def post_id(self) -> str:
        return self.identity.post_id if self.identity else ""

    def announce_deleted(self, record_type: str, record_id: str, title: str) -> None:
        """Editors call this after `records.delete`; the status bar offers Undo for a while."""
        self.change_bus.deleted.emit(record_type, record_id, title)

    def announce_edited(self, record_type: str, record_id: str, title: str, previous: dict[str, object]) -> None:
        """Editors call this after saving an edit of a saved record; Undo writes `previous` back."""
        self.change_bus.edited.emit(record_type, record_id, title, previous)

    def open_record(self, record_type: str, record_id: str) -> None:
        self.change_bus.open_requested.emit(record_type, record_id)

    def open_list(self, record_type: str, view: str, extra: object = None) -> None:
        self.change_bus.list_requested.emit(record_type, view, extra)

    def notify(self, *types: RecordType) -> None:
        self.change_bus.changed.emit(Changes(frozenset(types)))

    def close(self) -> None:
        """Stop the worker threads, then close the database. Safe to call twice."""
        self.runner.shutdown()
        self.store.close()
