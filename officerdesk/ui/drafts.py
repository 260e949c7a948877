"""Unsaved edits kept on disk, so a crash or a kill never loses what an officer typed.

One file per record (or per "new <type>") in the profile's `drafts/` folder. The files hold record
text, so they are encrypted with AES-GCM under a key derived from the database key; a file that
cannot be decrypted (another profile's, or damaged) is ignored, never shown.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext

SUFFIX = ".draft"
NONCE_BYTES = 12


@dataclass(frozen=True)
class Draft:
    record_type: str
    record_id: str | None  # None: a record not saved yet
    post_id: str
    title: str
    saved_at: dt.datetime  # UTC, aware
    fields: dict[str, Any]


def _key(ctx: AppContext) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"officerdesk drafts v1")
    return kdf.derive(ctx.store.key)


def draft_path(ctx: AppContext, record_type: str, record_id: str | None) -> Path:
    return Path(ctx.store.paths.drafts) / f"{record_type}-{record_id or 'new'}{SUFFIX}"


def write_draft(ctx: AppContext, draft: Draft) -> Path:
    """Encrypt and write atomically: a crash mid-write leaves the previous draft intact."""
    path = draft_path(ctx, draft.record_type, draft.record_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(
        {
            "record_type": draft.record_type,
            "record_id": draft.record_id,
            "post_id": draft.post_id,
            "title": draft.title,
            "saved_at": draft.saved_at.isoformat(),
            "fields": draft.fields,
        },
        ensure_ascii=False,
    ).encode("utf-8")
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_key(ctx)).encrypt(nonce, payload, path.name.encode())
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        fh.write(nonce + sealed)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def _read(ctx: AppContext, path: Path) -> Draft | None:
    try:
        blob = path.read_bytes()
        plain = AESGCM(_key(ctx)).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], path.name.encode())
        data = json.loads(plain.decode("utf-8"))
        return Draft(
            record_type=str(data["record_type"]),
            record_id=data.get("record_id") or None,
            post_id=str(data.get("post_id", "")),
            title=str(data.get("title", "")),
            saved_at=dt.datetime.fromisoformat(data["saved_at"]),
            fields=dict(data["fields"]),
        )
    except (OSError, ValueError, KeyError, TypeError, InvalidTag):
        return None


def read_draft(ctx: AppContext, record_type: str, record_id: str | None) -> Draft | None:
    path = draft_path(ctx, record_type, record_id)
    return _read(ctx, path) if path.exists() else None


def remove_draft(ctx: AppContext, record_type: str, record_id: str | None) -> None:
    draft_path(ctx, record_type, record_id).unlink(missing_ok=True)


def pending_drafts(ctx: AppContext) -> list[Draft]:
    """Every readable draft in the profile, newest first."""
    folder = Path(ctx.store.paths.drafts)
    if not folder.is_dir():
        return []
    found = [_read(ctx, p) for p in folder.glob(f"*{SUFFIX}")]
    return sorted((d for d in found if d is not None), key=lambda d: d.saved_at, reverse=True)


# Drafts the officer chose "Open and recover" for: the editor applies them when it shows the record.
_recover_on_open: set[tuple[str, str, str]] = set()


def recover_on_open(ctx: AppContext, record_type: str, record_id: str | None) -> None:
    _recover_on_open.add((str(ctx.profile_dir), record_type, record_id or ""))


def claim_recovery(ctx: AppContext, record_type: str, record_id: str | None) -> bool:
    """True once if this record's draft should be applied without asking again."""
    key = (str(ctx.profile_dir), record_type, record_id or "")
    if key in _recover_on_open:
        _recover_on_open.discard(key)
        return True
    return False


def local_time_text(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class DraftRecoveryDialog(QDialog):
    """Shown at start when drafts were left behind: open one to recover it, or discard it.

    `open_requested(record_type, record_id, post_id)` asks the main window to show that record
    (record_id "" = a new record); its editor then offers the draft's values.
    """

    open_requested = Signal(str, str, str)

    def __init__(self, ctx: AppContext, drafts: list[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Recover unsaved changes"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("OfficerDesk was closed while these records had unsaved changes."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for draft in drafts:
            self._add_item(draft)
        self.list.setCurrentRow(0)
        self.open_button = QPushButton(self.tr("Open and recover"))
        self.open_button.setObjectName("recoverDraft")
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setObjectName("discardDraft")
        # Enter recovers: the safe choice is the default, and discarding asks first
        self.open_button.setDefault(True)
        self.discard_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.discard_button.clicked.connect(self._discard)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _add_item(self, draft: Draft) -> None:
        title = draft.title or self.tr("(new record)")
        item = QListWidgetItem(self.tr("%1 — saved %2").replace("%1", title).replace("%2", local_time_text(draft.saved_at)))
        item.setData(Qt.ItemDataRole.UserRole, draft)
        self.list.addItem(item)

    def _current(self) -> Draft | None:
        item = self.list.currentItem()
        draft = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return draft if isinstance(draft, Draft) else None

    def _open(self) -> None:
        draft = self._current()
        if draft is None:
            return
        recover_on_open(self.ctx, draft.record_type, draft.record_id)
        self.open_requested.emit(draft.record_type, draft.record_id or "", draft.post_id)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.accept()

    def confirm_discard(self, draft: Draft) -> bool:
        from PySide6.QtWidgets import QMessageBox

        title = draft.title or self.tr("(new record)")
        answer = QMessageBox.question(
            self, self.tr("Discard unsaved changes"),
            self.tr("Discard the unsaved changes to “%1”? They cannot be brought back.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _discard(self) -> None:
        draft = self._current()
        if draft is None or not self.confirm_discard(draft):
            return
        remove_draft(self.ctx, draft.record_type, draft.record_id)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.accept()


def offer_recovery(ctx: AppContext, parent: QWidget | None = None) -> DraftRecoveryDialog | None:
    """Open (non-blocking) the recovery dialog if drafts are waiting. "Open and recover" shows the
    record through `ctx.open_record` (record id "" = a new record) and its editor applies the
    draft. Returns None when there is nothing to recover."""
    drafts = pending_drafts(ctx)
    if not drafts:
        return None
    dialog = DraftRecoveryDialog(ctx, drafts, parent)
    dialog.open_requested.connect(lambda kind, record_id, _post: ctx.open_record(kind, record_id))
    dialog.open()
    return dialog
