"""Screenshots of every screen in Korean and English, from a freshly seeded demo profile.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--all] [--size 1093x614] [--scale 1.25]

Runs offscreen unless DISPLAY is set (e.g. under Xvfb). Without --all only the few screenshots
the README shows are written to --out; with --all every screen is written too.

By default the window is what a 13-inch laptop shows: 1366×768 pixels at 125 % scaling, i.e. a
1093×614 window at a scale factor of 1.25 (QT_SCALE_FACTOR), so the images are 1366 px wide.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import keyring

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.memory_keyring import MemoryKeyring  # noqa: E402  (after the path is set)

WIDTH = 1366  # wider images (another --size) are scaled down to this width
README_SHOTS = {(lang, name) for lang in ("en", "ko") for name in ("dashboard", "company_request", "meeting", "search", "brief")}


def settle(app, seconds: float = 0.6) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def seed(profile: Path, records: int) -> None:
    from officerdesk.core.demo import seed as demo
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store

    store = open_store(profile)
    with store.session_factory.begin() as s:
        identity.set_up(s, officer_name="김민수", post_code="WAS")
    with store.session_factory.begin() as s:
        demo.seed(s, post_code="WAS", records=records, seed=7)
    store.close()


def over(window, popup):  # type: ignore[no-untyped-def]
    """The window with the popup drawn where it floats (offscreen has no window manager)."""
    from PySide6.QtGui import QColor, QPainter

    shot = window.grab()
    painter = QPainter(shot)
    x, y = (window.width() - popup.width()) // 2, 90
    painter.fillRect(x + 4, y + 4, popup.width(), popup.height(), QColor(0, 0, 0, 60))  # a shadow
    painter.drawPixmap(x, y, popup.grab())
    painter.setPen(QColor("#8a8a8a"))
    painter.drawRect(x, y, popup.width() - 1, popup.height() - 1)
    painter.end()
    return shot


def shoot(profile: Path, lang: str, out: Path, every: bool, size: tuple[int, int]) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store
    from officerdesk.ui import app as desk
    from officerdesk.ui.navigation import SCREENS
    from officerdesk.ui.settings import AppSettings

    app = desk.application()
    desk.install_translations(app, lang)
    store = open_store(profile)
    with store.session_factory.begin() as s:
        ident = identity.current(s)
    ctx = desk.open_context(store, lang, AppSettings(language=lang))
    ctx.identity = ident
    window = desk.build_window(ctx)
    window.resize(*size)
    window.show()
    window.start()
    written: list[Path] = []

    def save(name: str, widget, pixmap=None) -> None:  # type: ignore[no-untyped-def]
        if every or (lang, name) in README_SHOTS:
            path = out / f"{lang}-{name}.png"
            shot = pixmap if pixmap is not None else widget.grab()
            if shot.width() > WIDTH:
                shot = shot.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
            # 256 colours keep the files small; flat UI colours survive it
            image = shot.toImage().convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.AvoidDither)
            image.save(str(path), "PNG", 9)
            written.append(path)

    for screen in SCREENS:
        page = window.show_view(screen.key)
        settle(app, 1.0)
        table = getattr(getattr(page, "list", None), "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)
            settle(app, 1.0)
        save(screen.key, window)
    window.show_view("company_request")
    window.search_everywhere()
    window.search_popup.query.setText("특허" if lang == "ko" else "patent")
    settle(app, 1.2)
    popup = window.search_popup
    save("search", window, over(window, popup))
    popup.hide()
    from officerdesk.ui.dialogs.about import AboutDialog
    from officerdesk.ui.dialogs.settings import SettingsDialog

    for name, dialog in (("settings", SettingsDialog(window.ctx, window)), ("about", AboutDialog(window.ctx, window))):
        dialog.show()
        settle(app, 0.5)
        save(name, dialog)
        dialog.close()
    brief_preview(app, window, save)
    if every:
        dialogs(app, window, lang, save)
        exchange(app, window, save, out)
    window.close()
    window.ctx.close()
    return written


def brief_preview(app, window, save) -> None:  # type: ignore[no-untyped-def]
    """The New Brief dialog with this month's activity report built into its preview."""
    from officerdesk.ui.dialogs.new_brief import open_new_brief

    dialog = open_new_brief(window.ctx, window, kind="activity")
    dialog.resize(window.width(), window.height())
    settle(app, 0.8)
    dialog.build()
    end = time.monotonic() + 60
    while dialog.busy and time.monotonic() < end:
        settle(app, 0.2)
    settle(app, 1.0)
    save("brief", dialog)
    dialog.close()


def dialogs(app, window, lang: str, save) -> None:  # type: ignore[no-untyped-def]
    """The first-run dialog, the error dialog (details shown) and a filtered list."""
    from officerdesk.ui.dialogs.first_run import FirstRunDialog

    first = FirstRunDialog(window.ctx, lang)
    first.show()
    settle(app, 0.4)
    save("first_run", first)
    first.close()
    window.ctx.errors.report(RuntimeError("a sample failure, to show the error dialog"))
    settle(app, 0.6)
    box = window.ctx.errors.last_box
    if box is not None:
        save("error", box)
    window.ctx.errors.close_all()
    page = window.show_view("company_request")
    page.list.filter_bar.text.setText("특허" if lang == "ko" else "patent")
    settle(app, 1.5)
    save("filtered", window)


# a Korean Outlook address book as Excel saves it (CP949), with a column no field takes
SAMPLE_CSV = ("제목,이름,성,회사,부서,직함,근무처 전화,휴대폰,전자 메일 주소,사용자 1\n"
              ",서연,이,특허청,국제협력과,사무관,+82 42 481 5000,+82 10 1234 5678,lee@kipo.go.kr,VIP\n"
              ",민준,박,한국지식재산연구원,조사분석팀,연구위원,+82 2 2189 2600,,mj.park@kiip.re.kr,\n"
              ",Anna,Schmidt,EUIPO,Boards of Appeal,Member,+34 965 139 100,,anna.schmidt@euipo.europa.eu,\n")


def exchange(app, window, save, out: Path) -> None:  # type: ignore[no-untyped-def]
    """File → Export… and File → Import… (its preview and its summary), last: it adds contacts."""
    from officerdesk.ui.dialogs.export_records import open_export
    from officerdesk.ui.dialogs.import_records import PREVIEW, SUMMARY, open_import

    export = open_export(window.ctx, window)
    export.limited.setChecked(True)
    settle(app, 0.8)
    save("export", export)
    export.close()
    sample = Path(tempfile.mkdtemp()) / "outlook-contacts.csv"
    sample.write_bytes(SAMPLE_CSV.encode("cp949"))
    dialog = open_import(window.ctx, window)
    dialog.resize(window.width(), window.height())
    dialog.open_file(sample)
    wait(app, lambda: dialog.next_button.isEnabled())
    save("import_file", dialog)
    dialog.next()
    wait(app, lambda: dialog.pages.currentIndex() == PREVIEW)
    settle(app, 0.5)
    save("import_preview", dialog)
    dialog.next()
    wait(app, lambda: dialog.pages.currentIndex() == SUMMARY)
    settle(app, 0.5)
    save("import_summary", dialog)
    dialog.close()


def wait(app, done, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        settle(app, 0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--all", action="store_true", help="every screen, not only the README's")
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--lang", choices=("ko", "en"), action="append")
    parser.add_argument("--size", default="1093x614", help="the window in logical pixels, WIDTHxHEIGHT")
    parser.add_argument("--scale", type=float, default=1.25, help="the display scaling (1.25 = 125 %%)")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.lower().split("x"))
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # read when the application is made
    keyring.set_keyring(MemoryKeyring())  # the throw-away profile's key, for this run only
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        seed(profile, args.records)
        for lang in args.lang or ["en", "ko"]:
            for path in shoot(profile, lang, args.out, args.all, (size[0], size[1])):
                print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
