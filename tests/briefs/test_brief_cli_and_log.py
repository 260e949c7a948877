"""`officerdesk brief` as a separate process on a real profile, and the brief log (draft -> queued)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdfcheck import pages_text, squash

from officerdesk.core import dto as d
from officerdesk.core.services import briefs_log, records

HERE = Path(__file__).resolve().parent
MAKE_PROFILE = f"""
import json, sys
sys.path.insert(0, {str(HERE)!r})
from october import seed_october
from officerdesk.profiles import open_store
from officerdesk.core.services import identity
store = open_store(sys.argv[1])
with store.session_factory.begin() as s:
    identity.set_up(s, officer_name="김민수", post_code="WAS")
    print(json.dumps(seed_october(s).ids))
store.close()
"""


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "officerdesk", *args], env=env, capture_output=True, text=True, timeout=120)


def test_cli_writes_each_brief_atomically_and_records_it(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    profile = tmp_path / "profile"
    made = subprocess.run([sys.executable, "-c", MAKE_PROFILE, str(profile)], env=file_keyring_env, capture_output=True, text=True, check=True, timeout=120)
    ids = json.loads(made.stdout)
    out = tmp_path / "out"
    got = run(file_keyring_env, "brief", "meeting", "--profile", str(profile), "--id", ids["m1"], "--lang", "en", "-o", str(out / "meeting.pdf"))
    assert got.returncode == 0, got.stderr
    assert "2 restricted left out" in got.stdout
    text = squash("".join(pages_text((out / "meeting.pdf").read_bytes())))
    assert squash("Meeting with USPTO on bad-faith filings") in text and "Attendees" in text
    assert list(out.iterdir()) == [out / "meeting.pdf"]  # no temporary file left behind

    got = run(file_keyring_env, "brief", "activity", "--profile", str(profile), "--period", "2026-10", "--paper", "letter", "--finalise", "-o", str(out / "activity.pdf"))
    assert got.returncode == 0, got.stderr
    pdf = (out / "activity.pdf").read_bytes()
    assert squash("공관 활동 보고") in squash("".join(pages_text(pdf)))  # Korean by default
    assert "queued for HQ" in got.stdout

    got = run(file_keyring_env, "brief", "rollup", "--profile", str(profile), "--period", "2026-10", "-o", str(out / "rollup.pdf"))
    assert got.returncode == 0 and got.stderr == ""  # two posts' records here (WAS, TYO): nothing to say
    single = tmp_path / "single"
    assert run(file_keyring_env, "seed", "--profile", str(single), "--post", "WAS", "--records", "40").returncode == 0
    got = run(file_keyring_env, "brief", "rollup", "--profile", str(single), "--lang", "en", "-o", str(out / "rollup-was.pdf"))
    assert got.returncode == 0, got.stderr
    assert got.stderr.strip().splitlines() == [  # one post's records only: it builds, and says so
        "officerdesk: note: this profile holds one post's records only (WAS), so the roll-up shows that post alone; "
        "build it from HQ's profile to compare posts."]
    assert "WAS" in "".join(pages_text((out / "rollup-was.pdf").read_bytes()))

    got = run(file_keyring_env, "--lang", "ko", "brief", "activity", "--profile", str(profile), "--period", "2026-Q5", "-o", str(out / "bad.pdf"))
    assert got.returncode == 1 and "기간" in got.stderr and "Traceback" not in got.stderr
    assert not (out / "bad.pdf").exists()
    got = run(file_keyring_env, "brief", "meeting", "--profile", str(profile), "--id", ids["m_secret"], "-o", str(out / "secret.pdf"))
    assert got.returncode == 1 and "restricted" in got.stderr and not (out / "secret.pdf").exists()
    got = run(file_keyring_env, "brief", "meeting", "--profile", str(profile), "--id", ids["m_secret"], "--include-restricted", "-o", str(out / "secret.pdf"))
    assert got.returncode == 0 and "RESTRICTED-MEETING-NOTES" in "".join(pages_text((out / "secret.pdf").read_bytes()))

    # the Word copy: same sections, opens with python-docx; only the PDF is finalised for HQ
    got = run(file_keyring_env, "brief", "case", "--profile", str(profile), "--id", ids["req1"], "--format", "docx", "-o", str(out / "case"))
    assert got.returncode == 0, got.stderr
    from docx import Document as read_docx

    word = read_docx(str(out / "case.docx"))
    assert "□ 개요" in [p.text for p in word.paragraphs] and "한빛전자" in "".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    got = run(file_keyring_env, "brief", "case", "--profile", str(profile), "--id", ids["req1"], "--format", "docx", "--finalise", "-o", str(out / "x.docx"))
    assert got.returncode == 1 and "PDF" in got.stderr and not (out / "x.docx").exists()
    # a finalised brief is named by its document number unless told otherwise
    got = subprocess.run([sys.executable, "-m", "officerdesk", "brief", "trends", "--profile", str(profile), "--period", "2026-10", "--finalise"],
                         env=file_keyring_env, capture_output=True, text=True, timeout=120, cwd=out)
    assert got.returncode == 0, got.stderr
    named = [f.name for f in out.iterdir() if f.name.startswith("WAS-20")]
    assert len(named) == 1 and named[0] in got.stdout


def test_finalise_records_the_files_sha256_and_queues_it(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = b"%PDF-1.4 a brief"
    path = tmp_path / "brief.pdf"
    path.write_bytes(pdf)
    with store.session_factory.begin() as s:
        from officerdesk.core.services import identity

        post_id = identity.require(s).post_id
        entry = briefs_log.record(s, post_id=post_id, kind="activity", title="공관 활동 보고", scope="WAS", period="2026-10",
                                  language="ko", classification="internal", pdf=pdf, path=str(path))
        assert (entry.finalised, entry.sent_state) == (False, "draft")
        assert briefs_log.queued(s) == []
        done = briefs_log.finalise(s, entry.id)
        assert done.finalised and done.sent_state == "queued"
        assert done.sha256 == hashlib.sha256(pdf).hexdigest()
        assert [b.id for b in briefs_log.queued(s)] == [entry.id]
        again = records.get(s, "brief", entry.id)
        assert isinstance(again, d.BriefDTO) and again.finalised
        assert briefs_log.finalise(s, entry.id) == again  # finalising twice changes nothing


def test_finalising_a_missing_file_is_a_user_error(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core.services import identity
    from officerdesk.errors import UserError

    with store.session_factory.begin() as s:
        entry = briefs_log.record(s, post_id=identity.require(s).post_id, kind="contacts", title="x", scope="", period="",
                                  language="en", classification="public", pdf=b"x", path=str(tmp_path / "gone.pdf"))
        with pytest.raises(UserError):
            briefs_log.finalise(s, entry.id)


EMOJI_TITLE = f"""
import json, sys
sys.path.insert(0, {str(HERE)!r})
from officerdesk.profiles import open_store
from officerdesk.core.services import identity, records
store = open_store(sys.argv[1])
with store.session_factory.begin() as s:
    ident = identity.set_up(s, officer_name="김민수", post_code="WAS")
    meeting = records.create(s, "meeting", post_id=ident.post_id, values={{
        "title": "Lunch with KIPO \\U0001F600 team", "kind": "ip_office", "starts_at": "2026-10-20T12:00:00"}})
    print(meeting.id)
store.close()
"""


def test_cli_warns_on_stderr_of_an_emoji_in_a_meeting_title_and_settings_feed_page_one(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    profile = tmp_path / "profile"
    made = subprocess.run([sys.executable, "-c", EMOJI_TITLE, str(profile)], env=file_keyring_env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    meeting_id = made.stdout.strip()
    refused = run(file_keyring_env, "settings", "--profile", str(profile), "--officer-contact", "call me")
    assert refused.returncode == 1 and "officer_contact" in refused.stderr
    assert json.loads(run(file_keyring_env, "settings", "--profile", str(profile)).stdout)["officer_contact"] == ""
    got = run(file_keyring_env, "settings", "--profile", str(profile), "--hq-division", "산업재산보호협력국장",
              "--officer-title", "특허관", "--officer-contact", "+1 202 555 0100")
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout) == {"hq_division": "산업재산보호협력국장", "officer_title": "특허관", "officer_contact": "+1 202 555 0100"}

    got = run(file_keyring_env, "brief", "meeting", "--profile", str(profile), "--id", meeting_id, "--lang", "en", "-o", str(tmp_path / "m.pdf"))
    assert got.returncode == 0, got.stderr
    warnings = [line for line in got.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and "U+1F600" in warnings[0] and "title" in warnings[0].lower(), got.stderr
    text = squash("".join(pages_text((tmp_path / "m.pdf").read_bytes())))
    assert "[U+1F600]" in text and squash("산업재산보호협력국장") in text and "+12025550100" in text


MAKE_POST_OF_THREE = f"""
import json, sys
sys.path.insert(0, {str(HERE)!r})
from officerdesk.profiles import open_store
from officerdesk.core.services import identity, records
store = open_store(sys.argv[1])
with store.session_factory.begin() as s:
    me = identity.set_up(s, officer_name="김민수", post_code="WAS", role="admin")
    lee = records.create(s, "officer", post_id=me.post_id, values={{"name": "이영희"}}).id
    park = records.create(s, "officer", post_id=me.post_id, values={{"name": "박서준"}}).id
    records.create(s, "company_request", post_id=me.post_id, values={{"title": "Seized chargers", "assignee_id": park}})
    print(json.dumps({{"me": me.officer_id, "lee": lee, "park": park}}))
store.close()
"""


def test_cli_handover_brief_names_the_successor_on_page_one_and_refuses_a_wrong_one(
        tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    profile = tmp_path / "profile"
    made = subprocess.run([sys.executable, "-c", MAKE_POST_OF_THREE, str(profile)], env=file_keyring_env,
                          capture_output=True, text=True, check=True, timeout=120)
    ids = json.loads(made.stdout)
    out = tmp_path / "handover.pdf"
    got = run(file_keyring_env, "brief", "handover", "--profile", str(profile), "--id", ids["park"], "--to", ids["lee"],
              "--lang", "en", "-o", str(out))
    assert got.returncode == 0, got.stderr
    first = squash(pages_text(out.read_bytes())[0])
    assert squash("박서준 hands over to 이영희: 1 open company requests") in first
    assert squash("Seized chargers") in squash("".join(pages_text(out.read_bytes())))

    refusals = {
        ("--to", "no-such-officer"): "No officer no-such-officer in this profile to take over",
        ("--id", ids["lee"], "--to", ids["lee"]): "The successor must be another officer than the one handing over.",
    }
    for args, said in refusals.items():
        got = run(file_keyring_env, "brief", "handover", "--profile", str(profile), *args, "-o", str(tmp_path / "x.pdf"))
        assert got.returncode == 1 and said in got.stderr and "Traceback" not in got.stderr, got.stderr
    got = run(file_keyring_env, "brief", "activity", "--profile", str(profile), "--to", ids["lee"], "-o", str(tmp_path / "x.pdf"))
    assert got.returncode == 1 and "Only the handover brief names a successor" in got.stderr
    assert not (tmp_path / "x.pdf").exists()
