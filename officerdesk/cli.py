"""`officerdesk`: argparse front. Every subcommand is a thin call into the core (INTERFACES.md).

Errors are turned into words here, once: a UserError prints its one-line reason and exits 1,
bad usage exits 2, anything unexpected prints one line and writes the traceback to the log.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from officerdesk import __version__
from officerdesk.errors import AuthError, Cancelled, NetworkError, OfficerDeskError, UserError

COMMAND_MODULES = ("records", "exchange", "search", "briefs", "settings", "syncing", "keys", "desktop", "selftest")

log = logging.getLogger("officerdesk")


def _lang(args: argparse.Namespace) -> str:
    lang = getattr(args, "lang", None) or os.environ.get("OFFICERDESK_LANG", "")
    return "ko" if lang == "ko" else "en"


def build_parser() -> argparse.ArgumentParser:
    import importlib

    profile_help = "profile folder (database, attachments, backups, settings)"
    # a command's own --profile must not reset one given before the command to its default
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS, help=profile_help)
    parser = argparse.ArgumentParser(
        prog="officerdesk",
        description="OfficerDesk: records, briefs and HQ sync for overseas IP officers. "
                    "Without a COMMAND it opens the desktop app on the profile.",
        epilog="The database key is kept in the OS keyring. On a machine without one (a server, CI, a "
               "container) name a backend, e.g. PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring "
               "(the key is then kept in a plain file: for demos and tests only). The default profile is "
               "in the user data folder; --profile DIR (before or after the COMMAND) picks another.",
    )
    parser.add_argument("--profile", metavar="DIR", help=profile_help)
    parser.add_argument("--version", action="version", version=f"OfficerDesk {__version__}")
    parser.add_argument("--lang", choices=("ko", "en"), help="language of the app and messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"officerdesk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"officerdesk.commands.{name}":
                raise
            continue
        module.register(sub, common)
    for choice in sub._choices_actions:  # each command's --help opens with its one-line summary
        command = sub.choices[choice.dest]
        command.description = command.description or choice.help
        if "--lang" not in command._option_string_actions:  # `officerdesk stats --lang ko` works too
            command.add_argument("--lang", choices=("ko", "en"), default=argparse.SUPPRESS,
                                 help="language of the messages")
    return parser


def _log_to_file(profile: str | None) -> Path | None:
    from officerdesk.paths import profile_paths

    try:
        logs = profile_paths(profile).logs
        logs.mkdir(parents=True, exist_ok=True)
        return logs / "officerdesk.log"
    except OSError:
        return None


def desktop_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """`officerdesk [--profile DIR] [--lang ko|en]`, the desktop start, read without building the
    full parser: that loads every command's module (SQLAlchemy and the models among them, about
    0.3 s of CPU) before the window. None for anything else, which the full parser reads."""
    values: dict[str, str | None] = {"profile": None, "lang": None}
    items = list(argv)
    while items:
        name, eq, value = items.pop(0).partition("=")
        if name not in ("--profile", "--lang"):
            return None
        if not eq:
            if not items:
                return None
            value = items.pop(0)
        if not value or value.startswith("-"):
            return None
        values[name[2:]] = value
    if values["lang"] not in (None, "ko", "en"):
        return None
    return argparse.Namespace(profile=values["profile"], lang=values["lang"], command=None, func=_default_app)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except ModuleNotFoundError:  # a command's module, before it runs
        if not _without_desktop():
            raise
        return 1


def _without_desktop() -> bool:
    """After an import failed: if this is an installation without the desktop extra (an HQ
    server's), say so in one line instead of a traceback, and return True."""
    from officerdesk import installation

    absent = installation.missing(installation.DESKTOP)
    if not absent:
        return False
    print(f"officerdesk: {installation.no_desktop_message(absent)}", file=sys.stderr)
    return True


def _run(argv: Sequence[str] | None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # before the parser, which loads every command's module: an installation without the
        # desktop extra (an HQ server's) can still say which version it is
        print(f"OfficerDesk {__version__}")
        return 0
    args = desktop_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if not getattr(args, "func", None):
        args.func = _default_app
    lang = _lang(args)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"officerdesk: {exc.localized(lang)}", file=sys.stderr)
        return 1
    except AuthError as exc:
        print(f"officerdesk: HQ refused this device: {exc}. Enrol again with `officerdesk enroll`.", file=sys.stderr)
        return 1
    except NetworkError as exc:
        print(f"officerdesk: cannot reach HQ: {exc}", file=sys.stderr)
        return 1
    except Cancelled:
        print("officerdesk: cancelled", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("officerdesk: interrupted", file=sys.stderr)
        return 130
    except (OfficerDeskError, Exception) as exc:
        if isinstance(exc, ModuleNotFoundError) and _without_desktop():
            return 1
        target = _log_to_file(getattr(args, "profile", None))
        if target is not None:
            with target.open("a", encoding="utf-8") as fh:
                fh.write(traceback.format_exc())
        where = f" (details in {target})" if target else ""
        print(f"officerdesk: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 1


def _default_app(args: argparse.Namespace) -> int:
    from officerdesk.commands.desktop import open_app

    return int(open_app(args))
