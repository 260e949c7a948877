"""The inputs an editor's form is made of, each with one value, a JSON form for drafts, and
an `edited` signal that fires only for the user's own changes (never when the form is filled)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from officerdesk.core import enums
from officerdesk.ui.formatting import ISO_DATE, date_examples, parse_date, zone, zone_name


@contextmanager
def quiet(obj: QObject) -> Iterator[None]:
    """Block an object's signals while the form is filled. (PySide6's own QSignalBlocker context
    manager drops a reference to None on every exit and crashes the interpreter at shutdown.)"""
    was_blocked = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(was_blocked)


class Field(QWidget):
    """One form input. `input` is the widget the user types into (and that gets the focus)."""

    edited = Signal()
    input: QWidget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def dump(self) -> Any:
        """The value as JSON (for drafts)."""
        return self.value()

    def restore(self, data: Any) -> None:
        self.set_value(data)
        self.edited.emit()

    def focus_input(self) -> None:
        self.input.setFocus()

    def problem(self) -> str:
        """Why what was typed cannot be saved, shown under the field as it is typed; "" = fine."""
        return ""

    def _row(self, *widgets: QWidget) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            layout.addWidget(w)


class LineField(Field):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.textEdited.connect(self.edited)
        self._row(self.line)

    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.setText(str(value or ""))


class TextField(Field):
    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * lines + 12)
        self._filling = False
        self.text.textChanged.connect(self._changed)
        self._row(self.text)

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        self._filling = True
        try:
            self.text.setPlainText(str(value or ""))
        finally:
            self._filling = False


class ChoiceField(Field):
    """A code from one of core.enums' tables, shown by its label in the user's language."""

    def __init__(self, table: enums.Labels, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = self.combo = QComboBox()
        for code in table:
            self.combo.addItem(enums.label(table, code, lang), code)
        self.combo.activated.connect(lambda _i: self.edited.emit())
        self._row(self.combo)
        self.layout().addStretch(1)  # type: ignore[union-attr]

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        with quiet(self.combo):
            self.combo.setCurrentIndex(max(index, 0))


class FlagField(Field):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = self.box = QCheckBox(text)
        self.box.clicked.connect(lambda _c: self.edited.emit())
        self._row(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateLine(QLineEdit):
    """A date typed in the locale's common forms (`formatting.parse_date`) or picked from a
    calendar; shown as yyyy-MM-dd. Keeps QDateEdit's date(), setDate() and dateChanged."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self.bad = False  # the text is not a date: the form shows why and refuses to save
        self.setText(self._date.toString(ISO_DATE))
        self.setMaxLength(20)
        self.setPlaceholderText(date_examples().split(",")[0])
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)

    def date(self) -> QDate:
        return self._date

    def setDate(self, value: QDate) -> None:  # noqa: N802 - QDateEdit's name
        changed = value != self._date or self.bad
        self._date, self.bad = value, False
        self.setText(value.toString(ISO_DATE))
        self._mark()
        if changed:
            self.dateChanged.emit(value)

    def _typed(self, text: str) -> None:
        parsed = parse_date(text)
        self.bad = parsed is None
        if parsed is not None:
            self._date = _qdate(parsed)
        self._mark()

    def _tidy(self) -> None:
        if not self.bad and self.text() != self._date.toString(ISO_DATE):
            self.setText(self._date.toString(ISO_DATE))  # one way of writing dates on screen

    def _mark(self) -> None:
        self.setStyleSheet("border: 1px solid #c62828;" if self.bad else "")


class DateField(Field):
    """A date; with `optional`, a tick box says whether there is one at all. Typed as the locale
    writes dates (2026-12-31, 2026.12.31, 12/31/2026 in the US) or picked from the calendar; any
    other text is refused where it was typed."""

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = self.date = DateLine()
        self.date.setMinimumWidth(self.date.fontMetrics().horizontalAdvance("0000-00-000") + 16)
        self.date.setMaximumWidth(self.date.fontMetrics().horizontalAdvance("00/00/0000 00") + 16)
        self.date.dateChanged.connect(lambda _d: self.edited.emit())
        self.date.textEdited.connect(lambda _t: self.edited.emit())
        self.pick = self._calendar_button()
        self.has_date: QCheckBox | None = None
        if optional:
            self.has_date = QCheckBox()
            self.has_date.clicked.connect(self._ticked)
            self._row(self.has_date, self.date, self.pick)
        else:
            self._row(self.date, self.pick)
        self.layout().addStretch(1)  # type: ignore[union-attr]

    def _calendar_button(self) -> QToolButton:
        button = QToolButton()
        button.setText("▾")
        button.setToolTip(QCoreApplication.translate("RecordEditor", "Pick from a calendar"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        calendar = QCalendarWidget(menu)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(lambda: calendar.setSelectedDate(self.date.date()))

        def picked(day: QDate) -> None:
            self.date.setDate(day)
            menu.close()

        calendar.clicked.connect(picked)
        button.setMenu(menu)
        return button

    def _ticked(self, on: bool) -> None:
        self.date.setEnabled(on)
        self.pick.setEnabled(on)
        self.edited.emit()

    def _on(self) -> bool:
        return self.has_date is None or self.has_date.isChecked()

    def value(self) -> dt.date | str | None:
        """The date; the typed text when it is not one (the service refuses it, naming the field)."""
        if not self._on():
            return None
        if self.date.bad:
            return self.date.text().strip()
        return _pydate(self.date.date())

    def problem(self) -> str:
        if self._on() and self.date.bad:
            return QCoreApplication.translate("RecordEditor", "Not a date. Type it like %1.").replace("%1", date_examples())
        return ""

    def set_value(self, value: Any) -> None:
        parsed = parse_date(value) if isinstance(value, str) and value else value
        with quiet(self.date):
            if isinstance(value, str) and value and parsed is None:  # a draft kept text that was no date
                self.date.setText(value)
                self.date._typed(value)
            else:
                self.date.setDate(_qdate(parsed) if parsed else QDate.currentDate())
        if self.has_date is not None:
            self.has_date.setChecked(value is not None)
            self.date.setEnabled(value is not None)
            self.pick.setEnabled(value is not None)

    def dump(self) -> str | None:
        value = self.value()
        return value.isoformat() if isinstance(value, dt.date) else value


class DateTimeField(Field):
    """A wall-clock date and time (naive), read in the time zone chosen beside it."""

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.dateTimeChanged.connect(lambda _d: self.edited.emit())
        self.has_time: QCheckBox | None = None
        if optional:
            self.has_time = QCheckBox()
            self.has_time.clicked.connect(self._ticked)
            self._row(self.has_time, self.when)
        else:
            self._row(self.when)
        self.layout().addStretch(1)  # type: ignore[union-attr]

    def _ticked(self, on: bool) -> None:
        self.when.setEnabled(on)
        self.edited.emit()

    def value(self) -> dt.datetime | None:
        if self.has_time is not None and not self.has_time.isChecked():
            return None
        d, t = self.when.date(), self.when.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value:
            value = dt.datetime.fromisoformat(value)
        shown = value or dt.datetime.now().replace(second=0, microsecond=0)
        with quiet(self.when):
            self.when.setDateTime(QDateTime(_qdate(shown), QTime(shown.hour, shown.minute)))
        if self.has_time is not None:
            self.has_time.setChecked(value is not None)
            self.when.setEnabled(value is not None)

    def dump(self) -> str | None:
        value = self.value()
        return value.isoformat() if value else None


@cache
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


@cache
def zone_choices(lang: str) -> tuple[tuple[str, str], ...]:
    """(label, IANA id) for every zone, sorted by label: the zone as people name it
    (formatting.zone_name: 미 동부 시간 / US Eastern Time), with its city where the name alone
    is shared by several zones or does not say it ("US Eastern Time — New York")."""
    choices = []
    for name in zone_names():
        label = zone_name(name, lang=lang)
        city = name.rsplit("/", 1)[-1].replace("_", " ")
        if "/" in name and city not in label:
            label = f"{label} — {city}"
        choices.append((label, name))
    return tuple(sorted(choices))


class TimeZoneField(Field):
    """A time zone, shown as people name it with its IANA id as the detail beside it; typed with
    completion on either (an id typed in full is taken as it is) or picked from the list."""

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or ("ko" if QLocale().language() == QLocale.Language.Korean else "en")
        self.input = self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, name in zone_choices(self.lang):
            self.combo.addItem(label, name)
            self.combo.setItemData(self.combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.combo.setMinimumContentsLength(22)
        # sized by that length, not by the longest name: the editor must fit a 13-inch laptop
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.combo.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(completer.filterMode().MatchContains)
        self.combo.currentTextChanged.connect(self._typed)
        # the offset and the IANA id, for the officer who knows zones by their ids
        self.detail = self.offset = QLabel()
        self.detail.setEnabled(False)
        # takes the room there is (the offset always fits; the id may be cut, and is in its tooltip)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.detail.setMinimumWidth(self.detail.fontMetrics().horizontalAdvance("UTC+00:00 ") + 4)
        self._row(self.combo, self.detail)
        self.layout().addStretch(1)  # type: ignore[union-attr]

    def _typed(self, _text: str) -> None:
        self._show_detail()
        self.edited.emit()

    def _show_detail(self) -> None:
        name = self.value()
        offset = dt.datetime.now(zone(name)).strftime("%z") if is_zone(name) else ""
        text = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
        if offset and "/" in name:
            text += f" · {name}"
        self.detail.setText(text)
        self.detail.setToolTip(name if offset else "")
        self.combo.setToolTip(name if offset else "")

    def value(self) -> str:
        """The IANA id: the chosen label's, or the text as typed (an id, or something refused)."""
        text = self.combo.currentText().strip()
        found = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.combo.itemData(found)) if found >= 0 and text else text

    def set_value(self, value: Any) -> None:
        name = str(value or "UTC")
        with quiet(self.combo):
            found = self.combo.findData(name)
            if found >= 0:
                self.combo.setCurrentIndex(found)
            else:
                self.combo.setEditText(name)  # a fixed offset such as +09:00 is shown as it is
        self._show_detail()


class TagsField(Field):
    """Tags typed as a comma-separated list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input = self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("comma-separated, e.g. RCEP, customs"))
        self.line.textEdited.connect(self.edited)
        self._row(self.line)

    def value(self) -> list[str]:
        seen: list[str] = []
        for part in self.line.text().split(","):
            tag = part.strip()
            if tag and tag not in seen:
                seen.append(tag)
        return seen

    def set_value(self, value: Any) -> None:
        self.line.setText(", ".join(value or ()))


def is_zone(name: str) -> bool:
    """An IANA zone name, or a fixed offset written "+09:00" (what formatting.zone reads)."""
    return name in zone_names() or bool(re.fullmatch(r"[+-]\d{2}:?\d{2}", name))
