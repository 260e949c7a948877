"""File → Import… and File → Export… on real widgets: detect → preview → a column mapped by hand →
the import with its progress → the summary; a cancel mid-way that leaves the profile as it was;
refused files said specifically; an export kept to a type, a period and the restricted choice."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import func, select

from officerdesk.core.models import Contact, Meeting, TrendNote
from officerdesk.core.write import bulk

# no header name says which column is the name
KOREAN = "담당자,메일주소,기관\n김민수,minsu@kipo.go.kr,특허청\n이서연,seoyeon@example.kr,한국지식재산연구원\n"


def _count(ctx: Any, model: Any) -> int:
    with ctx.store.session_factory.begin() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _dialog(ctx: Any, qtbot: Any) -> Any:
    from officerdesk.ui.dialogs.import_records import ImportDialog

    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _enter(qtbot: Any, dialog: Any) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_detect_preview_remap_import_and_summary(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.import_records import PREVIEW, SUMMARY
    from officerdesk.ui.last_folder import last_folder

    path = tmp_path / "연락처.csv"
    path.write_text(KOREAN, encoding="cp949")  # as Excel saves it on a Korean Windows
    dialog = _dialog(ctx, qtbot)
    assert not dialog.next_button.isEnabled()  # nothing chosen yet
    dialog.open_file(path)
    qtbot.waitUntil(dialog.next_button.isEnabled, timeout=10000)
    assert dialog.format_label.text() == "Contacts (CSV)"
    assert dialog.encoding_label.text() == "Korean (CP949/EUC-KR) (detected)"
    assert last_folder(ctx.profile_dir) == str(tmp_path)  # offered again next time

    _enter(qtbot, dialog)  # Enter goes on
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=10000)
    # no header says which column is the name: the preview says so and the import waits
    assert dialog.preview_problem.isVisible() and "no column gives a name" in dialog.preview_problem.text()
    assert not dialog.next_button.isEnabled() and dialog.model.rowCount() == 0
    assert dialog.mapping.isVisible() and dialog.mapping.rowCount() == 3

    name = dialog.mapping.cellWidget(0, 1)
    email = dialog.mapping.cellWidget(1, 1)
    assert isinstance(name, QComboBox) and isinstance(email, QComboBox)
    email.setCurrentIndex(email.findData("email"))
    name.setCurrentIndex(name.findData("name"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    assert not dialog.preview_problem.isVisible() and dialog.next_button.isEnabled()
    assert dialog.model.index(0, 1).data() == "김민수" and dialog.model.index(0, 2).data() == "New"
    assert dialog.model.columnCount() == 4  # no cross-script matcher in this build: no Possible match column
    assert dict(dialog.detected.chosen) == {0: "name", 1: "email"}

    progressed: list[float] = []
    ctx.runner.job_progressed.connect(lambda _job, fraction, _m: progressed.append(fraction))
    with qtbot.waitSignal(dialog.imported, timeout=20000) as imported:
        _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == SUMMARY, timeout=10000)
    assert imported.args[0].added == {"contact": 2}
    assert progressed and progressed[-1] == 1.0 and dialog.bar.value() == 1000
    assert dialog.summary_label.text() == "Imported 2 records."
    assert dialog.summary_text.toPlainText() == "Added: 2 Contacts"
    with ctx.store.session_factory.begin() as s:
        assert {c.name: c.email for c in s.scalars(select(Contact))} == {
            "김민수": "minsu@kipo.go.kr", "이서연": "seoyeon@example.kr"}
    assert dialog.next_button.text() == "Close"
    _enter(qtbot, dialog)
    assert not dialog.isVisible()


def test_a_reimport_shows_the_records_already_here_and_the_summary_names_the_skipped(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.import_records import PREVIEW, SUMMARY

    path = tmp_path / "calendar.ics"
    path.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0",
        "BEGIN:VEVENT", "UID:meet-1@example.org", "DTSTART:20260310T010000Z", "SUMMARY:KIPO visit", "END:VEVENT",
        "BEGIN:VEVENT", "UID:meet-2@example.org", "DTSTART:20260311T010000Z", "SUMMARY:Called off",
        "STATUS:CANCELLED", "END:VEVENT",
        "END:VCALENDAR", ""]), encoding="utf-8")
    for round_ in (1, 2):
        dialog = _dialog(ctx, qtbot)
        dialog.open_file(path)
        qtbot.waitUntil(dialog.next_button.isEnabled, timeout=10000)
        _enter(qtbot, dialog)
        qtbot.waitUntil(lambda d=dialog: d.pages.currentIndex() == PREVIEW, timeout=10000)
        assert not dialog.mapping.isVisible()  # only a CSV's columns are mapped
        assert dialog.model.index(0, 2).data() == ("New" if round_ == 1 else "Already here")
        assert ("1 of its records are already in the profile" in dialog.preview_label.text()) == (round_ == 2)
        _enter(qtbot, dialog)
        qtbot.waitUntil(lambda d=dialog: d.pages.currentIndex() == SUMMARY, timeout=20000)
        lines = dialog.summary_text.toPlainText().splitlines()
        assert lines[0] == ("Added: 1 Meetings" if round_ == 1 else "Unchanged (already here): 1 Meetings")
        assert lines[1] == "Skipped 1:" and lines[2].startswith("line ") and "cancelled" in lines[2]
        dialog.close()
    assert _count(ctx, Meeting) == 1


def test_the_preview_reads_the_file_on_the_pool_and_only_looks_ids_up_on_the_lane(ctx, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core.exchange import importing, text
    from officerdesk.ui.dialogs.import_records import PREVIEW

    path = tmp_path / "notes.jsonl"
    path.write_text("".join(json.dumps({"type": "trend_note", "title": f"note {i}"}) + "\n" for i in range(50)),
                    encoding="utf-8")
    parsed_on: list[int] = []
    looked_up_on: list[int] = []
    real_as_utf8, real_preview_of = text.as_utf8, importing.preview_of

    def as_utf8(*args: Any, **kw: Any) -> Any:  # every read of the file's text passes here
        parsed_on.append(threading.get_ident())
        return real_as_utf8(*args, **kw)

    def preview_of(*args: Any, **kw: Any) -> Any:
        looked_up_on.append(threading.get_ident())
        return real_preview_of(*args, **kw)

    monkeypatch.setattr(text, "as_utf8", as_utf8)
    monkeypatch.setattr(importing, "preview_of", preview_of)
    dialog = _dialog(ctx, qtbot)
    dialog.open_file(path)
    qtbot.waitUntil(dialog.next_button.isEnabled, timeout=10000)
    parsed_on.clear()  # detection reads only the file's head
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW and dialog.model.rowCount() == 20, timeout=10000)
    lane = ctx.runner._db.ident  # the database lane's thread (known once it runs)
    assert lane is not None
    assert len(parsed_on) == 1 and lane not in parsed_on  # one parse, not on the lane
    assert parsed_on[0] != threading.get_ident()  # nor on the UI thread
    assert looked_up_on == [lane]


def test_the_korean_summary_and_refusals_give_the_cores_reasons_in_korean(ctx, qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.app import install_translations
    from officerdesk.ui.dialogs.import_records import PREVIEW, SUMMARY

    path = tmp_path / "calendar.ics"
    path.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0",
        "BEGIN:VEVENT", "UID:meet-1@example.org", "DTSTART:20260310T010000Z", "SUMMARY:특허청 방문", "END:VEVENT",
        "BEGIN:VEVENT", "UID:meet-2@example.org", "DTSTART:20260311T010000Z", "SUMMARY:취소", "STATUS:CANCELLED", "END:VEVENT",
        "BEGIN:VEVENT", "UID:meet-1@example.org", "DTSTART:20260312T010000Z", "SUMMARY:again", "END:VEVENT",
        "END:VCALENDAR", ""]), encoding="utf-8")
    image = tmp_path / "사진.csv"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert install_translations(qapp, "ko")
    try:
        ctx.lang = "ko"
        dialog = _dialog(ctx, qtbot)
        dialog.open_file(image)
        qtbot.waitUntil(dialog.file_problem.isVisible, timeout=10000)
        refused = dialog.file_problem.text()
        dialog.open_file(path)
        qtbot.waitUntil(dialog.next_button.isEnabled, timeout=10000)
        _enter(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=10000)
        _enter(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == SUMMARY, timeout=20000)
        lines = dialog.summary_text.toPlainText().splitlines()
    finally:
        install_translations(qapp, "en")
    assert "1행: 텍스트 파일이 아닙니다: PNG 이미지로 보입니다" in refused
    skipped = [line for line in lines if "cancelled" in line or "취소된 일정" in line or "UID" in line]
    assert any(line.endswith("취소된 일정") for line in skipped), lines
    assert any(line.endswith("3행과 UID가 같음") for line in skipped), lines
    assert not [line for line in skipped if "cancelled" in line or "same UID" in line], lines


def test_cancel_mid_way_leaves_the_profile_as_it_was(ctx, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.import_records import RUNNING, SUMMARY

    path = tmp_path / "notes.jsonl"
    rows = bulk.BATCH * 2 + 10  # three batches: the first is written, then the officer cancels
    path.write_text("".join(json.dumps({"type": "trend_note", "title": f"note {i}"}) + "\n" for i in range(rows)),
                    encoding="utf-8")
    written_once, cancelled = threading.Event(), threading.Event()
    real_flush = bulk.BatchWriter.flush

    def flush(self: Any) -> None:
        real_flush(self)
        if self.counts and not written_once.is_set():  # hold the lane after the first batch until Cancel
            written_once.set()
            cancelled.wait(10)

    monkeypatch.setattr(bulk.BatchWriter, "flush", flush)
    dialog = _dialog(ctx, qtbot)
    dialog.open_file(path)
    qtbot.waitUntil(dialog.next_button.isEnabled, timeout=10000)
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.next_button.text() == "Import" and dialog.next_button.isEnabled(), timeout=20000)

    def on_progress(job: int, _fraction: float, _message: str) -> None:
        if job == dialog.job and not cancelled.is_set():
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc: cancel the import, the dialog stays
            cancelled.set()

    ctx.runner.job_progressed.connect(on_progress)
    _enter(qtbot, dialog)
    assert dialog.pages.currentIndex() == RUNNING and dialog.cancel_button.text() == "Cancel import"
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == SUMMARY, timeout=30000)
    assert written_once.is_set() and cancelled.is_set()
    assert dialog.summary_label.text() == "Import cancelled: nothing was imported."
    assert dialog.summary is None and dialog.isVisible()
    assert _count(ctx, TrendNote) == 0  # the batch already written rolled back with the rest


@pytest.mark.parametrize(("name", "content", "found_by", "said"), [
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00", "detect",
     "This file cannot be imported: line 1: is not a text file: it looks like a PNG image"),
    ("notes.txt", b"just some words\n", "detect", "This file cannot be imported: cannot tell the format of"),
    ("broken.jsonl", b'{"type": "trend_note", "title": "ok"}\n{"type": "trend_note", "title": }\n', "preview",
     "This file cannot be imported: line 2: "),
    ("empty.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "run",
     "the file holds no events (no VEVENT); nothing was imported"),
])
def test_a_refused_file_says_why_on_the_page(ctx, qtbot, tmp_path: Path, name: str, content: bytes, found_by: str,  # type: ignore[no-untyped-def]
                                            said: str) -> None:
    from officerdesk.ui.dialogs.import_records import FILE, PREVIEW, SUMMARY

    path = tmp_path / name
    path.write_bytes(content)
    dialog = _dialog(ctx, qtbot)
    dialog.open_file(path)
    if found_by == "detect":
        qtbot.waitUntil(dialog.file_problem.isVisible, timeout=10000)
        assert dialog.file_problem.text().startswith(said) and not dialog.next_button.isEnabled()
        return
    qtbot.waitUntil(dialog.next_button.isEnabled, timeout=10000)
    _enter(qtbot, dialog)
    if found_by == "preview":  # the preview reads the file: back on the file page, said there
        qtbot.waitUntil(dialog.file_problem.isVisible, timeout=10000)
        assert dialog.pages.currentIndex() == FILE and dialog.file_problem.text().startswith(said)
        return
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=10000)
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == SUMMARY, timeout=10000)
    assert dialog.summary_label.text() == "Nothing was imported: the file has a problem."
    assert dialog.summary_text.toPlainText() == said


def test_esc_closes_the_dialog_before_the_import(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_preview_model_passes_the_model_test_and_shows_possible_matches(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.models.import_preview import ImportPreviewModel

    records = [{"type": "contact", "name": "Kim Jisoo", "email": "jisoo@kipo.go.kr"},
               {"type": "meeting", "title": "KIPO visit", "starts_at": "2026-03-10T01:00:00+00:00"}]
    model = ImportPreviewModel(records, here=[True], matches=["김지수 (KIPO)"])
    qtmodeltester.check(model)
    assert model.headers()[-2] == "Possible match"
    assert [model.index(r, 3).data() for r in range(2)] == ["김지수 (KIPO)", ""]
    assert [model.index(r, 2).data() for r in range(2)] == ["Already here", "New"]
    assert model.index(0, 4).data() == "jisoo@kipo.go.kr"
    model.show(records)
    assert model.columnCount() == 4


def _export_dialog(ctx: Any, qtbot: Any) -> Any:
    from officerdesk.ui.dialogs.export_records import ExportDialog

    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_by_type_and_period_leaves_restricted_records_out_unless_asked(seeded, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core import exchange
    from officerdesk.core.services import records

    ctx = seeded
    with ctx.store.session_factory.begin() as s:  # one restricted follow-up due in the period, one after it
        for due in (dt.date.today(), dt.date.today() + dt.timedelta(days=90)):
            records.create(s, "follow_up", post_id=ctx.post_id,
                           values={"text": "call the prosecutor", "due": due, "classification": "restricted"})
    dialog = _export_dialog(ctx, qtbot)
    dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
    dialog.type.setCurrentIndex(dialog.type.findData("follow_up"))
    first, last = dt.date.today() - dt.timedelta(days=60), dt.date.today() + dt.timedelta(days=60)
    dialog.limited.setChecked(True)
    dialog.first.setDate(first)
    dialog.last.setDate(last)
    with ctx.store.session_factory.begin() as s:
        expected_left_out = exchange.left_out(s, "jsonl", types=("follow_up",), period=(first, last))
    assert expected_left_out >= 1
    qtbot.waitUntil(lambda: dialog.left_out.text() == f"{expected_left_out} restricted records will be left out.",
                    timeout=10000)
    target = tmp_path / "follow-ups.jsonl"
    dialog.target.setText(str(target))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter exports
    qtbot.waitUntil(lambda: dialog.done_with is not None, timeout=20000)
    items = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert items and {i["type"] for i in items} == {"follow_up"}
    assert all(first.isoformat() <= i["due"] <= last.isoformat() for i in items)
    assert all(i["classification"] != "restricted" for i in items)
    assert dialog.outcome.text() == (f"Exported to {target}: {len(items)} Follow-ups. "
                                     f"{expected_left_out} restricted records were left out.")

    dialog.done_with = None
    dialog.restricted.setChecked(True)
    assert dialog.left_out.text() == "Restricted records are written too."
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.done_with is not None, timeout=20000)
    again = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(again) == len(items) + expected_left_out
    assert dialog.outcome.text() == f"Exported to {target}: {len(again)} Follow-ups."


@pytest.mark.parametrize("fmt", ["jsonl", "vcf-cards"])
def test_a_cancelled_export_leaves_no_file(ctx, qtbot, tmp_path: Path, monkeypatch, fmt: str) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core import exchange
    from officerdesk.core.exchange import rows

    source = tmp_path / "contacts.jsonl"
    source.write_text("".join(json.dumps({"type": "contact", "name": f"김민수 {i}"}) + "\n" for i in range(450)),
                      encoding="utf-8")
    with ctx.store.session_factory.begin() as s:
        exchange.import_file(s, source, "jsonl")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("contacts.jsonl" if fmt == "jsonl" else "cards")
    if fmt == "jsonl":
        target.write_text("last week's export\n", encoding="utf-8")  # an older file stays as it was
    halfway, cancelled = threading.Event(), threading.Event()
    real_records = rows.records

    def records(*args: Any, **kw: Any) -> Any:
        for n, item in enumerate(real_records(*args, **kw)):
            if n == 300:  # hold the lane with part of the file written until the officer cancels
                halfway.set()
                cancelled.wait(10)
            yield item

    monkeypatch.setattr(rows, "records", records)
    dialog = _export_dialog(ctx, qtbot)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.type.setCurrentIndex(dialog.type.findData("contact"))
    dialog.target.setText(str(target))
    progressed: list[float] = []
    ctx.runner.job_progressed.connect(lambda job, fraction, _m: progressed.append(fraction) if job == dialog.job else None)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.cancel_button.isVisible() and dialog.bar.isVisible() and not dialog.export_button.isEnabled()
    qtbot.waitUntil(halfway.is_set, timeout=20000)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=10000)  # 200 of 450 said before the hold
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels the export; the dialog stays
    cancelled.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert dialog.isVisible() and dialog.done_with is None
    assert dialog.outcome.text() == "Export cancelled: no file was written."
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible() and not dialog.bar.isVisible()
    assert progressed and max(progressed) < 1.0
    if fmt == "jsonl":
        assert [p.name for p in folder.iterdir()] == ["contacts.jsonl"]  # no temporary file left either
        assert target.read_text(encoding="utf-8") == "last week's export\n"
    else:
        assert list(target.iterdir()) == []  # not one card of the cancelled export

    monkeypatch.setattr(rows, "records", real_records)  # the next export runs to the end
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.done_with is not None, timeout=20000)
    assert dialog.done_with.counts == {"contact": 450} and dialog.bar.isHidden()
    written = target.read_text(encoding="utf-8").splitlines() if fmt == "jsonl" else list(target.iterdir())
    assert len(written) == 450


def test_export_formats_say_what_they_hold_and_a_bad_target_is_refused(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _export_dialog(ctx, qtbot)
    dialog.target.setText(str(tmp_path / "contacts.jsonl"))
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.target.text() == str(tmp_path / "contacts.csv")  # the name follows the format
    assert not dialog.type.isEnabled() and dialog.types() == ("contact",)
    dialog.format.setCurrentIndex(dialog.format.findData("vcf-cards"))
    assert dialog.target.text() == str(tmp_path / "contacts")  # a folder of cards
    dialog.format.setCurrentIndex(dialog.format.findData("ics"))
    dialog.target.setText(str(tmp_path / "missing" / "folder" / "meetings.ics"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Nothing was exported: cannot write"), timeout=10000)
    assert dialog.export_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_file_menu_opens_both_dialogs(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.export_records import ExportDialog
    from officerdesk.ui.dialogs.import_records import ImportDialog

    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Import…" in texts and "Export…" in texts
    window.import_action.trigger()
    window.export_action.trigger()
    assert window.findChild(ImportDialog).isVisible() and window.findChild(ExportDialog).isVisible()
