"""`officerdesk [--profile DIR] [--lang ko|en]` and `officerdesk demo`: the desktop app.

The demo profile (default: a `demo` folder in the user data dir) is seeded on first use with a
year of a post's work, and a local HQ is started on loopback in the background so "Sync now"
works; if the HQ cannot start, the app runs without it and says so in the status bar.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from officerdesk.paths import APP

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.main_window import MainWindow

DEMO_RECORDS = 3000


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="the desktop app on a demo profile with a local HQ")
    # its own dest: a subcommand's default would overwrite `officerdesk --lang ko demo`
    p.add_argument("--lang", dest="demo_lang", choices=("ko", "en"), help="language of the app")
    p.add_argument("--records", type=int, default=DEMO_RECORDS, help="records to seed on first use")
    p.add_argument("--no-hq", action="store_true", help="do not start the local HQ")
    p.set_defaults(func=open_demo)


def open_app(args: argparse.Namespace) -> int:
    from officerdesk.ui.app import run

    return run(args.profile, getattr(args, "lang", None))


def demo_profile_dir(args: argparse.Namespace) -> Path:
    import platformdirs

    if args.profile:
        return Path(args.profile).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "demo"


def open_demo(args: argparse.Namespace) -> int:
    from officerdesk.ui import demo
    from officerdesk.ui.app import run, start_window

    root = demo_profile_dir(args)
    hq: dict[str, Any] = {}
    needs_seed: list[bool] = []

    def prepare(ctx: AppContext) -> None:
        needs_seed.append(demo.prepare_demo(ctx))

    def start(window: MainWindow) -> None:
        def then() -> None:
            start_window(window)
            if args.no_hq:
                demo.without_hq(window)
            else:
                demo.start_demo_hq(window, root, hq)

        if any(needs_seed):
            demo.seed_in_background(window, records=args.records, then=then)
        else:
            then()

    try:
        lang = getattr(args, "demo_lang", None) or getattr(args, "lang", None)
        return run(str(root), lang, prepare=prepare, starter=start)
    finally:
        server = hq.get("server")
        if server is not None:
            server.stop()
