"""Full-text search over every record type: one FTS5 index, kept up to date in the edit's transaction.

`search_fts` (migration 0002) is a contentless FTS5 table: it stores only the index, never a
second copy of the text. `search_doc` maps its rowids to records. `changes.py` calls `reindex`
after every flush; `rebuild` redoes everything (after a bulk import or a tokenizer change).
Ranking is FTS5's bm25 with titles weighted `TITLE_WEIGHT` times the rest; snippets are built in
Python for the returned rows only, with matches between « and ». How text and queries are cut
into tokens, and why: `search_text.py` and docs/search.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    TextClause,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Session

from officerdesk.core import kinds
from officerdesk.core.dto import SearchHit
from officerdesk.core.models import SyncRecord
from officerdesk.core.search.text import Highlighter, grams, match_expression, parse, words
from officerdesk.errors import ValidationError

TITLE_WEIGHT = 5.0
MAX_LIMIT = 500
CHUNK = 500  # ids per IN (...) query

search_doc = Table(
    "search_doc",
    MetaData(),
    Column("docid", Integer, primary_key=True),
    Column("record_type", String(32), nullable=False),
    Column("record_id", String(36), nullable=False, unique=True),
)


@dataclass(frozen=True)
class Link:
    """Names of a linked record that are indexed with this one (a contact's organization)."""

    column: str
    model: type[SyncRecord]
    names: tuple[str, ...]


@dataclass(frozen=True)
class Shape:
    """Which fields of a record type are its title and which its body; `link` is a body field."""

    model: type[SyncRecord]
    title: tuple[str, ...]
    body: tuple[str, ...]
    link: Link | None = None


def _shape(kind: kinds.RecordKind) -> Shape:
    link = kind.link
    names = Link(link.column, kinds.named(link.kind).model(), link.searched) if link else None
    return Shape(kind.model(), kind.search_title, kind.search_body, names)


SHAPES: dict[str, Shape] = {k.name: _shape(k) for k in kinds.SEARCHED}
INDEXED_TYPES = frozenset(SHAPES)
# Records whose index rows carry this type's names, and the fields that carry them.
DEPENDENTS: dict[str, tuple[str, Link]] = {
    k.link.kind: (k.name, link) for k in kinds.SEARCHED if k.link and (link := SHAPES[k.name].link)
}


def kind_token(record_type: str) -> str:
    return "k" + record_type.replace("_", "")


@dataclass(frozen=True)
class Doc:
    record_type: str
    id: str
    deleted: bool
    title: list[str]
    body: list[str]

    @property
    def display_title(self) -> str:
        return next((t for t in self.title if t), "")

    def index_values(self, docid: int) -> tuple[int, str, str, str, str, str]:
        title, body = "\n".join(self.title), "\n".join(self.body)
        return docid, words(title), words(body), grams(title), grams(body), kind_token(self.record_type)


def _text(value: Any) -> str:
    if type(value) is str:  # nearly every indexed value: no isinstance of a union per value
        return value
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _columns(shape: Shape) -> list[Any]:
    cls = shape.model
    names = [f for f in (*shape.title, *shape.body) if f != "link"]
    if shape.link:
        names.append(shape.link.column)
    return [cls.id, cls.deleted, *(getattr(cls, n) for n in names)]


def _in(column: str, count: int) -> str:
    """`column IN (?, ?, ...)` as plain SQL: SQLAlchemy's expanding IN costs more than the query."""
    return f'"{column}" IN ({", ".join("?" * count)})'


def _link_names(conn: Connection, link: Link, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = sorted({i for i in ids if i})
    out: dict[str, str] = {}
    columns = ", ".join(f'"{n}"' for n in ("id", *link.names))
    for part in _chunks(wanted):
        sql = f'SELECT {columns} FROM "{link.model.__tablename__}" WHERE {_in("id", len(part))}'
        for row in conn.exec_driver_sql(sql, tuple(part)):
            out[row[0]] = " ".join(dict.fromkeys(v for v in row[1:] if v))
    return out


def _docs(
    conn: Connection, record_type: str, rows: Sequence[Mapping[Any, Any]], shape: Shape | None = None
) -> list[Doc]:
    """Index documents from rows given as mappings (a record's `__dict__` or a row's `_mapping`)."""
    shape = shape or SHAPES[record_type]
    link = shape.link
    names = _link_names(conn, link, (r[link.column] for r in rows)) if link else {}
    docs = []
    for r in rows:
        linked = names.get(r[link.column] or "", "") if link else ""
        body = [linked if f == "link" else _text(r[f]) for f in shape.body]
        docs.append(Doc(record_type, r["id"], bool(r["deleted"]), [_text(r[f]) for f in shape.title], body))
    return docs


def load_docs(conn: Connection, record_type: str, ids: Sequence[str]) -> list[Doc]:
    """The current index documents of these records (deleted ones included, flagged)."""
    shape = SHAPES[record_type]
    rows: list[Any] = []
    for part in _chunks(ids):
        rows += conn.execute(select(*_columns(shape)).where(shape.model.id.in_(part))).mappings().all()
    return _docs(conn, record_type, rows)


def _write(conn: Connection, docs: Sequence[Doc]) -> None:
    """Replace the index rows of these documents; deleted ones leave the index."""
    ids = [d.id for d in docs]
    known: dict[str, int] = {}
    for part in _chunks(ids):
        sql = f"SELECT record_id, docid FROM search_doc WHERE {_in('record_id', len(part))}"
        known.update({r[0]: r[1] for r in conn.exec_driver_sql(sql, tuple(part))})
    gone = [(known[d.id],) for d in docs if d.deleted and d.id in known]
    if gone:
        conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?", gone)
        conn.exec_driver_sql("DELETE FROM search_doc WHERE docid = ?", gone)
    live = [d for d in docs if not d.deleted]
    fresh = [d for d in live if d.id not in known]
    if fresh:
        top = int(conn.execute(select(func.coalesce(func.max(search_doc.c.docid), 0))).scalar_one())
        for i, d in enumerate(fresh, start=top + 1):
            known[d.id] = i
        conn.exec_driver_sql(
            "INSERT INTO search_doc (docid, record_type, record_id) VALUES (?, ?, ?)",
            [(known[d.id], d.record_type, d.id) for d in fresh],
        )
    if live:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO search_fts (rowid, title, body, gtitle, gbody, kind) VALUES (?, ?, ?, ?, ?, ?)",
            [d.index_values(known[d.id]) for d in live],
        )


def _changed(obj: SyncRecord) -> bool:
    """Whether a flushed record's indexed text (or tombstone) changed; new records always have."""
    return _any_changed(obj, WATCHED[obj.record_type])


def _names_changed(obj: SyncRecord, link: Link) -> bool:
    return _any_changed(obj, link.names)


def _any_changed(obj: SyncRecord, names: Iterable[str]) -> bool:
    state = inspect(obj)
    # only an attribute set since the load keeps its committed value: the others have no history
    touched = state.committed_state
    return any(n in touched and state.attrs[n].history.has_changes() for n in names)


def _watched(shape: Shape) -> frozenset[str]:
    """The columns whose change (or the tombstone's) changes a record's index row."""
    names = {"deleted", *shape.title, *shape.body} - {"link"}
    if shape.link:
        names.add(shape.link.column)
    return frozenset(names)


def _linked_to(conn: Connection, record_type: str, link: Link, parents: set[str]) -> set[str]:
    model = SHAPES[record_type].model
    column = getattr(model, link.column)
    out: set[str] = set()
    for part in _chunks(sorted(parents)):
        out.update(conn.execute(select(model.id).where(column.in_(part))).scalars())
    return out


def _columns_needed(shape: Shape) -> frozenset[str]:
    return frozenset(c.key for c in _columns(shape))


NEEDED = {kind: _columns_needed(shape) for kind, shape in SHAPES.items()}
WATCHED = {kind: _watched(shape) for kind, shape in SHAPES.items()}


def reindex(session: Session, records: Sequence[SyncRecord]) -> None:
    """Bring the index up to date for these records, inside the caller's transaction.

    Called from the after_flush hook with the flush's new and changed records; a record whose
    indexed fields did not change (a status move) costs nothing. When an organization's (or a
    company's) names change, the contacts (requests) that carry them are indexed again too.
    Records are read from the objects when every indexed field is loaded, else from the database.
    """
    at_hand: dict[str, dict[str, SyncRecord]] = {}
    wanted: dict[str, set[str]] = {}
    parents: dict[str, set[str]] = {}
    for obj in records:
        shape = SHAPES.get(obj.record_type)
        state = inspect(obj)
        # Pending in a flush, or transient when bulk.py wrote it with Core: new either way.
        is_new = state.transient or state.pending or obj in session.new
        if shape is None or not (is_new or _changed(obj)):
            continue
        if NEEDED[obj.record_type] <= state.dict.keys():
            at_hand.setdefault(obj.record_type, {})[obj.id] = obj
        else:
            wanted.setdefault(obj.record_type, set()).add(obj.id)
        dependent = DEPENDENTS.get(obj.record_type)
        if dependent and (is_new or _names_changed(obj, dependent[1])):
            parents.setdefault(obj.record_type, set()).add(obj.id)
    if not at_hand and not wanted:
        return
    conn = session.connection()
    for parent, ids in parents.items():
        child, link = DEPENDENTS[parent]
        wanted.setdefault(child, set()).update(_linked_to(conn, child, link, ids))
    for record_type in sorted(at_hand.keys() | wanted.keys()):
        objs = at_hand.get(record_type, {})
        missing = sorted(wanted.get(record_type, set()) - objs.keys())
        # every indexed field is in these objects' own dicts (checked above): read them there
        _write(conn, _docs(conn, record_type, [vars(o) for o in objs.values()]) + load_docs(conn, record_type, missing))


def rebuild(
    session: Session, *, batch: int = 2000, types: Sequence[str] | None = None, shapes: Mapping[str, Shape] | None = None
) -> int:
    """Index every live record again from scratch (after a bulk import); returns how many.
    `types`: only these record types (a migration's, whose schema has no later kind's table);
    `shapes`: a migration's own frozen fields, since today's may name columns its schema lacks."""
    conn = session.connection()
    conn.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    conn.exec_driver_sql("DELETE FROM search_doc")
    done = 0
    for record_type, shape in (SHAPES if shapes is None else shapes).items():
        if types is not None and record_type not in types:
            continue
        done += _index_all(conn, record_type, shape, batch)
    conn.exec_driver_sql("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    return done


def reindex_type(session: Session, record_type: str, *, shape: Shape | None = None, batch: int = 2000) -> int:
    """Index every live record of one type again (a migration that changes the type's fields);
    each record's index row is replaced in place. `shape`: a migration's own frozen fields."""
    return _index_all(session.connection(), record_type, shape or SHAPES[record_type], batch)


def _index_all(conn: Connection, record_type: str, shape: Shape, batch: int) -> int:
    done = 0
    stmt = select(*_columns(shape)).where(shape.model.deleted.is_(False)).order_by(shape.model.id)
    for rows in conn.execute(stmt).mappings().partitions(batch):
        docs = _docs(conn, record_type, rows, shape)
        _write(conn, docs)
        done += len(docs)
    return done


def _kinds(types: Sequence[str]) -> list[str]:
    if isinstance(types, str):
        types = [types]
    unknown = sorted(set(types) - INDEXED_TYPES)
    if unknown:
        choices = ", ".join(sorted(INDEXED_TYPES))
        raise ValidationError("type", f"{unknown[0]!r} is not one of: {choices}", f"{unknown[0]!r}은(는) 검색할 수 없는 유형입니다({choices})")
    return [kind_token(t) for t in sorted(set(types))]


# bm25 in SQLite's own ORDER BY ... LIMIT keeps only the best rows while it scans; FTS5's
# `ORDER BY rank` sorts every match first (measured 30% slower on 100,000 records).
BM25 = f"bm25(search_fts, {TITLE_WEIGHT}, 1.0, {TITLE_WEIGHT}, 1.0, 0.0)"
RANKED_FTS = f"SELECT rowid, {BM25} AS score FROM search_fts WHERE search_fts MATCH ? ORDER BY score LIMIT ?"
RANKED = (
    f"SELECT d.record_type, d.record_id, f.score FROM ({RANKED_FTS}) AS f "
    "JOIN search_doc AS d ON d.docid = f.rowid ORDER BY f.score"
)


MATCHING = (
    "SELECT d.record_id FROM search_fts JOIN search_doc AS d ON d.docid = search_fts.rowid "
    "WHERE search_fts MATCH :match"
)
COUNTED = (
    "SELECT d.record_type, count(*) FROM search_fts JOIN search_doc AS d ON d.docid = search_fts.rowid "
    "WHERE search_fts MATCH ? GROUP BY d.record_type"
)


def matching_ids(record_type: str, query: str) -> TextClause | None:
    """The ids of the records of one type a query finds, as a subquery: a list's text filter is
    this, so the list and search everywhere find the same records (alternate names, Korean words
    inside compounds); None when the query has no term to match (only punctuation)."""
    expression = match_expression(parse(query), _kinds([record_type]))
    if expression is None:
        return None
    return text(MATCHING).bindparams(match=expression)


def match_count(session: Session, record_type: str, query: str) -> int:
    """How many records of one type a query finds (the index alone: tombstones are not in it)."""
    return totals(session, query, types=[record_type]).get(record_type, 0)


def totals(session: Session, query: str, *, types: Sequence[str] = ()) -> dict[str, int]:
    """How many records of each type a query finds, all of them (not only the best `limit`)."""
    expression = match_expression(parse(query), _kinds(types))
    if expression is None:
        return {}
    rows = session.connection().exec_driver_sql(COUNTED, (expression,)).all()
    return {str(record_type): int(n) for record_type, n in rows}


def _facts(conn: Connection, record_type: str, ids: Sequence[str]) -> dict[str, tuple[Any, str, str]]:
    """Each record's date, status code and post id, for a hit's second line."""
    kind = kinds.named(record_type)
    model = kind.model()
    status = "status" if "status" in model.__table__.columns else "done" if "done" in model.__table__.columns else None
    columns: list[Any] = [model.id, model.post_id]
    columns.append(getattr(model, kind.date) if kind.date else model.updated_at)
    columns.append(getattr(model, status) if status else model.id)
    out: dict[str, tuple[Any, str, str]] = {}
    for part in _chunks(ids):
        for row in conn.execute(select(*columns).where(model.id.in_(part))):
            rid, post, when, state = tuple(row)
            code = ("done" if state else "open") if status == "done" else (str(state) if status else "")
            out[rid] = (when, code, post or "")
    return out


def _posts(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    from officerdesk.core.models import Post

    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return {r[0]: r[1] for r in conn.execute(select(Post.id, Post.code).where(Post.id.in_(wanted)))}


def _day(value: Any) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value if isinstance(value, dt.date) else None


def search(session: Session, query: str, *, limit: int = 20, types: Sequence[str] = ()) -> list[SearchHit]:
    """The best `limit` records for a query, best first; every term must match (docs/search.md)."""
    kinds = _kinds(types)
    terms = parse(query)
    expression = match_expression(terms, kinds)
    if expression is None or limit <= 0:
        return []
    conn = session.connection()
    ranked = conn.exec_driver_sql(RANKED, (expression, min(limit, MAX_LIMIT))).all()
    wanted: dict[str, list[str]] = {}
    for record_type, record_id, _rank in ranked:
        wanted.setdefault(record_type, []).append(record_id)
    docs = {d.id: d for kind, ids in wanted.items() for d in load_docs(conn, kind, ids)}
    facts = {rid: f for kind, ids in wanted.items() for rid, f in _facts(conn, kind, ids).items()}
    posts = _posts(conn, (f[2] for f in facts.values()))
    marks = Highlighter(terms)
    hits = []
    for record_type, record_id, rank in ranked:
        doc = docs.get(record_id)
        if doc is None:  # pragma: no cover - a row removed by a hard DELETE, which the hook never sees
            continue
        # Body first, then the other names (a contact's name in other scripts), then the title.
        snippet = marks.snippet(doc.body + doc.title[1:]) or marks.snippet(doc.title)
        when, status, post = facts.get(record_id, (None, "", ""))
        hits.append(SearchHit(record_type, record_id, doc.display_title, snippet, round(-float(rank), 6),
                              date=_day(when), status=status, post=posts.get(post, "")))
    return hits
