"""Which kinds of records a unit of work changed, read from what its session actually wrote.

Callers used to declare the kinds a write would change (`changes={...}`), and a wrong
guess left a view stale. The session knows better: every flush lists the objects it inserted,
updated or deleted, and every ORM-enabled bulk statement names its entity. Both are collected
into `session.info` as record types (`SyncRecord.record_type`); bookkeeping rows (outbox, sync
state) have no record type and are left out.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from officerdesk.core.kinds import RecordType, record_type
from officerdesk.core.write.hooks import install_once

KINDS = "officerdesk.changed_kinds"


def install(factory: sessionmaker[Session]) -> None:
    install_once(factory, "_officerdesk_touched", {"after_flush": _after_flush, "do_orm_execute": _bulk_statement})


def changed_kinds(session: Session) -> frozenset[RecordType]:
    return frozenset(record_type(name) for name in session.info.get(KINDS, ()))


def _note(session: Session, cls: type) -> None:
    kind = getattr(cls, "record_type", None)
    if isinstance(kind, str):
        session.info.setdefault(KINDS, set()).add(kind)


def _after_flush(session: Session, _context: Any) -> None:
    # the collections still hold this flush's objects here (they are cleared after it)
    for obj in (*session.new, *session.dirty, *session.deleted):
        _note(session, type(obj))


def _bulk_statement(state: ORMExecuteState) -> None:
    if (state.is_insert or state.is_update or state.is_delete) and state.bind_mapper is not None:
        _note(state.session, state.bind_mapper.class_)
