"""Repair of clock stamps an older HQ let in (issue 10): `admin repair-clocks` and migration 0007.

HQ read stamps with `int(x, 16)`, which also takes full-width and other Unicode digits, upper case,
"+", "_" and blanks. Such a stamp compares as text unlike the clock it stands for: a full-width one
sorts after every real stamp and froze its field, and a laptop refuses a page or snapshot that
carries one. Stamps are kept in three places: each field clock of `hq_record.clocks`, each
`hq_change.hlc` (which is also the `created_hlc` a snapshot sends), and the `remote_hlc` value of
"conflict" records.

The repair rewrites each bad change row's stamp to what the old code read it as (so history keeps
its order and creation times), and then re-publishes every field a bad stamp touched with its value
at HQ under one fresh server stamp: a new change row, so every laptop pulls the value and clock
HQ holds (whatever order it replayed history in), and a clock the next honest edit beats. That
stamp is HQ's clock now, or just after the latest stamp involved when that is later; a reading
more than five minutes ahead counts as now, so the repair can never freeze a field again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, or_, select, update
from sqlalchemy.orm import Session

from officerdesk.core.clock import encode, is_stamp, too_far_ahead, wall_ms_now
from officerdesk.hq import audit
from officerdesk.hq.records import Writer, after, server_stamp
from officerdesk.hq.settings_file import AuditKeys
from officerdesk.hq.store import Change, Record

ACTION = "repair_clocks"
CONFLICT_TYPE = "conflict"
CONFLICT_STAMP = "remote_hlc"
_BATCH = 1000


def old_reading(text: object) -> str | None:
    """The stamp the old HQ read `text` as (`int` of its wall and counter parts), in its one strict
    form; None when even that reading fails or leaves a clock's range."""
    if type(text) is not str:
        return None
    try:
        wall, counter = int(text[:13], 16), int(text[13:], 16)
    except ValueError:
        return None
    if not (0 <= wall < 16**13 and 0 <= counter <= 0xFFFF):
        return None
    return encode(wall, counter)


@dataclass
class Findings:
    """What is malformed: per record, the fields to re-publish; the change rows to rewrite."""

    fields: dict[str, set[str]] = field(default_factory=dict)
    record_clocks: int = 0
    conflict_stamps: int = 0
    change_rows: dict[int, str] = field(default_factory=dict)  # seq -> the stamp it becomes
    latest: str = ""  # the latest stamp involved (readings within the drift limit, fields' clocks)

    @property
    def empty(self) -> bool:
        return not self.fields and not self.change_rows

    def touch(self, record_id: str, name: str) -> None:
        self.fields.setdefault(record_id, set()).add(name)


@dataclass(frozen=True)
class RepairReport:
    records: int
    fields: int
    record_clocks: int
    change_rows: int
    conflict_stamps: int
    stamp: str = ""  # the fresh stamp the re-published fields got ("" on a dry run)

    def counts(self) -> dict[str, Any]:
        return {"records": self.records, "fields": self.fields, "record_clocks": self.record_clocks,
                "change_rows": self.change_rows, "conflict_stamps": self.conflict_stamps, "stamp": self.stamp}


def _bad_change_stamp(session: Session) -> ColumnElement[bool]:
    """A cheap SQL test that finds every malformed `hq_change.hlc` (and is confirmed in Python)."""
    if session.get_bind().dialect.name == "postgresql":
        return Change.hlc.op("!~")("^[0-9a-f]{17}$")
    return or_(func.length(Change.hlc) != 17, Change.hlc.op("GLOB")("*[^0-9a-f]*"))


def _floor(findings: Findings, reading: str | None, now_ms: int) -> str:
    """A bad stamp's replacement in history: the old reading, unless that lies beyond the drift
    limit (or is unreadable), when it is HQ's time now."""
    if reading is None or too_far_ahead(reading, now_ms):
        reading = encode(now_ms, 0)
    findings.latest = max(findings.latest, reading)
    return reading


def _rows(session: Session, query: Any) -> Iterator[Any]:
    yield from session.execute(query.execution_options(yield_per=_BATCH))


def find(session: Session) -> Findings:
    """Every malformed stamp HQ holds; reads only."""
    out, now_ms = Findings(), wall_ms_now()
    for seq, record_id, name, hlc in _rows(session, select(Change.seq, Change.record_id, Change.field, Change.hlc)
                                           .where(_bad_change_stamp(session))):
        if not is_stamp(hlc):
            out.change_rows[seq] = _floor(out, old_reading(hlc), now_ms)
            out.touch(record_id, name)
    for record_id, clocks in _rows(session, select(Record.id, Record.clocks)):
        for name, clock in (clocks or {}).items():
            stamp = clock[0] if isinstance(clock, list) and clock else None
            if is_stamp(stamp):
                continue
            out.record_clocks += 1
            out.touch(record_id, name)
            _floor(out, old_reading(stamp), now_ms)
    for record_id, data in _rows(session, select(Record.id, Record.data).where(Record.type == CONFLICT_TYPE)):
        value = (data or {}).get(CONFLICT_STAMP, "")
        if value != "" and not is_stamp(value):
            out.conflict_stamps += 1
            out.touch(record_id, CONFLICT_STAMP)
    return out


def _report(findings: Findings, stamp: str = "") -> RepairReport:
    return RepairReport(records=len(findings.fields), fields=sum(len(f) for f in findings.fields.values()),
                        record_clocks=findings.record_clocks, change_rows=len(findings.change_rows),
                        conflict_stamps=findings.conflict_stamps, stamp=stamp)


def dry_run(session: Session) -> RepairReport:
    return _report(find(session))


def repair(session: Session, *, actor: str) -> RepairReport:
    """Find and repair every malformed stamp, with one audit row of counts when there was any.
    Call inside `Database.write()` (or a session carrying the audit keys)."""
    findings = find(session)
    if findings.empty:
        return _report(findings)
    for seq_hlc in _chunks(list(findings.change_rows.items())):
        session.execute(update(Change), [{"seq": seq, "hlc": hlc} for seq, hlc in seq_hlc])
    writer = Writer(session)
    fresh = server_stamp()
    stamp = dataclasses.replace(fresh, hlc=after(fresh.hlc, max(findings.latest, _latest_clock(session, findings))))
    ids = sorted(findings.fields)
    for chunk in _chunks(ids):
        for rec in session.scalars(select(Record).where(Record.id.in_(chunk)).order_by(Record.id)):
            values = {name: rec.data.get(name) for name in sorted(findings.fields[rec.id]) if name in rec.data}
            if rec.type == CONFLICT_TYPE and CONFLICT_STAMP in values and not is_stamp(values[CONFLICT_STAMP]):
                values[CONFLICT_STAMP] = old_reading(values[CONFLICT_STAMP]) or ""
            writer.set_fields(rec, values, stamp)
    report = _report(findings, stamp.hlc)
    audit.append(session, actor=actor, action=ACTION, **report.counts())
    return report


def _latest_clock(session: Session, findings: Findings) -> str:
    """The latest well-formed clock among the fields to re-publish: the fresh stamp must follow it."""
    latest, now_ms = "", wall_ms_now()
    for chunk in _chunks(sorted(findings.fields)):
        for record_id, clocks in session.execute(select(Record.id, Record.clocks).where(Record.id.in_(chunk))):
            for name in findings.fields[record_id]:
                clock = (clocks or {}).get(name)
                if isinstance(clock, list) and clock and is_stamp(clock[0]) and not too_far_ahead(clock[0], now_ms):
                    latest = max(latest, clock[0])
    return latest


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(items), 500):
        yield items[i:i + 500]


def repair_on_upgrade(conn: Connection, keys: AuditKeys) -> RepairReport:
    """Migration 0007: the same repair inside the upgrade's transaction, signed with HQ's audit key."""
    with Session(bind=conn) as session:  # joins the migration's transaction; committing it is the migration's
        session.info[audit.AUDIT_KEYS] = keys
        report = repair(session, actor="hq:upgrade")
        session.commit()  # runs the Writer's change-row INSERT
    return report
