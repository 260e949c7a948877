"""One engine factory for a profile: SQLCipher with a raw key, WAL, foreign keys.

Core never imports the keyring: the caller hands `open_store` a `DatabaseKeys` (the app passes
officerdesk.secrets, through officerdesk.profiles), so the key reaches core only as bytes.

A profile whose database exists but whose key is missing or wrong is never replaced by a fresh or
plaintext database: opening stops with ProfileLocked and a recovery message.

Opening a profile does not import SQLAlchemy: the key is proven and the schema version read on a
plain DB-API connection, and a `Store` makes its engine and Session factory when first asked
for them. The desktop app shows its first window before that (docs/decisions.md, "Start-up").
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import sqlcipher3.dbapi2 as sqlcipher

from officerdesk.core import timepolicy
from officerdesk.errors import ProfileLocked, UserError
from officerdesk.paths import ProfilePaths, profile_paths

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000

# Backups are encrypted with the same key, so restoring one is no way out: only the recoveries
# that exist are named (docs/hq.md, "Key escrow"; the app's key-missing screen offers the same).
_LOCKED_EN = (
    "The database at {path} cannot be opened: its key is {why} in the OS keyring. "
    "Nothing was changed. Recover the key through HQ with a one-time recovery code "
    "(`officerdesk recover --code CODE`, if this laptop was enrolled), or from your recovery file "
    "(`officerdesk recover --file FILE`); or enrol a new profile and pull the post's records from HQ "
    "(edits not yet sent to HQ stay locked in this file until its key is recovered)."
)
_LOCKED_KO = (
    "{path} 데이터베이스를 열 수 없습니다. OS 키링의 키가 {why_ko}. 아무것도 변경하지 않았습니다. "
    "본부에서 받은 일회용 복구 코드(`officerdesk recover --code CODE`, 본부에 등록한 노트북인 경우)나 "
    "복구 파일(`officerdesk recover --file FILE`)로 키를 복구하거나, 새 프로필을 등록해 본부에서 공관 "
    "기록을 받으십시오(본부에 아직 보내지 않은 편집은 키를 복구할 때까지 이 파일에 잠겨 있습니다)."
)


class DatabaseKeys(Protocol):
    """Where profiles' raw database keys are kept, by profile id (officerdesk.secrets is one)."""

    def backend_name(self) -> str: ...

    def database_key(self, profile_id: str) -> bytes | None: ...

    def create_database_key(self, profile_id: str) -> bytes: ...


def _locked(path: Path, why: str, why_ko: str, reason: str) -> ProfileLocked:
    return ProfileLocked(
        _LOCKED_EN.format(path=path, why=why), _LOCKED_KO.format(path=path, why_ko=why_ko),
        reason=reason, root=str(path.parent),
    )


def key_opens(path: Path, key: bytes) -> bool:
    """Whether `key` opens the database at `path`, read-only: a recovered key is proven before the
    keyring keeps it, and the file is not written (no WAL switch, no schema change)."""
    return enrolled_device(path, key) is not None


def enrolled_device(path: Path, key: bytes) -> str | None:
    """The HQ device the database at `path` was enrolled as ("" if never), read-only as key_opens;
    None when `key` does not open it. A recovery code brings one device's key and token, so the
    database it is used on must be that device's, not merely one its key opens."""
    conn = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        return None
    try:
        row = conn.execute("SELECT device_id FROM sync_state WHERE id = 1").fetchone()
        return str(row[0] or "") if row else ""
    except sqlcipher.DatabaseError:  # opened, but no sync state yet: never enrolled
        return ""
    finally:
        conn.close()


def connect_raw(path: Path, key: bytes) -> sqlcipher.Connection:
    """A keyed DB-API connection, proven by one read; raises sqlcipher.DatabaseError on a bad key."""
    conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        # a wrong key or a damaged file raises below; SQLCipher's own log would only repeat it on stderr
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.create_function(timepolicy.SQL_LOCAL_DATE, 2, timepolicy.sql_local_date, deterministic=True)
    except Exception:
        conn.close()
        raise
    return conn


def _engine_for(path: Path, key: bytes) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Take the write lock at BEGIN so two writers queue on busy_timeout instead of failing
        # on lock upgrade mid-transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let the 'begin' listener issue BEGIN itself

    return engine


def make_engine(paths: ProfilePaths, key: bytes) -> Engine:
    """The one engine factory. `key` is the raw 32-byte database key."""
    return _engine_for(paths.database, key)


def read_profile_id(paths: ProfilePaths) -> str | None:
    try:
        data = json.loads(paths.profile_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise UserError(f"{paths.profile_file} is unreadable: {exc}") from exc
    value = data.get("profile_id")
    return value if isinstance(value, str) else None


def _write_profile_id(paths: ProfilePaths, keys: DatabaseKeys) -> str:
    from officerdesk.core.ids import uuid7  # a new profile only: opening one needs no uuid module

    profile_id = uuid7()
    paths.root.mkdir(parents=True, exist_ok=True)
    tmp = paths.profile_file.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"profile_id": profile_id, "keyring": keys.backend_name()}), encoding="utf-8"
    )
    os.replace(tmp, paths.profile_file)
    return profile_id


def _check_header(path: Path) -> None:
    """Refuse a plaintext SQLite file or an obviously truncated one before trying the key."""
    with path.open("rb") as fh:
        head = fh.read(16)
    if head.startswith(b"SQLite format 3"):
        raise UserError(
            f"{path} is an unencrypted SQLite file, not an OfficerDesk database; nothing was changed.",
            f"{path}은(는) 암호화되지 않은 SQLite 파일입니다. 아무것도 변경하지 않았습니다.",
        )
    if 0 < path.stat().st_size < 512:
        raise UserError(f"{path} is truncated ({path.stat().st_size} bytes); nothing was changed.")


def database_key_for(
    paths: ProfilePaths, keys: DatabaseKeys, *, create: bool
) -> tuple[str, bytes]:
    """The profile id and its key. A new profile gets both; an existing one must have its key."""
    db_exists = paths.database.exists() and paths.database.stat().st_size > 0
    profile_id = read_profile_id(paths)
    if db_exists:
        if profile_id is None:
            raise _locked(paths.database, "unknown (profile.json is missing)", "알 수 없습니다(profile.json 없음)",
                          "no_profile_id")
        key = keys.database_key(profile_id)
        if key is None:
            raise _locked(paths.database, "missing", "없습니다", "missing")
        return profile_id, key
    if not create:
        raise UserError(
            f"No OfficerDesk profile at {paths.root}. Create one with `officerdesk seed --profile {paths.root}` or open the app.",
            f"{paths.root}에 OfficerDesk 프로필이 없습니다. `officerdesk seed --profile {paths.root}`로 만들거나 앱을 여십시오.",
        )
    if profile_id is None:
        profile_id = _write_profile_id(paths, keys)
    key = keys.database_key(profile_id) or keys.create_database_key(profile_id)
    return profile_id, key


class Store:
    """An opened profile: its paths, id and key; the engine and the one Session factory for it
    are made on first use (importing SQLAlchemy then), from any thread."""

    def __init__(self, paths: ProfilePaths, profile_id: str, key: bytes) -> None:
        self.paths = paths
        self.profile_id = profile_id
        self.key = key
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._factory: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        return self._orm()[0]

    @property
    def session_factory(self) -> sessionmaker[Session]:
        return self._orm()[1]

    @property
    def orm_ready(self) -> bool:
        """True once the engine and Session factory exist."""
        return self._factory is not None

    def _orm(self) -> tuple[Engine, sessionmaker[Session]]:
        with self._lock:
            if self._engine is None or self._factory is None:
                from sqlalchemy.orm import sessionmaker

                from officerdesk.core.write import changes

                engine = make_engine(self.paths, self.key)
                factory = sessionmaker(engine, expire_on_commit=False)
                changes.install(factory)
                self._engine, self._factory = engine, factory
            return self._engine, self._factory

    def connect(self) -> sqlcipher.Connection:
        """A plain keyed DB-API connection to this profile (the caller closes it)."""
        return connect_raw(self.paths.database, self.key)

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()


def schema_version(conn: sqlcipher.Connection) -> str | None:
    """The Alembic revision a database is at, read without Alembic; None when not exactly one."""
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlcipher.OperationalError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def open_store(
    root: str | os.PathLike[str] | None,
    *,
    keys: DatabaseKeys,
    create: bool = True,
    migrate: bool = True,
    progress: Callable[[float, str], None] | None = None,
) -> Store:
    """Open (or, with create, make) a profile whose key `keys` holds; migrate after a backup
    when the schema is older."""
    paths = profile_paths(root)
    if paths.database.exists() and paths.database.stat().st_size > 0:
        _check_header(paths.database)
    profile_id, key = database_key_for(paths, keys, create=create)
    try:
        conn = connect_raw(paths.database, key)
    except sqlcipher.DatabaseError as exc:
        raise _locked(paths.database, "wrong (or the file is damaged)", "맞지 않습니다(또는 파일 손상)",
                      "wrong") from exc
    try:
        version = schema_version(conn)
    finally:
        conn.close()
    for sub in (paths.attachments, paths.backups, paths.drafts, paths.logs):
        sub.mkdir(parents=True, exist_ok=True)
    store = Store(paths, profile_id, key)
    if migrate:
        from officerdesk.core.store import migrate as migration

        migration.upgrade(store, progress=progress, current=version)
    return store
