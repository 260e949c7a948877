"""Start a handover (인수인계) from the app, for the `admin` role: the departing officer, the
successor and the day. Enrolled with HQ, it is sent to HQ (POST /v1/handover), which reassigns the
work as edits every laptop pulls and revokes the departing officer's devices on the day. Not
enrolled, or HQ out of reach: the work is reassigned here as ordinary local edits, synced later;
the devices are revoked only once HQ is told, which the dialog says."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from officerdesk.ui.operations import handover as handover_ops

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext


class HandoverDialog(QDialog):
    finished_with = Signal(str)  # what was done, in words (also shown in the dialog)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Start a handover"))
        self.leaving = QComboBox(self)
        self.leaving.setObjectName("handoverFrom")
        self.successor = QComboBox(self)
        self.successor.setObjectName("handoverTo")
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("handoverOn")
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(QDate.currentDate())
        self.result_label = QLabel("", self)
        self.result_label.setObjectName("handoverResult")
        self.result_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Departing officer"), self.leaving)
        form.addRow(self.tr("Successor"), self.successor)
        form.addRow(self.tr("Devices stop on"), self.day)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start_button = self.buttons.addButton(self.tr("Start handover"), QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.setObjectName("handoverStart")
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Open requests, open follow-ups and upcoming meetings of the departing "
                                        "officer go to the successor now."), self))
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        handover_ops.post_officers(ctx=self.ctx, on_done=self._fill)

    def _fill(self, officers: list[tuple[str, str]]) -> None:
        for combo in (self.leaving, self.successor):
            combo.clear()
            for name, officer_id in officers:
                combo.addItem(name, officer_id)
        self.successor.setCurrentIndex(min(1, self.successor.count() - 1))

    def start(self) -> None:
        from_id, to_id = self.leaving.currentData(), self.successor.currentData()
        if not from_id or not to_id or from_id == to_id:
            self._say(self.tr("Choose two different officers."))
            return
        on = self.day.date().toPython()
        assert isinstance(on, dt.date)
        self.start_button.setEnabled(False)
        if self.ctx.identity is not None and self.ctx.identity.enrolled:
            self._at_hq(from_id, to_id, on)
        else:
            self._here(from_id, to_id, offline=False)

    def _at_hq(self, from_id: str, to_id: str, on: dt.date) -> None:
        def done(receipt: Any) -> None:
            if receipt is None:  # out of reach: reassigned here instead
                self._here(from_id, to_id, offline=True)
            else:
                self._sent(receipt)

        handover_ops.send_handover(ctx=self.ctx, from_id=from_id, to_id=to_id, on=on, on_done=done,
                                   on_finished=lambda _ok: self.start_button.setEnabled(True))

    def _sent(self, receipt: Any) -> None:
        self._say(self.tr("HQ reassigned {0} requests, {1} follow-ups and {2} meetings; they arrive with the next "
                          "sync. The departing officer's devices stop on {3}.").format(
            receipt.requests, receipt.follow_ups, receipt.meetings, receipt.on.isoformat()))

    def _here(self, from_id: str, to_id: str, *, offline: bool) -> None:
        def done(moved: Any) -> None:
            text = self.tr("Reassigned here: {0} requests, {1} follow-ups and {2} meetings; they reach HQ with the "
                           "next sync. Devices are revoked only by HQ: start the handover again once connected.")
            if offline:
                text = self.tr("HQ could not be reached.") + " " + text
            self._say(text.format(moved.requests, moved.follow_ups, moved.meetings))

        handover_ops.reassign_here(ctx=self.ctx, from_id=from_id, to_id=to_id, on_done=done,
                                   on_finished=lambda _ok: self.start_button.setEnabled(True))

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.finished_with.emit(text)
