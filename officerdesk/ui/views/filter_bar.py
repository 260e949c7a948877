"""The filter bar above a record list: text, status, category, priority, kind, dates, post."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import enums
from officerdesk.core.dto import RecordDTO
from officerdesk.core.listing import Filter
from officerdesk.ui.operations import overview
from officerdesk.ui.record_screens import FILTERS

if TYPE_CHECKING:

    from officerdesk.ui.context import AppContext

TEXT_DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)


class FilterBar(QWidget):
    changed = Signal(object)  # listing.Filter (without order)

    def __init__(self, ctx: AppContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        wanted = FILTERS.get(record_type, ())
        top, layout = QHBoxLayout(), QHBoxLayout()
        for row in (top, layout):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter by title or name…"))
        self.text.setClearButtonEnabled(True)
        self.text.setObjectName("filterText")
        self.text.setMinimumWidth(100)
        top.addWidget(self.text, 3)
        self._timer = QTimer(self, singleShot=True, interval=TEXT_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.combos: dict[str, QComboBox] = {}
        specs = {
            "status": (self.tr("Any status"), enums.STATUS, "status"),
            "category": (self.tr("Any category"), enums.CATEGORY, "category"),
            "priority": (self.tr("Any priority"), enums.PRIORITY, "priority"),
            "kind": (self.tr("Any kind"), enums.MEETING_KIND, "kind"),
            "org_kind": (self.tr("Any kind"), enums.ORG_KIND, "kind"),
        }
        for name, (anything, table, _field) in specs.items():
            if name in wanted:
                combo = self._combo(anything, table)
                combo.setObjectName(f"filter_{name}")
                self.combos[name] = combo
                layout.addWidget(combo, 1)
        self.date_from = self.date_to = None
        if "dates" in wanted:
            self.date_from = self._date_edit(self.tr("From"))
            self.date_to = self._date_edit(self.tr("To"))
            layout.addWidget(self.date_from)
            layout.addWidget(QLabel("–", self))
            layout.addWidget(self.date_to)
        self.open_only = QCheckBox(self.tr("Open only"), self) if "open" in wanted else None
        if self.open_only is not None:
            self.open_only.setObjectName("filterOpen")
            self.open_only.toggled.connect(self._emit)
            layout.addWidget(self.open_only)
        self.post = None
        if ctx.identity is not None and ctx.identity.role in enums.HQ_ROLES:
            self.post = QComboBox(self)
            self.post.setObjectName("filterPost")
            self.post.addItem(self.tr("All posts"), "")
            self.post.currentIndexChanged.connect(self._emit)
            layout.addWidget(self.post, 1)
            overview.list_posts(ctx=ctx, on_done=self._fill_posts)
        self._fields = {name: spec[2] for name, spec in specs.items()}
        self._arrange(top, layout)

    def _arrange(self, top: QHBoxLayout, rest: QHBoxLayout) -> None:
        """One row when it fits; with many filters (company requests) the text gets a row of
        its own, so neither its placeholder nor a choice is clipped."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addLayout(top)
        if rest.count() > 3:
            if self.open_only is not None:  # a yes/no filter sits well beside the text
                rest.removeWidget(self.open_only)
                top.addWidget(self.open_only)
            if len(self.combos) > 2 and self.date_from is not None:
                # three choices and two dates in one row would set the window's narrowest width
                # past a 13-inch laptop's: the dates go beside the text instead
                for i in reversed(range(rest.count())):
                    item = rest.itemAt(i)
                    widget = item.widget() if item is not None else None
                    if widget is not None and widget not in self.combos.values():
                        rest.removeWidget(widget)
                        top.insertWidget(1, widget)
            outer.addLayout(rest)
        else:
            top.addLayout(rest, 4)

    def _combo(self, anything: str, table: enums.Labels) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(7)
        combo.addItem(anything, "")
        for code in table:
            combo.addItem(enums.label(table, code, self.ctx.lang), code)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(tip)  # "From" / "To" until a date is chosen
        edit.setDate(NO_DATE)
        edit.setToolTip(tip)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._emit)
        return edit

    def _fill_posts(self, posts: list[RecordDTO]) -> None:
        assert self.post is not None
        for post in posts:
            self.post.addItem(post.display_title, post.id)

    def current(self) -> Filter:
        values: dict[str, object] = {"text": self.text.text().strip()}
        for name, combo in self.combos.items():
            code = combo.currentData()
            if code:
                values[self._fields[name]] = (code,)
        values["date_from"] = _date(self.date_from)
        values["date_to"] = _date(self.date_to)
        values["open_only"] = bool(self.open_only and self.open_only.isChecked())
        if self.post is not None and self.post.currentData():
            values["post_id"] = self.post.currentData()
        return Filter(**values)  # type: ignore[arg-type]

    def apply_to(self, flt: Filter) -> Filter:
        """The bar's filter with the list's current order kept."""
        return dataclasses.replace(self.current(), order_by=flt.order_by, descending=flt.descending)

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())


def _date(edit: QDateEdit | None) -> dt.date | None:
    if edit is None or edit.date() == NO_DATE:
        return None
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())
