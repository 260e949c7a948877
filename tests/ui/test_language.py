"""Korean and English: the shell's words come from the .qm files, enum labels from the core."""

from __future__ import annotations

import pytest

from officerdesk.ui.app import choose_language, install_translations
from officerdesk.ui.main_window import MainWindow
from officerdesk.ui.settings import AppSettings


@pytest.fixture
def korean(qapp):
    assert install_translations(qapp, "ko")
    yield
    install_translations(qapp, "en")


def test_window_in_korean(seeded, qtbot, korean, monkeypatch):
    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: "quit")
    seeded.lang = "ko"
    window = MainWindow(seeded)
    qtbot.addWidget(window)
    window.show()
    window.start()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names[:3] == ["대시보드", "회의", "기업 애로 요청"]
    assert window.save_action.text() == "저장"
    page = window.show_view("company_request")
    model = page.list.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    assert model.headerData(1, _horizontal()) == "제목"
    status = [c.key for c in model.columns].index("status")
    assert model.index(0, status).data() in {"접수", "검토 중", "조치 중", "본부 이관", "해결", "종결", "반려", "중복"}
    assert page.list.count.text().endswith("건")
    assert page.list.filter_bar.combos["status"].itemText(0) == "모든 상태"
    window.close()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_english_plurals(qapp, seeded, qtbot):
    install_translations(qapp, "en")
    from officerdesk.ui.views.record_list import RecordList

    lst = RecordList(seeded, "organization")
    qtbot.addWidget(lst)
    with qtbot.waitSignal(lst.model.loaded, timeout=10000):
        lst.start()
    assert lst.count.text() == f"{lst.model.total} records"


def test_language_choice_order(tmp_path):
    assert choose_language("en", AppSettings(language="ko")) == "en"
    assert choose_language(None, AppSettings(language="ko")) == "ko"
    assert choose_language(None, AppSettings()) in ("ko", "en")


def test_settings_saves_the_language_for_the_next_start(ctx, qtbot):
    from officerdesk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    with qtbot.waitSignal(dialog.language_saved, timeout=2000) as saved:
        dialog.accept()
    assert saved.args == ["ko"]
    assert AppSettings.load(ctx.store.paths).language == "ko"
    assert choose_language(None, AppSettings.load(ctx.store.paths)) == "ko"
