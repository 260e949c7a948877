"""recover, recovery-file, take-in: getting a lost database key back (docs/hq.md, "Key escrow")."""

from __future__ import annotations

import argparse
import getpass
import sys

from officerdesk.commands import open_profile, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("recover", parents=[common],
                       help="recover a lost database key: through HQ with a recovery code, or from a recovery file")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--code", help="the one-time recovery code from HQ")
    how.add_argument("--file", metavar="FILE", help="your recovery file (asks for its passphrase)")
    p.add_argument("--hq", metavar="URL", default="", help="HQ address (default: the one this laptop enrolled with)")
    p.add_argument("--ca-bundle", metavar="FILE", help="extra CA certificates to trust (an embassy proxy's CA)")
    p.set_defaults(func=recover)
    p = sub.add_parser("recovery-file", parents=[common],
                       help="write a passphrase-protected recovery file of the database key, to keep offline")
    p.add_argument("output", metavar="FILE")
    p.set_defaults(func=write_recovery_file)
    p = sub.add_parser("take-in", parents=[common],
                       help="send an old laptop's unsynced edits from its backup to HQ, once (device replacement)")
    p.add_argument("backup", metavar="BACKUP", help="a backup file of the old laptop")
    p.add_argument("--code", required=True, help="a recovery code HQ issued for the OLD laptop's device")
    p.add_argument("--attachments", metavar="FOLDER",
                   help="the old profile's attachments folder (default: the one beside the backup's profile)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=take_in)


def _passphrase(prompt: str, *, confirm: bool = False) -> str:
    """Asked on the terminal; from standard input's first line when it is not one (scripts, tests)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != first:
        from officerdesk.errors import UserError

        raise UserError("The two passphrases differ; nothing was written.", "두 암호문이 다릅니다. 아무것도 쓰지 않았습니다.")
    return first


def recover(args: argparse.Namespace) -> int:
    from officerdesk import recovery

    if args.code:
        done = recovery.recover_with_code(args.profile, args.code, hq_url=args.hq, ca_bundle=args.ca_bundle)
    else:
        done = recovery.recover_with_file(args.profile, args.file, _passphrase("Recovery file passphrase"))
    print("The database key is recovered and back in the OS keyring" +
          (f"; this laptop is device {done.device_id} again." if done.token_restored else "."))
    return 0


def write_recovery_file(args: argparse.Namespace) -> int:
    from officerdesk import recovery

    store = open_profile(args)
    try:
        written = recovery.export_file(store, args.output, _passphrase("New passphrase", confirm=True))
    finally:
        store.close()
    print(f"Recovery file written to {written}. Keep it offline, apart from the laptop, and the passphrase apart from it.")
    return 0


def take_in(args: argparse.Namespace) -> int:
    from officerdesk import recovery

    store = open_profile(args)
    try:
        done = recovery.take_in(store, args.backup, args.code, attachments=args.attachments)
    finally:
        store.close()
    if args.json:
        print_json({"old_device_id": done.old_device_id, "pushed": done.pushed, "rejected": done.rejected,
                    "files_sent": done.files_sent, "files_missing": list(done.files_missing), "retired": True})
    else:
        print(f"Sent {done.pushed} edits and {done.files_sent} files of device {done.old_device_id} to HQ "
              f"({done.rejected} refused); device {done.old_device_id} is retired at HQ. Sync to receive them here.")
        if done.files_missing:
            print(f"{len(done.files_missing)} attached files were not beside the backup and were not sent "
                  "(give --attachments FOLDER and take in again with a new code).", file=sys.stderr)
    return 0
