"""The New Brief dialog: build in the background, preview in QPdfView, save, finalise."""

from __future__ import annotations

import hashlib
from pathlib import Path

from officerdesk.core import dto as d
from officerdesk.core.services import records


def _seed(ctx) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with ctx.store.session_factory.begin() as s:
        meeting = records.create(s, "meeting", post_id=ctx.post_id, values={
            "title": "USPTO 정례 협의", "kind": "ip_office", "starts_at": "2026-10-06T14:00:00", "decisions": "Monthly contact point agreed."})
        secret = records.create(s, "meeting", post_id=ctx.post_id, values={
            "title": "RESTRICTED-TITLE", "kind": "ministry", "starts_at": "2026-10-07T14:00:00", "classification": "restricted"})
        request = records.create(s, "company_request", post_id=ctx.post_id, values={
            "title": "Trademark squatting", "category": "trademark_squatting", "received": "2026-10-02"})
    return {"meeting": meeting.id, "secret": secret.id, "request": request.id}


def _dialog(ctx, qtbot, **kwargs):  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.new_brief import NewBriefDialog

    dialog = NewBriefDialog(ctx, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.post.count() > 0, timeout=5000)
    return dialog


def test_activity_brief_builds_previews_saves_and_finalises(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(ctx)
    dialog = _dialog(ctx, qtbot, kind="activity")
    assert dialog.post.currentData() == "WAS"
    dialog.period.setText("2026-10")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.built, timeout=20000) as got:
        dialog.build_button.click()
    assert got.args[0] >= 1 and dialog.document.pageCount() == got.args[0]
    assert dialog.pdf is not None and dialog.pdf.startswith(b"%PDF")
    assert "1" in dialog.message.text()  # one restricted record left out is said
    assert dialog.save_button.isEnabled() and dialog.finalise_button.isEnabled()

    target = tmp_path / "briefs" / "october"
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.save_to(target)
    pdf_path = target.with_suffix(".pdf")
    assert pdf_path.read_bytes() == dialog.pdf
    with qtbot.waitSignal(dialog.finalised, timeout=10000):
        dialog.finalise()
    with ctx.store.session_factory.begin() as s:
        brief = records.get(s, "brief", saved.args[0])
    assert isinstance(brief, d.BriefDTO)
    assert brief.finalised and brief.sent_state == "queued" and brief.period == "2026-10" and brief.language == "en"
    assert brief.sha256 == hashlib.sha256(pdf_path.read_bytes()).hexdigest()


def test_meeting_brief_needs_a_record_and_restricted_needs_the_box(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = _seed(ctx)
    dialog = _dialog(ctx, qtbot, kind="meeting")
    assert dialog.pick_button.isEnabled() and not dialog.period.isEnabled()
    dialog.build_button.click()
    assert "Choose the record" in dialog.message.text() and dialog.pdf is None

    dialog.set_record((ids["meeting"], "USPTO 정례 협의"))
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.build_button.click()
    assert dialog.pdf is not None

    dialog.set_record((ids["secret"], "RESTRICTED-TITLE"))
    assert dialog.pdf is None  # options changed: the old preview cannot be saved as this one
    qtbot.waitUntil(lambda: not dialog.busy)
    dialog.build_button.click()
    qtbot.waitUntil(lambda: "not built" in dialog.message.text(), timeout=20000)
    assert dialog.pdf is None
    dialog.include_restricted.setChecked(True)
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.build_button.click()
    assert dialog.pdf is not None and dialog.heading.classification == "restricted"


def test_a_bad_period_is_said_beside_the_form(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    ctx.identity = dataclasses.replace(ctx.identity, role="hq_analyst")  # the roll-up is HQ's
    dialog = _dialog(ctx, qtbot, kind="rollup")
    assert dialog.kind_code == "rollup"
    dialog.period.setText("2026-Q7")
    dialog.build_button.click()
    assert "2026-Q7" in dialog.message.text() and dialog.pdf is None and not dialog.busy


def test_the_officer_edits_page_one_saves_a_word_copy_and_finalising_numbers_the_brief(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import io
    import json

    from docx import Document as read_docx
    from pypdf import PdfReader

    from officerdesk.core.report_dto import BriefSummary
    from officerdesk.core.services import briefs_log

    _seed(ctx)
    ctx.store.paths.settings_file.write_text(json.dumps({"hq_division": "해외지식재산보호과", "officer_title": "상무관"}), encoding="utf-8")
    dialog = _dialog(ctx, qtbot, kind="activity")
    dialog.period.setText("2026-10")
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.build_button.click()
    overview = dialog.summary_edits["overview"]
    assert "2026년 10월" in overview.toPlainText()  # prefilled from the figures
    overview.setPlainText("본부 협조로 위조상품 통관 보류가 늘었음")
    dialog.summary_edits["requests"].setPlainText("텍사스 세미나 예산 지원")
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.save_to(tmp_path / "draft.pdf")
    first = PdfReader(tmp_path / "draft.pdf").pages[0].extract_text()
    assert "위조상품 통관 보류" in first and "텍사스 세미나" in first and "해외지식재산보호과" in first
    with ctx.store.session_factory.begin() as s:
        draft = records.get(s, "brief", saved.args[0])
        number = briefs_log.next_number(s, "WAS", dt_year())
    assert isinstance(draft, d.BriefDTO) and BriefSummary.from_text(draft.summary) == dialog.summary() and not draft.doc_number

    dialog.save_word_to(tmp_path / "copy")
    qtbot.waitUntil(lambda: (tmp_path / "copy.docx").exists(), timeout=20000)
    word = "\n".join(p.text for p in read_docx(io.BytesIO((tmp_path / "copy.docx").read_bytes())).paragraphs)
    assert "위조상품 통관 보류" in word

    with qtbot.waitSignal(dialog.finalised, timeout=20000):
        dialog.finalise()
    with ctx.store.session_factory.begin() as s:
        final = records.get(s, "brief", saved.args[0])
    assert isinstance(final, d.BriefDTO) and final.finalised and final.doc_number == number
    text = PdfReader(tmp_path / "draft.pdf").pages[0].extract_text()
    assert number in text.replace("\n", "") and final.sha256 == hashlib.sha256((tmp_path / "draft.pdf").read_bytes()).hexdigest()


def dt_year() -> int:
    import datetime as dt

    return dt.date.today().year


def test_an_edited_summary_shows_in_the_preview_once_typing_pauses_built_off_the_ui_thread(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io
    import threading

    from pypdf import PdfReader

    from officerdesk import briefs
    from officerdesk.ui.dialogs import new_brief

    ids = _seed(ctx)
    monkeypatch.setattr(new_brief, "PREVIEW_PAUSE_MS", 300)
    dialog = _dialog(ctx, qtbot, kind="meeting", record=(ids["meeting"], "USPTO 정례 협의"))
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.build_button.click()
    threads: list[threading.Thread] = []
    real_build = briefs.build

    def build(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(briefs, "build", build)
    overview = dialog.summary_edits["overview"]
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        for n, text in enumerate(("협의", "협의 결과", "협의 결과 매월 연락 창구를 두기로 함")):
            overview.setPlainText(text)  # three edits in a row: typeset once, after the pause
            if n < 2:
                qtbot.wait(50)
    first = PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()  # type: ignore[arg-type]
    assert "매월 연락 창구를 두기로 함" in first.replace("\n", " ")
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert dialog.refresh_preview() is None  # the preview already shows this summary
    # the meeting's own fields are headed 회의 정보: 개요 is page 1's summary alone
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.pdf)).pages)  # type: ignore[arg-type]
    assert text.count("개요") == 1 and "회의 정보" in text


def test_the_dialog_names_a_character_that_prints_as_a_placeholder(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    with ctx.store.session_factory.begin() as s:
        meeting = records.create(s, "meeting", post_id=ctx.post_id, values={
            "title": "Lunch with KIPO \U0001F600 team", "kind": "ip_office", "starts_at": "2026-10-20T12:00:00"}).id
    dialog = _dialog(ctx, qtbot, kind="meeting", record=(meeting, "Lunch"))
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.build_button.click()
    notice = dialog.message.text()
    assert "placeholders" in notice and "[U+1F600]" in notice and "Lunch with KIPO" in notice
    assert notice.count("[U+1F600]") == 1  # said once, for the meeting


def _post_of_three(ctx, role: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    import dataclasses

    from officerdesk.core.write.changes import sync_state

    with ctx.store.session_factory.begin() as s:
        sync_state(s).role = role
        me = ctx.identity.officer_id
        lee = records.create(s, "officer", post_id=ctx.post_id, values={"name": "이영희"}).id
        park = records.create(s, "officer", post_id=ctx.post_id, values={"name": "박서준"}).id
        records.create(s, "company_request", post_id=ctx.post_id, values={"title": "Seized chargers", "assignee_id": park})
    ctx.identity = dataclasses.replace(ctx.identity, role=role)
    return {"me": me, "lee": lee, "park": park}


def test_an_administrator_briefs_another_officers_handover_naming_the_successor_on_page_one(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.briefs.pdfcheck import pages_text, squash

    ids = _post_of_three(ctx, "admin")
    dialog = _dialog(ctx, qtbot, kind="handover")
    qtbot.waitUntil(lambda: dialog.leaving.count() == 3, timeout=5000)
    assert dialog.leaving.isEnabled() and dialog.successor.isEnabled()
    assert dialog.leaving.currentData() == ids["me"]
    dialog.leaving.setCurrentIndex(dialog.leaving.findData(ids["park"]))
    offered = [dialog.successor.itemData(i) for i in range(dialog.successor.count())]
    assert offered[0] == "" and sorted(offered[1:]) == sorted([ids["me"], ids["lee"]]), "not the departing officer"
    dialog.successor.setCurrentIndex(dialog.successor.findData(ids["lee"]))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.build_button.click()
    said = "박서준 hands over to 이영희: 1 open company requests"
    assert dialog.summary_edits["overview"].toPlainText().startswith(said)
    assert dialog.pdf is not None and squash(said) in squash(pages_text(dialog.pdf)[0])
    assert dialog._scope() == ids["park"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("activity"))
    assert not dialog.leaving.isEnabled() and not dialog.successor.isEnabled()


def test_an_officer_briefs_only_their_own_handover_but_names_the_successor(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = _post_of_three(ctx, "officer")
    dialog = _dialog(ctx, qtbot, kind="handover")
    qtbot.waitUntil(lambda: dialog.successor.count() == 3, timeout=5000)
    assert [dialog.leaving.itemData(i) for i in range(dialog.leaving.count())] == [ids["me"]]
    assert not dialog.leaving.isEnabled() and dialog.successor.isEnabled()
    dialog.successor.setCurrentIndex(dialog.successor.findData(ids["park"]))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.built, timeout=20000):
        dialog.build_button.click()
    assert dialog.summary_edits["overview"].toPlainText().startswith(
        f"{ctx.identity.officer_name} hands over to 박서준: 0 open company requests")
