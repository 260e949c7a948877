"""`officerdesk brief KIND`: build a brief from the profile and write it as a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from officerdesk.commands import open_profile
from officerdesk.core import kinds

KINDS = kinds.BRIEF_CODES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("brief", parents=[common], help="write a PDF brief for HQ")
    p.add_argument("kind", choices=KINDS, help="meeting and case need --id; rollup compares posts (for HQ)")
    p.add_argument("--id", dest="record_id",
                   help="the meeting (meeting), company request (case) or departing officer (handover; default: you)")
    p.add_argument("--to", dest="successor_id", metavar="OFFICER",
                   help="handover: the successor's officer id, named on page 1 as taking over")
    p.add_argument("--post", help="post code (default: this profile's post)")
    p.add_argument("--period", help="2026-10, 2026-Q3, 2026-W45, 2026 (default: this month)")
    # SUPPRESS keeps the top-level --lang when this one is not given
    p.add_argument("--lang", choices=("ko", "en"), default=argparse.SUPPRESS, help="language of the brief (default: ko)")
    p.add_argument("--include-restricted", action="store_true", help="include restricted (대외비) records")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--finalise", action="store_true", help="finalise the brief and queue it for HQ")
    p.add_argument("--format", dest="fmt", choices=("pdf", "docx"), default="pdf",
                   help="pdf, or docx: the same brief as an editable Word document")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="where to write it (default: the document number, or post-kind-period, in this folder)")
    p.set_defaults(func=brief)


def brief(args: argparse.Namespace) -> int:
    from officerdesk import briefs
    from officerdesk.core.report_dto import BriefOptions
    from officerdesk.core.services import briefs_log, identity, reports
    from officerdesk.core.services.periods import parse_period
    from officerdesk.errors import UserError

    if args.finalise and args.fmt != "pdf":
        # HQ files the PDF; the Word copy is for pasting into HQ's own reports
        raise UserError("Only the PDF is finalised for HQ; build the Word copy without --finalise.",
                        "본부에 확정하는 것은 PDF입니다. Word 사본은 --finalise 없이 만드십시오.")
    lang = getattr(args, "lang", None) or "ko"
    period = parse_period(args.period) if args.period else None
    store = open_profile(args)
    try:
        with store.session_factory.begin() as s:
            data = reports.gather(s, args.kind, record_id=args.record_id, post_code=args.post, period=period,
                                 include_restricted=args.include_restricted, successor_id=args.successor_id)
            if args.kind == "rollup":
                say_single_post(identity.posts_with_records(s), "ko" if getattr(args, "lang", None) == "ko" else "en")
        heading = data.heading
        # numbered, built and recorded in one transaction: a number is taken only with its brief
        with store.session_factory.begin() as s:
            issue = briefs_log.issue(s, post_code=heading.post_code, settings_file=store.paths.settings_file,
                                     final=args.finalise)
            options = BriefOptions(language=lang, paper=args.paper, summary=briefs.prefill(args.kind, data, lang), issue=issue)
            pdf = briefs.build(args.kind, data, options, fmt=args.fmt)
            for warning in briefs.text_warnings(data):  # printed as placeholders: say where they came from
                print(f"warning: {warning.describe(lang)}", file=sys.stderr)
            suffix = f".{args.fmt}"
            output = args.output or Path(briefs.file_name(args.kind, data, options, suffix))
            output = output if output.suffix.lower() == suffix else output.with_suffix(suffix)
            entry = briefs_log.save(s, pdf=pdf, target=output, heading=heading, kind=args.kind,
                                    title=briefs.title_of(heading, lang), scope=args.record_id or heading.post_code,
                                    language=lang, final=args.finalise, summary=options.summary, doc_number=issue.doc_number)
        target = Path(entry.path)
    finally:
        store.close()
    omitted = f", {heading.omitted_restricted} restricted left out" if heading.omitted_restricted else ""
    state = f"{entry.doc_number}, finalised and queued for HQ" if entry.finalised else "draft"
    print(f"{target} ({len(pdf):,} bytes, {heading.classification}{omitted}; {state}; brief {entry.id})", file=sys.stdout)
    return 0


def say_single_post(codes: list[str], lang: str) -> None:
    """A roll-up compares posts; on a profile with one post's records it still builds, but says so."""
    if len(codes) > 1:
        return
    code = codes[0] if codes else "-"
    if lang == "ko":
        text = (f"officerdesk: 참고: 이 프로필에는 한 공관({code})의 기록만 있어 종합 보고서가 그 공관만 보여 줍니다. "
                "여러 공관을 비교하려면 본부의 프로필에서 만드십시오.")
    else:
        text = (f"officerdesk: note: this profile holds one post's records only ({code}), so the roll-up shows "
                "that post alone; build it from HQ's profile to compare posts.")
    print(text, file=sys.stderr)
