"""Saving a brief: written whole or not at all, readable only by its owner (it may be restricted)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from officerdesk.errors import UserError


def write_atomically(path: Path, data: bytes) -> None:
    """The file is either the old one or the whole new one, never half a PDF."""
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"Cannot write to {folder}: {exc.strerror or exc}", f"{folder}에 쓸 수 없습니다: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"Cannot write {path}: {exc.strerror or exc}", f"{path}을(를) 쓸 수 없습니다: {exc.strerror or exc}") from None
