"""An officer's week on the real app, in Korean and in English, at a 13-inch laptop's size
(1093×614 logical pixels: 1366×768 at 125 %): first run, meetings, a company request through its
workflow to closed, a follow-up, a brief, a sync with a real HQ on loopback, search, the list
filter by an alternate name, delete and Ctrl+Z, the Trash, and quitting with unsaved edits.

Every assertion is about what the officer sees. With WALK_SHOTS=<folder> each step is also saved
as a screenshot (docs/walkthrough.md; run under QT_SCALE_FACTOR=1.25 for the laptop's pixels)."""

from __future__ import annotations

import os
import re
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from officerdesk.core.services import records
from officerdesk.ui import app as desk
from tests.ui.editor_support import answer_yes, type_into, type_text

SIZE = (1093, 614)
LOCALES = {"ko": QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}
# what an officer types this week, in each language
WEEK = {
    "ko": {"name": "이서연", "meeting": "특허청 정례 협의", "meeting2": "세관 위조상품 단속 회의",
           "request": "위조상품 세관 압류 지원", "company": "새빛소재", "due": "2026. 12. 31.",
           "outcome": "세관 압류 완료", "follow_up": "결과 보고서 작성", "contact": "山田太郎",
           "alt": "Yamada Taro 야마다 타로", "alt_typed": "야마다", "search": "위조상품", "unsaved": "저장 안 한 메모"},
    "en": {"name": "Grace Lee", "meeting": "USPTO quarterly talks", "meeting2": "Customs raid planning",
           "request": "Counterfeit seizure at customs", "company": "Brightline Materials", "due": "12/31/2026",
           "outcome": "Goods seized by customs", "follow_up": "Write the outcome report", "contact": "山田太郎",
           "alt": "Yamada Taro 야마다 타로", "alt_typed": "Yamada", "search": "counterfeit", "unsaved": "An unsaved note"},
}
# words that are English in either language: names, formats, what the officer typed
NOT_ENGLISH_UI = re.compile(r"OfficerDesk|HQ|PDF|Word|UTC|WAS|Ctrl|Shift|Del|Esc|Enter|F\d+|Tab|"
                            r"Yamada|Taro|[A-Z][a-z]+/[A-Za-z_/]+|https?://\S+|\w+@\w+")


def shot(name: str, widget: QWidget, lang: str, pixmap: Any = None) -> None:
    folder = os.environ.get("WALK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (pixmap if pixmap is not None else widget.grab()).save(str(Path(folder) / f"{lang}-{name}.png"))


def visible_words(root: QWidget) -> list[str]:
    """The interface's own words on screen: labels, buttons, group titles, tabs, headers."""
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
    return [t for t in texts if t]


def english_in(root: QWidget, typed: tuple[str, ...] = ()) -> list[str]:
    """Words of English on a Korean screen, less names, formats and what the officer typed."""
    found = []
    for text in visible_words(root):
        for part in typed:
            text = text.replace(part, " ")
        text = NOT_ENGLISH_UI.sub(" ", text)
        if re.search(r"\b(?![A-Z]+\b)[A-Za-z]{3,}", text):  # acronyms (RCEP, PCT) are how Koreans write them too
            found.append(text)
    return found


def uuid_in(root: QWidget) -> list[str]:
    return [t for t in visible_words(root) if re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", t)]


@pytest.fixture
def local_hq(tmp_path):  # type: ignore[no-untyped-def]
    from officerdesk.sync.local_hq import start_local_hq

    server = start_local_hq(tmp_path / "hq")
    yield server
    server.stop()


@pytest.fixture
def washington_clock():  # type: ignore[no-untyped-def]
    """The officer is in Washington, and so is the laptop's clock: "today" (the lists open on it)
    and the new meeting's own zone agree whatever hour of the UTC day the test runs at."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_officers_week(lang, tmp_path, local_hq, qtbot, monkeypatch, washington_clock):  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.first_run import FirstRunDialog

    words = WEEK[lang]
    before = QLocale()
    QLocale.setDefault(LOCALES[lang])
    seen: dict[str, Any] = {}

    def first_run(dialog: FirstRunDialog) -> int:
        """The first-run dialog, answered as a new officer does."""
        dialog.show()
        assert dialog.windowTitle() == ("OfficerDesk에 오신 것을 환영합니다" if lang == "ko" else "Welcome to OfficerDesk")
        type_text(qtbot, dialog.name, words["name"])
        dialog.post.setCurrentIndex(dialog.post.findData("WAS"))
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        shot("1-first_run", dialog, lang)
        if lang == "ko":
            assert english_in(dialog, (words["name"],)) == []
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
        return int(dialog.result())

    def week() -> int:
        window = seen["window"]
        try:
            officers_week(window, lang, words, local_hq, qtbot, monkeypatch, tmp_path)
        finally:
            window.quietly = True
            window.close()
        return 0

    real_build = desk.build_window

    def build(ctx: Any) -> Any:
        seen["window"] = window = real_build(ctx)
        window.resize(*SIZE)
        return window

    monkeypatch.setattr(FirstRunDialog, "exec", first_run)
    monkeypatch.setattr(desk, "build_window", build)
    monkeypatch.setattr(QApplication, "exec", lambda _app=None: week())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the app's own
    try:
        assert desk.run(str(tmp_path / "profile"), lang) == 0
    finally:
        QLocale.setDefault(before)
        desk.install_translations(QApplication.instance(), "en")


def officers_week(window: Any, lang: str, words: dict[str, str], hq: Any, qtbot: Any, monkeypatch: Any,
                  tmp_path: Path) -> None:
    ko = lang == "ko"
    ctx = window.ctx
    assert ctx.identity.officer_name == words["name"] and ctx.identity.post_code == "WAS"
    assert words["name"] in window.windowTitle()
    assert window.width() <= SIZE[0] and window.minimumSizeHint().width() <= SIZE[0]
    qtbot.waitUntil(lambda: window.status.pending.text() != "", timeout=10000)
    shot("2-dashboard", window, lang)
    if ko:
        assert english_in(window, (words["name"],)) == []

    # --- meetings: Ctrl+N puts the cursor in the title ---------------------------------------
    page = window.show_view("meeting")
    qtbot.waitUntil(lambda: page.built_editor is not None, timeout=10000)
    window.activateWindow()
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.fields["title"].line, timeout=10000)
    qtbot.waitUntil(lambda: not editor.busy and editor.fields["tz"].value() == "America/New_York", timeout=10000)
    type_text(qtbot, editor.fields["title"].line, words["meeting"])
    assert editor.state_note.isVisible()  # unsaved, and says so
    meeting_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=10000)  # today's meeting is listed
    zone_field = editor.fields["tz"]
    assert zone_field.value() == "America/New_York"
    shown_zone = zone_field.combo.currentText()
    assert "/" not in shown_zone and shown_zone.startswith("미 동부 시간" if ko else "US Eastern Time"), shown_zone
    assert "America/New_York" in zone_field.detail.text()  # the id as detail
    scroll = editor.scroll_area.horizontalScrollBar()
    assert scroll.maximum() == 0, "the meeting editor scrolls sideways at 1093 px"
    shot("3-meeting", window, lang)
    if ko:
        assert english_in(window, (words["name"], words["meeting"])) == []
    # the follow-up, from the meeting
    panel = editor.follow_ups
    type_text(qtbot, panel.text, words["follow_up"])
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.texts() == [words["follow_up"]], timeout=10000)
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.record_id is None and not editor.busy, timeout=10000)
    type_into(qtbot, editor.fields["title"], words["meeting2"])
    save(qtbot, editor)

    # --- a company request, through its workflow to closed -------------------------------------
    page = window.show_view("company_request")
    qtbot.waitUntil(lambda: page.built_editor is not None, timeout=10000)
    window.new_record()
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id is None and not editor.busy, timeout=10000)
    type_into(qtbot, editor.fields["title"], words["request"])
    assignee = editor.fields["assignee_id"]
    qtbot.waitUntil(lambda: assignee.line.text() == words["name"], timeout=10000)  # a name, not an id
    picker = editor.fields["company_id"].open_picker()
    qtbot.waitUntil(lambda: not picker.loading, timeout=10000)
    type_text(qtbot, picker.filter, words["company"])
    assert picker.create_button is not None and picker.create_button.isEnabled()
    picker.create_button.click()
    qtbot.waitUntil(lambda: editor.fields["company_id"].line.text() == words["company"], timeout=10000)
    due = editor.fields["due"]
    if due.has_date is not None and not due.has_date.isChecked():
        due.has_date.click()
    due.date.selectAll()
    type_text(qtbot, due.date, words["due"])  # the locale's own form
    assert not editor.error_labels["due"].isVisible()
    request_id = save(qtbot, editor)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1 and bool(editor.move_buttons), timeout=10000)
    shot("4-request", window, lang)
    assert uuid_in(window) == []
    if ko:
        assert english_in(window, (words["name"],)) == []
    for step in ("reviewing", "in_progress", "resolved"):
        qtbot.waitUntil(lambda s=step: s in editor.move_buttons and not editor.busy, timeout=10000)
        editor.move_buttons[step].click()
    qtbot.waitUntil(lambda: "closed" in editor.move_buttons and not editor.busy, timeout=10000)
    editor.move_buttons["closed"].click()  # without an outcome: refused, said under the outcome
    qtbot.waitUntil(lambda: editor.error_labels["outcome"].isVisible() and not editor.busy, timeout=10000)
    refusal = editor.error_labels["outcome"].text()
    assert ("결과" in refusal) if ko else ("outcome" in refusal.lower()), refusal
    assert not re.search(r"\b[a-z_]+: ", refusal)  # no field key in the message
    shot("5-closing_needs_outcome", window, lang)
    type_into(qtbot, editor.fields["outcome"], words["outcome"])
    editor.move_buttons["closed"].click()
    qtbot.waitUntil(lambda: not editor.move_buttons and not editor.busy, timeout=10000)
    assert editor.status_label.text() == ("종결" if ko else "Closed")
    with ctx.store.session_factory.begin() as s:
        assert records.get(s, "company_request", request_id).status == "closed"
        assert records.get(s, "meeting", meeting_id).follow_ups[0].text == words["follow_up"]

    # --- a brief of the request: edited summary, PDF and Word ------------------------------------
    dialog = window.brief_record()
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.busy, timeout=20000)
    dialog.resize(*SIZE)
    if not dialog.save_button.isEnabled():
        dialog.build()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.save_button.isEnabled(), timeout=30000)
    overview = dialog.summary_edits["overview"]
    overview.setPlainText(words["outcome"])  # the officer's own words on page 1
    assert dialog.summary().overview == words["outcome"]
    shot("6-brief", dialog, lang)
    if ko:
        assert english_in(dialog, (words["request"], words["company"], words["outcome"], words["name"])) == []
    pdf, word = tmp_path / "brief.pdf", tmp_path / "brief.docx"
    dialog.save_to(pdf)
    qtbot.waitUntil(lambda: pdf.exists() and not dialog.busy, timeout=30000)
    dialog.save_word_to(word)
    qtbot.waitUntil(lambda: word.exists() and not dialog.busy, timeout=30000)
    assert pdf.read_bytes()[:4] == b"%PDF" and word.read_bytes()[:2] == b"PK"
    dialog.close()

    # --- a sync with HQ: enrol with the code HQ gave, then Sync now -----------------------------
    from officerdesk.sync.local_hq import demo_code
    from officerdesk.ui.dialogs.settings import SettingsDialog

    code = demo_code(hq, "WAS", words["name"])
    settings = SettingsDialog(ctx, window, section="hq")
    qtbot.addWidget(settings)
    settings.show()
    settings.hq_url.setText(hq.url)
    settings.enrol_code.setText(code)
    with qtbot.waitSignal(settings.enrolled, timeout=30000):
        settings.enrol_button.click()
    shot("7-enrolled", settings, lang)
    if ko:
        assert english_in(settings, (hq.url, words["name"])) == []
    settings.accept()
    errors: list[str] = []
    ctx.errors.shown.connect(lambda _kind, text: errors.append(text))
    window.sync_action.trigger()
    qtbot.waitUntil(window.sync_action.isEnabled, timeout=60000)
    assert errors == []
    assert window.status.online.text() == ("본부: 연결됨" if ko else "HQ: online")
    qtbot.waitUntil(lambda: window.status.pending.text().startswith("0" if not ko else "보낼 변경 0"), timeout=10000)

    # --- search everywhere (Ctrl+K) ---------------------------------------------------------
    focus_window(qtbot, window)  # the settings dialog has closed (offscreen has no window manager to do it)
    table = window.current_page().list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_popup is not None and window.search_popup.isVisible(), timeout=10000)
    popup = window.search_popup
    with qtbot.waitSignal(popup.searched, timeout=10000):
        type_text(qtbot, popup.query, words["search"])
    hits = [popup.results.itemWidget(popup.results.item(i)) for i in range(popup.results.count())]
    facts = " ".join(h.text() for h in hits if h is not None)
    assert words["request"] in re.sub(r"<[^>]+>", "", facts) and ("종결" if ko else "Closed") in facts
    assert popup.status.text() == ("결과 2건" if ko else "1 result")  # ko: the request and 세관 위조상품 단속 회의
    from scripts.screenshots import over

    shot("8-search", window, lang, over(window, popup))
    popup.hide()

    # --- a contact, found in the list by an alternate name (Ctrl+F) ----------------------------
    page = window.show_view("contact")
    qtbot.waitUntil(lambda: page.built_editor is not None, timeout=10000)
    window.new_record()
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id is None and not editor.busy, timeout=10000)
    type_into(qtbot, editor.fields["name"], words["contact"])
    type_into(qtbot, editor.fields["name_alt"], words["alt"])
    contact_id = save(qtbot, editor)
    focus_window(qtbot, window)
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    text = page.list.filter_bar.text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text, timeout=10000)
    model = page.list.model
    with qtbot.waitSignal(model.loaded, timeout=10000):
        type_text(qtbot, text, words["alt_typed"])
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    shot("9-filtered", window, lang)

    # --- delete, Ctrl+Z, delete again and restore from the Trash ------------------------------
    page.list.table.selectRow(0)
    qtbot.waitUntil(lambda: editor.record_id == contact_id and not editor.busy, timeout=10000)
    asked = answer_yes(monkeypatch)
    with qtbot.waitSignal(editor.deleted, timeout=10000):
        editor.delete()
    assert asked and words["contact"] in asked[0]
    assert words["contact"] in window.status.undo.label.text()
    page.list.table.setFocus()
    with qtbot.waitSignal(window.status.undone, timeout=10000):
        qtbot.keyClick(page.list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.record_id == contact_id and not editor.busy, timeout=10000)
    with qtbot.waitSignal(editor.deleted, timeout=10000):
        editor.delete()
    trash = window.show_view("trash")
    qtbot.waitUntil(lambda: trash.tree.topLevelItemCount() > 0, timeout=10000)
    item = trash.tree.topLevelItem(0)
    assert item.text(0) == words["contact"] and item.text(1) == ("연락처" if ko else "Contacts")
    shot("10-trash", window, lang)
    if ko:
        assert english_in(window, (words["name"], words["contact"])) == []
    trash.tree.setCurrentItem(item)
    with qtbot.waitSignal(trash.restored, timeout=10000):
        trash.restore_button.click()

    # --- quitting with an unsaved edit: Save and quit is the default -----------------------------
    page = window.show_view("meeting")
    page.list.table.selectRow(0)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record_id is not None and not editor.busy, timeout=10000)
    type_into(qtbot, editor.fields["location"], words["unsaved"])
    assert window.windowTitle().startswith("*")
    box_seen: dict[str, Any] = {}

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "confirmClose" and w.isVisible())
        box_seen["buttons"] = [b.text() for b in box.buttons()]
        box_seen["default"] = box.defaultButton().text()
        shot("11-quit", box, lang)
        box.defaultButton().click()

    QTimer.singleShot(300, answer)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert box_seen["default"] == ("저장 후 종료" if ko else "Save and quit")
    if ko:
        assert all(not re.search(r"[A-Za-z]{3,}", b) for b in box_seen["buttons"]), box_seen
    with ctx.store.session_factory.begin() as s:
        assert records.get(s, "meeting", editor.record_id).location == words["unsaved"]


def focus_window(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    with warnings.catch_warnings():  # offscreen, nothing else makes it the active window again
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)


def save(qtbot: Any, editor: Any) -> str:
    refused: list[str] = []
    editor.save_failed.connect(lambda *_a: refused.extend(
        f"{name}: {label.text()}" for name, label in editor.error_labels.items() if label.isVisible()))
    editor.ctx.errors.shown.connect(lambda _kind, text: refused.append(text))
    qtbot.waitUntil(lambda: not editor.busy, timeout=10000)
    with qtbot.waitSignal(editor.saved, timeout=20000, raising=False) as blocker:
        editor.save()
    assert blocker.signal_triggered, refused
    qtbot.waitUntil(lambda: not editor.busy, timeout=10000)
    return str(blocker.args[0])
