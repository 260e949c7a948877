"""RecordEditor: the form every record type shares — load, save, delete, inline errors, drafts.

A subclass names its record type and builds its form in `build()` with `group()` and `add()`;
it may convert between form values and record values (`from_record` / `to_record`) and fetch or
show more (history, follow-ups) with `show_more`. All database work goes through the op factories
in `ui/operations/records.py`, which see only plain data captured before the job is queued.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from officerdesk.core import dto as d
from officerdesk.core.services.validation import REQUIRED
from officerdesk.errors import ValidationError
from officerdesk.ui import drafts
from officerdesk.ui.editors.attachments import AttachmentsPanel
from officerdesk.ui.editors.form import SAVED_STYLE, UNSAVED_STYLE, EditorFrame
from officerdesk.ui.editors.links import LinkField
from officerdesk.ui.operations import records as operations
from officerdesk.ui.operations.records import Loaded

__all__ = ["Loaded", "RecordEditor"]

if TYPE_CHECKING:
    from officerdesk.core.kinds import RecordType
    from officerdesk.ui.context import AppContext

AUTOSAVE_MS = 1000
SAVED_NOTE_MS = 2500  # how long "Saved" stays beside the heading


class RecordEditor(EditorFrame):
    saved = Signal(str)
    deleted = Signal(str)
    loaded = Signal()  # a load (or a save's reload) has filled the form
    dirty_changed = Signal(bool)
    save_failed = Signal()  # a save was refused or failed; the form keeps the edits

    record_type: ClassVar[RecordType]  # each editor's kind (`core.kinds`)
    # other record types whose changes should refresh this editor (follow-ups on a meeting ...)
    related_types: ClassVar[frozenset[RecordType]] = frozenset()
    # fields saved as a group: when one of them changed, all of them are sent
    sent_together: ClassVar[tuple[str, ...]] = ()
    # the New Brief dialog's kind for "brief this record" (a `core.kinds.BriefKind` code); "" = none
    brief_kind: ClassVar[str] = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.lang, frozenset(REQUIRED.get(self.record_type, ())), parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.post_id = ctx.identity.post_id if ctx.identity else ""
        self.record: d.RecordDTO | None = None
        self.post: d.PostDTO | None = None
        self._loaded_values: dict[str, Any] = {}
        self._dirty = False
        self._filling = False
        self.busy = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_draft)
        self._saved_note = QTimer(self, singleShot=True, interval=SAVED_NOTE_MS)
        self._saved_note.timeout.connect(self._show_state)
        self._focus_after_load = False
        self.build()
        self.brief_button = self._add_brief_button()
        self.add_classification()
        self.attachments = AttachmentsPanel(ctx, self.record_type)
        self.body.addWidget(self.attachments)
        self.body.addStretch(1)
        self.setEnabled(False)  # until the first load
        self._jobs: set[int] = set()
        self._on_fail: dict[int, Any] = {}
        ctx.change_bus.changed.connect(self._changed_elsewhere)
        ctx.runner.job_finished.connect(self._job_finished)

    def brief_label(self) -> str:
        """The text of the "brief this record" button (subclasses with a brief_kind)."""
        return ""

    def _add_brief_button(self) -> QPushButton | None:
        """Beside the heading: build a brief of this record in the New Brief dialog."""
        if not self.brief_kind:
            return None
        button = QPushButton(self.brief_label())
        button.setObjectName("briefThisRecord")
        button.setToolTip(QCoreApplication.translate(
            "RecordEditor", "Build a PDF brief of this record as it is saved (Ctrl+Shift+B)"))
        button.setEnabled(False)
        button.clicked.connect(self.open_brief)
        self.head_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def open_brief(self) -> Any:
        """The New Brief dialog on this (saved) record; None when there is nothing to brief."""
        if not self.brief_kind or not self.record_id:
            return None
        from officerdesk.ui.dialogs.new_brief import open_new_brief

        title = self.title_of(self._loaded_values) or self.heading.text()
        return open_new_brief(self.ctx, self.window(), kind=self.brief_kind, record=(self.record_id, title))

    def track(self, job_id: int, *, on_fail: Callable[[], None] | None = None) -> None:
        """An op started for this editor: `busy` until it ends (success or not); on_fail()
        runs after a failure, once the error has been shown."""
        self.busy = True
        self._jobs.add(job_id)
        if on_fail is not None:
            self._on_fail[job_id] = on_fail

    def _job_finished(self, job_id: int, ok: bool) -> None:
        if job_id in self._jobs:
            self._jobs.discard(job_id)
            self.busy = bool(self._jobs)
        on_fail = self._on_fail.pop(job_id, None)
        if on_fail is not None and not ok:
            on_fail()

    # --- values: form <-> record -----------------------------------------------------------

    def current_values(self) -> dict[str, Any]:
        return {name: f.value() for name, f in self.fields.items()}

    def from_record(self, record: d.RecordDTO) -> dict[str, Any]:
        out = {}
        for name in self.fields:
            value = getattr(record, name, None)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    def defaults(self, loaded: Loaded) -> dict[str, Any]:
        return {"classification": "internal"}

    def to_record(self, values: dict[str, Any]) -> dict[str, Any]:
        return dict(values)

    def title_of(self, values: dict[str, Any]) -> str:
        return str(values.get("title") or values.get("name") or "")

    # --- loading ----------------------------------------------------------------------------

    def _link_specs(self) -> dict[str, str]:
        return {n: f.record_type for n, f in self.fields.items() if isinstance(f, LinkField)}

    def load(self, record_id: str | None, *, post_id: str) -> None:
        """Show a record (None: a new one for post_id). Unsaved edits go to a draft first."""
        if self._dirty:
            self.write_draft()
        self._autosave.stop()
        self._saved_note.stop()
        self._show_state()
        self.post_id = post_id or self.post_id
        self.track(operations.load_record(ctx=self.ctx, kind=self.record_type, record_id=record_id,
                                          post_id=self.post_id, links=self._link_specs(), on_done=self._show))

    def reload(self) -> None:
        self.load(self.record_id, post_id=self.post_id)

    def _show(self, loaded: Loaded) -> None:
        self.record, self.post = loaded.record, loaded.post
        self.record_id = loaded.record.id if loaded.record else None
        if loaded.record is not None:
            self.post_id = loaded.record.post_id
        values = self.from_record(loaded.record) if loaded.record else self.defaults(loaded)
        self._filling = True
        try:
            for name, f in self.fields.items():
                if isinstance(f, LinkField):
                    f.set_titles(loaded.titles.get(name, {}))
                f.set_value(values.get(name))
        finally:
            self._filling = False
        self._loaded_values = self.current_values()
        self.show_more(loaded)
        if self.attachments.owner_id != self.record_id:
            self.attachments.set_owner(self.record_id)
        self.clear_errors()
        self._set_dirty(False)
        self._update_heading()
        if self.brief_button is not None:
            self.brief_button.setEnabled(self.record_id is not None)
        self.setEnabled(True)
        self._offer_draft()
        if self._focus_after_load:
            self._focus_after_load = False
            self.focus_first_field()
        self.loaded.emit()

    def show_more(self, loaded: Loaded) -> None:
        """Subclasses show more of the record (history, follow-ups)."""

    def start_new(self, *, post_id: str) -> None:
        """A blank form for a new record, with the cursor in its first field once it is shown."""
        self._focus_after_load = True
        self.load(None, post_id=post_id)

    def focus_first_field(self) -> None:
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.focus_input()
            self.scroll_area.ensureWidgetVisible(first)

    def _update_heading(self) -> None:
        title = self.title_of(self.current_values())
        self.heading.setText(title if self.record_id else (title or self.new_heading()))

    def new_heading(self) -> str:
        return QCoreApplication.translate("RecordEditor", "New record")

    def _changed_elsewhere(self, changes: d.Changes) -> None:
        if not self.record_id or self.busy:
            return
        if changes.touches(self.record_type) and not self._dirty:
            self.reload()
        elif any(changes.touches(t) for t in self.related_types):
            self.refresh_more()

    def refresh_more(self) -> None:
        """Fetch the record again for its history and follow-ups; the form is left as it is."""
        if not self.record_id:
            return
        self.track(operations.get_record(ctx=self.ctx, kind=self.record_type, record_id=self.record_id,
                                         on_done=self._more_fetched))

    def _more_fetched(self, record: d.RecordDTO) -> None:
        if record.id != self.record_id:
            return
        self.record = record
        self.show_more(Loaded(record, self.post))

    # --- editing, dirty state and drafts ----------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._filling:
            return
        self.error_labels[name].hide()
        self._show_problem(name)
        self._set_dirty(self.current_values() != self._loaded_values)
        self._update_heading()
        if self._dirty:
            self._autosave.start()
        else:
            self._autosave.stop()
            drafts.remove_draft(self.ctx, self.record_type, self.record_id)

    def _show_problem(self, name: str) -> bool:
        """Text a field cannot take (a date that is none) is refused where it was typed."""
        problem = self.fields[name].problem()
        if problem:
            self.error_labels[name].setText(problem)
            self.error_labels[name].show()
        return bool(problem)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            if dirty:
                self._saved_note.stop()
            self._show_state()
            self.dirty_changed.emit(dirty)

    def _show_state(self) -> None:
        """The note beside the heading: unsaved edits, "Saved" for a moment after a save, or none."""
        if self._dirty:
            self.state_note.setText(QCoreApplication.translate("RecordEditor", "● Unsaved changes"))
            self.state_note.setStyleSheet(UNSAVED_STYLE)
        elif self._saved_note.isActive():
            self.state_note.setText(QCoreApplication.translate("RecordEditor", "✓ Saved"))
            self.state_note.setStyleSheet(SAVED_STYLE)
        self.state_note.setVisible(self._dirty or self._saved_note.isActive())

    def is_dirty(self) -> bool:
        return self._dirty

    def write_draft(self) -> None:
        if not self._dirty:
            return
        draft = drafts.Draft(
            record_type=self.record_type,
            record_id=self.record_id,
            post_id=self.post_id,
            title=self.title_of(self.current_values()),
            saved_at=dt.datetime.now(dt.UTC),
            fields={name: f.dump() for name, f in self.fields.items()},
        )
        drafts.write_draft(self.ctx, draft)

    def _offer_draft(self) -> None:
        self.pending_draft = drafts.read_draft(self.ctx, self.record_type, self.record_id)
        if self.pending_draft is None:
            self.banner.hide()
            return
        if drafts.claim_recovery(self.ctx, self.record_type, self.record_id):
            self.recover_draft()
            return
        when = drafts.local_time_text(self.pending_draft.saved_at)
        self.banner_text.setText(QCoreApplication.translate("RecordEditor", "Recover unsaved changes from %1?").replace("%1", when))
        self.banner.show()

    def recover_draft(self) -> None:
        draft = self.pending_draft
        self.banner.hide()
        if draft is None:
            return
        for name, data in draft.fields.items():
            if name in self.fields:
                self.fields[name].restore(data)
        self.pending_draft = None

    def discard_draft(self) -> None:
        drafts.remove_draft(self.ctx, self.record_type, self.record_id)
        self.pending_draft = None
        self.banner.hide()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self.write_draft()
        super().hideEvent(event)

    # --- saving and deleting ----------------------------------------------------------------

    def check(self, values: dict[str, Any]) -> None:
        """Rules the form knows beyond the service's (raise ValidationError). Runs in the worker."""

    def save(self) -> None:
        if self.busy or not self.isEnabled():
            return
        self._autosave.stop()
        self.clear_errors()
        refused = [name for name in self.fields if self._show_problem(name)]
        if refused:
            self.fields[refused[0]].focus_input()
            self.scroll_area.ensureWidgetVisible(self.fields[refused[0]])
            self.save_failed.emit()
            return
        values = self.to_record(self.current_values())
        record_id, kind = self.record_id, self.record_type
        previous: dict[str, Any] = {}
        if record_id:
            before = self.to_record(self._loaded_values)
            changed = {k: v for k, v in values.items() if before.get(k) != v}
            if set(changed) & set(self.sent_together):
                changed.update({k: values[k] for k in self.sent_together})
            values = changed
            previous = {k: before.get(k) for k in values}
            if not values:
                drafts.remove_draft(self.ctx, kind, record_id)
                self._set_dirty(False)
                self.saved.emit(record_id)
                return
        title = self.title_of(self._loaded_values)
        self.track(operations.save_record(ctx=self.ctx, kind=kind, record_id=record_id, post_id=self.post_id,
                                          values=values, links=self._link_specs(), check=self.check,
                                          on_done=lambda loaded: self._saved(loaded, previous, title),
                                          on_error=self._save_failed))

    def _saved(self, loaded: Loaded, previous: dict[str, Any] | None = None, title: str = "") -> None:
        drafts.remove_draft(self.ctx, self.record_type, self.record_id)  # "new <type>" or the record
        self._dirty = False
        self._saved_note.start()
        self._show(loaded)
        self._show_state()
        assert self.record_id is not None
        drafts.remove_draft(self.ctx, self.record_type, self.record_id)
        if previous:  # an edit of a saved record: Ctrl+Z writes these values back
            self.ctx.announce_edited(self.record_type, self.record_id, title, previous)
        self.saved.emit(self.record_id)

    def _save_failed(self, exc: BaseException) -> bool:
        self.save_failed.emit()
        if isinstance(exc, ValidationError):
            return self.show_error(exc)
        return False

    def confirm_delete(self, title: str) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("RecordEditor", "Delete"), QCoreApplication.translate("RecordEditor", "Delete “%1”? Undo (Ctrl+Z) or the Trash brings it back.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        record_id, kind = self.record_id, self.record_type
        if self.busy:
            return
        if not record_id:
            self._discard_new()
            return
        title = self.record.display_title if self.record else record_id
        if not self.confirm_delete(title):
            return
        self.track(operations.delete_record(ctx=self.ctx, kind=kind, record_id=record_id,
                                            on_done=lambda _r: self._deleted(record_id, title)))

    def _discard_new(self) -> None:
        """Delete on a record never saved: after asking, clear the form and its draft."""
        if not self._dirty:
            return
        answer = QMessageBox.question(
            self, QCoreApplication.translate("RecordEditor", "Discard"),
            QCoreApplication.translate("RecordEditor", "Discard this new record? It was never saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._autosave.stop()
        drafts.remove_draft(self.ctx, self.record_type, None)
        self._dirty = False
        self.load(None, post_id=self.post_id)

    def _deleted(self, record_id: str, title: str) -> None:
        drafts.remove_draft(self.ctx, self.record_type, record_id)
        self._dirty = False
        self.record_id, self.record = None, None
        self.ctx.announce_deleted(self.record_type, record_id, title)
        self.deleted.emit(record_id)
        self.load(None, post_id=self.post_id)
