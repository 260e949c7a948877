"""QApplication bootstrap: bundled Korean font, translations, logging, the error hook, the window.

Startup does only fast work on the UI thread: open the profile (key from the keyring, one read to
prove it, a schema-version check) and start the op runner; the identity is read (and on first run
set up) on its database lane, and lists fill themselves through it.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from officerdesk.errors import ProfileLocked, UserError
from officerdesk.paths import ProfilePaths, profile_paths, resources_dir
from officerdesk.ui.settings import AppSettings

if TYPE_CHECKING:
    from officerdesk.core.dto import Identity
    from officerdesk.core.store.db import Store
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.main_window import MainWindow

log = logging.getLogger("officerdesk.ui")

FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf", "DroidSansFallbackFull.ttf", "NotoSansArabic-Regular.ttf",
              "NotoSansArabic-Bold.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf")
FIRST_ROWS_WAIT_S = 0.25  # a covered list's first page takes a few ms; a slow disk shows the window anyway
KOREAN_FAMILY = "NanumGothic"
_translators: list[QTranslator] = []


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, made once (tests reuse pytest-qt's)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("OfficerDesk")
    app.setOrganizationName("OfficerDesk")
    icon = resources_dir() / "icons" / "officerdesk.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts(app)
    return app


def load_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and put them behind the system font: NanumGothic so Hangul always
    renders, then the fonts the briefs use for what it lacks (Hanzi and Kanji such as 郎, Arabic,
    Hebrew), so a name shows in the app as it prints."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resources_dir() / "fonts" / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if KOREAN_FAMILY in families:
        font = app.font()
        base = [f for f in font.families() if f != KOREAN_FAMILY] or [font.family()]
        if not _has_hangul(base[0]):
            base = [KOREAN_FAMILY]  # a system font without Hangul would mix two faces on every line
        fallbacks = [f for f in dict.fromkeys(families) if f not in (*base, KOREAN_FAMILY)]
        font.setFamilies([*base, KOREAN_FAMILY, *fallbacks])
        if font.pointSizeF() < 9.5:
            font.setPointSizeF(10)
        app.setFont(font)
    return families


def _has_hangul(family: str) -> bool:
    return QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)


def install_translations(app: QApplication, lang: str) -> bool:
    """Load officerdesk_<lang>.qm and Qt's own strings (standard buttons); True when ours loaded."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    ours = QTranslator(app)
    loaded = ours.load(f"officerdesk_{lang}", str(resources_dir() / "translations"))
    if loaded:
        app.installTranslator(ours)
        _translators.append(ours)
    if lang != "en":  # Qt's own English needs no translator
        for qt in (qt_translator(app, lang), QtGaps(app, lang)):
            if qt is not None:
                app.installTranslator(qt)
                _translators.append(qt)
    # Dates and numbers keep the system locale (as the officer's machine shows them); the
    # language setting decides the words only.
    return loaded


def qt_translator(app: QApplication, lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, file and colour dialogs): Qt's catalogue where this Qt
    keeps one, else the copy bundled in resources/qt (a frozen bundle may leave Qt's out)."""
    qt = QTranslator(app)
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(resources_dir() / "qt")):
        if qt.load(f"qtbase_{lang}", folder):
            return qt
    return None


class QtGaps(QTranslator):
    """The few strings Qt's Korean catalogue lacks: its file dialog's labels with their keyboard
    mnemonics ("&Look in:"), which left the dialog half English. Installed after Qt's catalogue,
    so it is asked first; every other string falls through to Qt's."""

    WORDS = {
        "ko": {
            ("QFileDialog", "&Look in:"): "찾는 위치(&L):",
            ("QFileDialog", "Files of &type:"): "파일 형식(&T):",
        },
    }

    def __init__(self, app: QApplication, lang: str) -> None:
        super().__init__(app)
        self._words = self.WORDS.get(lang, {})

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._words

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is Qt's null string, "not mine": an empty string would blank every other text
        return self._words.get((context, source))


class RotatingLog(logging.Handler):
    """The profile's rotating log file, opened at its first record: a start that logs nothing
    does not load `logging.handlers` (about 8 ms of imports before the window shows)."""

    def __init__(self, target: Path) -> None:
        super().__init__()
        self.baseFilename = str(target)
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(self.baseFilename, maxBytes=2_000_000, backupCount=3,
                                                              encoding="utf-8")
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(paths: ProfilePaths) -> Path | None:
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    target = paths.logs / "officerdesk.log"
    root = logging.getLogger("officerdesk")
    if any(getattr(h, "baseFilename", None) == str(target) for h in root.handlers):
        return target
    handler = RotatingLog(target)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def show_fatal(message: str, lang: str = "en") -> None:
    """A startup error before any window exists (keyring missing, profile locked): one dialog."""
    from PySide6.QtWidgets import QMessageBox  # only then: its Python type costs ~1 ms to set up

    box = QMessageBox(QMessageBox.Icon.Critical, "OfficerDesk", message)
    box.exec()


def choose_language(cli_lang: str | None, settings: AppSettings) -> str:
    """--lang, then the saved setting, then the system language (Korean or English)."""
    if cli_lang in ("ko", "en"):
        return cli_lang
    if settings.language in ("ko", "en"):
        return settings.language
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def open_profile(paths: ProfilePaths, lang: str) -> Store | None:
    """Open the encrypted store; a keyring or key problem becomes one clear dialog, not a traceback."""
    from officerdesk.profiles import open_store

    try:
        return open_store(paths.root)
    except ProfileLocked as exc:
        log.error("cannot open profile %s: %s", paths.root, exc)
        if exc.reason != "missing" or not recover_key(paths, lang):
            if exc.reason != "missing":
                show_fatal(exc.localized(lang))
            return None
        return open_store(paths.root)
    except UserError as exc:
        log.error("cannot open profile %s: %s", paths.root, exc)
        show_fatal(exc.localized(lang))
        return None


def recover_key(paths: ProfilePaths, lang: str) -> bool:
    """The key-missing screen; True once a recovered key is in the keyring."""
    from officerdesk.ui.dialogs.key_missing import KeyMissingDialog

    return KeyMissingDialog(paths.root, lang).exec() == KeyMissingDialog.DialogCode.Accepted


def open_context(store: Store, lang: str, settings: AppSettings) -> AppContext:
    """The app's context on the opened profile: its op runner (and database lane) starts here,
    before the window, so the start's own reads and writes run on the lane too."""
    from officerdesk.ui.context import AppContext

    ctx = AppContext(store, lang=lang, settings=settings)
    sys.excepthook = ctx.errors.excepthook
    return ctx


def ensure_identity(ctx: AppContext) -> Identity | None:
    """The profile's identity, asking for it on first run; None when the officer cancels. The
    first run's language choice goes to ctx.lang."""
    from officerdesk.ui.operations.start import read_identity

    ident = read_identity(ctx=ctx)
    if ident is not None:
        return ident
    from officerdesk.ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(ctx, ctx.lang)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    ctx.lang = dialog.chosen_language
    return dialog.identity


def build_window(ctx: AppContext) -> MainWindow:
    from officerdesk.ui.main_window import MainWindow

    return MainWindow(ctx)


def run(profile: str | None, lang: str | None = None, *, prepare: Callable[[AppContext], None] | None = None,
        after_show: Callable[[MainWindow], None] | None = None,
        starter: Callable[[MainWindow], None] | None = None) -> int:
    """Open the app on a profile: the one entry point of `officerdesk` and `officerdesk demo`.

    `starter(window)` replaces `start_window` (the demo seeds first, then starts the window).

    Python's cyclic garbage collector is paused from here until the ORM is loaded (after the
    first rows are shown): start-up makes hundreds of thousands of objects (modules, classes, Qt's
    enums, then SQLAlchemy's) and almost no garbage, and the collector walked them all again and
    again, about 8 ms of CPU before the first rows. It is on again at the latest when the window
    closes; reference counting frees everything as usual meanwhile."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(profile, lang, prepare=prepare, after_show=after_show, starter=starter,
                    collecting=collecting)
    finally:
        if collecting:
            gc.enable()


def _run(profile: str | None, lang: str | None, *, prepare: Callable[[AppContext], None] | None,
         after_show: Callable[[MainWindow], None] | None, starter: Callable[[MainWindow], None] | None,
         collecting: bool) -> int:
    app = application()
    paths = profile_paths(profile)
    setup_logging(paths)
    settings = AppSettings.load(paths)
    language = choose_language(lang, settings)
    install_translations(app, language)
    store = open_profile(paths, language)
    if store is None:
        return 1
    ctx = open_context(store, language, settings)
    try:
        if prepare is not None:
            prepare(ctx)
        ident = ensure_identity(ctx)
    except BaseException:
        ctx.close()  # the lane's thread must not outlive a failed start
        raise
    if ident is None:
        ctx.close()
        return 0
    ctx.identity = ident
    if ctx.lang != language:
        ctx.settings = settings.with_language(ctx.lang)
        ctx.settings.save(paths)
        install_translations(app, ctx.lang)
    window = build_window(ctx)
    if collecting:
        collect_after_start(window)
    window.show()
    (starter or start_window)(window)
    previous = quit_on_signals(app, window)
    if after_show is not None:
        after_show(window)
    try:
        code = app.exec()
    finally:
        restore_signals(previous)
    window.ctx.close()
    return int(code)


def collect_after_start(window: MainWindow) -> None:
    """The garbage collector back on once the ORM is loaded (start-up is over then)."""
    runner = window.ctx.runner
    if runner.orm_loaded:
        gc.enable()
    else:
        runner.orm_ready.connect(gc.enable, Qt.ConnectionType.SingleShotConnection)


def start_window(window: MainWindow) -> None:
    """The views fill themselves, then the daily backup runs behind them: once the ORM is loaded,
    so a backup (reading the whole database) never competes with the window's first rows.

    The first view's plain reads (its first page and count, read without the ORM) are waited for,
    at most FIRST_ROWS_WAIT_S, so the window's first paint already shows its rows."""
    window.start()
    runner = window.ctx.runner
    runner.deliver_plain(FIRST_ROWS_WAIT_S)
    if runner.orm_loaded:
        daily_backup(window)
    else:
        runner.orm_ready.connect(lambda: daily_backup(window), Qt.ConnectionType.SingleShotConnection)


def daily_backup(window: MainWindow) -> int | None:
    """The automatic daily backup, in the background once the window is up (never blocks start).
    None when the app is already closing (the next start makes it)."""
    if window.ctx.runner.closed:
        return None
    from officerdesk.ui.operations.backup import back_up_if_due

    return back_up_if_due(ctx=window.ctx)


def quit_on_signals(app: QApplication, window: MainWindow) -> dict[int, Any]:
    """Ctrl+C or a polite kill closes the window without asking (state saved, unsaved edits
    kept as drafts, local HQ stopped). Returns the handlers it replaced."""
    import signal

    from PySide6.QtCore import QTimer

    def close(_signum: int, _frame: object) -> None:
        window.quietly = True
        window.close()
        app.quit()

    previous: dict[int, Any] = {}
    for name in ("SIGINT", "SIGTERM"):
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, close)
    # Python runs signal handlers only between bytecodes; a quiet timer gives it the chance.
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    return previous


def restore_signals(previous: dict[int, Any]) -> None:
    import signal

    for number, handler in previous.items():
        signal.signal(number, handler)
