"""`officerdesk settings`: what page 1 of a brief says of its sender and recipient."""

from __future__ import annotations

import argparse

from officerdesk.commands import print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("settings", parents=[common],
                       help="show or set the brief's 수신 (HQ division), 직위 (title) and contact")
    p.add_argument("--hq-division", help="수신: the HQ division briefs are addressed to")
    p.add_argument("--officer-title", help="직위: the officer's title, after the post in 발신")
    p.add_argument("--officer-contact", help="a telephone number or e-mail address for 발신")
    p.set_defaults(func=settings)


def settings(args: argparse.Namespace) -> int:
    """Without options it prints the saved values (JSON); an option changes only its own value,
    and nothing is saved unless every value passes."""
    from dataclasses import asdict

    from officerdesk.core.services import issue_settings
    from officerdesk.paths import profile_paths

    path = profile_paths(getattr(args, "profile", None)).settings_file
    saved = issue_settings.read(path)
    given = {k: getattr(args, k) for k in issue_settings.LABELS if getattr(args, k) is not None}
    if given:
        saved = issue_settings.clean(**{**asdict(saved), **given})
        issue_settings.write(path, saved)
    print_json(asdict(saved))
    return 0
