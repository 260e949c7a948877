"""'Possible duplicates': contacts that may be one person written in two scripts, with the reasons,
and the merge dialog that chooses each field's value (core/services/merging.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officerdesk.ui.operations import duplicates as ops

if TYPE_CHECKING:
    from officerdesk.core.people.matches import Match, Reason
    from officerdesk.core.services.merging import FieldChoice, Merged
    from officerdesk.ui.context import AppContext

KEEP, TAKE, BOTH = "keep", "take", "both"


def reason_text(reason: Reason) -> str:
    """A reason in the officer's language."""
    if reason.code == "same_email":
        return QCoreApplication.translate("Duplicates", "same e-mail: %1").replace("%1", reason.shown)
    if reason.code == "same_phone":
        return QCoreApplication.translate("Duplicates", "same phone: %1").replace("%1", reason.shown)
    if reason.code == "same_name":
        return QCoreApplication.translate("Duplicates", "same name: %1").replace("%1", reason.shown)
    readings = {"pinyin": QCoreApplication.translate("Duplicates", "pinyin"), "rr": QCoreApplication.translate("Duplicates", "Revised Romanisation"),
                "hepburn": QCoreApplication.translate("Duplicates", "Japanese reading"), "latin": QCoreApplication.translate("Duplicates", "Latin letters")}
    how = QCoreApplication.translate("Duplicates", " and ").join(readings.get(h, h) for h in reason.how.split("+"))
    return QCoreApplication.translate("Duplicates", "same name in %1: %2").replace("%1", how).replace("%2", reason.shown)


class PossibleDuplicatesDialog(QDialog):
    loaded = Signal(int)  # how many pairs are listed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matches: list[Match] = []
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(760, 420)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("duplicatesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Contact"), self.tr("Contact"), self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.merge_selected())
        self.empty = QLabel(self.tr("No contacts look like the same person."), self)
        self.empty.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.merge_button = buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setObjectName("duplicatesMerge")
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Contacts that may be one person: the same e-mail or phone, or the same "
                                        "name in another script. Merge only those you know are one."), self))
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        ops.find_duplicates(ctx=self.ctx, on_done=self._show)

    def _show(self, matches: list[Match]) -> None:
        self.matches = matches
        self.table.setRowCount(len(matches))
        for row, m in enumerate(matches):
            cells = (f"{m.score:.0%}", m.first.name, m.second.name, "; ".join(reason_text(r) for r in m.reasons))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if matches:
            self.table.selectRow(0)
        self.empty.setVisible(not matches)
        self.merge_button.setEnabled(bool(matches))
        self.loaded.emit(len(matches))

    def merge_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.matches):
            dialog = MergeDialog(self.ctx, self.matches[row], self)
            dialog.merged.connect(lambda _m: self.refresh())
            dialog.open()
            self.merge_dialog = dialog


class MergeDialog(QDialog):
    """Which contact stays, and for each field that differs, which value it keeps."""

    merged = Signal(object)  # core.services.merging.Merged

    def __init__(self, ctx: AppContext, match: Match, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.match = ctx, match
        self.choices: list[FieldChoice] = []
        self.picks: dict[str, QButtonGroup] = {}
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.first_stays = QRadioButton(self.tr("Keep %1").replace("%1", match.first.name), self)
        self.first_stays.setObjectName("mergeKeepFirst")
        self.second_stays = QRadioButton(self.tr("Keep %1").replace("%1", match.second.name), self)
        self.second_stays.setObjectName("mergeKeepSecond")
        self.first_stays.setChecked(True)
        self.first_stays.toggled.connect(lambda _on: self._load())
        self.grid = QGridLayout()
        self.note = QLabel(self.tr("Meetings and requests naming the other contact will name the one kept; "
                                   "the other goes to the Trash."), self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeConfirm")
        self.merge_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.first_stays)
        layout.addWidget(self.second_stays)
        self.fields = QWidget(self)
        self.fields.setLayout(self.grid)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._load()

    @property
    def ids(self) -> tuple[str, str]:
        """(survivor, loser)."""
        a, b = self.match.first.id, self.match.second.id
        return (a, b) if self.first_stays.isChecked() else (b, a)

    def _load(self) -> None:
        survivor, loser = self.ids
        self.merge_button.setEnabled(False)
        ops.merge_choices(ctx=self.ctx, survivor_id=survivor, loser_id=loser, on_done=self._show)

    def _show(self, choices: list[FieldChoice]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        from officerdesk.core.services.merging import BOTH as KEEPS_BOTH

        self.choices, self.picks = choices, {}
        for row, choice in enumerate(choices):
            self.grid.addWidget(QLabel(choice.field.replace("_", " "), self.fields), row, 0)
            group = QButtonGroup(self.fields)
            options = [(KEEP, choice.survivor), (TAKE, choice.loser)]
            if choice.field in KEEPS_BOTH:
                options.append((BOTH, choice.suggested if choice.suggested not in (choice.survivor, choice.loser) else None))
            for col, (side, value) in enumerate(options, start=1):
                if side == BOTH and value is None:
                    continue
                button = QRadioButton(_shown(value) if side != BOTH else self.tr("Both"), self.fields)
                button.setObjectName(f"merge_{choice.field}_{side}")
                button.setProperty("side", side)
                group.addButton(button)
                self.grid.addWidget(button, row, col)
                button.setChecked(value == choice.suggested)
            self.picks[choice.field] = group
        self.merge_button.setEnabled(True)

    def values(self) -> dict[str, Any]:
        out = {}
        for choice in self.choices:
            button = self.picks[choice.field].checkedButton()
            side = button.property("side") if button is not None else KEEP
            out[choice.field] = {KEEP: choice.survivor, TAKE: choice.loser, BOTH: choice.suggested}[side]
        return out

    def confirm(self) -> None:
        survivor, loser = self.ids
        self.merge_button.setEnabled(False)
        ops.merge(ctx=self.ctx, survivor_id=survivor, loser_id=loser, values=self.values(), on_done=self._done)

    def _done(self, merged: Merged) -> None:
        self.merged.emit(merged)
        self.accept()


def _shown(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
