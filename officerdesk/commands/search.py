"""search: full-text search of a profile (INTERFACES.md); matches are marked « » in snippets."""

from __future__ import annotations

import argparse
import dataclasses

from officerdesk.commands import open_profile, print_json
from officerdesk.core.search import index as full_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("search", parents=[common], help="full-text search over every record type")
    p.add_argument("--json", action="store_true", help="JSON lines: type, id, title, snippet, score")
    p.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N results (default 20)")
    p.add_argument("--type", dest="types", action="append", default=[], metavar="T",
                   choices=sorted(full_text.INDEXED_TYPES), help="only this record type (repeatable)")
    p.add_argument("query", nargs="+", metavar="QUERY", help="words that must all match; -word excludes")
    p.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= full_text.MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be between 1 and {full_text.MAX_LIMIT}")
    return value


JSON_KEYS = ("type", "id", "title", "snippet", "score")


def run(args: argparse.Namespace) -> int:
    store = open_profile(args)
    try:
        with store.session_factory.begin() as s:
            hits = full_text.search(s, " ".join(args.query), limit=args.limit, types=args.types)
    finally:
        store.close()
    for hit in hits:
        if args.json:
            # the documented JSON line (INTERFACES.md); the app's date/status/post stay out of it
            print_json({k: v for k, v in dataclasses.asdict(hit).items() if k in JSON_KEYS})
        else:
            print(f"{hit.type:<15}  {hit.title}\n{'':<15}  {hit.snippet}")
    return 0
