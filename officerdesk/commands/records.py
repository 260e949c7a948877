"""stats, check, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from officerdesk.commands import open_profile, print_json
from officerdesk.core import health
from officerdesk.core.store import backup


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("stats", parents=[common], help="counts per record type, pending outbox, last sync")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=stats)
    p = sub.add_parser("check", parents=[common], help="integrity, key, schema version, pending sync")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=check)
    p = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup")
    p.add_argument("-o", "--output", type=Path, help="backup file (default: the profile's backups folder)")
    p.set_defaults(func=make_backup)
    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
    p.add_argument("file", type=Path, help="a backup written by `officerdesk backup`")
    p.set_defaults(func=restore)


def stats(args: argparse.Namespace) -> int:
    store = open_profile(args)
    try:
        with store.session_factory.begin() as s:
            st = health.stats(s)
    finally:
        store.close()
    if args.json:
        print_json({"counts": st.counts, "pending": st.pending_outbox,
                    "last_sync": st.last_sync.isoformat() if st.last_sync else None, "last_error": st.last_error})
        return 0
    width = max(len(k) for k in st.counts)
    for kind, n in st.counts.items():
        print(f"{kind:<{width}}  {n:>8,}")
    print(f"{'pending sync':<{width}}  {st.pending_outbox:>8,}")
    print(f"{'last sync':<{width}}  {st.last_sync.isoformat(timespec='seconds') if st.last_sync else 'never'}")
    return 0


def check(args: argparse.Namespace) -> int:
    store = open_profile(args)
    try:
        report = health.check(store)
    finally:
        store.close()
    if args.json:
        print_json(report)
    else:
        for key, value in report.items():
            print(f"{key}: {_plain(key, value)}")
    return 0 if report["integrity"] == "ok" else 1


def _plain(key: str, value: object) -> object:
    """Words for a person instead of Python's None/True/False (the JSON keeps null and booleans)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "never" if key == "last_sync" else "-"
    return value


def make_backup(args: argparse.Namespace) -> int:
    store = open_profile(args)
    try:
        path = backup.make_backup(store, dest=args.output)
    finally:
        store.close()
    print(f"backed up to {path} (encrypted with this profile's key; verified)")
    return 0


def restore(args: argparse.Namespace) -> int:
    store = open_profile(args)
    safety = backup.restore(store, args.file)
    print(f"restored {args.file}; the previous database was saved to {safety}")
    return 0
