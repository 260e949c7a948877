"""enroll, sync: the laptop's side of HQ sync from the command line (INTERFACES.md)."""

from __future__ import annotations

import argparse
import sys

from officerdesk.commands import open_profile, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("enroll", parents=[common], help="enrol this profile with HQ using a one-time code")
    p.add_argument("--hq", required=True, metavar="URL", help="HQ address, e.g. https://hq.example.org")
    p.add_argument("--code", required=True, help="the one-time enrolment code from HQ")
    p.add_argument("--ca-bundle", metavar="FILE", help="extra CA certificates to trust (an embassy proxy's CA)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=enroll)
    p = sub.add_parser("sync", parents=[common], help="one sync round with HQ: push, then pull")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=sync)


def enroll(args: argparse.Namespace) -> int:
    from officerdesk.sync.enrolment import enroll as enrol_profile

    store = open_profile(args, create=True)
    try:
        answer = enrol_profile(store, args.hq, args.code, ca_bundle=args.ca_bundle)
    finally:
        store.close()
    info = {"device_id": answer.device_id, "post_id": answer.post_id, "post_code": answer.post_code,
            "officer_id": answer.officer_id, "officer_name": answer.officer_name, "role": answer.role}
    if args.json:
        print_json(info)
    else:
        print(f"Enrolled with {args.hq} as {answer.officer_name} ({answer.role}) of post {answer.post_code}.")
    return 0


def sync(args: argparse.Namespace) -> int:
    from officerdesk.sync.engine import sync_once
    from officerdesk.sync.enrolment import client_for

    store = open_profile(args)
    try:
        with client_for(store) as client:
            report = sync_once(store, client)
    finally:
        store.close()
    if args.json:
        print_json(report.summary())
    else:
        print(f"pushed {report.pushed}, pulled {report.pulled}, conflicts {report.conflicts}, "
              f"rejected {report.rejected} in {report.seconds:.1f} s")
        for line in report.rejections:
            print(f"  {line}", file=sys.stderr)
    return 0
