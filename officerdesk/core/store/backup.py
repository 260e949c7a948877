"""Online backups of the encrypted database: made, verified by opening them, rotated, restored."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from officerdesk.errors import UserError

if TYPE_CHECKING:
    from officerdesk.core.store.db import Store

KEEP = 10


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def verify(path: Path, key: bytes) -> int:
    """Open a backup with the key and run an integrity check; returns its table count."""
    from officerdesk.core.store.db import connect_raw

    try:
        conn = connect_raw(path, key)
    except sqlcipher.DatabaseError as exc:
        raise UserError(f"{path} is not a backup of this profile (wrong key or damaged): {exc}") from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise UserError(f"{path} failed its integrity check: {result}")
        return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        conn.close()


def make_backup(store: Store, *, dest: Path | None = None, reason: str = "manual") -> Path:
    """Copy the live database (consistent, WAL included) to an encrypted, verified file."""
    from officerdesk.core.store.db import connect_raw

    if dest is None:
        store.paths.backups.mkdir(parents=True, exist_ok=True)
        dest = store.paths.backups / f"officerdesk-{_stamp()}-{reason}.db"
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source = connect_raw(store.paths.database, store.key)
    try:
        target = sqlcipher.connect(str(tmp))
        target.execute(f"PRAGMA key = \"x'{store.key.hex()}'\"")
        source.backup(target)
        target.close()
    finally:
        source.close()
    verify(tmp, store.key)
    os.replace(tmp, dest)
    if dest.parent == store.paths.backups:
        rotate(store.paths.backups)
    return dest


def rotate(folder: Path, keep: int = KEEP) -> None:
    backups = sorted(folder.glob("officerdesk-*.db"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)


def restore(store: Store, source: Path) -> Path:
    """Replace the profile's database with a verified backup; the current one is backed up first."""
    source = Path(source)
    if not source.is_file():
        raise UserError(f"{source}: no such backup file")
    verify(source, store.key)
    safety = make_backup(store, reason="pre-restore")
    store.engine.dispose()
    db = store.paths.database
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    tmp = db.with_name(db.name + ".restore")
    shutil.copyfile(source, tmp)
    os.replace(tmp, db)
    return safety


def latest(folder: Path) -> Path | None:
    backups = sorted(folder.glob("officerdesk-*.db"))
    return backups[-1] if backups else None


def backup_if_due(store: Store, *, max_age: dt.timedelta = dt.timedelta(hours=24)) -> Path | None:
    """The automatic daily backup: made when the newest one is older than `max_age`."""
    newest = latest(store.paths.backups)
    if newest is not None:
        age = dt.datetime.now(dt.UTC) - dt.datetime.fromtimestamp(newest.stat().st_mtime, dt.UTC)
        if age < max_age:
            return None
    return make_backup(store, reason="auto")
