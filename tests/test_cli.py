"""The command line as a new user drives it: separate processes, a real keyring file, exit codes 0/1/2."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "officerdesk", *args], env=env, capture_output=True, text=True, timeout=300)


def ok(env: dict[str, str], *args: str) -> str:
    got = run(env, *args)
    assert got.returncode == 0, got.stderr
    assert "Traceback" not in got.stderr
    return got.stdout


def one_line_error(got: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert got.returncode == code, (got.stdout, got.stderr)
    assert "Traceback" not in got.stderr
    lines = got.stderr.strip().splitlines()
    if code == 1:
        assert len(lines) == 1 and lines[0].startswith("officerdesk: "), got.stderr
    return got.stderr


def search_titles(env: dict[str, str], profile: Path, *query: str) -> list[str]:
    out = ok(env, "search", "--profile", str(profile), "--json", "--limit", "10", *query)
    hits = [json.loads(line) for line in out.splitlines()]
    assert all(set(h) == {"type", "id", "title", "snippet", "score"} for h in hits)
    return [h["title"] for h in hits]


def test_seed_stats_search_export_import_check(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    env, profile, other = file_keyring_env, tmp_path / "desk", tmp_path / "copy"
    seeded = json.loads(ok(env, "seed", "--profile", str(profile), "--post", "bjs", "--records", "5000", "--seed", "3", "--json"))
    assert seeded["total"] == 5000 and seeded["counts"]["meeting"] == 1500
    stats = json.loads(ok(env, "stats", "--profile", str(profile), "--json"))
    assert sum(stats["counts"].values()) == 5000 and stats["pending"] >= 5000
    assert search_titles(env, profile, "国家知识产权局")  # the authority, its contacts and meetings
    assert any("상표" in t for t in search_titles(env, profile, "상표"))

    dump = tmp_path / "all.jsonl"
    assert "5,000 records" in ok(env, "export", "--profile", str(profile), "--format", "jsonl", "--include-restricted", "-o", str(dump))
    ok(env, "seed", "--profile", str(other), "--post", "BJS", "--records", "0")
    imported = json.loads(ok(env, "import", "--profile", str(other), "--format", "jsonl", str(dump), "--json"))
    assert imported["counts"] == seeded["counts"]
    again = tmp_path / "again.jsonl"
    ok(env, "export", "--profile", str(other), "--format", "jsonl", "--include-restricted", "-o", str(again))
    assert again.read_bytes() == dump.read_bytes()

    cards, calendar = tmp_path / "c.vcf", tmp_path / "m.ics"
    ok(env, "export", "--profile", str(profile), "--format", "vcf", "-o", str(cards))
    got = run(env, "export", "--profile", str(profile), "--format", "ics", "--type", "meeting", "--json", "-o", str(calendar))
    assert got.returncode == 0 and "restricted records were left out" in got.stderr
    shown = json.loads(got.stdout)["counts"]["meeting"]
    assert cards.read_text(encoding="utf-8").count("BEGIN:VCARD") == seeded["counts"]["contact"]
    assert calendar.read_text(encoding="utf-8").count("BEGIN:VEVENT") == shown < seeded["counts"]["meeting"]
    check = json.loads(ok(env, "check", "--profile", str(other), "--json"))
    assert check["integrity"] == "ok" and check["records"] == 5000
    plain = ok(env, "check", "--profile", str(other)).splitlines()
    assert "enrolled: no" in plain and "last_sync: never" in plain and "integrity: ok" in plain


def test_shared_corpus_imports_and_is_found(tmp_path: Path, file_keyring_env: dict[str, str], shared_dir: Path) -> None:
    env, profile = file_keyring_env, tmp_path / "corpus"
    ok(env, "seed", "--profile", str(profile), "--records", "0")
    out = ok(env, "import", "--profile", str(profile), "--format", "jsonl", str(shared_dir / "data" / "search_corpus.jsonl"))
    assert "imported" in out
    assert "일본 특허청 디지털 전환 추진" in search_titles(env, profile, "특허청", "디지털")
    assert "张伟" in search_titles(env, profile, "张伟")
    assert "Counterfeit batteries seized at Rotterdam" in search_titles(env, profile, "counterfeit")
    assert "다온바이오 영업비밀 유출 상담" in search_titles(env, profile, "영업비밀")


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('{"type": "trend_note", "title": "ok"}\n{"type": "trend_note", "title": \n', "line 2: is not valid JSON"),
        ('{"type": "trend_note", "title": "ok"}\n{"type": "memo", "title": "x"}\n', "line 2: unknown record type"),
        ('{"type": "meeting", "title": "x", "start": "5 October"}\n', "line 1: meeting starts_at: is not a date and time"),
    ],
)
def test_bad_files_fail_with_one_line_and_change_nothing(tmp_path: Path, file_keyring_env: dict[str, str], content: str, needle: str) -> None:
    env, profile, bad = file_keyring_env, tmp_path / "p", tmp_path / "bad.jsonl"
    ok(env, "seed", "--profile", str(profile), "--records", "20")
    bad.write_text(content, encoding="utf-8")
    err = one_line_error(run(env, "import", "--profile", str(profile), "--format", "jsonl", str(bad)))
    assert needle in err
    assert sum(json.loads(ok(env, "stats", "--profile", str(profile), "--json"))["counts"].values()) == 20


def test_usage_and_missing_things(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    env, profile = file_keyring_env, tmp_path / "p"
    one_line_error(run(env, "seed", "--profile", str(profile), "--records", "many"), code=2)
    one_line_error(run(env, "export", "--profile", str(profile), "--format", "pdf", "-o", "x"), code=2)
    one_line_error(run(env, "seed", "--profile", str(profile), "--post", "XYZ"), code=2)
    assert "no such file" in one_line_error(run(env, "import", "--profile", str(profile), "--format", "jsonl", str(tmp_path / "none.jsonl")))
    assert "No OfficerDesk profile" in one_line_error(run(env, "export", "--profile", str(profile), "--format", "jsonl", "-o", str(tmp_path / "x")))
    korean = one_line_error(run(env, "stats", "--profile", str(profile), "--lang", "ko"))  # --lang after the command too
    assert "프로필이 없습니다" in korean and "officerdesk seed --profile" in korean
    ok(env, "seed", "--profile", str(profile), "--records", "30")
    err = one_line_error(run(env, "export", "--profile", str(profile), "--format", "vcf", "--type", "meeting", "-o", str(tmp_path / "x.vcf")))
    assert "holds only contact" in err
    bogus = tmp_path / "not-a-backup.db"
    bogus.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    assert "is not a backup of this profile" in one_line_error(run(env, "restore", "--profile", str(profile), str(bogus)))
    err = one_line_error(run(env, "enroll", "--profile", str(profile), "--hq", "http://127.0.0.1:9", "--code", "X"))
    assert "enrolment code must be the 4 to 64 characters" in err
    for command in ("stats", "search", "brief", "backup", "restore", "import", "export", "enroll", "demo"):
        usage = ok(env, command, "--help")
        assert usage.startswith(f"usage: officerdesk {command}") and "--profile" in usage
        assert usage.split("\n\n")[1].strip()  # a one-line summary under the usage
    assert "PYTHON_KEYRING_BACKEND" in ok(env, "--help")


def test_self_test(file_keyring_env: dict[str, str]) -> None:
    out = ok(file_keyring_env, "self-test")
    assert "search:" in out and "brief:" in out and out.strip().endswith("self-test: ok")
    assert "qt: Qt " in out and "PDF viewer: " in out, "the bundle's Qt is checked too"
    # what a frozen bundle loses silently: each is reached by name, from data files, or by Qt
    assert "names: 王小明 reads wang xiao ming, 山田太郎 reads yamada" in out  # pypinyin's and pykakasi's dictionaries
    assert "encoding: a Windows code-page file (not UTF-8) found to read as cp" in out  # charset-normalizer
    assert "typeset with ReportLab's C accelerator" in out
    assert "scripts: Korean meeting brief with Arabic, Hebrew" in out and "word: the same brief as a Word document" in out
    assert "Qt's Korean (취소)" in out and re.search(r"help guide: [1-9]\d* sections", out)


@pytest.mark.parametrize("argv", [
    ["--profile", "P", "stats"], ["stats", "--profile", "P"], ["--profile", "X", "stats", "--profile", "P"],
])
def test_profile_before_or_after_the_command(argv: list[str]) -> None:
    from officerdesk import cli

    assert cli.build_parser().parse_args(argv).profile == "P"
    assert cli.build_parser().parse_args(["stats"]).profile is None


def test_format_comes_from_the_file_name(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    profile = str(tmp_path / "p")
    assert run(file_keyring_env, "--profile", profile, "seed", "--records", "40").returncode == 0
    out = tmp_path / "contacts.csv"
    assert run(file_keyring_env, "--profile", profile, "export", "-o", str(out)).returncode == 0
    assert "name" in out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    bad = run(file_keyring_env, "--profile", profile, "export", "-o", str(tmp_path / "x.txt"))
    assert bad.returncode == 2 and "add --format" in bad.stderr
    notes = tmp_path / "m.txt"  # no telling extension: the first line says it is a calendar, one without events
    notes.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    refused = run(file_keyring_env, "--profile", profile, "import", str(notes))
    assert refused.returncode == 1 and "holds no events" in refused.stderr
    notes.write_text("just some words\n")
    refused = run(file_keyring_env, "--profile", profile, "import", str(notes))
    assert refused.returncode == 1 and "add --format" in refused.stderr
    assert not (tmp_path / "x.txt").exists()


def test_import_a_calendar_file(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    env, desk, other = file_keyring_env, str(tmp_path / "desk"), str(tmp_path / "other")
    seeded = json.loads(ok(env, "--profile", desk, "seed", "--records", "300", "--json"))
    calendar = tmp_path / "meetings.ics"
    ok(env, "--profile", desk, "export", "--type", "meeting", "--include-restricted", "-o", str(calendar))
    ok(env, "--profile", other, "seed", "--post", "WAS", "--records", "0")
    imported = json.loads(ok(env, "--profile", other, "import", str(calendar), "--json"))  # the format from the extension
    assert imported["counts"] == {"meeting": seeded["counts"]["meeting"]}
    again = json.loads(ok(env, "--profile", other, "import", str(calendar), "--json"))  # found by id: never copied
    assert (again["counts"], again["unchanged"]) == ({}, {"meeting": seeded["counts"]["meeting"]})
    dry = json.loads(ok(env, "--profile", other, "import", str(calendar), "--dry-run", "--json"))
    assert dry["dry_run"] and dry["encoding"] == "utf-8"
    outlook = tmp_path / "outlook.ics"
    outlook.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                        b"DTSTART;TZID=Mars Standard Time:20261203T140000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    err = one_line_error(run(env, "--profile", other, "import", str(outlook)))
    assert "line 4" in err and "Mars Standard Time" in err
    stats = json.loads(ok(env, "stats", "--profile", other, "--json"))
    assert stats["counts"]["meeting"] == seeded["counts"]["meeting"]


def test_init_creates_an_empty_profile_once(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    profile = str(tmp_path / "new")
    made = run(file_keyring_env, "--profile", profile, "init", "--post", "tyo", "--name", "최수진", "--lang", "en")
    assert made.returncode == 0 and "TYO" in made.stdout
    stats = json.loads(ok(file_keyring_env, "stats", "--profile", profile, "--json"))
    assert sum(stats["counts"].values()) == 0
    again = run(file_keyring_env, "--profile", profile, "init", "--post", "WAS", "--name", "x")
    assert again.returncode == 1 and ("already set up" in again.stderr or "이미 설정된" in again.stderr)


def test_export_keeps_to_a_period(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    env, profile = file_keyring_env, tmp_path / "desk"
    ok(env, "init", "--profile", str(profile), "--post", "WAS", "--name", "김민수")
    source = tmp_path / "notes.jsonl"
    source.write_text("".join(json.dumps({"type": "trend_note", "title": f"note {day}", "date": f"2026-03-{day:02d}"}) + "\n"
                              for day in (1, 15, 31)), encoding="utf-8")
    ok(env, "import", "--profile", str(profile), str(source))
    out = tmp_path / "mid.jsonl"
    ok(env, "export", "--profile", str(profile), "--format", "jsonl", "--since", "2026-03-02", "--until", "2026-03-31",
       "-o", str(out))
    # the period decides which records go out, not their order (ids made in one millisecond sort at random)
    assert sorted(json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()) == ["note 15", "note 31"]
    bad = run(env, "export", "--profile", str(profile), "--format", "jsonl", "--since", "March", "-o", str(out))
    assert bad.returncode == 2 and "not a day (YYYY-MM-DD): 'March'" in bad.stderr
