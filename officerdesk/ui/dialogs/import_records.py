"""File → Import…: pick a file, see what it is and what it holds, import it with progress and
Cancel, and read what was added, updated, left unchanged and skipped (and why).

Four pages on one dialog: the file (format and encoding found, or the encoding named), the
preview (the first records, which are here already, a CSV's column mapping to edit), the import
running (its own bar and Cancel), the summary. Enter goes on, Esc cancels. Every step is an op
factory of `ui/operations/exchange.py`, the command line's code underneath. A cancelled import
rolls the whole file back: the profile is as it was, never a prefix of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core.exchange.columns import CHOICES
from officerdesk.ui.last_folder import last_folder, remember_folder
from officerdesk.ui.models.import_preview import ImportPreviewModel
from officerdesk.ui.navigation import QT_TRANSLATE_NOOP, SCREEN_NAMES
from officerdesk.ui.operations import exchange as ops

if TYPE_CHECKING:
    from officerdesk.core.exchange.importing import Detected, Summary
    from officerdesk.ui.context import AppContext

FILE, PREVIEW, RUNNING, SUMMARY = range(4)
ENCODINGS = ("", "utf-8", "cp949", "shift_jis", "gb18030", "big5", "cp1252", "cp1250", "utf-16")
SKIPPED_SHOWN = 200  # lines of the skipped list (the rest counted)


class ImportDialog(QDialog):
    imported = Signal(object)  # the Summary

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import records"))
        self.detected: Detected | None = None
        self.preview: ops.ImportPreview | None = None
        self.summary: Summary | None = None
        self.job: int | None = None
        self._preview_asked = 0  # which preview request is the latest (see _preview)
        self.cancelled = False
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._running_page())
        self.pages.addWidget(self._summary_page())
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("importBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)  # Enter goes on
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.ctx.runner.job_progressed.connect(self._progressed)
        self._go(FILE)

    # --- pages ------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        self.path_edit = QLineEdit(page)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose a CSV, vCard, iCalendar or JSON Lines file"))
        choose = QPushButton(self.tr("Choose file…"), page)
        choose.setObjectName("importChoose")
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.encoding = QComboBox(page)
        self.encoding.setObjectName("importEncoding")
        for codec in ENCODINGS:
            self.encoding.addItem(codec or self.tr("Find it from the file"), codec)
        self.encoding.currentIndexChanged.connect(lambda _i: self._detect())
        self.format_label = QLabel("", page)
        self.format_label.setObjectName("importFormat")
        self.encoding_label = QLabel("", page)
        self.encoding_label.setObjectName("importEncodingFound")
        self.file_problem = _problem_label(page, "importFileProblem")
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Format"), self.format_label)
        form.addRow(self.tr("Encoding"), self.encoding_label)
        form.addRow(self.tr("Read as"), self.encoding)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Contacts from Outlook, Google, Naver or Thunderbird (CSV or vCard), meetings "
                                        "from a calendar (iCalendar), or records exported by OfficerDesk."), page))
        layout.addLayout(form)
        layout.addWidget(self.file_problem)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.preview_label = QLabel("", page)
        self.preview_label.setObjectName("importPreviewLabel")
        self.preview_label.setWordWrap(True)
        self.preview_problem = _problem_label(page, "importPreviewProblem")
        self.model = ImportPreviewModel()
        self.table = QTableView(page)
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.mapping_label = QLabel(self.tr("Columns of the file (change what a column is imported as):"), page)
        self.mapping = QTableWidget(0, 2, page)
        self.mapping.setObjectName("importMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_problem)
        tables = QHBoxLayout()
        tables.addWidget(self.table, 3)
        mapping = QVBoxLayout()
        mapping.addWidget(self.mapping_label)
        mapping.addWidget(self.mapping, 1)
        tables.addLayout(mapping, 2)
        layout.addLayout(tables, 1)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget(self)
        self.running_label = QLabel("", page)
        self.running_label.setObjectName("importRunning")
        self.bar = QProgressBar(page)
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 1000)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.running_label)
        layout.addWidget(self.bar)
        layout.addWidget(QLabel(self.tr("Cancel leaves the profile as it was: nothing of the file is kept."), page))
        layout.addStretch(1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_label = QLabel("", page)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_text = QPlainTextEdit(page)
        self.summary_text.setObjectName("importSummaryDetails")
        self.summary_text.setReadOnly(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_text, 1)
        return page

    # --- moving through -----------------------------------------------------------------------

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == PREVIEW)
        self.back_button.setEnabled(page == PREVIEW)
        self.next_button.setVisible(page != RUNNING)
        self.next_button.setText({FILE: self.tr("Next"), PREVIEW: self.tr("Import")}.get(page, self.tr("Close")))
        self.cancel_button.setVisible(page != SUMMARY)
        self.cancel_button.setText(self.tr("Cancel import") if page == RUNNING else self.tr("Cancel"))
        self._can_go_on()

    def _can_go_on(self) -> None:
        page = self.pages.currentIndex()
        ready = {FILE: self.detected is not None and self.job is None,
                 PREVIEW: self.preview is not None and not self.preview.preview.problem and self.job is None}
        self.next_button.setEnabled(ready.get(page, True))
        self.next_button.setDefault(True)

    def next(self) -> None:
        page = self.pages.currentIndex()
        if not self.next_button.isEnabled():
            return
        if page == FILE:
            self._preview()
        elif page == PREVIEW:
            self._run()
        elif page == SUMMARY:
            self.accept()

    def back(self) -> None:
        if self.pages.currentIndex() == PREVIEW:
            self._go(FILE)

    def reject(self) -> None:
        """Esc and Cancel: while the import runs, stop it (the dialog stays to say so); else close."""
        if self.pages.currentIndex() == RUNNING and self.job is not None:
            self.cancelled = True
            self.cancel_button.setEnabled(False)
            self.running_label.setText(self.tr("Cancelling…"))
            self.ctx.runner.cancel(self.job)
            return
        super().reject()

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        # Enter goes on from any page, also while a table or the encoding list has the focus
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.next_button.isVisible():
            self.next()
            return
        super().keyPressEvent(event)

    # --- the file ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import records"), last_folder(self.ctx.profile_dir),
            self.tr("Records (*.csv *.tsv *.vcf *.vcard *.ics *.ical *.jsonl *.ndjson *.json);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        remember_folder(self.ctx.profile_dir, path)
        self.path_edit.setText(str(path))
        self._detect()

    def _detect(self) -> None:
        text = self.path_edit.text()
        if not text:
            return
        self.detected, self.preview = None, None
        self.format_label.setText(self.tr("Reading…"))
        self.encoding_label.setText("")
        self.file_problem.hide()
        self.job = ops.detect_import(ctx=self.ctx, path=Path(text), encoding=str(self.encoding.currentData() or ""),
                                     on_done=self._detected, on_refused=self._file_refused)
        self._can_go_on()

    def _detected(self, detected: Detected) -> None:
        self.job = None
        self.detected = detected
        self.format_label.setText(format_name(detected.format))
        self.encoding_label.setText(encoding_name(detected.encoding.codec, detected.encoding.how))
        self._can_go_on()

    def _file_refused(self, message: str) -> None:
        self.job = None
        self.format_label.setText("")
        _show_problem(self.file_problem, self.tr("This file cannot be imported: %1").replace("%1", message))
        self._can_go_on()

    # --- the preview ------------------------------------------------------------------------

    def _preview(self) -> None:
        if self.detected is None:
            return
        # previews are read on the pool and may finish out of order (two columns remapped in quick
        # succession): only the answer to the latest request is shown
        self._preview_asked = asked = self._preview_asked + 1

        def latest(then: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda answer: then(answer) if asked == self._preview_asked else None

        self.job = ops.preview_import(ctx=self.ctx, detected=self.detected, on_done=latest(self._previewed),
                                      on_refused=latest(self._preview_refused))
        self._can_go_on()

    def _previewed(self, shown: ops.ImportPreview) -> None:
        self.job = None
        self.preview = shown
        preview = shown.preview
        self.model.show(preview.records, preview.here, shown.matches)
        self.table.resizeColumnsToContents()
        self.preview_label.setText(
            self.tr("The first %1 records of the file. %2 of its records are already in the profile (the same id or "
                    "UID): the import updates them with the file's values.")
            .replace("%1", str(len(preview.records))).replace("%2", str(preview.already_here)))
        if preview.problem:
            _show_problem(self.preview_problem, self.tr("Not yet importable: %1").replace("%1", preview.problem))
        else:
            self.preview_problem.hide()
        self._fill_mapping(preview.columns)
        self._go(PREVIEW)

    def _preview_refused(self, message: str) -> None:
        self.job = None
        self._go(FILE)
        _show_problem(self.file_problem, self.tr("This file cannot be imported: %1").replace("%1", message))

    def _fill_mapping(self, columns: tuple[tuple[str, str], ...]) -> None:
        csv = bool(columns)
        self.mapping_label.setVisible(csv)
        self.mapping.setVisible(csv)
        self.mapping.setRowCount(len(columns))
        for row, (header, target) in enumerate(columns):
            self.mapping.setCellWidget(row, 0, QLabel(header, self.mapping))
            combo = QComboBox(self.mapping)
            combo.setObjectName(f"importColumn{row}")
            combo.addItem(self.tr("(not imported)"), "")
            for choice in CHOICES:
                combo.addItem(field_name(choice), choice)
            at = combo.findData(target)
            if at < 0:  # a part the core put together (a numbered group's type, a street part): keep it
                combo.addItem(target, target)
                at = combo.count() - 1
            combo.setCurrentIndex(at)
            combo.currentIndexChanged.connect(lambda _i, column=row: self.remap(column))
            self.mapping.setCellWidget(row, 1, combo)

    def remap(self, column: int) -> None:
        """A column pointed at another field: the preview is read again with every hand-set column."""
        if self.detected is None or self.preview is None:
            return
        chosen = dict(self.detected.chosen)
        combo = self.mapping.cellWidget(column, 1)
        assert isinstance(combo, QComboBox)
        target = str(combo.currentData() or "")
        if target and target not in CHOICES:
            chosen.pop(column, None)  # back to what the column's name says
        else:
            chosen[column] = target
        self.detected = self.detected.with_columns(chosen)
        self._preview()

    # --- the import -------------------------------------------------------------------------

    def _run(self) -> None:
        if self.detected is None:
            return
        self.cancelled = False
        self.bar.setValue(0)
        self.running_label.setText(self.tr("Importing %1…").replace("%1", self.detected.path.name))
        self.cancel_button.setEnabled(True)
        self._go(RUNNING)
        self.job = ops.run_import(ctx=self.ctx, detected=self.detected, on_done=self._done,
                                  on_refused=self._refused, on_finished=self._finished)

    def _progressed(self, job: int, fraction: float, _message: str) -> None:
        if job == self.job:
            self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _done(self, summary: Summary) -> None:
        self.summary = summary
        self.summary_label.setText(self.tr("Imported %1 records.").replace("%1", str(summary.total)))
        self.summary_text.setPlainText("\n".join(summary_lines(summary, self.ctx.lang)))
        self.imported.emit(summary)

    def _refused(self, message: str) -> None:
        self.summary_label.setText(self.tr("Nothing was imported: the file has a problem."))
        self.summary_text.setPlainText(message)

    def _finished(self, ok: bool) -> None:
        self.job = None
        if not ok:  # cancelled (or failed: the error was shown); either way the transaction rolled back
            self.summary_label.setText(self.tr("Import cancelled: nothing was imported.") if self.cancelled
                                       else self.tr("Nothing was imported."))
            self.summary_text.setPlainText("")
        self._go(SUMMARY)


def summary_lines(summary: Summary, lang: str) -> list[str]:
    """What the summary page lists: counts per kind of record, then every skipped line and why
    (the core's reason in the officer's language)."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("ImportDialog", text)

    def kinds_text(counts: dict[str, int]) -> str:
        return ", ".join(f"{n} {QCoreApplication.translate('Navigation', SCREEN_NAMES.get(k, k))}"
                         for k, n in counts.items() if n)

    lines = []
    for title, counts in ((tr("Added"), summary.added), (tr("Updated"), summary.updated),
                          (tr("Unchanged (already here)"), summary.unchanged)):
        if any(counts.values()):
            lines.append(f"{title}: {kinds_text(counts)}")
    if summary.skipped:
        lines.append(tr("Skipped %1:").replace("%1", str(len(summary.skipped))))
        lines += [tr("line %1: %2").replace("%1", str(line)).replace("%2", why.localized(lang))
                  for line, why in summary.skipped[:SKIPPED_SHOWN]]
        if len(summary.skipped) > SKIPPED_SHOWN:
            lines.append(tr("… and %1 more").replace("%1", str(len(summary.skipped) - SKIPPED_SHOWN)))
    return lines


def format_name(fmt: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {"csv": QT_TRANSLATE_NOOP("ImportDialog", "Contacts (CSV)"),
             "vcf": QT_TRANSLATE_NOOP("ImportDialog", "Contacts (vCard)"),
             "ics": QT_TRANSLATE_NOOP("ImportDialog", "Meetings (iCalendar)"),
             "jsonl": QT_TRANSLATE_NOOP("ImportDialog", "OfficerDesk records (JSON Lines)")}
    return QCoreApplication.translate("ImportDialog", names[fmt]) if fmt in names else fmt


def encoding_name(codec: str, how: str) -> str:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("ImportDialog", text)

    names = {"utf-8": "UTF-8", "utf-16": "UTF-16", "cp949": tr("Korean (CP949/EUC-KR)"), "euc_kr": tr("Korean (EUC-KR)"),
             "shift_jis": tr("Japanese (Shift_JIS)"), "cp932": tr("Japanese (Shift_JIS/cp932)"),
             "gb18030": tr("Chinese (GBK/GB18030)"), "big5": tr("Chinese (Big5)"),
             "cp1252": tr("Western European (cp1252)"), "cp1250": tr("Central European (cp1250)")}
    found = {"named": tr("as chosen"), "byte-order mark": tr("marked in the file"), "detected": tr("detected")}
    ways = ", ".join(found.get(part.strip(), part.strip()) for part in how.split(","))
    return f"{names.get(codec, codec)} ({ways})"


def field_name(target: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
        "given": QT_TRANSLATE_NOOP("ImportDialog", "Given name"),
        "family": QT_TRANSLATE_NOOP("ImportDialog", "Family name"),
        "middle": QT_TRANSLATE_NOOP("ImportDialog", "Middle name"),
        "name_alt": QT_TRANSLATE_NOOP("ImportDialog", "Name in another script"),
        "organization": QT_TRANSLATE_NOOP("ImportDialog", "Organization"),
        "department": QT_TRANSLATE_NOOP("ImportDialog", "Department"),
        "position": QT_TRANSLATE_NOOP("ImportDialog", "Position"),
        "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
        "address": QT_TRANSLATE_NOOP("ImportDialog", "Address"),
        "birthday": QT_TRANSLATE_NOOP("ImportDialog", "Birthday"),
        "url": QT_TRANSLATE_NOOP("ImportDialog", "Web page"),
        "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
        "language": QT_TRANSLATE_NOOP("ImportDialog", "Language"),
    }
    return QCoreApplication.translate("ImportDialog", names[target]) if target in names else target


def _problem_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel("", parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()


def open_import(ctx: AppContext, parent: QWidget | None = None) -> ImportDialog:
    dialog = ImportDialog(ctx, parent)
    dialog.resize(900, 520)
    dialog.open()
    return dialog
