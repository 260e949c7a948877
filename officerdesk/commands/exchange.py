"""seed, import and export (INTERFACES.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

from officerdesk.commands import print_json
from officerdesk.core import kinds
from officerdesk.profiles import open_store

# The demo officer of each post (a profile that `seed` creates gets one).
DEMO_OFFICERS = {"WAS": "김민수", "LAX": "이서연", "BJS": "박지훈", "TYO": "최수진", "BRU": "정현우", "GVA": "강은지"}
FORMATS_IN = ("jsonl", "csv", "vcf", "ics")
FORMATS_OUT = ("jsonl", "csv", "vcf", "ics")
TYPES = kinds.names_of(kinds.EXPORTED)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("seed", parents=[common], help="create the profile if new and add realistic bilingual demo records")
    p.add_argument("--post", type=str.upper, choices=sorted(DEMO_OFFICERS), help="post code (default: the profile's post, else WAS)")
    p.add_argument("--records", type=_count, default=1000, metavar="N", help="how many records to add (default 1000)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed gives the same records (default 1)")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(func=seed)
    p = sub.add_parser("init", parents=[common], help="create an empty profile for an officer and a post")
    p.add_argument("--post", type=str.upper, required=True, metavar="CODE", help="the post's code (WAS, TYO ...)")
    p.add_argument("--name", required=True, metavar="NAME", help="the officer's name")
    p.add_argument("--lang", choices=("ko", "en"), default="ko", help="the officer's language (default ko)")
    p.set_defaults(func=init_profile)
    p = sub.add_parser("import", parents=[common], help="add records from a file; all of it or nothing")
    p.add_argument("--format", choices=FORMATS_IN, help="default: from the file's extension, else its first line")
    p.add_argument("--encoding", metavar="CODEC", help="the file's text encoding (cp949, shift_jis, gbk, cp1252 ...); "
                   "default: found from the file")
    p.add_argument("--dry-run", action="store_true", help="read and check the whole file, say what it would do, write nothing")
    p.add_argument("file", type=Path, metavar="FILE", help="the file to read: JSON lines, CSV, vCard or iCalendar")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(func=import_records)
    p = sub.add_parser("export", parents=[common], help="write records to a file")
    p.add_argument("--format", choices=FORMATS_OUT, help="default: from the output file's extension")
    p.add_argument("--type", dest="types", action="append", default=[], choices=TYPES, metavar="T",
                   help=f"only this record type (repeatable; one of {', '.join(TYPES)})")
    p.add_argument("--include-restricted", action="store_true",
                   help="also write restricted (대외비) records; the file is not encrypted")
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="only records of this day or later (by the "
                   "record's own date: a meeting's local day, a request's receipt ...; organizations and companies all)")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="only records of this day or earlier")
    p.add_argument("--one-per-file", action="store_true",
                   help="vCard only: write one .vcf file per contact into the folder OUTPUT (for Outlook)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(func=export_records)


def _count(text: str) -> int:
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("must be between 0 and 1,000,000")
    return value


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


def _progress() -> Callable[[float, str], None] | None:
    """A percentage on the terminal's last line, only when someone watches stderr."""
    if not sys.stderr.isatty():
        return None

    def show(fraction: float, message: str) -> None:
        print(f"\r{message}: {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    return show


def _report(counts: dict[str, int], verb: str, seconds: float, as_json: bool) -> None:
    total = sum(counts.values())
    if as_json:
        print_json({"counts": counts, "total": total, "seconds": round(seconds, 3)})
        return
    width = max([len(k) for k in counts] + [5])
    for kind, n in counts.items():
        print(f"{kind:<{width}}  {n:>9,}")
    print(f"{verb} {total:,} records in {seconds:.1f} s")


def seed(args: argparse.Namespace) -> int:
    from officerdesk.core.demo import seed as demo
    from officerdesk.core.services import identity

    store = open_store(args.profile, create=True)
    try:
        started = time.perf_counter()
        with store.session_factory.begin() as s:
            ident = identity.current(s)
            post = args.post or (ident.post_code if ident else "WAS")
            if ident is None:
                identity.set_up(s, officer_name=DEMO_OFFICERS.get(post, "김민수"), post_code=post)
        with store.session_factory.begin() as s:
            counts = demo.seed(s, post_code=post, records=args.records, seed=args.seed, progress=_progress())
    finally:
        store.close()
        if sys.stderr.isatty():
            print(file=sys.stderr)
    _report(counts, f"{post}: added", time.perf_counter() - started, args.json)
    return 0


def _format(args: argparse.Namespace, path: Path, choices: tuple[str, ...]) -> str | None:
    """--format, else the file's extension; None (after saying why) when neither names one."""
    from officerdesk.core.exchange import EXTENSIONS

    fmt = args.format or EXTENSIONS.get(path.suffix.lower())
    if fmt in choices:
        return str(fmt)
    if fmt is None:
        print(f"officerdesk: cannot tell the format of {path} from its name; add --format "
              f"({' | '.join(choices)})", file=sys.stderr)
    else:
        print(f"officerdesk: {fmt} files cannot be {args.command}ed here (formats: {', '.join(choices)})",
              file=sys.stderr)
    return None


def init_profile(args: argparse.Namespace) -> int:
    from officerdesk.core.services import identity
    from officerdesk.errors import UserError

    store = open_store(args.profile, create=True)
    try:
        with store.session_factory.begin() as s:
            if identity.current(s) is not None:
                raise UserError("this profile is already set up; give another --profile", "이미 설정된 프로필입니다. 다른 --profile을 지정하세요")
            ident = identity.set_up(s, officer_name=args.name, post_code=args.post, language=args.lang)
    finally:
        store.close()
    print(f"profile ready: {ident.officer_name}, {ident.post_code}")
    return 0


def import_records(args: argparse.Namespace) -> int:
    from officerdesk.core.exchange import importing

    if not args.file.is_file():
        print(f"officerdesk: cannot read {args.file}: no such file", file=sys.stderr)
        return 1
    store = open_store(args.profile, create=False)
    try:
        started = time.perf_counter()
        detected = importing.detect(args.file, args.format, args.encoding)
        with store.session_factory.begin() as s:
            summary = importing.run(s, detected, progress=_progress(), dry_run=args.dry_run)
    finally:
        store.close()
        if sys.stderr.isatty():
            print(file=sys.stderr)
    _summary(summary, detected, time.perf_counter() - started, args.json)
    return 0


def _summary(summary: object, detected: object, seconds: float, as_json: bool) -> None:
    from officerdesk.core.exchange.importing import Detected, Summary

    assert isinstance(summary, Summary) and isinstance(detected, Detected)
    if as_json:
        print_json({"counts": summary.added, "total": sum(summary.added.values()), "updated": summary.updated,
                    "unchanged": summary.unchanged, "skipped": [{"line": n, "why": str(w)} for n, w in summary.skipped],
                    "format": detected.format, "encoding": detected.encoding.codec, "dry_run": summary.dry_run,
                    "seconds": round(seconds, 3)})
        return
    print(f"{detected.path.name}: {detected.format}, {detected.encoding.label}")
    verb = "would import" if summary.dry_run else "imported"
    _report(summary.added, f"{verb}", seconds, False)
    for title, counts in (("updated", summary.updated), ("unchanged (already here)", summary.unchanged)):
        if counts:
            print(f"{title}: " + ", ".join(f"{n:,} {kind}" for kind, n in counts.items()))
    for line, why in summary.skipped[:20]:
        print(f"skipped line {line}: {why}")
    if len(summary.skipped) > 20:
        print(f"... and {len(summary.skipped) - 20:,} more skipped")


def export_records(args: argparse.Namespace) -> int:
    from officerdesk.core import exchange

    if args.one_per_file:
        args.format = args.format or "vcf"
        if args.format != "vcf":
            print("officerdesk: --one-per-file writes vCards only", file=sys.stderr)
            return 2
    else:
        args.format = _format(args, args.output, tuple(FORMATS_OUT))
    if args.format is None:
        return 2
    period = (args.since, args.until) if args.since or args.until else None
    store = open_store(args.profile, create=False)
    try:
        started = time.perf_counter()
        with store.session_factory.begin() as s:
            if args.one_per_file:
                counts = exchange.export_cards(s, args.output, include_restricted=args.include_restricted, period=period)
            else:
                counts = exchange.export_file(s, args.output, args.format, types=args.types,
                                              include_restricted=args.include_restricted, period=period)
            kept_back = 0 if args.include_restricted else exchange.left_out(s, args.format, types=args.types, period=period)
    finally:
        store.close()
    _report(counts, f"exported to {args.output}:", time.perf_counter() - started, args.json)
    if kept_back:
        print(f"officerdesk: {kept_back:,} restricted records were left out (add --include-restricted to write them)", file=sys.stderr)
    return 0
