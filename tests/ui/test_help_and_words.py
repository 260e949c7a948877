"""Words in the user's language: Qt's own dialogs in Korean, no field key in a message, an
enrolment failure with its own words; Help: the offline guide and the shortcut sheet."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton

from officerdesk.core.services.periods import parse_period
from officerdesk.errors import ValidationError
from officerdesk.ui.app import install_translations
from officerdesk.ui.dialogs.help import GuideDialog, ShortcutSheet
from officerdesk.ui.errors import user_message


@pytest.fixture
def korean(qapp):  # type: ignore[no-untyped-def]
    assert install_translations(qapp, "ko")
    yield
    install_translations(qapp, "en")


def _file_dialog_words(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return [w.text() for w in dialog.findChildren(QLabel)] + [w.text() for w in dialog.findChildren(QPushButton)]


def test_qt_dialogs_speak_korean(korean, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox(QMessageBox.Icon.Question, "OfficerDesk", "?", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["확인", "취소"])
    words = _file_dialog_words(qtbot)
    assert {"찾는 위치(&L):", "파일 이름(&N):", "파일 형식(&T):", "열기(&O)", "취소"} <= set(words)
    assert not [w for w in words if w.isascii() and any(c.isalpha() for c in w)], words


def test_the_bundled_qt_catalogue_serves_when_qt_has_none(qapp, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))  # as in a bundle without Qt's files
    try:
        install_translations(qapp, "ko")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.buttons()[0].text() == "취소"
    finally:
        install_translations(qapp, "en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert english.buttons()[0].text() == "Cancel"


def test_a_bad_period_says_no_field_key(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        parse_period("2026-13")
    assert caught.value.localized("en").startswith("period: ")  # the key the code knows it by
    for lang in ("en", "ko"):
        words = user_message(caught.value, lang)
        assert words.startswith("'2026-13'") and "period: '" not in words
    assert "기간 형식이 아닙니다" in user_message(caught.value, "ko")


def test_the_brief_dialog_shows_the_period_message_without_its_key(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from officerdesk.ui.dialogs.new_brief import NewBriefDialog

    ctx.identity = dataclasses.replace(ctx.identity, role="hq_analyst")
    dialog = NewBriefDialog(ctx, None, kind="rollup")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.period.setText("2026-Q7")
    dialog.build_button.click()
    assert dialog.message.text().startswith("'2026-Q7' is not a period")


def test_a_message_away_from_its_form_names_the_field_in_words(ctx, shown_errors, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.errors.report(ValidationError("tz", "'Mars/Base' is not a time zone", "'Mars/Base'은(는) 시간대가 아닙니다"))
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=5000)
    assert shown_errors[-1] == ("user", "Time zone: 'Mars/Base' is not a time zone")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_enrolment_that_cannot_reach_hq_says_so_not_next_sync(ctx, shown_errors, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.settings import SettingsDialog

    monkeypatch.setattr("officerdesk.sync.client.Retry.delay", lambda _self, _attempt: 0.0)  # retries at once
    dialog = SettingsDialog(ctx, None, section="hq")
    qtbot.addWidget(dialog)
    url = f"http://127.0.0.1:{_closed_port()}"
    dialog.hq_url.setText(url)
    dialog.enrol_code.setText("ABCD-EFGH")
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=20000)
    kind, text = shown_errors[-1]
    assert kind == "network" and url in text and "not enrolled" in text and "next sync" not in text
    qtbot.waitUntil(dialog.enrol_button.isEnabled, timeout=5000)


def test_help_opens_the_guide_in_the_users_language(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.guide_action.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    for section in ("First run", "Meetings", "A company request through its workflow", "A brief", "Syncing with HQ",
                    "Import, export and possible duplicates"):
        assert section in text
    guide.close()
    korean = GuideDialog("ko")
    qtbot.addWidget(korean)
    assert "처음 시작" in korean.browser.toPlainText() and "본부와 동기화" in korean.browser.toPlainText()
    assert "가져오기, 내보내기, 중복 가능성이 있는 연락처" in korean.browser.toPlainText()


def test_the_shortcut_sheet_lists_every_shortcut_of_the_window(window) -> None:  # type: ignore[no-untyped-def]
    window.shortcuts_action.trigger()
    sheet = window.findChild(ShortcutSheet)
    assert sheet is not None and sheet.isVisible()
    listed = {(sheet.table.item(r, 0).text(), sheet.table.item(r, 1).text()) for r in range(sheet.table.rowCount())}
    expected = {a for a in window.findChildren(QAction) if a.shortcuts()}
    assert len(listed) == len(expected) >= 20
    keys = {k for _what, k in listed}
    for action in expected:
        assert action.shortcut().toString(action.shortcut().SequenceFormat.NativeText) in " ".join(keys)
    assert ("Search everywhere", "Ctrl+K") in listed and ("User guide", "F1") in listed
