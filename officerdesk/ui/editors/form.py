"""The look every record editor shares: a scrolling column of group boxes with labelled rows,
each input with a red message under it when its value is refused, a heading, and the draft banner.

Strings here belong to the "RecordEditor" translation context (PySide looks a string up in the
context of the object's own class, so shared strings name their context explicitly).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import enums
from officerdesk.errors import ValidationError
from officerdesk.ui.editors.fields import ChoiceField, Field
from officerdesk.ui.errors import user_message

ERROR_STYLE = "color: #c62828;"
UNSAVED_STYLE = "color: #8a4b00; font-weight: bold;"
SAVED_STYLE = "color: #2e7d32; font-weight: bold;"


class EditorFrame(QWidget):
    """The widgets of an editor, without its data: RecordEditor adds loading and saving."""

    def __init__(self, lang: str, required: frozenset[str] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.required = required
        self.fields: dict[str, Field] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._first_form: QFormLayout | None = None
        self._frame()

    def _edited(self, name: str) -> None:
        """RecordEditor tracks dirty state and drafts here."""

    def recover_draft(self) -> None:
        """RecordEditor applies the pending draft."""

    def discard_draft(self) -> None:
        """RecordEditor removes the pending draft."""

    # --- building the form ------------------------------------------------------------------

    def _frame(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        self.banner.setStyleSheet("#draftBanner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.recover_button = QPushButton(QCoreApplication.translate("RecordEditor", "Recover"))
        self.discard_button = QPushButton(QCoreApplication.translate("RecordEditor", "Discard"))
        self.recover_button.clicked.connect(self.recover_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.recover_button)
        row.addWidget(self.discard_button)
        self.banner.hide()
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        # beside the heading: "Unsaved changes" while the form differs from the record, then a
        # brief "Saved" once it is written, so the officer always knows where the record stands
        self.state_note = QLabel()
        self.state_note.setObjectName("editorState")
        self.state_note.hide()
        self.head_row = QHBoxLayout()
        self.head_row.addWidget(self.heading, 1)
        self.head_row.addWidget(self.state_note, 0, Qt.AlignmentFlag.AlignTop)
        self.form_error = QLabel()
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(12, 8, 12, 12)
        self.body.setSpacing(10)
        self.body.addWidget(self.banner)
        self.body.addLayout(self.head_row)
        self.body.addWidget(self.form_error)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area)

    def build(self) -> None:
        """Subclasses add their groups and fields here."""

    def group(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.body.addWidget(box)
        if self._first_form is None:
            self._first_form = form
        return form

    def add(self, form: QFormLayout, name: str, label: str, input_field: Field, *, span: bool = False) -> Field:
        """One row: the label, the input, and under it a red message shown when it is wrong.
        With `span`, the input takes the whole width (a group holding one text)."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(input_field)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        if span:
            form.addRow(cell)
        else:
            caption = QLabel(label)
            caption.setBuddy(input_field.input)  # screen readers and click-to-focus
            if name in self.required:
                font = caption.font()
                font.setBold(True)  # a required field reads as one at a glance
                caption.setFont(font)
                caption.setToolTip(QCoreApplication.translate("RecordEditor", "Required"))
            form.addRow(caption, cell)
        self.fields[name] = input_field
        self.error_labels[name] = error
        input_field.edited.connect(lambda n=name: self._edited(n))
        return input_field

    def add_classification(self) -> None:
        """Every record is public, internal or restricted: the last row of the first group."""
        form = self._first_form or self.group(QCoreApplication.translate("RecordEditor", "Record"))
        self.add(form, "classification", QCoreApplication.translate("RecordEditor", "Classification"), ChoiceField(enums.CLASSIFICATION, self.lang))

    # --- errors -----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.hide()
        self.form_error.hide()

    def show_error(self, exc: ValidationError) -> bool:
        message = exc.field_message_ko if self.lang == "ko" else exc.field_message
        label = self.error_labels.get(exc.field)
        if label is None:
            self.form_error.setText(user_message(exc, self.lang))
            self.form_error.show()
            return True
        label.setText(message)
        label.show()
        self.fields[exc.field].focus_input()
        self.scroll_area.ensureWidgetVisible(self.fields[exc.field])
        return True

