"""The company request editor: the difficulty, its links, and its workflow as allowed next steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from officerdesk.core import dto as d
from officerdesk.core import enums, kinds
from officerdesk.core.services import requests
from officerdesk.errors import ValidationError
from officerdesk.ui.editors.base import Loaded, RecordEditor
from officerdesk.ui.editors.fields import ChoiceField, DateField, LineField, TagsField, TextField
from officerdesk.ui.editors.links import LinkField
from officerdesk.ui.editors.panels import FollowUpPanel, HistoryPanel
from officerdesk.ui.operations import requests as operations


class CompanyRequestEditor(RecordEditor):
    record_type = kinds.COMPANY_REQUEST.name
    related_types = frozenset({kinds.FOLLOW_UP.name})
    brief_kind = kinds.CASE_BRIEF.code

    def build(self) -> None:
        ctx = self.ctx
        form = self.group(self.tr("Company request"))
        self.add(form, "title", self.tr("Title"), LineField())
        self.add(form, "company_id", self.tr("Company"), LinkField(ctx, kinds.COMPANY.name, self.tr("Choose a company"), many=False, creatable=True))
        self.add(form, "category", self.tr("Category"), ChoiceField(enums.CATEGORY, ctx.lang))
        self.add(form, "priority", self.tr("Priority"), ChoiceField(enums.PRIORITY, ctx.lang))
        self.add(form, "received", self.tr("Received"), DateField())
        self.add(form, "due", self.tr("Due"), DateField(optional=True))
        self.add(form, "assignee_id", self.tr("Assignee"), LinkField(ctx, kinds.OFFICER.name, self.tr("Choose the assignee"), many=False))
        self._build_status()
        text = self.group(self.tr("Details and outcome"))
        self.add(text, "details", self.tr("Details"), TextField(6))
        self.add(text, "outcome", self.tr("Outcome"), TextField(3))
        self.add(text, "tags", self.tr("Tags"), TagsField())
        links = self.group(self.tr("Linked records"))
        self.add(links, "contact_ids", self.tr("Contacts"), LinkField(ctx, kinds.CONTACT.name, self.tr("Choose contacts"), many=True))
        self.add(links, "meeting_ids", self.tr("Meetings"), LinkField(ctx, kinds.MEETING.name, self.tr("Choose meetings"), many=True))
        self._move_after_save = ""
        self.saved.connect(self._then_move)
        self.save_failed.connect(lambda: setattr(self, "_move_after_save", ""))
        self.history = HistoryPanel(ctx.lang)
        self.body.addWidget(self.history)
        self.follow_ups = FollowUpPanel(ctx, "request_id", kinds.COMPANY_REQUEST.name)
        self.body.addWidget(self.follow_ups)

    def _build_status(self) -> None:
        box = QGroupBox(self.tr("Status"))
        self.status_label = QLabel()
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.escalated_label = QLabel(self.tr("Escalated to HQ"))
        self.escalated_label.setStyleSheet("color: #8a4b00;")
        self.move_note = QLineEdit()
        self.move_note.setPlaceholderText(self.tr("Note for the next step (optional)"))
        self.moves = QGridLayout()
        self.move_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Current status:")))
        top.addWidget(self.status_label)
        top.addWidget(self.escalated_label)
        top.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addWidget(self.move_note)
        column.addLayout(self.moves)
        self.finished_label = QLabel()
        self.finished_label.setWordWrap(True)
        self.finished_label.setEnabled(False)
        column.addWidget(self.finished_label)
        self.body.addWidget(box)
        self.status_box = box

    def brief_label(self) -> str:
        return self.tr("Case report…")

    def new_heading(self) -> str:
        return self.tr("New company request")

    def defaults(self, loaded: Loaded) -> dict[str, Any]:
        import datetime as dt

        assignee = self.ctx.identity.officer_id if self.ctx.identity else None
        return {**super().defaults(loaded), "category": "other", "priority": "normal",
                "received": dt.date.today(), "assignee_id": assignee}

    def show_more(self, loaded: Loaded) -> None:
        record = loaded.record
        assert record is None or isinstance(record, d.CompanyRequestDTO)
        self.follow_ups.set_parent(record.id if record else None, self.post_id)
        self.follow_ups.show_items(record.follow_ups if record else ())
        self.history.show_items(record.history if record else ())
        self._show_status(record)

    def _show_status(self, record: d.CompanyRequestDTO | None) -> None:
        status = record.status if record else "received"
        self.status_label.setText(enums.label(enums.STATUS, status, self.ctx.lang))
        self.escalated_label.setVisible(bool(record and record.escalated))
        while self.moves.count():
            item = self.moves.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.move_buttons = {}
        # a grid, three to a row, so a narrow editor pane never clips a step
        for n, target in enumerate(requests.next_statuses(status) if record else ()):
            button = QPushButton(self.tr("→ %1").replace("%1", enums.label(enums.STATUS, target, self.ctx.lang)))
            button.clicked.connect(lambda _c=False, t=target: self.move_to(t))
            self.moves.addWidget(button, n // 3, n % 3)
            self.move_buttons[target] = button
        if record is None:
            self.finished_label.setText(self.tr("Save the request to move it along."))
        elif not self.move_buttons:
            self.finished_label.setText(self.tr("This request is finished; no further steps."))
        self.finished_label.setVisible(not self.move_buttons)
        self.move_note.setVisible(bool(self.move_buttons))

    def move_to(self, status: str) -> None:
        record = self.record
        if record is None or self.busy or not isinstance(record, d.CompanyRequestDTO):
            return
        if self.is_dirty():  # the outcome just typed is what closing needs: save, then move
            self._move_after_save = status
            self.save()
            return
        self.track(operations.move_request(ctx=self.ctx, request_id=record.id, to=status, note=self.move_note.text(),
                                           expected_from=record.status, on_done=self._moved,
                                           on_error=self._move_refused),
                   on_fail=self.refresh_more)  # moved elsewhere meanwhile: show where it is now

    def _then_move(self, _record_id: str) -> None:
        status, self._move_after_save = self._move_after_save, ""
        if status:  # once the save's job has ended (its `saved` comes while it is still busy)
            QTimer.singleShot(0, lambda: self.move_to(status))

    def _move_refused(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):  # closing without an outcome: said under the outcome
            return self.show_error(exc)
        return False

    def _moved(self, record: d.RecordDTO) -> None:
        self.record = record
        self.move_note.clear()
        self.show_more(Loaded(record, self.post))
