"""Conflicts: a text edited here and elsewhere at once; the officer keeps one side or merges."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import dto as d
from officerdesk.core import kinds
from officerdesk.ui.operations import conflicts as operations

if TYPE_CHECKING:
    from officerdesk.core.services.conflicts import Keep
    from officerdesk.ui.context import AppContext


def merged_text(local: str, remote: str) -> str:
    """Both texts, one after the other, for the officer to edit into one."""
    if not local.strip():
        return remote
    if not remote.strip() or local == remote:
        return local
    return f"{local.rstrip()}\n\n{remote.strip()}\n"


MINE_ONLY, THEIRS_ONLY = QColor("#fde2e1"), QColor("#dff3e3")


def differing_lines(local: str, remote: str) -> tuple[list[int], list[int]]:
    """Line numbers only in the local text, and only in the remote one."""
    a, b = local.splitlines(), remote.splitlines()
    mine: list[int] = []
    theirs: list[int] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            mine.extend(range(i1, i2))
            theirs.extend(range(j1, j2))
    return mine, theirs


def _highlight(view: QPlainTextEdit, lines: list[int], color: QColor) -> None:
    selections = []
    for number in lines:
        block = view.document().findBlockByNumber(number)
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(color)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(block)
        selections.append(selection)
    view.setExtraSelections(selections)


def mark_differences(mine: QPlainTextEdit, theirs: QPlainTextEdit) -> None:
    """Tint the lines that differ: red on my side, green on theirs."""
    only_mine, only_theirs = differing_lines(mine.toPlainText(), theirs.toPlainText())
    _highlight(mine, only_mine, MINE_ONLY)
    _highlight(theirs, only_theirs, THEIRS_ONLY)


class ConflictsView(QWidget):
    resolved = Signal(str)  # conflict id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[d.ConflictDTO] = []
        self.current: d.ConflictDTO | None = None
        self.busy = False
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._select)
        self.empty = QLabel(self.tr("No conflicts. Edits made here and elsewhere at the same time appear here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Open conflicts")))
        column.addWidget(self.list, 1)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(1, 3)
        # with nothing to decide, one calm sentence instead of empty text boxes
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._job = -1
        ctx.change_bus.changed.connect(self._changed)
        ctx.runner.job_finished.connect(self._job_finished)
        self._show(None)
        self.refresh()

    def _detail(self) -> QWidget:
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.mine, self.theirs = QPlainTextEdit(), QPlainTextEdit()
        self.mine_box, self.theirs_box = QGroupBox(self.tr("Mine (this laptop)")), QGroupBox(self.tr("Theirs"))
        for box, text in ((self.mine_box, self.mine), (self.theirs_box, self.theirs)):
            text.setReadOnly(True)
            QVBoxLayout(box).addWidget(text)
        sides = QHBoxLayout()
        sides.addWidget(self.mine_box)
        sides.addWidget(self.theirs_box)
        self.merge_box = QGroupBox(self.tr("Merged text (edit, then save)"))
        self.merged = QPlainTextEdit()
        QVBoxLayout(self.merge_box).addWidget(self.merged)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.save_merged = QPushButton(self.tr("Save merged text"))
        self.keep_mine.clicked.connect(lambda: self.resolve("local"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("remote"))
        self.save_merged.clicked.connect(lambda: self.resolve("merged"))
        self.open_record = QPushButton(self.tr("Open record"))
        self.open_record.clicked.connect(self._open_record)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_record)
        buttons.addStretch(1)
        for b in (self.keep_mine, self.keep_theirs, self.save_merged):
            buttons.addWidget(b)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.addWidget(self.heading)
        column.addWidget(self.explain)
        column.addLayout(sides, 2)
        column.addWidget(self.merge_box, 1)
        column.addLayout(buttons)
        return panel

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.busy = True
        self._job = operations.list_conflicts(ctx=self.ctx, on_done=self._listed)

    def _job_finished(self, job_id: int, _ok: bool) -> None:
        if job_id == self._job:
            self.busy = False

    def _changed(self, changes: d.Changes) -> None:
        if changes.touches(kinds.CONFLICT.name) and not self.busy:
            self.refresh()

    def _listed(self, found: list[d.RecordDTO]) -> None:
        keep = self.current.id if self.current else None
        self.items = [c for c in found if isinstance(c, d.ConflictDTO)]
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.items:
            item = QListWidgetItem(f"{c.target_title}\n{self.field_label(c.field)} · {c.remote_author}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.pages.setCurrentWidget(self.empty if not self.items else self.splitter)
        ids = [c.id for c in self.items]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._select(row)

    def field_label(self, name: str) -> str:
        labels = {
            "notes": self.tr("Notes"), "agenda": self.tr("Agenda"), "decisions": self.tr("Decisions"),
            "details": self.tr("Details"), "outcome": self.tr("Outcome"), "summary": self.tr("Summary"),
            "implications": self.tr("Implications"), "deleted": self.tr("Deleted"),
        }
        return labels.get(name, name)

    def _select(self, row: int) -> None:
        self._show(self.items[row] if 0 <= row < len(self.items) else None)

    def _show(self, conflict: d.ConflictDTO | None) -> None:
        self.current = conflict
        for w in (self.keep_mine, self.keep_theirs, self.save_merged, self.open_record, self.merged):
            w.setEnabled(conflict is not None)
        if conflict is None:
            self.heading.setText(self.tr("Nothing to decide"))
            self.explain.setText("")
            for text in (self.mine, self.theirs, self.merged):
                text.clear()
            return
        self.heading.setText(f"{conflict.target_title} — {self.field_label(conflict.field)}")
        deletion = conflict.field == "deleted"
        self.merge_box.setVisible(not deletion)
        self.save_merged.setVisible(not deletion)
        if deletion:
            self.explain.setText(self.tr("%1 deleted this record while you edited it. Keep mine restores it; keep theirs leaves it deleted.")
                                 .replace("%1", conflict.remote_author or self.tr("Someone")))
        else:
            self.explain.setText(self.tr("%1 changed this text while you changed it too. Keep one side, or merge both.")
                                 .replace("%1", conflict.remote_author or self.tr("Someone")))
        self.theirs_box.setTitle(self.tr("Theirs (%1)").replace("%1", conflict.remote_author or "HQ"))
        self.mine.setPlainText(conflict.local_value)
        self.theirs.setPlainText(conflict.remote_value)
        mark_differences(self.mine, self.theirs)
        self.merged.setPlainText(merged_text(conflict.local_value, conflict.remote_value))

    # --- deciding ---------------------------------------------------------------------------

    def resolve(self, keep: Keep) -> None:
        conflict = self.current
        if conflict is None or self.busy:
            return
        text = self.merged.toPlainText() if keep == "merged" else None
        conflict_id = conflict.id
        self.busy = True
        self._job = operations.resolve_conflict(ctx=self.ctx, conflict_id=conflict_id, keep=keep, text=text,
                                                on_done=lambda _r: self._resolved(conflict_id))

    def _resolved(self, conflict_id: str) -> None:
        self.current = None
        self.resolved.emit(conflict_id)
        self.refresh()

    def _open_record(self) -> None:
        if self.current is not None:
            self.ctx.open_record(self.current.target_type, self.current.target_id)
