"""New rows of a table: their column defaults, and one INSERT written as an executemany.

Used by every writer of new records: the before_flush hook fills a new object's defaults here,
the bulk writer and the sync engine's apply (snapshot and change pages) write their new rows
with `insert_plan`. Flushing mapped objects through the ORM's unit of work (or SQLAlchemy's own
executemany) spends more time per row preparing parameters than SQLite spends inserting; a
plan is the plain INSERT and the column types' own bind processors, so values are stored
exactly as the ORM would store them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Table
from sqlalchemy.engine import Connection, Dialect

from officerdesk.core.models import SyncRecord, utcnow
from officerdesk.core.write.stamp import FirstClocks

# a required text column's value until the real one arrives (sync/apply makes a unique one of it)
PLACEHOLDER = "~"


def missing_defaults(cls: type[SyncRecord], given: Mapping[str, Any], now: dt.datetime) -> list[tuple[str, Any]]:
    """The defaults of the columns `given` leaves empty: `now` for every "written at" column, so a
    record's times agree. A normal edit and a bulk import (on the new object's own dict) both
    fill a new record with these."""
    return [(key, arg if how == 0 else arg() if how == 1 else now)
            for key, arg, how in _default_plan(cls) if given.get(key) is None]


def made_defaults(cls: type[SyncRecord], now: dt.datetime) -> dict[str, Any]:
    """The defaults made at each write (`now`, or a function's value such as a new id)."""
    return {key: arg() if how == 1 else now for key, arg, how in _default_plan(cls) if how}


@functools.cache
def blank_row(cls: type[SyncRecord]) -> Mapping[str, Any]:
    """Every column of a new row that is not `made_defaults`': its default value, None where it
    may be empty, else a placeholder with no clock, which the real value always overwrites (a
    pulled record's fields may come in a later page). Copy it before filling it in."""
    made = {key for key, _arg, how in _default_plan(cls) if how}
    row: dict[str, Any] = {}
    for column in cls.__table__.columns:
        if column.key in made:
            continue
        if column.default is not None:
            row[column.key] = column.default.arg
        elif column.nullable:
            row[column.key] = None
        else:
            row[column.key] = _placeholder(column.type)
    return row


@functools.cache
def _default_plan(cls: type[SyncRecord]) -> tuple[tuple[str, Any, int], ...]:
    """The column defaults as (key, value or function, 0 value / 1 call / 2 now), looked at once."""
    plan: list[tuple[str, Any, int]] = []
    for column in cls.__table__.columns:
        if column.default is None:
            continue
        arg = column.default.arg
        fn = getattr(arg, "__wrapped__", None) if callable(arg) else None  # SQLAlchemy wraps a plain function
        if fn is utcnow:
            plan.append((column.key, None, 2))
        elif callable(arg):
            plan.append((column.key, fn or functools.partial(arg, None), 1))
        else:
            plan.append((column.key, arg, 0))
    return tuple(plan)


def _placeholder(column_type: Any) -> Any:
    if isinstance(column_type, DateTime):
        return dt.datetime(1970, 1, 1)
    if isinstance(column_type, Date):
        return dt.date(1970, 1, 1)
    if isinstance(column_type, Boolean):
        return False
    if isinstance(column_type, Integer):
        return 0
    if isinstance(column_type, JSON):
        return []
    return PLACEHOLDER


class JSONText(str):
    """A JSON column's value already encoded (a pulled record's clocks, built as text): written
    as it is."""

    __slots__ = ()


class InsertPlan:
    """One table's INSERT of every column (but a generated sequence), with (position, bind
    processor) of the columns whose values need one."""

    __slots__ = ("keys", "processors", "sql")

    def __init__(self, table: Table, dialect: Dialect) -> None:
        if dialect.paramstyle != "qmark":
            raise ValueError(f"the laptop's database takes ? parameters, not {dialect.paramstyle}")
        columns = [c for c in table.columns if c.autoincrement is not True]  # the outbox's sequence
        names = ", ".join(f'"{c.name}"' for c in columns)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
        self.keys = tuple(c.key for c in columns)
        self.processors = tuple((i, p) for i, p in enumerate(_processor(c.type, dialect) for c in columns)
                                if p is not None)

    def row(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        """The parameters of one row from its values by column key (a missing one is NULL)."""
        row = list(map(values.get, self.keys))
        for i, process in self.processors:
            row[i] = process(row[i])
        return tuple(row)

    def write(self, conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
        conn.exec_driver_sql(self.sql, [self.row(values) for values in rows])


_PLANS: dict[tuple[str, str], InsertPlan] = {}


def insert_plan(table: Table, dialect: Dialect) -> InsertPlan:
    """The table's plan, made once per table."""
    key = (table.name, dialect.name)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = InsertPlan(table, dialect)
    return plan


def _processor(ctype: Any, dialect: Dialect) -> Any:
    process = ctype.bind_processor(dialect)
    if not isinstance(ctype, JSON) or process is None:
        return process

    def json_value(value: Any) -> Any:
        kind = type(value)
        if kind is FirstClocks:
            return value.json
        if kind is JSONText:
            return value
        if not value and kind is list:
            return "[]"
        return process(value)

    return json_value
