"""No character is lost: every script prints in a bundled font, or as a visible placeholder that
the build names by record and field (stderr in the command line, a notice in the dialog)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess

from pdfcheck import pages_text, squash

from officerdesk import briefs
from officerdesk.briefs import coverage, fonts
from officerdesk.core import dto as d
from officerdesk.core.report_dto import BriefHeading, BriefOptions, MeetingBrief

NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)
ARABIC, HEBREW = "محمد بن سلمان", "דוד בן-גוריון"
EMOJI, YOSHI, OLD_HANGUL = "Kim 😀 chat", "𠮷野家", "ᄒᆞᆫ글"
SIMPLIFIED, JAPANESE = "王小华", "特許庁の田中 太郎"
NAMES = (ARABIC, HEBREW, EMOJI, YOSHI, OLD_HANGUL, SIMPLIFIED, JAPANESE)


def contact(n: int, name: str) -> d.ContactDTO:
    return d.ContactDTO(id=f"c{n}", post_id="p", classification="internal", author="", updated_at=NOW.replace(tzinfo=None),
                        deleted=False, name=name, position="Delegate")


def brief() -> MeetingBrief:
    heading = BriefHeading(kind="meeting", title="WIPO delegates", post_code="GVA", post_name_ko="주제네바 대표부",
                           post_name_en="Permanent Mission in Geneva", author="이서연", generated_at=NOW,
                           classification="internal", post_tz="Europe/Zurich")
    meeting = d.MeetingDTO(id="m1", post_id="p", classification="internal", author="", updated_at=NOW.replace(tzinfo=None),
                           deleted=False, title="WIPO delegates", kind="ip_office", starts_at=dt.datetime(2026, 10, 6, 9),
                           tz="Europe/Zurich", notes="\n".join(NAMES))
    return MeetingBrief(heading, meeting, attendees=tuple(contact(n, name) for n, name in enumerate(NAMES)))


def test_each_script_run_is_set_in_one_font() -> None:
    # a Beijing contact's name is one face, not Nanum with a fallback character in the middle
    assert [name for name, _ in fonts.runs(SIMPLIFIED)] == [fonts.FALLBACK]
    assert [name for name, _ in fonts.runs(ARABIC)] == [fonts.ARABIC]
    assert [name for name, _ in fonts.runs(HEBREW, fonts.BOLD)] == [fonts.HEBREW_BOLD]
    # right to left: drawn in visual order (the first letter of the name is drawn last)
    ((_, drawn),) = fonts.runs(HEBREW)
    assert drawn[-1] == "ד" and drawn[0] == "ן"
    # Arabic is shaped: its letters take their joined forms (presentation forms)
    ((_, arabic),) = fonts.runs(ARABIC)
    joined = [c for c in arabic if "\ufe70" <= c <= "\ufeff"]
    assert len(joined) >= len(ARABIC.replace(" ", "")) - 2  # only letters standing alone keep their base form
    for text in NAMES:
        for name, chunk in fonts.runs(text):
            assert all(c.isspace() or fonts.has_glyph(name, c) for c in chunk), (text, name, chunk)


def test_a_brief_with_every_script_loses_no_character_silently() -> None:
    data = brief()
    pdf = briefs.build("meeting", data, BriefOptions(language="en"))
    text = squash("".join(pages_text(pdf)))
    for kept in (HEBREW, SIMPLIFIED, JAPANESE, "野家", "Kim", "chat"):
        assert squash(kept) in text, kept
    assert squash("ᄒᆞᆫ") in text  # old Hangul: its jamo are all there, drawn one by one
    assert "[U+1F600]" in text and "[U+20BB7]" in text  # placeholders, visible and extractable
    # Arabic reads back as its joined forms; in normalised form it is the name
    import unicodedata

    assert squash(ARABIC) in squash(unicodedata.normalize("NFKC", "".join(pages_text(pdf))))
    warnings = briefs.text_warnings(data)
    by_reason = {(w.record_id, w.field, w.reason): w.chars for w in warnings}
    assert by_reason[("c2", "name", "no_font")] == ("😀",)
    assert by_reason[("c3", "name", "no_font")] == ("𠮷",)
    assert ("c4", "name", "old_hangul") in by_reason
    assert ("m1", "notes", "no_font") in by_reason  # the same text in the meeting's notes is named too
    assert not [w for w in warnings if w.record_id in ("c0", "c1", "c5", "c6")]  # these print as written
    assert "contact Kim 😀 chat · name: [U+1F600]" in next(w for w in warnings if w.record_id == "c2").describe()


def test_every_font_is_embedded_and_every_bundled_font_has_its_licence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.paths import resources_dir

    path = tmp_path / "names.pdf"
    path.write_bytes(briefs.build("meeting", brief(), BriefOptions(language="ko")))
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert listing and all(" yes " in line.split("TrueType", 1)[1] for line in listing)  # emb column
    folder = resources_dir() / "fonts"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for filename in fonts.FILES.values():
        assert (folder / filename).read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines, not CFF
        assert filename in readme
    for licence in fonts.LICENCES:
        assert (folder / licence).exists() and licence in readme


def test_plain_briefs_warn_of_nothing() -> None:
    plain = dataclasses.replace(brief(), attendees=(contact(0, "Kathi Vidal"), contact(1, "田中 太郎")))
    plain = dataclasses.replace(plain, meeting=dataclasses.replace(plain.meeting, notes="한국 특허청 · WIPO"))
    assert coverage.check(plain) == ()
