"""The main window: navigation, pages built on first visit, toolbar, menus, status bar, state."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from officerdesk.core import kinds
from officerdesk.core.dto import Changes
from officerdesk.ui.auto_sync import AutoSync
from officerdesk.ui.navigation import SCREENS
from officerdesk.ui.settings import window_state
from officerdesk.ui.status_bar import DeskStatusBar

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

log = logging.getLogger("officerdesk.ui")
# Only the shell's own parts are styled (by object name); editors keep the platform look.
STYLE = """
QListWidget#navigation { background: palette(window); border: none; padding-top: 6px; outline: 0; }
QListWidget#navigation::item { padding: 7px 10px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QLabel#cardTitle { color: #1a5fb4; }
"""
ALL_TYPES = frozenset(kinds.NAMES)
NAV_MAX_MIN = 170  # the sidebar's narrowest: its names elide rather than widen the window
# Below this width the window hides the sidebar by itself (a 13-inch laptop at 150 % scaling);
# the View menu's "Sidebar" (Ctrl+\\) brings it back.
NARROW = 1000


class MainWindow(QMainWindow):
    view_changed = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(window_title(ctx))
        self.setStyleSheet(STYLE)
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        for screen in SCREENS:
            item = QListWidgetItem(self.style().standardIcon(screen.icon), screen.title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
        self.nav.setMinimumWidth(min(self.nav.sizeHintForColumn(0) + 36, NAV_MAX_MIN))
        self.stack = QStackedWidget(self)
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setObjectName("bodySplitter")
        self.body.addWidget(self.nav)
        self.body.addWidget(self.stack)
        self.body.setStretchFactor(1, 1)
        self.body.setChildrenCollapsible(False)
        self.body.setSizes([190, 1100])
        # a long Korean screen name must not widen a small laptop's window: names are elided
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCentralWidget(self.body)
        self.status = DeskStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self.auto_sync = AutoSync(self)
        self.search_popup: Any = None
        self.recovery: Any = None  # the draft recovery dialog offered at start, if drafts were left
        self.quit_after_save = False  # "Save and quit" chosen: the next save closes the window
        self.sidebar_wanted = True  # the officer's choice; a narrow window hides it anyway
        self.preparing: QLabel | None = None
        self.quietly = False  # closing on a signal: never ask
        self._actions()
        self._menus()
        self._toolbar()
        self.nav.currentRowChanged.connect(self._nav_changed)
        ctx.change_bus.open_requested.connect(self.open_record)
        ctx.change_bus.list_requested.connect(self.open_list)
        ctx.errors.reenrol_requested.connect(lambda: self.open_settings("hq"))
        self.status.undone.connect(self.open_record)
        self.status.last_change.changed.connect(self._offer_undo)
        self._offer_undo()
        self.resize(1280, 800)
        self.restore_state()

    # --- actions, menus, toolbar ----------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: Any = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _actions(self) -> None:
        sp = self.style().StandardPixmap
        self.new_action = self._action(self.tr("New"), self.new_record, QKeySequence.StandardKey.New, sp.SP_FileIcon, "actionNew")
        self.save_action = self._action(self.tr("Save"), self.save_record, QKeySequence.StandardKey.Save, sp.SP_DialogSaveButton, "actionSave")
        self.delete_action = self._action(self.tr("Delete"), self.delete_record, QKeySequence(Qt.Key.Key_Delete), sp.SP_TrashIcon, "actionDelete")
        self.undo_action = self._action(self.tr("Undo"), self.undo, QKeySequence.StandardKey.Undo, None, "actionUndo")
        self.sidebar_action = self._action(self.tr("Sidebar"), self.toggle_sidebar, "Ctrl+\\", None, "actionSidebar")
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.find_action = self._action(self.tr("Find in list"), self.focus_filter, QKeySequence.StandardKey.Find, None, "actionFind")
        self.search_action = self._action(self.tr("Search everywhere…"), self.search_everywhere, "Ctrl+K", sp.SP_FileDialogContentsView, "actionSearch")
        self.refresh_action = self._action(self.tr("Refresh"), self.refresh, QKeySequence(Qt.Key.Key_F5), sp.SP_BrowserReload, "actionRefresh")
        self.sync_action = self._action(self.tr("Sync now"), self.sync_now, "Ctrl+Shift+S", sp.SP_ArrowUp, "actionSync")
        self.brief_action = self._action(self.tr("New brief…"), self.new_brief, "Ctrl+B", sp.SP_FileDialogNewFolder, "actionBrief")
        self.brief_record_action = self._action(self.tr("Brief this record…"), self.brief_record, "Ctrl+Shift+B", None, "actionBriefRecord")
        self.backup_action = self._action(self.tr("Back up now"), self.back_up, None, None, "actionBackup")
        self.import_action = self._action(self.tr("Import…"), self.import_records, "Ctrl+I", None, "actionImport")
        self.export_action = self._action(self.tr("Export…"), self.export_records, "Ctrl+E", None, "actionExport")
        self.settings_action = self._action(self.tr("Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences, None, "actionSettings")
        self.about_action = self._action(self.tr("About OfficerDesk"), self.about, None, None, "actionAbout")
        self.guide_action = self._action(self.tr("User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents, None, "actionGuide")
        self.shortcuts_action = self._action(self.tr("Keyboard shortcuts"), self.show_shortcuts, None, None, "actionShortcuts")
        self.calendar_action = self._action(self.tr("Export deadlines to calendar…"), self.export_calendar, None, None, "actionCalendar")
        self.quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit, None, "actionQuit")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.new_action.setToolTip(self.tr("New record (Ctrl+N)"))
        self.search_action.setToolTip(self.tr("Search everywhere (Ctrl+K)"))

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.save_action, self.delete_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.brief_action)
        file_menu.addAction(self.brief_record_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.calendar_action)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("Possible &duplicate contacts…"), self._duplicates, None, None,
                                         "possible_duplicates"))
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.sidebar_action)
        view_menu.addSeparator()
        for i, screen in enumerate(SCREENS):  # Ctrl+1 … Ctrl+0 for the first ten
            go = self._action(screen.title(), lambda key=screen.key: self.show_view(key),
                              f"Ctrl+{(i + 1) % 10}" if i < 10 else None, None, f"go_{screen.key}")
            view_menu.addAction(go)
        sync_menu = bar.addMenu(self.tr("&Sync"))
        sync_menu.addAction(self.sync_action)
        if self.ctx.identity is not None and self.ctx.identity.role == "admin":  # HQ's task, offered to admins
            sync_menu.addAction(self._action(self.tr("Start a &handover…"), self._handover, None, None, "start_handover"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.save_action, self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.search_action)
        bar.addSeparator()
        bar.addAction(self.sync_action)
        bar.addAction(self.brief_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # --- views ----------------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "dashboard"

    def current_page(self) -> Any:
        return self.pages.get(self.current_key())

    def _duplicates(self) -> None:
        from officerdesk.ui.dialogs.duplicates import PossibleDuplicatesDialog

        PossibleDuplicatesDialog(self.ctx, self).open()

    def _handover(self) -> None:
        from officerdesk.ui.dialogs.handover import HandoverDialog

        HandoverDialog(self.ctx, self).open()

    def show_view(self, key: str) -> Any:
        row = next((i for i, s in enumerate(SCREENS) if s.key == key), 0)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)
        return self.pages[key]

    def _nav_changed(self, row: int) -> None:
        key = SCREENS[max(row, 0)].key
        page = self.pages.get(key) or self._build(key)
        self.stack.setCurrentWidget(page)
        start = getattr(page, "start", None)
        if callable(start):
            start()
        editable = bool(getattr(page, "editable", False))
        for action in (self.new_action, self.save_action, self.delete_action):
            action.setEnabled(editable)
        self._offer_brief_record(page)
        self.show_dirty()
        self.view_changed.emit(key)

    def _offer_brief_record(self, page: QWidget) -> None:
        self.brief_record_action.setEnabled(bool(getattr(made_editor(page), "brief_kind", "")))

    def _build(self, key: str) -> QWidget:
        page = build_page(self.ctx, key, self.stack)
        self.pages[key] = page
        self.stack.addWidget(page)
        ready = getattr(page, "editor_ready", None)
        if ready is not None:  # a record page makes its editor after its first rows
            ready.connect(lambda: self._editor_made(page))
        restored = getattr(page, "restored", None)
        if restored is not None:  # the Trash: the status bar says what came back
            restored.connect(lambda _kind, _id: self.status.refresh())
        return page

    def _editor_made(self, page: QWidget) -> None:
        editor = made_editor(page)
        dirty = getattr(editor, "dirty_changed", None)
        if dirty is not None:
            dirty.connect(lambda _dirty: self.show_dirty())
            editor.saved.connect(self._saved_then_quit)
            editor.save_failed.connect(self._save_refused)
        if self.current_page() is page:
            self._offer_brief_record(page)

    def open_record(self, record_type: str, record_id: str) -> None:
        screens: dict[str, str] = {kinds.BRIEF.name: "briefs", kinds.CONFLICT.name: "conflicts"}
        key = screens.get(record_type, record_type)
        if key not in {s.key for s in SCREENS}:
            return
        page = self.show_view(key)
        opener = getattr(page, "open_record", None)
        if callable(opener):
            opener(record_id)

    def open_list(self, record_type: str, view: str, extra: object = None) -> None:
        """Show a record list in one of its views (a dashboard card's "show all")."""
        if record_type not in {s.key for s in SCREENS}:
            return
        page: Any = self.pages.get(record_type) or self._build(record_type)
        page.list.show_view(view, extra)
        self.show_view(record_type)

    # --- action slots ---------------------------------------------------------------------

    def _call(self, name: str) -> None:
        method = getattr(self.current_page(), name, None)
        if callable(method):
            method()

    def new_record(self) -> None:
        self._call("new_record")

    def save_record(self) -> None:
        self._call("save")

    def delete_record(self) -> None:
        self._call("delete")

    def focus_filter(self) -> None:
        self._call("focus_filter")

    def undo(self) -> None:
        """Ctrl+Z outside a text box: undo the last delete or edit of a record."""
        if not self.status.last_change.undo():
            self.status.showMessage(self.tr("Nothing to undo"), 4000)

    def _offer_undo(self) -> None:
        change = self.status.last_change.last
        self.undo_action.setEnabled(True)  # with nothing to undo, Ctrl+Z says so
        self.undo_action.setText(self.tr("Undo: %1").replace("%1", change.text()) if change else self.tr("Undo"))

    def toggle_sidebar(self) -> None:
        self.sidebar_wanted = not self.nav.isVisible()
        self.nav.setVisible(self.sidebar_wanted)
        self.sidebar_action.setChecked(self.sidebar_wanted)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """A narrow window gives the sidebar's room to the list and editor; Ctrl+\\ still shows it."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        if narrow != getattr(self, "_narrow", False):
            self._narrow = narrow
            self.nav.setVisible(self.sidebar_wanted and not narrow)
            self.sidebar_action.setChecked(self.nav.isVisible())

    def show_dirty(self) -> None:
        """The window title starts with "*" while the open editor holds unsaved changes."""
        dirty = getattr(made_editor(self.current_page()), "is_dirty", None)
        unsaved = bool(callable(dirty) and dirty())
        self.setWindowTitle(("*" if unsaved else "") + window_title(self.ctx))

    def _saved_then_quit(self, _record_id: str) -> None:
        if self.quit_after_save:
            self.quit_after_save = False
            self.close()

    def _save_refused(self) -> None:
        self.quit_after_save = False  # the editor shows why; the window stays open

    def refresh(self) -> None:
        self._call("refresh")
        self.status.refresh()

    def search_everywhere(self) -> None:
        from officerdesk.ui.views.search_everywhere import SearchEverywhere

        if self.search_popup is None:
            self.search_popup = SearchEverywhere(self.ctx, self)
        self.search_popup.popup()

    def new_brief(self) -> None:
        from officerdesk.ui.views.briefs_list import open_new_brief

        open_new_brief(self.ctx, self)

    def brief_record(self) -> Any:
        """A meeting brief or a case report of the record open in the editor."""
        editor: Any = getattr(self.current_page(), "editor", None)
        dialog = editor.open_brief() if getattr(editor, "brief_kind", "") else None
        if dialog is None:
            self.status.showMessage(self.tr("Open a saved meeting or company request to brief it"), 5000)
        return dialog

    def sync_now(self) -> None:
        from officerdesk.ui.sync_action import start_sync

        start_sync(self)

    def back_up(self) -> None:
        from officerdesk.ui.dialogs.settings import back_up_now

        back_up_now(self.ctx, self)

    def import_records(self) -> Any:
        from officerdesk.ui.dialogs.import_records import open_import

        dialog = open_import(self.ctx, self)
        dialog.imported.connect(self._imported)
        return dialog

    def _imported(self, summary: Any) -> None:
        self.status.showMessage(self.tr("Imported %1 records").replace("%1", str(summary.total)), 8000)

    def export_records(self) -> Any:
        from officerdesk.ui.dialogs.export_records import open_export

        return open_export(self.ctx, self)

    def open_settings(self, section: str = "") -> None:
        from officerdesk.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self, section=section)
        dialog.open()

    def about(self) -> None:
        from officerdesk.ui.dialogs.about import AboutDialog

        AboutDialog(self.ctx, self).open()

    def show_guide(self) -> None:
        from officerdesk.ui.dialogs.help import GuideDialog

        GuideDialog(self.ctx.lang, self).open()

    def show_shortcuts(self) -> None:
        from officerdesk.ui.dialogs.help import ShortcutSheet

        ShortcutSheet(self).open()

    def export_calendar(self) -> None:
        from officerdesk.ui.reminders import export_calendar

        export_calendar(self)

    def after_sync(self, online: bool) -> None:
        self.status.set_online(online)
        self.ctx.change_bus.changed.emit(Changes(ALL_TYPES))

    # --- window state ---------------------------------------------------------------------

    def start(self) -> None:
        """After show(): the first view fills itself through the runner; the status bar too.

        The database thread answers in order: the planner's statistics and the list's first page
        on a plain connection, then the status bar's figures, which load the ORM."""
        from officerdesk.ui.operations.overview import refresh_statistics

        refresh_statistics(ctx=self.ctx)  # first on the database thread: lists need it
        last = window_state(self.ctx.profile_dir).value("window/view", "dashboard")
        self.show_view(str(last) if any(s.key == last for s in SCREENS) else "dashboard")
        self.status.refresh()
        if self.recovery is None:  # once: edits left unsaved by a crash or a kill
            self.recovery = self._offer_recovery() or False
        self.auto_sync.start()
        self.reminders = start_reminders(self)  # deadline reminders: tray, notices, snooze

    def _offer_recovery(self) -> Any:
        if not any(self.ctx.store.paths.drafts.glob("*.draft")):
            return None  # nothing left: the drafts module (and its cryptography) is not loaded
        from officerdesk.ui.drafts import offer_recovery

        return offer_recovery(self.ctx, self)

    def set_preparing(self, text: str | None) -> None:
        """A clear "preparing" state (the demo's first seeding): the screens and actions wait."""
        if text is not None and self.preparing is None:
            self.preparing = QLabel(text, self.stack)
            self.preparing.setObjectName("preparing")
            # at the top: the progress dialog takes the middle of the window
            self.preparing.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.preparing.setContentsMargins(24, 48, 24, 24)
            self.preparing.setWordWrap(True)
            self.stack.addWidget(self.preparing)
            self.stack.setCurrentWidget(self.preparing)
        elif text is None and self.preparing is not None:
            self.stack.removeWidget(self.preparing)
            self.preparing.deleteLater()
            self.preparing = None
        self.nav.setEnabled(text is None)
        for action in self.actions():
            if action not in (self.quit_action, self.about_action):
                action.setEnabled(text is None)

    def save_state(self) -> None:
        settings = window_state(self.ctx.profile_dir)
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/body", self.body.saveState())
        settings.setValue("window/view", self.current_key())
        for page in self.pages.values():
            saver = getattr(page, "save_state", None)
            if callable(saver):
                saver()
        settings.sync()

    def restore_state(self) -> None:
        settings = window_state(self.ctx.profile_dir)
        for key, apply in (("window/geometry", self.restoreGeometry), ("window/state", self.restoreState),
                           ("window/body", self.body.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes):
                apply(QByteArray(value))

    def closeEvent(self, event: QCloseEvent) -> None:
        editor = made_editor(self.current_page())
        dirty = getattr(editor, "is_dirty", None)
        if callable(dirty) and dirty() and not self.quietly:
            choice = confirm_close(self)
            if choice != "quit":
                event.ignore()
                if choice == "save":
                    self.quit_after_save = True
                    editor.save()  # the window closes when the save is done (`_saved_then_quit`)
                return
        self.save_state()
        if self.search_popup is not None:
            self.search_popup.close()
        self.auto_sync.stop()  # a closed window syncs no more (its runner shuts down next)
        event.accept()


def start_reminders(window: MainWindow) -> Any:
    from officerdesk.ui.reminders import DeadlineReminders

    reminders = DeadlineReminders(window)
    reminders.start()
    return reminders


def made_editor(page: object) -> Any:
    """A page's editor if it has one made (a record page makes its editor after its first rows;
    asking here does not make it)."""
    if hasattr(page, "built_editor"):
        return page.built_editor
    return getattr(page, "editor", None)


def window_title(ctx: AppContext) -> str:
    ident = ctx.identity
    where = f"{ident.post_code} · {ident.officer_name}" if ident else ctx.profile_dir.name
    return f"OfficerDesk — {where}"


def confirm_close(parent: QWidget) -> str:
    """Unsaved edits at quit: "save" (save, then quit), "quit" (they are kept as a draft and
    offered next time) or "cancel". Save and quit is the default: Enter loses nothing."""
    from PySide6.QtWidgets import QMessageBox  # not at import: the window's start does not need it

    box = QMessageBox(QMessageBox.Icon.Question, "OfficerDesk",
                      QCoreApplication.translate("MainWindow", "You have unsaved changes."), parent=parent)
    box.setObjectName("confirmClose")
    box.setInformativeText(QCoreApplication.translate(
        "MainWindow", "Quit without saving keeps them as a draft, offered next time."))
    save = box.addButton(QCoreApplication.translate("MainWindow", "Save and quit"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("MainWindow", "Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "quit" if clicked is keep else "cancel"


def build_page(ctx: AppContext, key: str, parent: QWidget) -> QWidget:
    if key == "dashboard":
        from officerdesk.ui.views.dashboard import DashboardView

        return DashboardView(ctx, parent)
    if key == "briefs":
        from officerdesk.ui.views.briefs_list import BriefsView

        return BriefsView(ctx, parent)
    if key == "conflicts":
        return conflicts_page(ctx, parent)
    if key == "trash":
        from officerdesk.ui.views.trash import TrashView

        return TrashView(ctx, parent)
    from officerdesk.ui.views.record_page import RecordPage

    return RecordPage(ctx, key, parent)


def conflicts_page(ctx: AppContext, parent: QWidget) -> QWidget:
    try:
        module = importlib.import_module("officerdesk.ui.views.conflicts")
    except ImportError as exc:
        log.info("conflicts view unavailable: %s", exc)
        label = QLabel(QCoreApplication.translate("MainWindow", "Conflicts are not available in this build."), parent)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    cls: Any = getattr(module, "ConflictsView", None) or next(
        v for v in vars(module).values() if isinstance(v, type) and issubclass(v, QWidget) and v.__module__ == module.__name__)
    page: QWidget = cls(ctx, parent)
    return page
