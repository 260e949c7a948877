"""`officerdesk self-test`: a throw-away profile, and one line per part of the program that a frozen
bundle can lose without anything else noticing.

PyInstaller follows imports it can see; what is loaded by name, from data files or inside a
function (ReportLab's accelerator, pykakasi's dictionaries, python-docx's template, a font, Qt's
Korean catalogue) fails only when an officer first reaches it. So each line below reaches one:
the build scripts and `make installer-test` run this from the bundle, outside any virtualenv.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from officerdesk.errors import UserError

# Names a post's contact list really holds, one per script the briefs set in a font of its own.
ARABIC, HEBREW, CHINESE, JAPANESE = "محمد بن سلمان", "דוד בן-גוריון", "王小明", "山田太郎"
NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("self-test", help="create a temporary profile, search it and build a brief")
    p.set_defaults(func=self_test)


def _failed(what: str) -> UserError:
    return UserError(f"self-test failed: {what}")


def self_test(args: argparse.Namespace) -> int:
    """A throw-away profile: create (encrypted, migrated, seeded), search, build briefs; exit 0."""
    from officerdesk import secrets
    from officerdesk.core.demo import seed as demo
    from officerdesk.core.search import index as search
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store

    root = Path(tempfile.mkdtemp(prefix="officerdesk-self-test-"))
    store = None
    try:
        store = open_store(root / "profile", create=True)
        with store.session_factory.begin() as s:
            identity.set_up(s, officer_name="Self-test", post_code="WAS")
            counts = demo.seed(s, post_code="WAS", records=200, seed=1)
        print(f"profile: created, encrypted, {sum(counts.values())} demo records")
        with store.session_factory.begin() as s:
            hits = search.search(s, "USPTO", limit=5)
        if not hits:
            raise _failed("searching the demo profile for USPTO found nothing")
        print(f"search: {len(hits)} hits for USPTO, first: {hits[0].title}")
        print(f"names: {_names()}")
        print(f"encoding: {_encoding()}")
        line, pdf = _activity_brief(store)
        print(f"brief: {line}")
        if pdf is not None:
            print(f"scripts: {_scripts_brief()}")
            print(f"word: {_word_copy()}")
        print(f"keyring: {secrets.backend_name()}")
        print(f"qt: {_qt(pdf)}")
    finally:
        if store is not None:
            store.close()
            secrets.forget_database_key(store.profile_id)
        shutil.rmtree(root, ignore_errors=True)
    print("self-test: ok")
    return 0


def _names() -> str:
    """One person across scripts: pinyin (pypinyin's dictionaries) and Hepburn (pykakasi's)."""
    from officerdesk.core.people import names

    pinyin = {s.reading for s in names.sounds(CHINESE) if s.source == names.PINYIN}
    hepburn = {s.reading for s in names.sounds(JAPANESE) if s.source == names.HEPBURN}
    if pinyin != {"wang xiao ming"}:
        raise _failed(f"{CHINESE} has no pinyin reading (pypinyin's dictionary): {sorted(pinyin)}")
    if not any(r.startswith("yamada") for r in hepburn):
        raise _failed(f"{JAPANESE} has no Hepburn reading (pykakasi's dictionary): {sorted(hepburn)}")
    return f"{CHINESE} reads {min(pinyin)}, {JAPANESE} reads {min(hepburn)}"


def _encoding() -> str:
    """An import file in a Windows code page, not UTF-8: found by charset-normalizer (a compiled
    module in the bundle), read back as written."""
    from officerdesk.core.exchange import text
    from officerdesk.errors import ImportFailed

    written = "Name,Company\nMüller Jürgen,Café Straße GmbH\nSören Nüßlein,Bäckerei Größ\n" * 4
    try:
        found = text.detect(written.encode("cp1252"))
    except ImportFailed as exc:
        raise _failed(f"a cp1252 file is not recognised as text: {exc}") from exc
    if found.how != "detected" or written.encode("cp1252").decode(found.codec) != written:
        raise _failed(f"a cp1252 file was read as {found.codec}")
    return f"a Windows code-page file (not UTF-8) found to read as {found.codec}"


def _activity_brief(store: object) -> tuple[str, bytes | None]:
    try:
        from officerdesk import briefs
        from officerdesk.core.report_dto import BriefOptions
        from officerdesk.core.services import reports
    except ImportError:
        return "skipped (briefs are not part of this build)", None
    import reportlab.lib.rl_accel as accel

    from officerdesk.core.store.db import Store

    assert isinstance(store, Store)
    with store.session_factory.begin() as s:
        data = reports.gather(s, "activity", record_id=None, post_code=None, period=None, include_restricted=False)
    pdf = briefs.build("activity", data, BriefOptions(language="ko"))
    if not pdf.startswith(b"%PDF-"):
        raise _failed("the activity brief is not a PDF")
    # ReportLab falls back to Python silently when its C accelerator does not load
    speed = "C accelerator" if accel.fp_str.__module__ == "_rl_accel" else "pure Python (no _rl_accel)"
    return f"activity report, {len(pdf):,} bytes of PDF, typeset with ReportLab's {speed}", pdf


def _meeting() -> Any:
    """A Korean meeting brief whose attendees are named in Arabic, Hebrew, Chinese and Japanese."""
    from officerdesk.core import dto as d
    from officerdesk.core.report_dto import BriefHeading, MeetingBrief

    heading = BriefHeading(kind="meeting", title="WIPO 대표단 면담", post_code="GVA", post_name_ko="주제네바 대표부",
                           post_name_en="Permanent Mission in Geneva", author="이서연", generated_at=NOW,
                           classification="internal", post_tz="Europe/Zurich")
    meeting = d.MeetingDTO(id="m1", post_id="p", classification="internal", author="", updated_at=NOW.replace(tzinfo=None),
                           deleted=False, title="WIPO 대표단 면담", kind="ip_office", starts_at=dt.datetime(2026, 10, 6, 9),
                           tz="Europe/Zurich", notes=f"{ARABIC} 대표(WIPO)와 특허 심사 협력을 논의함")
    attendees = tuple(
        d.ContactDTO(id=f"c{n}", post_id="p", classification="internal", author="", updated_at=NOW.replace(tzinfo=None),
                     deleted=False, name=name, position="대표")
        for n, name in enumerate((ARABIC, HEBREW, CHINESE, JAPANESE)))
    return MeetingBrief(heading, meeting, attendees=attendees)


def _scripts_brief() -> str:
    """The bundled Arabic, Hebrew and CJK fonts, HarfBuzz's shaping and the bidi algorithm."""
    from officerdesk import briefs
    from officerdesk.briefs import bidi, fonts
    from officerdesk.core.report_dto import BriefOptions

    data = _meeting()
    lost = [w.describe() for w in briefs.text_warnings(data)]
    if lost:
        raise _failed(f"the bundled fonts do not draw every name: {'; '.join(lost)}")
    ((font, shaped),) = fonts.runs(ARABIC)
    joined = sum(1 for c in shaped if "\ufe70" <= c <= "\ufeff")
    if font != fonts.ARABIC or joined < len(ARABIC.replace(" ", "")) - 2:
        raise _failed(f"Arabic is not shaped (HarfBuzz): {joined} joined forms in {font}")
    if unicodedata.normalize("NFKC", shaped)[::-1] != ARABIC:
        raise _failed("Arabic shaped by HarfBuzz does not read back as the name")
    levels = {level for level, _ in bidi.visual_runs(f"회의: {ARABIC} (WIPO)")}
    if levels != {0, 1}:
        raise _failed(f"a line of Korean and Arabic is not ordered by the bidi algorithm (levels {sorted(levels)})")
    pdf = briefs.build("meeting", data, BriefOptions(language="ko"))
    embedded = [name for name in (fonts.REGULAR, fonts.ARABIC, fonts.HEBREW, fonts.FALLBACK) if name.encode() not in pdf]
    if not pdf.startswith(b"%PDF-") or embedded:
        raise _failed(f"the meeting brief lacks the fonts {embedded}")
    return f"Korean meeting brief with Arabic, Hebrew, Chinese and Japanese names, {len(pdf):,} bytes, shaped and in reading order"


def _word_copy() -> str:
    """python-docx writes from its own template, a data file inside the package."""
    from officerdesk import briefs
    from officerdesk.core.report_dto import BriefOptions

    docx = briefs.build("meeting", _meeting(), BriefOptions(language="ko"), fmt="docx")
    try:
        body = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise _failed(f"the Word copy is not a Word document: {exc}") from exc
    missing = [name for name in (ARABIC, HEBREW, CHINESE, "주제네바 대표부") if name not in body]
    if missing:
        raise _failed(f"the Word copy lacks {missing}")
    return f"the same brief as a Word document, {len(docx):,} bytes"


def _qt(pdf: bytes | None) -> str:
    """The bundle's Qt: its platform plugin, fonts, translations, help guide and PDF module."""
    try:
        from officerdesk.ui.self_check import qt_check
    except ImportError as exc:
        raise _failed(f"Qt does not load: {exc}") from exc
    try:
        return qt_check(pdf)
    except RuntimeError as exc:
        raise _failed(str(exc)) from exc
