"""File → Export…: which records (type, period), in which format, with or without the restricted
(대외비) ones, to which file; the command line's export underneath (`ui/operations/exchange.py`).

Restricted records are left out unless the officer ticks the box, and the dialog says how many
that is: an export file is plain text, outside the encrypted profile. Enter exports, Esc closes;
while an export runs its bar shows how far it is and Cancel (or Esc) stops it, leaving no file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import exchange
from officerdesk.ui.last_folder import last_folder, remember_folder
from officerdesk.ui.navigation import SCREEN_NAMES
from officerdesk.ui.operations import exchange as ops

if TYPE_CHECKING:
    from officerdesk.core.exchange.rows import Period
    from officerdesk.ui.context import AppContext

ONE_PER_FILE = "vcf-cards"  # the format list's entry for a folder of single-card files
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "vcf": ".vcf", "ics": ".ics", ONE_PER_FILE: ""}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def format_names() -> dict[str, str]:
    return {"jsonl": _tr("All kinds of records (JSON Lines, for OfficerDesk)"), "csv": _tr("Contacts (CSV)"),
            "vcf": _tr("Contacts (vCard, one file)"), ONE_PER_FILE: _tr("Contacts (vCard, one file per contact, for Outlook)"),
            "ics": _tr("Meetings (iCalendar)")}


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export records"))
        self.done_with: ops.Exported | None = None
        self.job: int | None = None  # the export running
        self.cancelled = False
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        for code, name in format_names().items():
            self.format.addItem(name, code)
        self.type = QComboBox(self)
        self.type.setObjectName("exportType")
        self.limited = QCheckBox(self.tr("Only records of a period"), self)
        self.limited.setObjectName("exportPeriod")
        today = QDate.currentDate()
        self.first = QDateEdit(today.addMonths(-3), self)
        self.first.setObjectName("exportFrom")
        self.last = QDateEdit(today, self)
        self.last.setObjectName("exportTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        period = QHBoxLayout()
        period.addWidget(self.limited)
        period.addWidget(self.first)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.last)
        period.addStretch(1)
        self.period_note = QLabel(self.tr("By each record's own date: a meeting's day, a request's receipt, a "
                                          "follow-up's due date. Organizations and companies are all written."), self)
        self.period_note.setWordWrap(True)
        self.restricted = QCheckBox(self.tr("Include restricted (대외비) records: the file is not encrypted"), self)
        self.restricted.setObjectName("exportRestricted")
        self.left_out = QLabel("", self)
        self.left_out.setObjectName("exportLeftOut")
        self.target = QLineEdit(self)
        self.target.setObjectName("exportTarget")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setObjectName("exportChoose")
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_target)
        target = QHBoxLayout()
        target.addWidget(self.target, 1)
        target.addWidget(choose)
        self.outcome = QLabel("", self)
        self.outcome.setObjectName("exportOutcome")
        self.outcome.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.hide()
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Records"), self.type)
        form.addRow(self.tr("Period"), period)
        form.addRow("", self.period_note)
        form.addRow(self.tr("Restricted"), self.restricted)
        form.addRow("", self.left_out)
        form.addRow(self.tr("Save to"), target)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("exportRun")
        self.export_button.setDefault(True)  # Enter exports
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)  # Esc too
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        for signal in (self.type.currentIndexChanged, self.first.dateChanged, self.last.dateChanged):
            signal.connect(lambda *_: self._count())
        self.limited.toggled.connect(lambda _on: self._period_changed())
        self.restricted.toggled.connect(lambda _on: self._count())
        self.ctx.runner.job_progressed.connect(self._progressed)
        self._format_changed()
        self._period_changed()

    # --- what is chosen -----------------------------------------------------------------------

    def fmt(self) -> str:
        code = str(self.format.currentData())
        return "vcf" if code == ONE_PER_FILE else code

    def types(self) -> tuple[str, ...]:
        chosen = self.type.currentData()
        return (str(chosen),) if chosen else ()

    def period(self) -> Period | None:
        if not self.limited.isChecked():
            return None
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        return (first, last)

    def _format_changed(self) -> None:
        holds = exchange.WRITERS[self.fmt()][1]
        self.type.blockSignals(True)
        self.type.clear()
        if len(holds) > 1:
            self.type.addItem(self.tr("All kinds"), "")
        for kind in holds:
            self.type.addItem(QCoreApplication.translate("Navigation", SCREEN_NAMES.get(kind, kind)), kind)
        self.type.setEnabled(len(holds) > 1)
        self.type.blockSignals(False)
        if text := self.target.text().strip():  # the chosen name, with the new format's ending
            self.target.setText(str(Path(text).with_suffix(SUFFIX[str(self.format.currentData())])))
        self._count()

    def _period_changed(self) -> None:
        self.first.setEnabled(self.limited.isChecked())
        self.last.setEnabled(self.limited.isChecked())
        self._count()

    def _count(self) -> None:
        if self.restricted.isChecked():
            self.left_out.setText(self.tr("Restricted records are written too."))
            return
        ops.count_left_out(ctx=self.ctx, fmt=self.fmt(), types=self.types(), period=self.period(),
                           on_done=self._counted)

    def _counted(self, count: int) -> None:
        if not self.restricted.isChecked():
            self.left_out.setText(self.tr("%1 restricted records will be left out.").replace("%1", str(count)))

    def choose_target(self) -> None:
        code = str(self.format.currentData())
        start = last_folder(self.ctx.profile_dir)
        if code == ONE_PER_FILE:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the contact cards"), start)
        else:
            suggested = str(Path(start) / f"officerdesk-{dt.date.today().isoformat()}{SUFFIX[code]}")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export records"), suggested)
        if path:
            self.target.setText(path)

    # --- the export ---------------------------------------------------------------------------

    def export(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.outcome.setText(self.tr("Choose where to save the export first."))
            return
        path = Path(text).expanduser()
        remember_folder(self.ctx.profile_dir, path)
        self._running(True)
        self.outcome.setText(self.tr("Exporting…"))
        self.job = ops.export_records(ctx=self.ctx, path=path, fmt=self.fmt(), types=self.types(),
                                      period=self.period(), include_restricted=self.restricted.isChecked(),
                                      one_per_file=self.format.currentData() == ONE_PER_FILE,
                                      on_done=self._exported, on_refused=self._refused, on_finished=self._finished)

    def _running(self, running: bool) -> None:
        self.cancelled = False
        self.bar.setValue(0)
        self.bar.setVisible(running)
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)

    def _progressed(self, job: int, fraction: float, _message: str) -> None:
        if job == self.job:
            self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def reject(self) -> None:
        """Esc and Cancel: while the export runs, stop it (the dialog stays to say so); else close."""
        if self.job is not None:
            self.cancelled = True
            self.cancel_button.setEnabled(False)
            self.outcome.setText(self.tr("Cancelling…"))
            self.ctx.runner.cancel(self.job)
            return
        super().reject()

    def _finished(self, ok: bool) -> None:
        self.job = None
        cancelled = self.cancelled
        self._running(False)
        if not ok and cancelled:
            self.outcome.setText(self.tr("Export cancelled: no file was written."))

    def _exported(self, done: ops.Exported) -> None:
        self.done_with = done
        written = ", ".join(f"{n} {QCoreApplication.translate('Navigation', SCREEN_NAMES.get(k, k))}"
                            for k, n in done.counts.items()) or self.tr("no records")
        text = self.tr("Exported to %1: %2.").replace("%1", str(done.path)).replace("%2", written)
        if done.left_out:
            text += " " + self.tr("%1 restricted records were left out.").replace("%1", str(done.left_out))
        self.outcome.setText(text)

    def _refused(self, message: str) -> None:
        self.outcome.setText(self.tr("Nothing was exported: %1").replace("%1", message))


def open_export(ctx: AppContext, parent: QWidget | None = None) -> ExportDialog:
    dialog = ExportDialog(ctx, parent)
    dialog.resize(720, 420)
    dialog.open()
    return dialog

