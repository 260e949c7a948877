"""First run, settings (backup), about, briefs, and the read-only summary used without editors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from officerdesk.core.services import identity, records


def _top(name):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def test_first_run_requires_a_name_then_sets_up_the_post(tmp_path, qtbot):
    from officerdesk.profiles import open_store
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.dialogs.first_run import FirstRunDialog

    store = open_store(tmp_path / "new")
    ctx = AppContext(store, lang="en")  # the start makes its context (and lane) before this dialog
    try:
        dialog = FirstRunDialog(ctx, "en")
        qtbot.addWidget(dialog)
        dialog.show()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert not ok.isEnabled()  # one set-up at a time, on the lane
        qtbot.waitUntil(lambda: dialog.error.isVisible() and ok.isEnabled(), timeout=10_000)
        assert dialog.error.text() == "is required"
        assert dialog.result() == 0 and dialog.identity is None
        qtbot.keyClicks(dialog.name, "Lee Jiwon")
        dialog.post.setCurrentIndex(dialog.post.findData("GVA"))
        dialog.language.setCurrentIndex(dialog.language.findData("ko"))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
        assert dialog.chosen_language == "ko"
        assert dialog.identity is not None and dialog.identity.post_code == "GVA"
        with store.session_factory.begin() as s:
            ident = identity.current(s)
        assert ident is not None and ident.post_code == "GVA" and ident.officer_name == "Lee Jiwon"
    finally:
        ctx.errors.close_all()
        ctx.close()


def test_about_lists_versions(ctx, qtbot):
    from officerdesk.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    assert set(dialog.values) >= {"OfficerDesk", "Qt", "PySide6", "SQLCipher", "SQLite"}
    assert dialog.values["SQLCipher"][0].isdigit()


def test_about_and_the_status_bar_say_that_hq_offers_an_update(ctx, qtbot):
    from PySide6.QtWidgets import QLabel

    from officerdesk.protocol.wire import Installer
    from officerdesk.ui.dialogs.about import AboutDialog
    from officerdesk.ui.status_bar import DeskStatusBar

    bar = DeskStatusBar(ctx)
    qtbot.addWidget(bar)
    assert not bar.update_note.isVisibleTo(bar)
    bar.show_update("9.1.0", "https://hq.example.org/officerdesk")
    assert bar.update_note.isVisibleTo(bar) and "9.1.0" in bar.update_note.text()
    ctx.update_available = Installer(platform="windows", version="9.1.0", sha256="0" * 64, url="file:///etc/passwd")
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "updateAvailable")
    assert note is not None and "9.1.0" in note.text() and "href" not in note.text(), "only https becomes a link"


def test_settings_backs_up_now(ctx, qtbot):
    from officerdesk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(ctx, section="backups")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.currentIndex() == 2
    assert dialog.findChild(type(dialog.hq_url), "dataFolder").text() == str(ctx.profile_dir)
    button = dialog.findChild(type(dialog.enrol_button), "backUpNow")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top("backupDone") is not None, timeout=20000)
    assert list(ctx.store.paths.backups.glob("officerdesk-*-manual.db"))
    _top("backupDone").close()


def test_settings_shows_hq_state(ctx, qtbot):
    from officerdesk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(ctx, section="hq")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.hq_state.text() != "", timeout=5000)
    assert dialog.hq_state.text().startswith("Not connected")


def test_briefs_view_lists_briefs(ctx, qtbot):
    from officerdesk.ui.views.briefs_list import BriefsView

    with ctx.store.session_factory.begin() as s:
        records.create(s, "brief", post_id=ctx.post_id, values={"kind": "activity", "title": "Activity 2026-10", "period": "2026-10"})
    view = BriefsView(ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.list.model.loaded, timeout=10000):
        view.start()
    assert view.list.model.total == 1
    assert view.list.model.index(0, 1).data() == "Activity 2026-10"
    view.list.table.selectRow(0)
    assert view.open_button.isEnabled()


def test_summary_is_used_when_no_editor_exists(ctx, qtbot, monkeypatch):
    import builtins

    from officerdesk.ui.views import record_page
    from officerdesk.ui.views.record_summary import RecordSummary

    real_import = builtins.__import__

    def no_editors(name, *args, **kwargs):
        if name.startswith("officerdesk.ui.editors"):
            raise ImportError("editors not installed")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_editors)
    page = record_page.RecordPage(ctx, "company")
    qtbot.addWidget(page)
    editor = page.editor  # made on first use (the page makes it after its first rows)
    monkeypatch.setattr(builtins, "__import__", real_import)
    assert isinstance(editor, RecordSummary)
    with ctx.store.session_factory.begin() as s:
        company = records.create(s, "company", post_id=ctx.post_id, values={"name_ko": "한빛전자", "size": "mid"})
    with qtbot.waitSignal(page.editor.loaded, timeout=10000):
        page.open_record(company.id)
    assert page.editor.heading.text() == "한빛전자"
    texts = [page.editor.form.itemAt(i).widget().text() for i in range(page.editor.form.count())
             if page.editor.form.itemAt(i).widget() is not None]
    assert "Mid-sized" in texts


def test_settings_keep_page_ones_recipient_title_and_contact(ctx, qtbot):
    import json

    from officerdesk.core.services import briefs_log
    from officerdesk.ui.dialogs.settings import SettingsDialog

    path = ctx.store.paths.settings_file
    path.write_text(json.dumps({"hq_url": "https://127.0.0.1:9", "language": ctx.lang}), encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    dialog = SettingsDialog(ctx, section="briefs")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.currentIndex() == 4
    dialog.hq_division.setText("산업재산보호협력국장")
    dialog.officer_title.setText("특허관")
    dialog.officer_contact.setText("not a number")
    dialog.tabs.setCurrentIndex(0)
    dialog.accept()  # refused: the reason is shown on the tab, nothing is saved, the dialog stays
    assert dialog.result() == 0 and dialog.tabs.currentIndex() == 4
    assert "telephone" in dialog.briefs_state.text()
    assert path.read_text(encoding="utf-8") == before
    dialog.officer_contact.setText("+1 202 555 0100 / ip@korea-embassy.example")
    dialog.accept()
    assert dialog.result() == 1
    assert briefs_log.issue_settings(path) == ("산업재산보호협력국장", "특허관", "+1 202 555 0100 / ip@korea-embassy.example")
    assert json.loads(path.read_text(encoding="utf-8"))["hq_url"] == "https://127.0.0.1:9"  # other keys kept
    again = SettingsDialog(ctx, section="briefs")
    qtbot.addWidget(again)
    assert again.officer_title.text() == "특허관"
