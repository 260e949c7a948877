"""`officerdesk-hq`: serve the HQ API, or administer posts, officers, devices and the audit log.

Exit 0 on success, 2 on bad usage, 1 with a one-line reason on stderr otherwise (INTERFACES.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from alembic.util import CommandError as AlembicError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from officerdesk import __version__
from officerdesk.hq.database import Database, default_url
from officerdesk.hq.settings import DB_ENV, Settings
from officerdesk.hq.settings_file import SETTINGS_ENV, SettingsError, load_audit_keys, settings_path
from officerdesk.protocol.wire import MAX_BLOB_BYTES, is_loopback

MIB = 1 << 20


class UsageError(Exception):
    """Bad flags: exit 2."""


def _db_url(args: argparse.Namespace) -> str:
    return str(getattr(args, "db", None) or os.environ.get(DB_ENV) or default_url())


def _use_settings_file(args: argparse.Namespace) -> None:
    """`--settings FILE` becomes the environment's choice, so every load in this process (and a
    worker process's) reads the same file."""
    if getattr(args, "settings", None):
        os.environ[SETTINGS_ENV] = str(Path(args.settings).expanduser().resolve())


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


# ---- serve -------------------------------------------------------------------------------------


def serve(args: argparse.Namespace) -> int:
    if bool(args.tls_cert) != bool(args.tls_key):
        raise UsageError("--tls-cert and --tls-key go together")
    if not args.tls_cert and not is_loopback(args.host):
        raise UsageError(f"refusing plain http on {args.host}: it is not a loopback address; "
                         "give --tls-cert and --tls-key, or serve on 127.0.0.1 behind a TLS proxy")
    for path in filter(None, (args.tls_cert, args.tls_key)):
        if not Path(path).is_file():
            raise UsageError(f"cannot read {path}")
    if args.upload_quota_mib * MIB < MAX_BLOB_BYTES:
        raise UsageError(f"--upload-quota-mib is at least {MAX_BLOB_BYTES // MIB}: one whole file must fit in it")
    if not 0 < args.upload_expiry_hours <= 24 * 365:
        raise UsageError("--upload-expiry-hours is above 0 (and at most a year)")
    url = _db_url(args)
    _use_settings_file(args)
    keys = load_audit_keys(settings_path(), create=True)  # refuse to start without a usable key
    if args.workers != 1 and (args.workers < 1 or url.startswith("sqlite")):
        raise UsageError("--workers above 1 needs PostgreSQL (SQLite has one writer); give 1..64")
    if args.body_seconds <= 0 or args.header_seconds <= 0:
        raise UsageError("--body-seconds and --header-seconds must be above 0")
    if args.free_failures < 0:
        raise UsageError("--free-failures is 0 or more")
    if args.max_connections < 0 or args.max_per_address < 0:
        raise UsageError("--max-connections and --max-per-address are 0 (automatic / off) or more")
    from officerdesk.hq import connections, migrate
    from officerdesk.hq.app import create_app
    from officerdesk.hq.connections import ConnectionLimits

    if args.exit_with_parent:
        from officerdesk.hq.lifeline import exit_when_closed

        exit_when_closed(sys.stdin.buffer)
    scheme = "https" if args.tls_cert else "http"
    print(f"officerdesk-hq {__version__}: {scheme}://{args.host}:{args.port} (database {_shown(url)}, "
          f"{args.workers} worker{'s' if args.workers > 1 else ''})", file=sys.stderr, flush=True)
    options: dict[str, Any] = {"host": args.host, "port": args.port, "ssl_certfile": args.tls_cert,
                               "ssl_keyfile": args.tls_key, "log_level": args.log_level,
                               "timeout_keep_alive": 30, "backlog": 2048}
    limits = ConnectionLimits(args.max_connections, args.max_per_address, args.header_seconds)
    settings = Settings(db_url=url, body_seconds=args.body_seconds, free_failures=args.free_failures,
                        upload_quota=args.upload_quota_mib * MIB, upload_expiry_hours=args.upload_expiry_hours)
    if args.workers == 1:
        connections.run(create_app(settings, db=Database(url, audit_keys=keys)), limits, **options)
        return 0
    db = Database(url, audit_keys=keys)
    migrate.upgrade(db)  # once, before the workers start
    db.dispose()
    os.environ.update(settings.to_env())
    connections.run("officerdesk.hq.app:app_from_env", limits, factory=True, workers=args.workers, **options)
    return 0


# ---- admin -------------------------------------------------------------------------------------


def admin(args: argparse.Namespace) -> int:
    from officerdesk.hq import audit, migrate
    from officerdesk.hq.admin import ADMIN

    _use_settings_file(args)
    # a dry run changes nothing, not even through the upgrade (migration 0007 repairs stamps)
    dry_run = bool(getattr(args, "dry_run", False))
    reads_only = args.reads_only or dry_run
    # checking the chain needs the key that exists, never a fresh one made on the spot
    keys = load_audit_keys(settings_path(), create=not reads_only)
    db = Database(_db_url(args), audit_keys=keys)
    try:
        if not dry_run:
            migrate.upgrade(db)
        if not reads_only:
            with db.write() as s:
                audit.open_chain(s, actor=ADMIN)
        handler: Callable[[argparse.Namespace, Database], int] = args.handler
        return handler(args, db)
    finally:
        db.dispose()


def _create_post(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import admin as a

    with db.write() as s:
        post = a.create_post(s, code=args.code, name_en=args.name_en, name_ko=args.name_ko,
                             country=args.country, tz=args.tz, city=args.city)
        print(post.id)
    return 0


def _create_officer(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import admin as a

    with db.write() as s:
        officer = a.create_officer(s, post_code=args.post, name=args.name, role=args.role,
                                   language=args.language, email=args.email)
        print(officer.id)
    return 0


def _enroll_code(args: argparse.Namespace, db: Database) -> int:
    import datetime as dt

    from officerdesk.hq import admin as a

    if not 0 < args.hours <= 24 * 30:
        raise UsageError("--hours must be between 0 and 720")
    with db.write() as s:
        code = a.issue_enroll_code(s, officer_id=args.officer, ttl=dt.timedelta(hours=args.hours))
    print(code)
    return 0


def _revoke(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import admin as a

    with db.write() as s:
        a.revoke_device(s, device_id=args.device_id)
    print(f"revoked {args.device_id}")
    return 0


def _handover(args: argparse.Namespace, db: Database) -> int:
    import datetime as dt

    from officerdesk.hq import handover

    try:
        on = dt.date.fromisoformat(args.on) if args.on else None
    except ValueError:
        raise UsageError(f"--on {args.on!r} is not a date (YYYY-MM-DD)") from None
    with db.write() as s:
        done = handover.start(s, from_id=args.from_officer, to_id=args.to_officer, on=on)
    print(f"handed over: {done.requests} requests, {done.follow_ups} follow-ups, {done.meetings} meetings "
          f"reassigned now; the departing officer's devices stop on {done.on.isoformat()}")
    return 0


def _possible_duplicates(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import duplicates

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with db.read() as s:
        found = duplicates.findings(s, post_code=args.post or "", limit=args.limit)
    if args.json:
        for f in found:
            print(json.dumps(f.as_json(), ensure_ascii=False))
        return 0
    if not found:
        print("no possible duplicates")
    for f in found:
        m = f.match
        print(f"{m.score:.2f}  {f.first_post}: {m.first.name}  ~  {f.second_post}: {m.second.name}  "
              f"({'; '.join(r.text() for r in m.reasons)})")
    return 0


def _list_devices(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import admin as a

    with db.read() as s:
        rows = a.list_devices(s)
    if args.json:
        for row in rows:
            print(json.dumps(asdict(row), ensure_ascii=False))
        return 0
    print("device_id                             post  officer              role        last_push            revoked")
    for r in rows:
        print(f"{r.id:<37} {r.post_code:<5} {r.officer_name[:20]:<20} {r.role:<11} {r.last_push or '-':<20} {r.revoked or '-'}")
    return 0


def _checked_chain(db: Database) -> tuple[Any, str]:
    """The chain's report and, when it is broken, the one-line reason to exit 1 with."""
    from officerdesk.hq.audit import verify_chain

    with db.read() as s:
        report = verify_chain(s, db.audit_keys)
    if report.ok:
        return report, ""
    return report, f"audit chain BROKEN at row {report.bad_id}: {report.reason}"


def _verify_audit(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq.audit import check_head, parse_head

    try:
        head = parse_head(args.head) if args.head is not None else None
    except ValueError as exc:
        raise UsageError(f"--head: {exc}") from None
    report, broken = _checked_chain(db)
    if broken:
        print(f"officerdesk-hq: {broken}", file=sys.stderr)
        return 1
    if head is not None:
        with db.read() as s:
            why = check_head(s, report, head)
        if why:
            print(f"officerdesk-hq: audit chain does not hold the kept head: {why}", file=sys.stderr)
            return 1
        print(f"audit chain intact: {report.rows} rows, holding the kept head (row {head[0]})")
        return 0
    print(f"audit chain intact: {report.rows} rows")
    return 0


def _audit_head(_args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq.audit import head_line

    report, broken = _checked_chain(db)  # never vouch for a chain that does not verify
    if broken:
        print(f"officerdesk-hq: {broken}", file=sys.stderr)
        return 1
    if not report.rows:
        print("officerdesk-hq: the audit chain is empty: there is no head to keep yet", file=sys.stderr)
        return 1
    print(head_line(report))
    return 0


def _rotate_audit_key(_args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import audit
    from officerdesk.hq.admin import ADMIN
    from officerdesk.hq.settings_file import commit_staged, rotate_audit_key

    path = settings_path()
    old_id = db.audit_keys.current_id
    new, staged = rotate_audit_key(path)
    try:
        with db.write() as s:
            row = audit.rotate(s, new, actor=ADMIN)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    commit_staged(staged, path)
    print(f"audit key {old_id} -> {new.current_id} at row {row.id}; {path} now holds both "
          "(start HQ again: a server left running would go on signing with the old key)")
    return 0


def _migrated(_args: argparse.Namespace, _db: Database) -> int:
    """`admin` has already upgraded the database and opened the audit chain: nothing is left to do."""
    print("database is at this version's schema")
    return 0


def _reset_epoch(_args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import admin as a

    with db.write() as s:
        print(a.reset_epoch(s))
    return 0


def _repair_clocks(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import stamp_repair
    from officerdesk.hq.admin import ADMIN

    if args.dry_run:
        with db.read() as s:
            report = stamp_repair.dry_run(s)
    else:
        with db.write() as s:
            report = stamp_repair.repair(s, actor=ADMIN)
    if not report.fields:
        print("no malformed clock stamps")
        return 0
    done = "would re-publish" if args.dry_run else f"re-published with stamp {report.stamp}:"
    print(f"{report.record_clocks} record clocks, {report.change_rows} change rows and "
          f"{report.conflict_stamps} conflict stamps malformed; {done} {report.fields} fields "
          f"of {report.records} records")
    return 0


# ---- key escrow (docs/hq.md, "Key escrow") -----------------------------------------------------


def _passphrase(source: str | None, what: str, *, confirm: bool = False) -> str:
    """The escrow passphrase from a file's first line, else asked on the terminal (never an argument:
    it would sit in the shell's history and the process list)."""
    if source:
        try:
            return Path(source).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError) as exc:
            raise UsageError(f"cannot read a passphrase from {source}: {exc}") from None
    import getpass

    first = getpass.getpass(f"{what}: ")
    if confirm and getpass.getpass(f"{what} (again): ") != first:
        raise UsageError("the two passphrases differ")
    return first


def _escrow_init(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import audit, escrow_key
    from officerdesk.hq.admin import ADMIN

    public_file = escrow_key.public_path(settings_path())
    if public_file.exists():
        raise UsageError(f"HQ already has an escrow key ({public_file}); use rotate-escrow-key")
    passphrase = _passphrase(args.passphrase_file, "passphrase for the new escrow key", confirm=True)
    made = escrow_key.write_pair(Path(args.key_file), passphrase, public_file)
    with db.write() as s:
        audit.append(s, actor=ADMIN, action="escrow_key_created", key_id=made.key_id)
    print(f"escrow key {made.key_id}: private key in {args.key_file} (keep it offline, with its passphrase "
          f"apart); public key in {public_file} (restart HQ to hand it out)")
    return 0


def _recovery_code(args: argparse.Namespace, db: Database) -> int:
    import datetime as dt

    from officerdesk.hq import escrow, escrow_key
    from officerdesk.hq.admin import ADMIN

    ttl = dt.timedelta(hours=args.hours)
    if not dt.timedelta(0) < ttl <= escrow.MAX_RECOVERY_TTL:
        raise UsageError("--hours must be above 0 and at most 72")
    private = escrow_key.load_private(Path(args.key_file), _passphrase(args.passphrase_file, "escrow key passphrase"))
    with db.write() as s:
        code = escrow.issue_recovery_code(s, device_id=args.device, private=private, ttl=ttl, actor=ADMIN)
    print(code)
    return 0


def _rotate_escrow_key(args: argparse.Namespace, db: Database) -> int:
    from officerdesk.hq import escrow, escrow_key
    from officerdesk.hq.admin import ADMIN

    old = escrow_key.load_private(Path(args.key_file), _passphrase(args.passphrase_file, "current escrow key passphrase"))
    public_file = escrow_key.public_path(settings_path())
    staged = public_file.with_name(public_file.name + ".next")
    made = escrow_key.write_pair(Path(args.new_key_file),
                                 _passphrase(args.new_passphrase_file, "passphrase for the new escrow key", confirm=True),
                                 staged)
    try:
        with db.write() as s:
            count = escrow.rewrap_all(s, old=old, new_public=made.public, actor=ADMIN)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    os.replace(staged, public_file)
    print(f"escrow key -> {made.key_id}: {count} escrowed keys re-sealed; restart HQ, then destroy "
          f"{args.key_file} once the new key's copies are in custody")
    return 0


# ---- releases ----------------------------------------------------------------------------------


def releases_command(args: argparse.Namespace) -> int:
    """Show or change what HQ tells laptops about versions (releases.py); no database needed."""
    from officerdesk.hq import releases as r

    path = r.releases_path()
    current = r.read(path)
    if args.action == "require":
        current = r.require(current, args.version)
    elif args.action == "publish":
        current = r.publish(current, file=Path(args.file), platform=args.platform, version=args.version, url=args.url)
    if args.action != "show":
        r.write(path, current)
        print(f"{path}: updated", file=sys.stderr)
    print(json.dumps(current.model_dump(mode="json"), indent=2))
    return 0


# ---- parser ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                    help=f"sqlite:///FILE or postgresql+psycopg://… (default: ${DB_ENV}, else {default_url()})")
    db.add_argument("--settings", metavar="FILE", default=argparse.SUPPRESS,
                    help=f"HQ's settings file with the audit key (default: ${SETTINGS_ENV}, else {settings_path()})")
    parser = argparse.ArgumentParser(prog="officerdesk-hq", description="OfficerDesk headquarters server.")
    parser.add_argument("--version", action="version", version=f"officerdesk-hq {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("serve", parents=[db], help="serve the HQ API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--tls-cert", metavar="FILE")
    s.add_argument("--tls-key", metavar="FILE")
    s.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL only; default 1)")
    s.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    s.add_argument("--max-connections", type=int, default=0, metavar="N",
                   help="open connections per process (default 0: the descriptor limit less 128)")
    s.add_argument("--max-per-address", type=int, default=64, metavar="N",
                   help="open connections from one address (default 64; 0: no cap, e.g. behind a proxy)")
    s.add_argument("--header-seconds", type=float, default=10.0, metavar="S",
                   help="time for a request's headers to arrive (default 10)")
    s.add_argument("--free-failures", type=int, default=Settings.free_failures, metavar="N",
                   help="failed tokens or codes from one address or prefix before HQ answers 429 and "
                        f"backs off (default {Settings.free_failures})")
    s.add_argument("--body-seconds", type=float, default=60.0, metavar="S",
                   help="time for a request's body to arrive (default 60; 408 after)")
    s.add_argument("--upload-quota-mib", type=int, default=Settings.upload_quota // MIB, metavar="N",
                   help="MiB one device may hold in unfinished uploads; a chunk past it is refused "
                        f"(default {Settings.upload_quota // MIB}, at least {MAX_BLOB_BYTES // MIB})")
    s.add_argument("--upload-expiry-hours", type=float, default=Settings.upload_expiry_hours, metavar="H",
                   help="hours an unfinished upload may sit untouched before HQ discards it and the "
                        f"laptop starts it again (default {Settings.upload_expiry_hours:g})")
    s.add_argument("--exit-with-parent", action="store_true",
                   help="exit when standard input closes: the program that started this server, "
                        "holding the other end of the pipe, has ended")
    s.set_defaults(run=serve)

    a = sub.add_parser("admin", parents=[db], help="posts, officers, enrollment codes, devices, audit")
    a.set_defaults(run=admin, reads_only=False)
    asub = a.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser("create-post", parents=[db], help="add a post (prints its id)")
    p.add_argument("code")
    p.add_argument("--name-en", required=True)
    p.add_argument("--name-ko", required=True)
    p.add_argument("--country", required=True)
    p.add_argument("--tz", required=True, help="IANA time zone, e.g. America/New_York")
    p.add_argument("--city", default="")
    p.set_defaults(handler=_create_post)
    o = asub.add_parser("create-officer", parents=[db], help="add an officer to a post (prints the id)")
    o.add_argument("--post", required=True, metavar="CODE")
    o.add_argument("--name", required=True)
    o.add_argument("--role", default="officer", choices=("officer", "hq_analyst", "admin"))
    o.add_argument("--language", default="ko", choices=("ko", "en"))
    o.add_argument("--email", default="")
    o.set_defaults(handler=_create_officer)
    e = asub.add_parser("enroll-code", parents=[db], help="a one-time enrollment code for an officer")
    e.add_argument("--officer", required=True, metavar="ID")
    e.add_argument("--hours", type=float, default=72.0, help="how long the code stays valid (default 72)")
    e.set_defaults(handler=_enroll_code)
    r = asub.add_parser("revoke-device", parents=[db], help="refuse a device's token from now on")
    r.add_argument("device_id")
    r.set_defaults(handler=_revoke)
    ho = asub.add_parser("handover", parents=[db],
                         help="reassign a departing officer's open work to a successor; their devices stop on --on")
    ho.add_argument("--from", dest="from_officer", required=True, metavar="OFFICER", help="the departing officer's id")
    ho.add_argument("--to", dest="to_officer", required=True, metavar="OFFICER", help="the successor's id")
    ho.add_argument("--on", metavar="DATE", help="the handover day, the post's local date (default: today)")
    ho.set_defaults(handler=_handover)
    pd = asub.add_parser("possible-duplicates", parents=[db],
                         help="contacts that may be one person (names across scripts, e-mails, phones), across posts")
    pd.add_argument("--post", metavar="CODE", help="only this post's contacts (default: every post, compared together)")
    pd.add_argument("--limit", type=int, default=200, help="at most this many pairs, best first (default 200)")
    pd.add_argument("--json", action="store_true", help="one JSON object a line")
    pd.set_defaults(handler=_possible_duplicates)
    ls = asub.add_parser("list-devices", parents=[db], help="enrolled devices")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list_devices)
    v = asub.add_parser("verify-audit", parents=[db], help="check the audit log's keyed hash chain")
    v.add_argument("--head", metavar="LINE", help="a line `audit-head` printed earlier: fail if the chain lost it")
    v.set_defaults(handler=_verify_audit, reads_only=True)
    h = asub.add_parser("audit-head", parents=[db], help="print the audit chain's head, to keep off-box")
    h.set_defaults(handler=_audit_head, reads_only=True)
    k = asub.add_parser("rotate-audit-key", parents=[db], help="sign the audit chain with a new key from now on")
    k.set_defaults(handler=_rotate_audit_key)
    m = asub.add_parser("migrate", parents=[db], help="bring the database to this version's schema "
                        "(serve does it too; deploy scripts run it first)")
    m.set_defaults(handler=_migrated)
    x = asub.add_parser("reset-epoch", parents=[db], help="after restoring HQ from a backup: laptops re-sync")
    x.set_defaults(handler=_reset_epoch)
    c = asub.add_parser("repair-clocks", parents=[db],
                        help="replace malformed clock stamps an older HQ accepted (also done on upgrade)")
    c.add_argument("--dry-run", action="store_true", help="count them, change nothing")
    c.set_defaults(handler=_repair_clocks)
    ei = asub.add_parser("escrow-init", parents=[db], help="make HQ's escrow key pair (private key to keep offline)")
    ei.add_argument("--key-file", required=True, metavar="FILE", help="where to write the encrypted private key")
    ei.add_argument("--passphrase-file", metavar="FILE", help="read the new passphrase from FILE (else asked)")
    ei.set_defaults(handler=_escrow_init)
    rc = asub.add_parser("recovery-code", parents=[db], help="a one-time code that recovers a device's database key")
    rc.add_argument("--device", required=True, metavar="ID")
    rc.add_argument("--key-file", required=True, metavar="FILE", help="the escrow private key file")
    rc.add_argument("--passphrase-file", metavar="FILE", help="read its passphrase from FILE (else asked)")
    rc.add_argument("--hours", type=float, default=24.0, help="how long the code stays valid (default 24, at most 72)")
    rc.set_defaults(handler=_recovery_code)
    re_ = asub.add_parser("rotate-escrow-key", parents=[db], help="a new escrow key; every escrowed key is re-sealed")
    re_.add_argument("--key-file", required=True, metavar="FILE", help="the current escrow private key file")
    re_.add_argument("--passphrase-file", metavar="FILE")
    re_.add_argument("--new-key-file", required=True, metavar="FILE", help="where to write the new private key")
    re_.add_argument("--new-passphrase-file", metavar="FILE")
    re_.set_defaults(handler=_rotate_escrow_key)

    rel = sub.add_parser("releases", help="the minimum laptop version HQ syncs with, and the published installers")
    rel.set_defaults(run=releases_command)
    rsub = rel.add_subparsers(dest="action", required=True, metavar="ACTION")
    rsub.add_parser("show", help="print the minimum and the installers as JSON")
    req = rsub.add_parser("require", help="refuse sync to laptops older than VERSION (they keep working offline)")
    req.add_argument("version", metavar="VERSION")
    pub = rsub.add_parser("publish", help="offer an installer to laptops (its SHA-256 is computed from FILE)")
    pub.add_argument("file", metavar="FILE")
    pub.add_argument("--platform", required=True, choices=("windows", "macos", "linux-deb", "linux-tar"))
    pub.add_argument("--version", required=True, help="the version FILE installs, X.Y.Z")
    pub.add_argument("--url", default="", help="where officers download it (shown to them)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from officerdesk.hq.admin import AdminError
    from officerdesk.hq.escrow import EscrowError
    from officerdesk.hq.escrow_key import EscrowKeyError
    from officerdesk.hq.releases import ReleasesError

    try:
        code: int = args.run(args)
        return code
    except UsageError as exc:
        print(f"officerdesk-hq: {exc}", file=sys.stderr)
        return 2
    except (AdminError, SettingsError, EscrowError, EscrowKeyError, ReleasesError) as exc:
        print(f"officerdesk-hq: {exc}", file=sys.stderr)
        return 1
    except AlembicError as exc:  # e.g. a database migrated by a newer officerdesk-hq
        print(f"officerdesk-hq: cannot migrate the database: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        why = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        print(f"officerdesk-hq: database error: {why}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"officerdesk-hq: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
