"""HQ's JSON columns are written by pydantic's encoder and read by its parser (`database.json_text`,
`json_value`): every value HQ stores comes back the same, rows written as `json.dumps` text before
read as they did, and the stored text is JSON every reader (a laptop's `json.loads`) takes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Text, cast, select, text

from officerdesk.core.ids import uuid7
from officerdesk.hq import migrate
from officerdesk.hq.database import Database, json_text, json_value
from officerdesk.hq.store import Record

FEW = settings(max_examples=150, deadline=None)

# What a record's values and clocks hold: text (any character but a lone surrogate, which HQ
# refuses), whole numbers up to 2**53, booleans, null, lists and objects of those.
SCALAR = st.one_of(st.text(max_size=30), st.integers(-(2**53), 2**53), st.booleans(), st.none())
VALUES = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                      max_leaves=12)


@FEW
@given(VALUES)
def test_a_value_comes_back_the_same_and_old_text_still_reads(value: Any) -> None:
    text = json_text(value)
    assert json_value(text) == value
    assert json.loads(text) == value  # what a laptop does with the text a pull splices in
    assert json_value(json.dumps(value)) == value  # a row written before, \u escapes and all
    assert json_value(json.dumps(value, ensure_ascii=False).encode()) == value  # psycopg hands bytes


def test_records_round_trip_through_the_database(db_url: str) -> None:
    db = Database(db_url)
    try:
        if db_url.startswith("sqlite"):
            migrate.upgrade(db)
        data = {"name_ko": "특허청 — 회의 😀", "tags": ["a", "b"], "n": 2**53, "deleted": False, "none": None}
        clocks = {"name_ko": ["0" * 17, "site", 7, "device", "김민수"]}
        new, old = uuid7(), uuid7()
        with db.write() as s:
            for rid in (new, old):
                s.add(Record(id=rid, type="company", post_id="p", data=data, clocks=clocks, deleted=False))
        with db.write() as s:  # one row as json.dumps wrote it before this encoder
            as_json = "CAST(:{} AS json)" if db.is_postgres else ":{}"
            s.execute(text(f"UPDATE hq_record SET data = {as_json.format('d')}, clocks = {as_json.format('c')} "
                           "WHERE id = :id"), {"d": json.dumps(data), "c": json.dumps(clocks), "id": old})
        with db.read() as s:
            for rid in (new, old):
                rec = s.get(Record, rid)
                assert rec is not None and rec.data == data and rec.clocks == clocks
            stored = s.scalar(select(cast(Record.data, Text)).where(Record.id == new))
            before = s.scalar(select(cast(Record.data, Text)).where(Record.id == old))
        assert stored is not None and json.loads(stored) == data
        assert before == json.dumps(data)  # the old text really is json.dumps' (escapes, spaces)
    finally:
        db.dispose()
