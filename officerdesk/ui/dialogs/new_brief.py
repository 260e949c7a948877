"""New Brief: choose what to brief, build it in the background, preview it, save it, finalise it.

Gathering runs on the database lane, typesetting on the pool (with progress), saving and finalising
as database writes that record the brief: the op factories of `ui/operations/briefs.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import kinds
from officerdesk.core.report_dto import BriefIssue, BriefOptions, BriefSummary, Period
from officerdesk.core.services.periods import current_month, parse_period
from officerdesk.errors import UserError
from officerdesk.ui.editors.links import RecordPicker
from officerdesk.ui.errors import user_message
from officerdesk.ui.models.columns import BRIEF_KINDS
from officerdesk.ui.operations import briefs as operations
from officerdesk.ui.operations import handover as handover_ops
from officerdesk.ui.operations import overview

if TYPE_CHECKING:

    from officerdesk.ui.context import AppContext


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


# Derived from the brief registry: which need a record (and of what type), a post, a period.
RECORD_TYPES: dict[str, str] = {b.code: b.record.name for b in kinds.BRIEFS if b.record}
POST_KINDS = tuple(b.code for b in kinds.BRIEFS if b.post)
PERIOD_KINDS = tuple(b.code for b in kinds.BRIEFS if b.period)
HANDOVER = kinds.HANDOVER_BRIEF.code
CHOOSES_WHO_LEAVES = "admin"  # the role that starts handovers (docs/hq.md) briefs anyone's; others their own


def offered_kinds(role: str) -> tuple[str, ...]:
    """The brief types this officer is offered: the HQ roll-up only to the HQ roles."""
    return tuple(b.code for b in kinds.BRIEFS if b.offered_to(role))


PREVIEW_PAUSE_MS = 700  # an edited summary is typeset again once typing pauses this long


class NewBriefDialog(QDialog):
    """Not modal-blocking: open() it; `built`, `saved` and `finalised` tell tests and views."""

    built = Signal(int)  # pages in the preview
    previewed = Signal(int)  # pages in a preview rebuilt for an edited summary
    saved = Signal(str)  # brief record id
    finalised = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, kind: str = "activity",
                 record: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("newBriefDialog")
        self.setWindowTitle(self.tr("New brief"))
        self.resize(1100, 760)
        self.record: tuple[str, str] | None = record
        self.pdf: bytes | None = None
        self.heading: Any = None
        self.brief_id: str | None = None
        self.data: Any = None
        self.saved_path: Path | None = None
        self.busy = False
        self._generation = 0
        self._summary_generation = 0  # each edit of the summary; a preview of an older one is dropped
        self._shown_edit = 0  # the edit the preview shows
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(PREVIEW_PAUSE_MS)
        self._refresh.timeout.connect(self.refresh_preview)
        self._build_form(kind)
        self._build_preview()
        self._load_posts()
        self._load_officers()
        if record is not None and kind in RECORD_TYPES:
            self.set_record(record)  # "brief this record": shown as chosen
        self._kind_changed()

    # --- layout ---------------------------------------------------------------------------

    def _build_form(self, kind: str) -> None:
        self.kind = _named(QComboBox(), "briefKind")
        role = self.ctx.identity.role if self.ctx.identity else ""
        for code in offered_kinds(role):
            self.kind.addItem(QCoreApplication.translate("Columns", BRIEF_KINDS[code]), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.record_label = _named(QLabel(self.tr("No record chosen")), "briefRecord")
        self.record_label.setWordWrap(True)
        self.pick_button = _named(QPushButton(self.tr("Choose…")), "briefPick")
        self.post = _named(QComboBox(), "briefPost")
        self.period = _named(QLineEdit(current_month().code), "briefPeriod")
        self.leaving = _named(QComboBox(), "briefLeaving")  # the handover brief's departing officer
        self.successor = _named(QComboBox(), "briefSuccessor")  # and who takes over, named on page 1
        self.officers: list[tuple[str, str]] = []
        self.period.setPlaceholderText("2026-10, 2026-Q3, 2026-W45, 2026")
        self.language = _named(QComboBox(), "briefLanguage")
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if self.ctx.lang == "ko" else 1)
        self.include_restricted = _named(QCheckBox(self.tr("Include restricted (대외비) records")), "briefRestricted")
        self.paper = _named(QComboBox(), "briefPaper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.build_button = _named(QPushButton(self.tr("Build preview")), "briefBuild")
        self.build_button.setDefault(True)
        self.message = _named(QLabel(), "briefMessage")
        self.message.setWordWrap(True)
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_label, 1)
        record_row.addWidget(self.pick_button)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Record"), record_row)
        self.form.addRow(self.tr("Post"), self.post)
        self.form.addRow(self.tr("Period"), self.period)
        self.form.addRow(self.tr("Departing officer"), self.leaving)
        self.form.addRow(self.tr("Successor"), self.successor)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Paper"), self.paper)
        self.form.addRow("", self.include_restricted)
        # page 1's summary: prefilled at each build, the officer's words once edited
        self.summary_edits: dict[str, QPlainTextEdit] = {}
        self.summary_edited = False
        for attr, name, label in (("overview", "briefSummaryOverview", self.tr("Summary")),
                                  ("key_points", "briefSummaryKeyPoints", self.tr("Key points")),
                                  ("actions", "briefSummaryActions", self.tr("Actions and next steps")),
                                  ("requests", "briefSummaryRequests", self.tr("Requests to HQ"))):
            edit = _named(QPlainTextEdit(), name)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self._summary_changed)
            self.summary_edits[attr] = edit
            self.form.addRow(label, edit)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.pick_button.clicked.connect(self.pick_record)
        self.build_button.clicked.connect(self.build)
        for box in (self.post, self.language, self.paper, self.successor):
            box.currentIndexChanged.connect(lambda _i: self._stale())
        self.leaving.currentIndexChanged.connect(lambda _i: self._leaving_changed())
        self.period.textEdited.connect(lambda _t: self._stale())
        self.include_restricted.toggled.connect(lambda _on: self._stale())

    def _build_preview(self) -> None:
        self.document = QPdfDocument(self)
        self.view = _named(QPdfView(self), "briefPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self.save_button = _named(QPushButton(self.tr("Save As…")), "briefSave")
        self.word_button = _named(QPushButton(self.tr("Save as Word…")), "briefSaveWord")
        self.word_button.clicked.connect(self.save_word)
        self.finalise_button = _named(QPushButton(self.tr("Finalise and queue for HQ")), "briefFinalise")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save_as)
        self.finalise_button.clicked.connect(self.finalise)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(self.form)
        column.addWidget(self.build_button)
        column.addWidget(self.message)
        column.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 770])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.word_button)
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _load_posts(self) -> None:
        def show(posts: list[Any]) -> None:
            # filling the list is not a change of options: a build already started (none chosen =
            # this profile's own post, the one selected here) stays valid
            own = self.ctx.post_id
            blocked = self.post.blockSignals(True)
            for p in posts:
                self.post.addItem(f"{p.code} · {p.name_ko if self.ctx.lang == 'ko' else p.name_en}", p.code)
                if p.id == own:
                    self.post.setCurrentIndex(self.post.count() - 1)
            self.post.blockSignals(blocked)

        overview.list_posts(ctx=self.ctx, on_done=show)

    def _load_officers(self) -> None:
        if self.ctx.identity is None:
            return  # no officer of a post yet: no handover to brief

        def show(officers: list[tuple[str, str]]) -> None:
            self.officers = officers
            own = self.ctx.identity.officer_id if self.ctx.identity else ""
            blocked = self.leaving.blockSignals(True)
            for name, officer_id in officers:
                if self._chooses_who_leaves() or officer_id == own:
                    self.leaving.addItem(name, officer_id)
            self.leaving.setCurrentIndex(max(0, self.leaving.findData(own)))
            self.leaving.blockSignals(blocked)
            self._fill_successors()  # as the lists load, not a change: a build under way stays valid

        handover_ops.post_officers(ctx=self.ctx, on_done=show)

    def _chooses_who_leaves(self) -> bool:
        return bool(self.ctx.identity and self.ctx.identity.role == CHOOSES_WHO_LEAVES)

    def _leaving_changed(self) -> None:
        self._fill_successors()
        self._stale()

    def _fill_successors(self) -> None:
        """The successor is any other officer of the post, or none named yet."""
        leaving, chosen = self.leaving.currentData(), self.successor.currentData()
        blocked = self.successor.blockSignals(True)
        self.successor.clear()
        self.successor.addItem(self.tr("(not named)"), "")
        for name, officer_id in self.officers:
            if officer_id != leaving:
                self.successor.addItem(name, officer_id)
        self.successor.setCurrentIndex(max(0, self.successor.findData(chosen)))
        self.successor.blockSignals(blocked)

    # --- state ----------------------------------------------------------------------------

    @property
    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind_code
        self.summary_edited = False  # another kind of brief: another summary
        self.pick_button.setEnabled(kind in RECORD_TYPES)
        self.record_label.setEnabled(kind in RECORD_TYPES)
        self.post.setEnabled(kind in POST_KINDS)
        self.period.setEnabled(kind in PERIOD_KINDS)
        self.leaving.setEnabled(kind == HANDOVER and self._chooses_who_leaves())
        self.successor.setEnabled(kind == HANDOVER)
        if self.record and kind in RECORD_TYPES and not self._record_fits(kind):
            self.set_record(None)
        self._stale()

    def _record_fits(self, kind: str) -> bool:
        return getattr(self, "_record_type", RECORD_TYPES.get(kind)) == RECORD_TYPES.get(kind)

    def set_record(self, record: tuple[str, str] | None) -> None:
        """The meeting or request to brief: (id, title)."""
        self.record = record
        self._record_type = RECORD_TYPES.get(self.kind_code, "")
        self.record_label.setText(record[1] if record else self.tr("No record chosen"))
        self._stale()

    def pick_record(self) -> RecordPicker:
        record_type = RECORD_TYPES[self.kind_code]
        title = self.tr("Choose a meeting") if record_type == kinds.MEETING.name else self.tr("Choose a company request")
        picker = RecordPicker(self.ctx, record_type, title, many=False, parent=self)
        picker.picked.connect(lambda chosen: self.set_record(tuple(chosen[0])) if chosen else None)
        picker.open()
        return picker

    def _stale(self) -> None:
        """Options changed: what is shown is no longer what would be built."""
        self._generation += 1
        self.pdf = None
        self.brief_id = None
        self.saved_path = None
        self._update_buttons()

    def _summary_changed(self) -> None:
        if not self._filling:
            self.summary_edited = True
            self._summary_generation += 1
            if self.data is not None:
                self._refresh.start()  # restarted by each keystroke: typeset once typing pauses

    def refresh_preview(self) -> int | None:
        """Typeset the preview again with the summary as edited, on the pool; the task's id, or
        None when there is nothing built to refresh (or a build, save or finalise is under way:
        it typesets the summary itself, and the timer tries again after it)."""
        if self.data is None or self.pdf is None or self._shown_edit == self._summary_generation:
            return None
        if self.busy:
            self._refresh.start()
            return None
        generation, edit = self._generation, self._summary_generation

        def show(pdf: bytes) -> None:
            if generation != self._generation or edit != self._summary_generation or self.busy:
                return  # the options or the summary changed since: a newer preview follows
            self.pdf, self._shown_edit = pdf, edit
            self._load(pdf)
            self.previewed.emit(self.document.pageCount())

        return operations.typeset_brief(ctx=self.ctx, kind=self.kind_code, data=self.data, options=self.options(),
                                        on_done=show)

    _filling = False

    def summary(self) -> BriefSummary:
        """The summary as it stands in the editors."""
        return BriefSummary(**{attr: edit.toPlainText().strip() for attr, edit in self.summary_edits.items()})

    def _fill_summary(self, summary: BriefSummary) -> None:
        self._filling = True
        try:
            for attr, edit in self.summary_edits.items():
                edit.setPlainText(getattr(summary, attr))
        finally:
            self._filling = False

    def options(self, issue: BriefIssue | None = None) -> BriefOptions:
        return BriefOptions(language=str(self.language.currentData()), paper=str(self.paper.currentData()),
                            summary=self.summary() if self.summary_edited else None, issue=issue or BriefIssue())

    def _update_buttons(self) -> None:
        self.build_button.setEnabled(not self.busy)
        self.save_button.setEnabled(self.pdf is not None and not self.busy)
        self.word_button.setEnabled(self.pdf is not None and not self.busy)
        self.finalise_button.setEnabled(self.pdf is not None and not self.busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #9b1c1c;" if error else "")

    # --- build ----------------------------------------------------------------------------

    def _request(self) -> dict[str, Any]:
        kind = self.kind_code
        period: Period | None = None
        if kind in PERIOD_KINDS:
            text = self.period.text().strip()
            period = parse_period(text) if text else current_month()
        if kind in RECORD_TYPES and not self.record:
            raise UserError("Choose the record to brief first.", "보고할 기록을 먼저 선택하십시오.")
        if kind == HANDOVER:  # the departing officer stands where a record would (`reports.gather`)
            return {"record_id": self.leaving.currentData() or None, "successor_id": self.successor.currentData() or None,
                    "post_code": self.post.currentData(), "period": None,
                    "include_restricted": self.include_restricted.isChecked()}
        return {
            "record_id": self.record[0] if self.record and kind in RECORD_TYPES else None,
            "post_code": self.post.currentData() if kind in POST_KINDS else None,
            "period": period,
            "include_restricted": self.include_restricted.isChecked(),
        }

    def build(self) -> None:
        try:
            request = self._request()
        except UserError as exc:
            self._say(user_message(exc, self.ctx.lang), error=True)
            return
        kind, generation, edit = self.kind_code, self._generation, self._summary_generation
        options = self.options()
        self.busy = True
        self._update_buttons()
        self._say(self.tr("Gathering the records…"))

        def typeset(data: Any) -> None:
            operations.typeset_brief(ctx=self.ctx, kind=kind, data=data, options=options,
                                     on_done=lambda pdf: self._show(pdf, data, generation, edit),
                                     on_finished=self._finished_failed)

        operations.gather_brief(ctx=self.ctx, kind=kind, request=request, on_done=typeset,
                                on_finished=self._finished_failed)

    def _finished_failed(self, ok: bool) -> None:
        if not ok:
            self.busy = False
            self._say(self.tr("The brief was not built."), error=True)
            self._update_buttons()

    def _show(self, pdf: bytes, data: Any, generation: int, edit: int) -> None:
        self.busy = False
        if generation != self._generation:
            self._say(self.tr("Options changed while building; build again to see them."))
            self._update_buttons()
            return
        self.pdf, self.heading, self.data, self._shown_edit = pdf, data.heading, data, edit
        if not self.summary_edited:
            from officerdesk import briefs

            self._fill_summary(briefs.prefill(self.kind_code, data, str(self.language.currentData())))
        self._load(pdf)
        pages = self.document.pageCount()
        omitted = data.heading.omitted_restricted
        note = self.tr("Pages: %1").replace("%1", str(pages))
        if omitted:
            note += " · " + self.tr("Restricted records left out: %1").replace("%1", str(omitted))
        from officerdesk import briefs

        warnings = briefs.text_warnings(data)
        if warnings:  # characters no bundled font draws print as placeholders: say where
            note += "\n" + self.tr("Some characters print as placeholders:") + "\n" + "\n".join(
                w.describe(self.ctx.lang) for w in warnings[:5])
        self._say(note)
        self._update_buttons()
        self.built.emit(pages)

    def _load(self, pdf: bytes) -> None:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    # --- save and finalise ----------------------------------------------------------------

    def suggested_name(self, issue: BriefIssue | None = None, suffix: str = ".pdf") -> str:
        """The document number once it has one; before that post-kind-period."""
        if self.data is None:
            return f"{self.kind_code}{suffix}"
        from officerdesk import briefs

        return briefs.file_name(self.kind_code, self.data, self.options(issue), suffix)

    def _scope(self) -> str:
        kind = self.kind_code
        if kind == HANDOVER and self.leaving.currentData():
            return str(self.leaving.currentData())  # as the command line's --id
        return self.record[0] if self.record and kind in RECORD_TYPES else self.heading.post_code

    def _issue_then(self, final: bool, then: Any) -> None:
        operations.issue_brief(ctx=self.ctx, post_code=self.heading.post_code, final=final, on_done=then)

    def _typeset_then(self, issue: BriefIssue, then: Any, fmt: str = "pdf") -> None:
        """Typeset the brief again with the summary in the editors and `issue`'s furniture."""
        self.busy = True
        self._update_buttons()
        edit = self._summary_generation

        def done(content: bytes) -> None:
            self.busy = False
            if fmt == "pdf":
                self.pdf, self._shown_edit = content, edit
                self._load(content)
            self._update_buttons()
            then(content)

        operations.typeset_brief(ctx=self.ctx, kind=self.kind_code, data=self.data, options=self.options(issue),
                                 on_done=done, on_finished=self._finished_failed, fmt=fmt)

    def save_as(self) -> None:
        folder = Path.home()
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save brief"), str(folder / self.suggested_name()), "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path, *, then: Any = None) -> None:
        """Write the PDF, with the summary as edited, (whole or not at all) and record the brief."""
        if self.pdf is None or self.heading is None:
            return
        heading, kind, lang = self.heading, self.kind_code, str(self.language.currentData())
        target = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

        def saved(brief_id: str) -> None:
            self.brief_id, self.saved_path = brief_id, target
            self._say(self.tr("Saved to %1").replace("%1", str(target)))
            self.saved.emit(brief_id)
            if then is not None:
                then()

        def write(pdf: bytes) -> None:
            operations.save_brief(ctx=self.ctx, pdf=pdf, target=target, heading=heading, kind=kind, scope=self._scope(),
                                  language=lang, summary=self.summary(), brief_id=self.brief_id, on_done=saved)

        self._issue_then(False, lambda issue: self._typeset_then(issue, write))

    def save_word(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as Word"), str(Path.home() / self.suggested_name(suffix=".docx")),
                                                    "Word (*.docx)")
        if path:
            self.save_word_to(Path(path))

    def save_word_to(self, path: Path) -> None:
        """The same brief as an editable Word document, for HQ to paste from (never finalised)."""
        if self.data is None:
            return
        heading, kind, lang = self.heading, self.kind_code, str(self.language.currentData())
        target = path if path.suffix.lower() == ".docx" else path.with_suffix(".docx")

        def write(content: bytes) -> None:
            operations.save_brief(ctx=self.ctx, pdf=content, target=target, heading=heading, kind=kind, scope=self._scope(),
                                  language=lang, summary=self.summary(),
                                  on_done=lambda _id: self._say(self.tr("Saved to %1").replace("%1", str(target))))

        self._issue_then(False, lambda issue: self._typeset_then(issue, write, fmt="docx"))

    def finalise(self) -> None:
        """Finalising gives the brief its document number, typesets it with that number and the
        summary as edited, writes it over the saved file (or a new one) and queues it for HQ."""
        if self.pdf is None or self.heading is None:
            return
        heading, kind, lang = self.heading, self.kind_code, str(self.language.currentData())

        def numbered(issue: BriefIssue) -> None:
            target = self.saved_path
            if target is None:
                path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save brief"), str(Path.home() / self.suggested_name(issue)), "PDF (*.pdf)")
                if not path:
                    return
                target = Path(path) if path.lower().endswith(".pdf") else Path(path).with_suffix(".pdf")
            chosen = target

            def write(pdf: bytes) -> None:
                operations.save_brief(ctx=self.ctx, pdf=pdf, target=chosen, heading=heading, kind=kind, scope=self._scope(),
                                      language=lang, summary=self.summary(), final=True, doc_number=issue.doc_number,
                                      brief_id=self.brief_id, on_done=done)

            def done(brief_id: str) -> None:
                self.brief_id, self.saved_path = brief_id, chosen
                self._say(self.tr("Finalised as %1; it will be sent to HQ at the next sync.").replace("%1", issue.doc_number))
                self.finalised.emit(brief_id)

            self._typeset_then(issue, write)

        self._issue_then(True, numbered)


def open_new_brief(ctx: AppContext, parent: QWidget | None = None, **kwargs: Any) -> NewBriefDialog:
    dialog = NewBriefDialog(ctx, parent, **kwargs)
    dialog.open()
    return dialog
