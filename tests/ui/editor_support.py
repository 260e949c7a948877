"""What the editor tests share: opening an editor on a real profile, typing, reading the database."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from officerdesk.core.services import records
from officerdesk.ui.editors import RecordEditor, editor_for
from officerdesk.ui.editors.fields import Field, LineField, TextField


def open_editor(qtbot: Any, ctx: Any, kind: str, record_id: str | None = None) -> RecordEditor:
    editor = editor_for(kind, ctx)
    qtbot.addWidget(editor)
    editor.resize(760, 1000)
    editor.show()
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.load(record_id, post_id=ctx.post_id)
    qtbot.waitUntil(lambda: not editor.busy, timeout=5000)
    return editor


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like an officer: ASCII as key presses, Hangul and kanji as an input method commits them
    (QTest's key clicks only know ASCII)."""
    for is_ascii, run in groupby(text, key=lambda ch: ch.isascii()):
        chunk = "".join(run)
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: Any, field: Field, text: str) -> None:
    if isinstance(field, LineField):
        field.line.selectAll()
        type_text(qtbot, field.line, text)
    elif isinstance(field, TextField):
        field.text.selectAll()
        type_text(qtbot, field.text, text)
    else:
        raise TypeError(f"cannot type into {type(field).__name__}")


def save(qtbot: Any, editor: RecordEditor) -> str:
    with qtbot.waitSignal(editor.saved, timeout=5000) as blocker:
        editor.save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=5000)
    return str(blocker.args[0])


def stored(ctx: Any, kind: str, record_id: str) -> Any:
    with ctx.store.session_factory.begin() as s:
        return records.get(s, kind, record_id)


def create(ctx: Any, kind: str, **values: Any) -> str:
    with ctx.store.session_factory.begin() as s:
        return records.create(s, kind, post_id=ctx.post_id, values=values).id


def answer_yes(monkeypatch: Any) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
