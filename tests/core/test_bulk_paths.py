"""The fast paths of a bulk import give exactly what the general code gives.

The text check's ASCII shortcut against the full path, the stored field clocks and outbox rows of
an import against what a normal edit writes, the tokenizer's ASCII shortcut against its regular
expressions, and the garbage collector left as it was found.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from officerdesk.core import exchange
from officerdesk.core.models import (
    CompanyRequest,
    Outbox,
    TrendNote,
    user_fields,
)
from officerdesk.core.search import text as search_text
from officerdesk.core.services import identity
from officerdesk.core.services.validation import clean_text
from officerdesk.core.write.bulk import no_cycle_collection
from officerdesk.core.write.stamp import FirstClocks
from officerdesk.errors import ImportFailed, ValidationError

TEXT = st.text(alphabet=st.sampled_from(["a", "Z", "1", " ", "\t", "\n", "\x00", "\ud800", "\u0301", "é", "가", "知", "@", ".", "-", "_"]), max_size=12)


def _outcome(fn: Any) -> tuple[str, Any]:
    try:
        return "ok", fn()
    except ValidationError as exc:
        return "refused", (exc.field, exc.field_message, exc.field_message_ko)


@given(TEXT, st.booleans())
def test_clean_text_is_nfc_without_nul_or_surrogates(text: str, single_line: bool) -> None:
    """The ASCII shortcut changes nothing: the same text or the same refusal as the full path."""
    def reference() -> str:
        if "\x00" in text:
            raise ValidationError("f", "contains a NUL character", "NUL 문자가 들어 있습니다")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError("f", "contains an invalid character (lone surrogate)", "잘못된 문자가 들어 있습니다") from None
        out = unicodedata.normalize("NFC", text)
        return " ".join(out.split()) if single_line else out

    got = _outcome(lambda: clean_text("f", text, 500, single_line=single_line))
    assert got == _outcome(reference)


@given(st.text(alphabet=st.sampled_from(["a", "B", "7", " ", "-", "é", "특", "허", "청", "知", "识", "カ", "\n"]), max_size=20))
def test_the_ascii_shortcut_of_the_tokenizer_changes_nothing(text: str) -> None:
    assert search_text.words(text) == search_text._NOT_WORDS.sub(" ", text)
    pairs = search_text._HANGUL_PAIR.findall(text)
    if search_text._CJK_CHAR.search(text):
        pairs += [pair or last for pair, last in search_text._CJK_GRAM.findall(text)]
    assert search_text.grams(text) == " ".join(pairs)


def test_first_clocks_are_the_json_the_column_would_write() -> None:
    clocks = FirstClocks.make(["title", "tags", "starts_at"], "0019aa3c5e0a10003", "01a2126b-7e59-77ce-b73b-b0bc9be8882c")
    assert dict(clocks) == {f: ["0019aa3c5e0a10003", "01a2126b-7e59-77ce-b73b-b0bc9be8882c", 0] for f in ("title", "tags", "starts_at")}
    assert clocks.json == json.dumps(dict(clocks))
    odd = FirstClocks.make(["title", "tags"], "0019aa3c5e0a10003", 'site "7"\\')  # escaped, not pasted
    assert json.loads(odd.json) == dict(odd)


def _jsonl(*items: dict[str, Any]) -> bytes:
    return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items).encode()


def test_an_import_writes_the_clocks_and_outbox_a_normal_edit_writes(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl(
        {"type": "trend_note", "title": "RCEP 원산지 규정", "date": "2026-11-02", "tags": ["rcep", "fta"], "summary": ""},
        {"type": "company_request", "title": "상표 분쟁", "status": "reviewing", "received": "2026-10-01"},
    ))
    with store.session_factory.begin() as s:
        exchange.import_file(s, path, "jsonl")
    with store.session_factory.begin() as s:
        site = identity.require(s).site_id
        note = s.scalars(select(TrendNote)).one()
        raw = s.connection().exec_driver_sql("SELECT clocks FROM trend_note").scalar_one()
        assert raw == json.dumps(note.clocks)  # the column's own JSON text
        fields = user_fields(TrendNote)
        assert list(note.clocks) == fields
        assert {tuple(v) for v in note.clocks.values()} == {(note.updated_hlc, note.clocks["title"][1], 0)}
        assert note.clocks["title"][1] == site
        req = s.scalars(select(CompanyRequest)).one()
        assert req.status == "reviewing" and req.clocks["status"][0] > req.clocks["title"][0]  # restamped by its move
        rows = s.scalars(select(Outbox).order_by(Outbox.mutation_seq)).all()
        upserts = {r.args["type"]: r.args for r in rows if r.name == "upsert"}
        assert upserts["trend_note"]["fields"] == {
            f: (getattr(note, f).isoformat() if isinstance(getattr(note, f), dt.date) else getattr(note, f)) for f in fields}
        assert upserts["trend_note"]["fields"]["date"] == "2026-11-02" and upserts["trend_note"]["fields"]["tags"] == ["rcep", "fta"]
        assert upserts["trend_note"]["base"] == dict.fromkeys(fields, 0)
        assert [r.args["to"] for r in rows if r.name == "transition"] == ["reviewing"]
        assert s.connection().exec_driver_sql("SELECT summary FROM trend_note").scalar_one() == ""


@pytest.mark.parametrize("enabled", [True, False])
def test_an_import_leaves_the_garbage_collector_as_it_found_it(store, tmp_path: Path, enabled: bool) -> None:  # type: ignore[no-untyped-def]
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_bytes(_jsonl({"type": "trend_note", "title": "x"}))
    bad.write_bytes(_jsonl({"type": "trend_note", "title": "x"}, {"type": "trend_note", "date": "never", "title": "y"}))
    (gc.enable if enabled else gc.disable)()
    try:
        with store.session_factory.begin() as s:
            exchange.import_file(s, good, "jsonl")
        assert gc.isenabled() is enabled
        with pytest.raises(ImportFailed), store.session_factory.begin() as s:
            exchange.import_file(s, bad, "jsonl")
        assert gc.isenabled() is enabled
        with no_cycle_collection():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def _profile_dump(store) -> dict[str, list[tuple[Any, ...]]]:  # type: ignore[no-untyped-def]
    """Every row of every table (records, outbox, clocks, search index, statistics)."""
    with store.session_factory.begin() as s:
        conn = s.connection()
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").scalars().all()
        return {t: sorted(conn.exec_driver_sql(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def _big_file(path: Path, count: int, *, last: dict[str, Any] | None = None) -> None:
    """Notes, contacts naming new organizations and requests with status moves: more than two batches."""
    items: list[dict[str, Any]] = []
    for i in range(count):
        kind = i % 3
        if kind == 0:
            items.append({"type": "trend_note", "title": f"동향 {i}", "date": "2026-11-02", "tags": ["rcep"]})
        elif kind == 1:
            items.append({"type": "contact", "name": f"Kim {i}", "organization": f"Org {i % 40}"})
        else:
            items.append({"type": "company_request", "title": f"분쟁 {i}", "status": "reviewing", "received": "2026-10-01"})
    path.write_bytes(_jsonl(*items, *([last] if last else [])))


def test_a_bad_line_late_in_a_big_file_leaves_the_profile_as_it_was(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import threading

    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    _big_file(good, 300)
    with store.session_factory.begin() as s:
        exchange.import_file(s, good, "jsonl")
    before, threads = _profile_dump(store), threading.active_count()
    _big_file(bad, 4600, last={"type": "meeting", "title": "x", "start": "tomorrow"})
    with pytest.raises(ImportFailed) as err, store.session_factory.begin() as s:
        exchange.import_file(s, bad, "jsonl")
    assert err.value.line == 4601 and "starts_at" in str(err.value), str(err.value)
    assert _profile_dump(store) == before  # two full batches had been written, then rolled back
    assert threading.active_count() == threads


def test_a_cancelled_import_leaves_nothing(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.errors import Cancelled

    class AfterFirstBatch:
        """Not set when the first batch is written, set before the second."""

        calls = 0

        def is_set(self) -> bool:
            self.calls += 1
            return self.calls > 1

    path = tmp_path / "many.jsonl"
    _big_file(path, 4600)
    before = _profile_dump(store)
    flag = AfterFirstBatch()
    with pytest.raises(Cancelled), store.session_factory.begin() as s:
        exchange.import_file(s, path, "jsonl", cancel=flag)
    assert flag.calls == 2  # the first batch was written inside the transaction
    assert _profile_dump(store) == before


def test_a_new_row_has_every_column_once_and_the_defaults_an_edit_fills() -> None:
    from officerdesk.core.models import RECORD_TYPES, utcnow
    from officerdesk.core.write.rows import blank_row, made_defaults, missing_defaults

    now = utcnow()
    for cls in RECORD_TYPES.values():
        blank, made = blank_row(cls), made_defaults(cls, now)
        assert not set(blank) & set(made), cls
        assert set(blank) | set(made) == {c.key for c in cls.__table__.columns}, cls
        filled = dict(missing_defaults(cls, {}, now))
        assert {k: v for k, v in filled.items() if k in blank} == {k: blank[k] for k in filled if k in blank}
        assert all(filled[k] == now for k, v in made.items() if v is now), cls
