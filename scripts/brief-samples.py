"""The sample briefs in docs/briefs: every brief type built from the test post's October 2026,
page 1 rendered to PNG (poppler's pdftoppm), and the Word copies beside the PDFs.

    .venv/bin/python scripts/brief-samples.py [--out docs/briefs] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

import keyring

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "briefs")]
from memory_keyring import MemoryKeyring  # noqa: E402  (after the path is set)
from october import seed_october  # noqa: E402

NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)
SAMPLES = [("meeting", "ko"), ("meeting", "en"), ("case", "ko"), ("case", "en"), ("activity", "ko"), ("activity", "en"),
           ("trends", "ko"), ("contacts", "ko"), ("rollup", "ko")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "briefs")
    parser.add_argument("--keep", type=Path, help="also keep the PDF and DOCX files here")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    from officerdesk import briefs
    from officerdesk.core.report_dto import BriefIssue, BriefOptions
    from officerdesk.core.services import identity, reports
    from officerdesk.core.services.periods import parse_period
    from officerdesk.profiles import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "profile")
        with store.session_factory.begin() as s:
            identity.set_up(s, officer_name="김민수", post_code="WAS")
        with store.session_factory.begin() as s:
            data = seed_october(s)
        record = {"meeting": data.ids["m1"], "case": data.ids["req1"]}
        for n, (kind, lang) in enumerate(SAMPLES, start=1):
            with store.session_factory.begin() as s:
                brief = reports.gather(s, kind, record_id=record.get(kind), period=parse_period("2026-10"), now=NOW)
            issue = BriefIssue(doc_number=f"WAS-2026-K7QD-{n:04d}", recipient="지식재산보호협력국 해외지식재산보호과" if lang == "ko"
                               else "Overseas IP Protection Division, HQ", sender_title="상무관" if lang == "ko" else "Commercial Attaché",
                               sender_contact="+1 202 939 5600", issued=NOW.date())
            options = BriefOptions(language=lang, issue=issue)
            pdf = briefs.build(kind, brief, options)
            stem = f"{kind}-{lang}"
            work = args.keep or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            (work / f"{stem}.pdf").write_bytes(pdf)
            (work / f"{stem}.docx").write_bytes(briefs.build(kind, brief, options, fmt="docx"))
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(work / f"{stem}.pdf"),
                            str(args.out / stem)], check=True)
            print(args.out / f"{stem}.png")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
