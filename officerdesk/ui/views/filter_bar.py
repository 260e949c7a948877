"""The filter bar above a record list: text, status, category, priority, kind, dates, post."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core import enums, saved_views
from officerdesk.core.dto import RecordDTO
from officerdesk.core.listing import Filter
from officerdesk.ui.operations import overview
from officerdesk.ui.record_screens import FILTERS
from officerdesk.ui.settings import window_state

if TYPE_CHECKING:

    from officerdesk.ui.context import AppContext

TEXT_DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a name for lupdate (which looks for this name); translated when shown."""
    return text


# The built-in views' names (core/saved_views.py keeps them in English), for lupdate.
VIEW_NAMES = (
    QT_TRANSLATE_NOOP("SavedViews", "Upcoming meetings"),
    QT_TRANSLATE_NOOP("SavedViews", "Open requests"),
    QT_TRANSLATE_NOOP("SavedViews", "Open follow-ups"),
    QT_TRANSLATE_NOOP("SavedViews", "My open requests"),
    QT_TRANSLATE_NOOP("SavedViews", "Overdue"),
    QT_TRANSLATE_NOOP("SavedViews", "This week's meetings"),
)
ALL = "all"  # the view of every live record
USER = "user:"  # an officer's own saved view: USER + its name
SAVE = "save"  # the views' last line: keep the current filter as a view


class FilterBar(QWidget):
    changed = Signal(object)  # listing.Filter (without order)
    view_chosen = Signal(object)  # listing.Filter, with the view's order

    def __init__(self, ctx: AppContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record_type = ctx, record_type
        wanted = FILTERS.get(record_type, ())
        top, layout = QHBoxLayout(), QHBoxLayout()
        for row in (top, layout):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
        self.base = Filter()  # what the chosen view sets that no widget shows (overdue, mine, order)
        self.views = QComboBox(self)
        self.views.setObjectName("filterView")
        # its width is not its longest name's: a list's narrowest width stays a small laptop's
        self.views.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.views.setMinimumContentsLength(8)
        self.views.setToolTip(self.tr("Saved views; the last line keeps this filter as a view of your own"))
        # placed by the list, under the table beside its count: above, it would widen the list's
        # narrowest width past what a 13-inch laptop gives it beside the editor
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter by any word, name or number…"))
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
        self._fill_views()
        self._view_index = 0
        self.views.activated.connect(self._view_activated)

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

    # --- views ----------------------------------------------------------------------------

    def _fill_views(self) -> None:
        self.views.blockSignals(True)
        self.views.clear()
        for view in saved_views.built_in(self.record_type):
            self.views.addItem(QCoreApplication.translate("SavedViews", view.name), view.key)
        self.views.addItem(self.tr("All"), ALL)
        for name in sorted(self._own_views()):
            self.views.addItem(name, USER + name)
        self.views.insertSeparator(self.views.count())
        self.views.addItem(self.tr("Save view…"), SAVE)
        self.views.blockSignals(False)

    def _view_activated(self, index: int) -> None:
        key = str(self.views.itemData(index))
        if key == SAVE:
            self.views.setCurrentIndex(self._view_index)  # the shown view stays chosen until saved
            self._ask_view_name()
        else:
            self.choose_view(key)

    def _own_views(self) -> dict[str, str]:
        raw = window_state(self.ctx.profile_dir).value(f"views/{self.record_type}", "")
        try:
            views = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in views.items()} if isinstance(views, dict) else {}

    def view_filter(self, key: str) -> Filter | None:
        """The filter a view stands for today (None: no such view)."""
        if key == ALL:
            return Filter()
        if key.startswith(USER):
            text = self._own_views().get(key[len(USER):])
            return saved_views.from_json(text) if text is not None else None
        view = saved_views.find(self.record_type, key)
        me = self.ctx.identity.officer_id if self.ctx.identity else None
        return view.make(dt.date.today(), me) if view else None

    def opening_filter(self) -> Filter:
        """What the list opens on: its first view (today's work), else every record."""
        key = str(self.views.itemData(0))
        self.views.setCurrentIndex(0)
        flt = self.view_filter(key) or Filter()
        self.show_filter(flt)
        return flt

    def choose_view(self, key: str, extra: Filter | None = None) -> None:
        """Show this view (and, from the dashboard, a status or category on top of it)."""
        flt = self.view_filter(key)
        if flt is None:
            return
        index = self.views.findData(key)
        if index >= 0:
            self.views.setCurrentIndex(index)
            self._view_index = index
        if extra is not None:
            flt = dataclasses.replace(flt, status=extra.status or flt.status, category=extra.category or flt.category)
        self.show_filter(flt)
        self.view_chosen.emit(self.current_with_order())

    def show_filter(self, flt: Filter) -> None:
        """Set the widgets to a filter without emitting; what they cannot show stays in `base`."""
        widgets = [self.text, *self.combos.values(), self.date_from, self.date_to, self.open_only, self.post]
        for w in widgets:
            if w is not None:
                w.blockSignals(True)
        try:
            self.text.setText(flt.text)
            for name, combo in self.combos.items():
                codes = getattr(flt, self._fields[name])
                combo.setCurrentIndex(max(combo.findData(codes[0]), 0) if codes else 0)
            for edit, value in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
                if edit is not None:
                    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            if self.open_only is not None:
                self.open_only.setChecked(flt.open_only)
        finally:
            for w in widgets:
                if w is not None:
                    w.blockSignals(False)
        self.base = flt

    def current_with_order(self) -> Filter:
        return dataclasses.replace(self.current(), order_by=self.base.order_by, descending=self.base.descending)

    def _ask_view_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"))
        if ok and name.strip():
            self.keep_view(name.strip(), self.current_with_order())

    def keep_view(self, name: str, flt: Filter) -> None:
        """Keep a filter as the officer's own view (in the profile's settings) and show it chosen."""
        views = self._own_views()
        views[name] = saved_views.to_json(flt)
        window_state(self.ctx.profile_dir).setValue(f"views/{self.record_type}", json.dumps(views, ensure_ascii=False))
        self._fill_views()
        self._view_index = self.views.findData(USER + name)
        self.views.setCurrentIndex(self._view_index)

    def current(self) -> Filter:
        values: dict[str, object] = {"text": self.text.text().strip(), "due_before": self.base.due_before,
                                     "assignee": self.base.assignee}
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
