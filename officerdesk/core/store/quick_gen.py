"""Writes `core/store/quick_sql.py`: the SQL SQLAlchemy compiles for the desktop's start-up reads.

The queries themselves are defined once, with the ORM (`services.records.list_statement`,
`count_statement`, `names_statement`; the identity's sync-state and post rows); this module
compiles them for SQLite and writes the text, with each column's type, into a module the app can
use before it imports SQLAlchemy (`core/store/quick.py`). Run it after changing a list query or a
model's columns:

    python -m officerdesk.core.store.quick_gen

tests/core/test_quick.py fails while the written file and the ORM disagree.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, LargeBinary, select
from sqlalchemy.dialects import sqlite

from officerdesk.core import kinds, saved_views, timepolicy
from officerdesk.core.listing import DEFAULT_ORDER, NO_FILTER, Filter
from officerdesk.core.models import RECORD_TYPES, Post, SyncState
from officerdesk.core.services import dashboard, records

TARGET = Path(__file__).resolve().parent / "quick_sql.py"
# The lists a window can open on (the record screens and the briefs).
LIST_TYPES = kinds.names_of(kinds.LISTED)
IDENTITY_COLUMNS = ("post_id", "officer_id", "officer_name", "role", "site_id", "device_id")
POSTCOMPILE = "__[POSTCOMPILE_id_1]"


def _sql(stmt: Any) -> str:
    return str(stmt.compile(dialect=sqlite.dialect()))


def _kind(column_type: Any) -> str:
    for cls, kind in ((Boolean, "bool"), (DateTime, "datetime"), (Date, "date"), (JSON, "json"),
                      (Integer, "int"), (LargeBinary, "bytes")):
        if isinstance(column_type, cls):
            return kind
    return "str"


def orders(record_type: str) -> list[str]:
    """The orders compiled ahead: the default, and every column a list index keeps sorted
    (`models.sorted_by`); a list restored in another order is read through the ORM."""
    table: Any = RECORD_TYPES[record_type].__table__
    prefix = f"ix_{record_type}_deleted_"
    indexed = sorted(i.name[len(prefix):] for i in table.indexes if i.name and i.name.startswith(prefix))
    default = DEFAULT_ORDER[record_type][0]
    return [default, *(c for c in indexed if c != default)]


SAMPLE_DAY = dt.date(1999, 1, 2)  # stands for "today" in a default view's compiled filter
LIMIT_OFFSET = ("param_1", "param_2")


def _parameters(compiled: Any) -> tuple[tuple[str, Any], ...]:
    """How each positional parameter of a default view's query is filled: the page's limit or
    offset, the day the view was made for, or a value fixed in the view (the open statuses)."""
    out: list[tuple[str, Any]] = []
    for name in compiled.positiontup or ():
        value = compiled.params[name]
        if name in LIMIT_OFFSET:
            out.append(("limit" if name == "param_1" else "offset", None))
        elif value in (SAMPLE_DAY, SAMPLE_DAY.isoformat()):  # a Date column, or a local date as text
            out.append(("day", None))
        elif value == dt.datetime.combine(SAMPLE_DAY, dt.time()) - timepolicy.ZONE_SPAN:
            out.append(("day_utc_from", None))  # the UTC window a local day can start in
        elif isinstance(value, str | int):
            out.append(("value", value))
        else:
            raise RuntimeError(f"unexpected parameter {name}={value!r} in a default view's query")
    return tuple(out)


def default_views() -> tuple[dict[str, Any], dict[str, Any]]:
    """The first page and count of each list's default view (`saved_views.DEFAULTS`): a list
    opens on it, so it is read here too."""
    pages, counts = {}, {}
    postcompile = {"render_postcompile": True}
    for kind in saved_views.DEFAULTS:
        flt = saved_views.default_filter(kind, SAMPLE_DAY)
        page = records.list_statement(kind, flt, limit=1).compile(dialect=sqlite.dialect(), compile_kwargs=postcompile)
        count = records.count_statement(kind, flt).compile(dialect=sqlite.dialect(), compile_kwargs=postcompile)
        pages[kind] = (str(page), _parameters(page))
        counts[kind] = (str(count), _parameters(count))
    return pages, counts


SAMPLE_POST = "post-sample"
SAMPLE_WEEK = (dt.datetime(1999, 1, 2), dt.datetime(1999, 1, 9))


def _board_parameter(name: str, value: Any) -> tuple[str, Any]:
    if value == SAMPLE_POST:
        return ("post", None)
    if value in SAMPLE_WEEK:
        return ("start" if value == SAMPLE_WEEK[0] else "week_end", None)
    if isinstance(value, bool):
        return ("value", int(value))
    if isinstance(value, str | int):
        return ("value", value)
    raise RuntimeError(f"unexpected parameter {name}={value!r} in a dashboard query")


def board_queries() -> dict[tuple[str, bool], tuple[str, tuple[tuple[str, Any], ...], tuple[str, ...]]]:
    """The dashboard's statements (`services.dashboard.statements`), for every post (HQ) and for
    one: (name, one post) -> (sql, how each parameter is filled, each column's kind)."""
    out = {}
    for one_post in (False, True):
        stmts = dashboard.statements(SAMPLE_POST if one_post else None, *SAMPLE_WEEK)
        for name, stmt in stmts.items():
            compiled = stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True})
            parameters = tuple(_board_parameter(p, compiled.params[p]) for p in compiled.positiontup or ())
            out[(name, one_post)] = (str(compiled), parameters, tuple(_kind(c.type) for c in stmt.selected_columns))
    return out


def render() -> str:
    columns: dict[str, tuple[tuple[str, str], ...]] = {}
    pages: dict[tuple[str, str, bool], str] = {}
    counts: dict[str, str] = {}
    names: dict[str, tuple[str, str, str]] = {}
    for kind in LIST_TYPES:
        probe = records.list_statement(kind, NO_FILTER, limit=1)
        columns[kind] = tuple((c.name, _kind(c.type)) for c in probe.selected_columns)
        for order in orders(kind):
            for desc in (False, True):
                stmt = records.list_statement(kind, Filter(order_by=order, descending=desc), limit=1)
                compiled = stmt.compile(dialect=sqlite.dialect())
                if list(compiled.positiontup or ()) != ["param_1", "param_2"]:
                    raise RuntimeError(f"unexpected parameters in the {kind} list query: {compiled.positiontup}")
                pages[(kind, order, desc)] = str(compiled)
        counts[kind] = _sql(records.count_statement(kind, NO_FILTER))
        if kind in records.LINKED_NAMES:
            linked, id_attr, name_attr, field = records.LINKED_NAMES[kind]
            sql = _sql(records.names_statement(linked, name_attr, ["x"]))
            if POSTCOMPILE not in sql:
                raise RuntimeError(f"unexpected IN clause in {sql!r}")
            names[kind] = (id_attr, field, sql)
    default_pages, default_counts = default_views()
    state = select(*(getattr(SyncState, c) for c in IDENTITY_COLUMNS)).where(SyncState.id == 1)
    post = select(Post.code).where(Post.id == "x")
    lines = [
        '"""Generated by `python -m officerdesk.core.store.quick_gen` from the ORM queries; do not edit.',
        "",
        "The SQL SQLAlchemy compiles for the desktop's start-up reads (`core/store/quick.py`), with each",
        "column's type; tests/core/test_quick.py fails while this file and the ORM disagree.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        f"POSTCOMPILE = {POSTCOMPILE!r}",
        "",
        "COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {",
        *(f"    {k!r}: {v!r}," for k, v in columns.items()),
        "}",
        "",
        "FIRST_PAGE: dict[tuple[str, str, bool], str] = {",
        *(f"    {k!r}: {v!r}," for k, v in pages.items()),
        "}",
        "",
        "COUNT: dict[str, str] = {",
        *(f"    {k!r}: {v!r}," for k, v in counts.items()),
        "}",
        "",
        "# a list's default view (core/saved_views.py): (sql, how each parameter is filled)",
        "DEFAULT_PAGE: dict[str, tuple[str, tuple[tuple[str, Any], ...]]] = {",
        *(f"    {k!r}: {v!r}," for k, v in default_pages.items()),
        "}",
        "",
        "DEFAULT_COUNT: dict[str, tuple[str, tuple[tuple[str, Any], ...]]] = {",
        *(f"    {k!r}: {v!r}," for k, v in default_counts.items()),
        "}",
        "",
        "# the dashboard's queries (services/dashboard.py): (name, one post) -> (sql, parameters, column kinds)",
        "BOARD: dict[tuple[str, bool], tuple[str, tuple[tuple[str, Any], ...], tuple[str, ...]]] = {",
        *(f"    {k!r}: {v!r}," for k, v in board_queries().items()),
        "}",
        "",
        "NAMES: dict[str, tuple[str, str, str]] = {",
        *(f"    {k!r}: {v!r}," for k, v in names.items()),
        "}",
        "",
        f"IDENTITY_COLUMNS = {IDENTITY_COLUMNS!r}",
        f"SYNC_STATE = {_sql(state)!r}",
        f"POST_CODE = {_sql(post)!r}",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    text = render()
    if TARGET.exists() and TARGET.read_text(encoding="utf-8") == text:
        print(f"{TARGET.name} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
