"""Search everywhere (Ctrl+K): results as you type, grouped by record type, Enter opens one."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officerdesk.core.dto import SearchHit
from officerdesk.ui.navigation import RECORD_SCREENS, SCREEN_NAMES
from officerdesk.ui.operations import overview

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

DEBOUNCE_MS = 150
LIMIT = 60
MORE = 50  # hits of one type added by its "more…" line
HIT_ROLE = Qt.ItemDataRole.UserRole + 3
MORE_ROLE = Qt.ItemDataRole.UserRole + 4  # the record type whose further hits a "more…" line fetches
TYPE_ORDER = RECORD_SCREENS  # results grouped in the navigation's order


def type_title(record_type: str) -> str:
    return QCoreApplication.translate("Navigation", SCREEN_NAMES.get(record_type, record_type))


def highlight(text: str, query: str) -> str:
    """HTML with the query's words in bold (the snippet's own «marks» count too)."""
    safe = html.escape(text)
    safe = safe.replace("«", "<b>").replace("»", "</b>")
    for word in sorted({w for w in query.split() if len(w) > 0}, key=len, reverse=True):
        pattern = re.compile(re.escape(html.escape(word)), re.IGNORECASE)
        safe = pattern.sub(lambda m: f"<b>{m.group(0)}</b>", safe)
    return safe.replace("<b><b>", "<b>").replace("</b></b>", "</b>")


def _paint_hit(label: QLabel, *, selected: bool) -> None:
    """Title and snippet, the snippet dimmed, readable on the selection colour too."""
    title, snippet, facts = label.property("hit")
    palette = label.palette()
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
    dim = palette.color(role).name()
    color = f" color:{palette.color(QPalette.ColorRole.HighlightedText).name()};" if selected else ""
    body = f"<br><span style='color:{dim}'>{snippet}</span>" if snippet else ""
    facts_html = f"&nbsp;&nbsp;<span style='color:{dim}'>{facts}</span>" if facts else ""
    label.setText(f"<span style='{color}'>{title}</span>{facts_html}{body}")


def facts(hit: SearchHit, lang: str) -> str:
    """A hit's date, status and post, so two hits with one title can be told apart."""
    from officerdesk.core import enums
    from officerdesk.ui import formatting as fmt

    parts = [fmt.date_text(hit.date)] if hit.date else []
    if hit.status in enums.STATUS:
        parts.append(enums.label(enums.STATUS, hit.status, lang))
    elif hit.status:
        done = hit.status == "done"  # a follow-up
        parts.append(QCoreApplication.translate("SearchEverywhere", "Done") if done
                     else QCoreApplication.translate("SearchEverywhere", "Open"))
    if hit.post:
        parts.append(hit.post)
    return html.escape(" · ".join(parts))


class SearchEverywhere(QDialog):
    searched = Signal(int)  # hits shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchEverywhere")
        self.setWindowTitle(self.tr("Search everywhere"))
        self.setModal(False)
        self.resize(640, 460)
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search meetings, requests, contacts, companies…"))
        self.query.setClearButtonEnabled(True)
        font = self.query.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.query.setFont(font)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _i: self.open_current())
        self.results.currentItemChanged.connect(self._selection_moved)
        self.results.itemDoubleClicked.connect(lambda _i: self.open_current())
        self._generation = 0
        self._text = ""
        self._hits: dict[str, list[SearchHit]] = {}  # shown, by type
        self._totals: dict[str, int] = {}
        self.busy = False
        self.status.setText(self.tr("Type to search"))

    def popup(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            geo = parent.geometry()
            self.move(geo.x() + (geo.width() - self.width()) // 2, geo.y() + 80)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        row = self.results.currentRow()
        n = self.results.count()
        for _ in range(n):
            row = (row + delta) % n if n else -1
            item = self.results.item(row)
            if item is not None and (item.data(HIT_ROLE) or item.data(MORE_ROLE)):
                self.results.setCurrentRow(row)
                return

    def _search(self) -> None:
        text = self.query.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.results.clear()
            self._set_busy(False)
            self.status.setText(self.tr("Type to search"))
            return
        self._set_busy(True)
        overview.search(ctx=self.ctx, text=text, limit=LIMIT, on_done=lambda found: self._show(generation, text, found),
                        on_finished=lambda _ok: self._done(generation))

    def _set_busy(self, busy: bool) -> None:
        """Searching… from the moment a query is sent until its answer is shown (or failed)."""
        self.busy = busy
        if busy:
            self.status.setText(self.tr("Searching…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _done(self, generation: int) -> None:
        if generation == self._generation and self.busy:
            self._set_busy(False)
            self.status.setText(self.tr("Search failed"))

    def _show(self, generation: int, text: str, found: overview.Found) -> None:
        if generation != self._generation:
            return  # an older query answered late
        self._set_busy(False)
        self._text, self._totals, self._hits = text, dict(found.totals), {}
        for hit in found.hits:
            self._hits.setdefault(hit.type, []).append(hit)
        self._fill()
        self._step(1)
        self.searched.emit(sum(len(h) for h in self._hits.values()))

    def _fill(self, current: str | None = None) -> None:
        """Every type with hits: its name and real total, its hits, and "more…" when some are not shown."""
        self.results.clear()
        order = sorted(self._totals, key=lambda t: TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER))
        for kind in order:
            shown, total = self._hits.get(kind, []), self._totals[kind]
            header = QListWidgetItem(f"{type_title(kind)}  ·  {self._count(total)}", self.results)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setForeground(QColor("#1a5fb4"))
            for hit in shown:
                self._add_hit(hit, self._text)
            if len(shown) < total:
                more = QListWidgetItem(self.tr("More… (%1 not shown)").replace("%1", self._count(total - len(shown))),
                                       self.results)
                more.setData(MORE_ROLE, kind)
                more.setForeground(QColor("#1a5fb4"))
                if kind == current:
                    self.results.setCurrentItem(more)
        total = sum(self._totals.values())
        self.status.setText(self.tr("%Ln result(s)", "", total) if total else self.tr("No results"))

    def _count(self, n: int) -> str:
        from officerdesk.ui import formatting as fmt

        return fmt.number_text(n)

    def more(self, kind: str) -> None:
        """Fetch the next hits of one type (its "more…" line)."""
        self._generation += 1
        generation, text = self._generation, self._text
        limit = len(self._hits.get(kind, [])) + MORE
        self._set_busy(True)
        overview.search(ctx=self.ctx, text=text, limit=limit, types=(kind,),
                        on_done=lambda found: self._more_shown(generation, kind, found),
                        on_finished=lambda _ok: self._done(generation))

    def _more_shown(self, generation: int, kind: str, found: overview.Found) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._hits[kind] = list(found.hits)
        self._totals[kind] = found.totals.get(kind, len(found.hits))
        self._fill(current=kind)
        if self.results.currentItem() is None or not self.results.currentItem().data(MORE_ROLE):
            last = [i for i in range(self.results.count()) if (self.results.item(i).data(HIT_ROLE) or ("",))[0] == kind]
            if last:
                self.results.setCurrentRow(last[-1])
        self.searched.emit(sum(len(h) for h in self._hits.values()))

    def _add_hit(self, hit: SearchHit, text: str) -> None:
        item = QListWidgetItem(self.results)
        item.setData(HIT_ROLE, (hit.type, hit.id))
        label = QLabel(self.results)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setProperty("hit", (highlight(hit.title, text), highlight(hit.snippet, text) if hit.snippet else "",
                                  facts(hit, self.ctx.lang)))
        _paint_hit(label, selected=False)
        label.setContentsMargins(18, 3, 6, 3)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item.setSizeHint(label.sizeHint())
        self.results.setItemWidget(item, label)

    def _selection_moved(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        for item, selected in ((previous, False), (current, True)):
            label = self.results.itemWidget(item) if item is not None else None
            if isinstance(label, QLabel):
                _paint_hit(label, selected=selected)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(MORE_ROLE):
            self.more(str(item.data(MORE_ROLE)))
            return
        target = item.data(HIT_ROLE) if item is not None else None
        if not target:
            return
        self.hide()
        self.ctx.open_record(*target)
