"""A record's attachments: list them, attach files, read one back, remove one.

The files are encrypted into the profile's attachments folder; the database row and the file are
written in the same unit of work on the lane."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from officerdesk.core import kinds

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core import dto as d
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnDone


def list_attachments(*, ctx: AppContext, owner_type: str, owner_id: str,
                     on_done: Callable[[list[d.RecordDTO]], None]) -> int:
    from officerdesk.core import attachments

    return ctx.runner.query(lambda s: attachments.of_record(s, owner_type, owner_id), on_done=on_done)


def attach_files(*, ctx: AppContext, owner_type: str, owner_id: str, paths: list[Path], on_done: OnDone = None) -> int:
    """Attach every file in one transaction: all of them or none."""
    from officerdesk.core import attachments

    folder = ctx.store.paths.attachments

    def work(s: Session) -> None:
        for path in paths:
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            attachments.add(s, folder, owner_type=owner_type, owner_id=owner_id,
                            data=path.read_bytes(), filename=path.name, mime=mime)

    return ctx.runner.write(work, on_done=on_done)


def read_attachment(*, ctx: AppContext, attachment_id: str, on_done: Callable[[bytes], None]) -> int:
    """The attachment's bytes, decrypted (for a temporary copy the officer opens)."""
    from officerdesk.core import attachments

    folder = ctx.store.paths.attachments
    return ctx.runner.query(lambda s: attachments.read(s, folder, attachment_id), on_done=on_done)


def remove_attachment(*, ctx: AppContext, attachment_id: str, on_done: OnDone = None) -> int:
    from officerdesk.core.services import records

    return ctx.runner.write(lambda s: records.delete(s, kinds.ATTACHMENT.name, attachment_id), on_done=on_done)
