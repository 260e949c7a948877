"""The push path: a batch decides exactly what the same mutations decide one push at a time, and
concurrent pushes to the same records from several devices (on PostgreSQL each reads and locks its
records before it takes the server-wide lock) still give per-field last-writer-wins, a conflict
record for every concurrent text edit, each mutation exactly once, and change numbers a puller
sees without gaps. And HQ takes a field value exactly when the laptop's own validator does, as
the value every laptop's pull then takes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from hq_harness import HQ, Laptop, request_fields
from hq_process import serve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sqlalchemy import func, select

from officerdesk.core.clock import encode, wall_ms_now
from officerdesk.core.ids import uuid7
from officerdesk.core.models import RECORD_TYPES, SyncRecord
from officerdesk.core.services.validation import cleaner, synced_cleaner
from officerdesk.core.write.changes import encode_value
from officerdesk.hq import admin, mutations
from officerdesk.hq.audit import verify_chain
from officerdesk.hq.database import Database, meta_row
from officerdesk.hq.store import AuditEntry, Change, MutationReceipt, Record
from officerdesk.protocol import wire
from officerdesk.protocol.wire import Mutation, UpsertArgs
from officerdesk.sync import apply as pull
from officerdesk.sync.client import ServerError
from tests.core.field_values import FIELDS, VALUES, outcome


def _script(a: Laptop, b: Laptop, ids: dict[str, str], other_post: str, t0: int) -> list[dict[str, Any]]:
    """What laptop `a` pushes after `b` created r1..r3: creates, repeated edits of one record,
    a concurrent text edit, a delete and an edit beneath it, status moves (one stale), refusals."""
    x, r1, r2, q = ids["x"], ids["r1"], ids["r2"], ids["q"]

    def hlc(i: int) -> str:
        return encode(t0 + i, 0)

    return [
        a.upsert("company", x, {"name_ko": "회사 X", "sector": "반도체", "notes": "first"}, hlc=hlc(1)),
        a.upsert("company", x, {"notes": "second"}, hlc=hlc(2)),
        a.upsert("company", x, {"notes": "older than second"}, hlc=hlc(1)),   # loses: an older clock
        a.upsert("company", r1, {"notes": "A's notes"}, hlc=hlc(3)),          # concurrent with B's text
        a.upsert("company", r2, {"deleted": True}, hlc=hlc(4)),
        a.upsert("company", r2, {"notes": "under my own tombstone"}, hlc=hlc(5)),  # B's text: a conflict
        a.upsert("company_request", q, request_fields("Squatting"), hlc=hlc(6)),
        a.transition(q, "received", "reviewing", hlc=hlc(7)),
        a.transition(q, "received", "rejected", hlc=hlc(8)),                   # stale: it is reviewing now
        a.transition(q, "reviewing", "escalated", hlc=hlc(9)),
        a.upsert("company_request", q, {"status": "closed", "title": "Squatting at the fair"}, hlc=hlc(10)),  # HQ's
        a.upsert("company", x, {"no_such_field": 1}, hlc=hlc(11)),
        a.upsert("company", uuid7(), {"name_ko": "elsewhere"}, post_id=other_post, hlc=hlc(12)),
        a.upsert("company", ids["r3"], {"name_ko": "B's record, renamed by A"}, hlc=hlc(13)),
    ]


def _state(hq: HQ, post_id: str, names: dict[str, str], who: dict[str, str]) -> dict[str, Any]:
    """A post's records and changes with ids, sites, devices and seqs replaced by roles."""
    def norm(value: Any) -> Any:
        return names.get(value, value) if isinstance(value, str) else value

    with hq.db.read() as s:
        recs = s.scalars(select(Record).where(Record.post_id == post_id)).all()
        out = {}
        for r in recs:
            if r.type in ("officer", "post"):
                continue
            data = {k: norm(v) for k, v in r.data.items()}
            clocks = {k: (c[0], who.get(c[3], c[3]), c[4]) for k, c in r.clocks.items()}
            # records HQ or a transition made have ids of their own: known by their content
            key = norm(r.id) if r.id in names else (r.type, *sorted((k, repr(v)) for k, v in data.items()))
            out[key] = (r.type, data, clocks, r.deleted)
        changes = sorted((norm(c.record_id) if c.record_id in names else c.type, c.field, repr(norm(c.value)), c.hlc,
                          who.get(c.device_id, c.device_id))
                         for c in s.scalars(select(Change).where(Change.post_id == post_id))
                         if c.type not in ("officer", "post"))
    return {"records": out, "changes": changes}


def test_a_batch_decides_what_the_same_pushes_decide_one_at_a_time(hq: HQ) -> None:
    t0 = wall_ms_now() - 60_000
    runs = {}
    for post, mode in (("WAS", "batch"), ("BJS", "one at a time")):
        a, b = hq.laptop(post), hq.laptop(post, name="박지영")
        ids = {k: uuid7() for k in ("x", "r1", "r2", "r3", "q")}
        b.push(*(b.upsert("company", ids[k], {"name_ko": f"B {k}", "notes": f"B's text of {k}"}, hlc=encode(t0, 1))
                 for k in ("r1", "r2", "r3")))
        script = _script(a, b, ids, hq.posts["HQ"], t0)
        if mode == "batch":
            results = a.push(*script)["results"]
        else:
            results = [r for m in script for r in a.push(m)["results"]]
        names = {v: k for k, v in ids.items()} | {a.post_id: "post"}
        statuses = [(r["status"], r["reason"].split(":")[0], r["current_status"]) for r in results]
        runs[mode] = (statuses, _state(hq, a.post_id, names, {a.device_id: "A", b.device_id: "B"}))
    assert runs["batch"] == runs["one at a time"]
    statuses = [s for s, _, _ in runs["batch"][0]]
    assert statuses == ["applied", "applied", "applied", "conflict_recorded", "applied", "conflict_recorded",
                        "applied", "applied", "rejected", "applied", "rejected", "rejected", "rejected", "applied"]
    assert runs["batch"][0][8] == ("rejected", "stale_transition", "reviewing")
    records = runs["batch"][1]["records"]
    assert records["x"][1]["notes"] == "second"
    assert records["r1"][1]["notes"] == "A's notes"
    assert records["q"][1]["status"] == "escalated" and records["q"][1]["title"] == "Squatting"  # refused whole
    assert records["r2"][3] is True and records["r2"][1]["notes"] == "under my own tombstone"
    conflicts = {(v[1]["target_id"], v[1]["field"]) for v in records.values() if v[0] == "conflict"}
    assert ("r1", "notes") in conflicts


def test_change_numbers_of_a_batch_follow_on_from_the_head(hq: HQ) -> None:
    a = hq.laptop()
    with hq.db.read() as s:
        head = meta_row(s).next_seq - 1
    rid = uuid7()
    a.push(a.upsert("company", rid, {"name_ko": "A", "notes": "x"}), a.upsert("company", rid, {"notes": "y"}))
    with hq.db.read() as s:
        seqs = sorted(s.scalars(select(Change.seq).where(Change.seq > head)))
        rec = s.get(Record, rid)
        assert rec is not None
        assert meta_row(s).next_seq == head + 4
    assert seqs == [head + 1, head + 2, head + 3]
    assert (rec.created_seq, rec.updated_seq) == (head + 1, head + 3)
    assert rec.clocks["name_ko"][2] == head + 1 and rec.clocks["notes"][2] == head + 3


ROUNDS, DEVICES = 12, 4


def _device(url: str, token: str, post_id: str, site: str, shared: list[str], start: threading.Barrier,
            got: list[tuple[str, int, dict[str, Any]]], errors: list[str], index: int) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers, timeout=60) as http:
        for rnd, rid in enumerate(shared):
            # every device creates the same new record in the same instant, then edits it
            start.wait()
            hlc = encode(wall_ms_now() - 120_000 + rnd * 100, index)
            mutations = [{"seq": 2 * rnd + 1, "name": "upsert", "hlc": hlc, "args": {
                             "type": "company", "id": rid, "post_id": post_id, "author": f"d{index}",
                             "fields": {"name_ko": f"d{index}", "notes": f"note {index}/{rnd}"}, "base": {}}},
                         {"seq": 2 * rnd + 2, "name": "upsert", "hlc": encode(int(hlc[:13], 16) + 1, index),
                          "args": {"type": "company", "id": shared[0], "post_id": post_id, "author": f"d{index}",
                                   "fields": {"notes": f"edit {index}/{rnd}"}, "base": {}}}]
            resp = http.post("/v1/push", json={"mutations": mutations})
            if resp.status_code != 200:
                errors.append(f"device {index}: {resp.status_code} {resp.text[:200]}")
                return
            for m, r in zip(mutations, resp.json()["results"], strict=True):
                got.append((site, m["seq"], {**m, "status": r["status"]}))


def test_concurrent_pushes_to_the_same_records_from_several_devices(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    with serve(db_url, tmp_path) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        with db.write() as s:
            admin.create_post(s, code="WAS", name_en="W", name_ko="W", country="X", tz="UTC")
            codes = [admin.issue_enroll_code(s, officer_id=admin.create_officer(s, post_code="WAS", name=f"o{i}").id)
                     for i in range(DEVICES)]
        enrolled = [http.post("/v1/enroll", json={"code": c}).json() for c in codes]
        shared = [uuid7() for _ in range(ROUNDS)]
        start = threading.Barrier(DEVICES)
        got: list[tuple[str, int, dict[str, Any]]] = []
        errors: list[str] = []
        sites = [e["device_id"] for e in enrolled]  # HQ's site of a device's writes: its id
        threads = [threading.Thread(target=_device, args=(server.url, e["token"], e["post_id"], sites[i], shared,
                                                          start, got, errors, i))
                   for i, e in enumerate(enrolled)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    try:
        assert errors == []
        assert all(m["status"] in ("applied", "conflict_recorded") for _, _, m in got)
        assert len(got) == 2 * ROUNDS * DEVICES
        with db.read() as s:
            head = meta_row(s).next_seq - 1
            assert s.scalar(select(func.count()).select_from(Change)) == head
            assert sorted(s.scalars(select(Change.seq))) == list(range(1, head + 1))
            assert s.scalar(select(func.count()).select_from(MutationReceipt)) == 2 * ROUNDS * DEVICES
            assert verify_chain(s, db.audit_keys).ok
            conflicts = s.scalar(select(func.count()).select_from(Record).where(Record.type == "conflict"))
            pushes = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "push")).all()
            assert conflicts == sum(len(d["conflicts"]) for d in pushes)  # each one named in its push's entry
            assert (conflicts > 0) == any(m["status"] == "conflict_recorded" for _, _, m in got)
            for rid in shared:
                rec = s.get(Record, rid)
                assert rec is not None
                writes = [(m["hlc"], site, m["args"]["fields"]) for site, _, m in got if m["args"]["id"] == rid]
                for name in ("name_ko", "notes"):
                    hlc, site, fields = max((h, st, f) for h, st, f in writes if name in f)
                    assert rec.data[name] == fields[name], (rid, name)  # the latest clock won the field
                    assert rec.clocks[name][:2] == [hlc, site]
    finally:
        db.dispose()


# ---- upsert arguments read without pydantic --------------------------------------------------------


def _read_both_ways(args: dict[str, Any]) -> tuple[UpsertArgs | None, mutations.Prepared]:
    """The wire model's reading of `args` and HQ's preparation of them, checked to agree: the fast
    reading gives only what validation gives, and a push is refused early exactly when it fails."""
    direct = mutations._plain_upsert(args)
    try:
        validated: UpsertArgs | None = UpsertArgs.model_validate(args)
    except ValidationError:
        validated = None
    if direct is not None:
        assert validated is not None and direct.model_dump() == validated.model_dump()
    prepared = mutations.prepare(Mutation(seq=1, name="upsert", args=args, hlc=encode(wall_ms_now(), 0)), wall_ms_now())
    assert (prepared.early is None) == (validated is not None)
    return validated, prepared


@pytest.mark.parametrize("args", [
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "author": "김", "fields": {"name": "x"}, "base": {"name": 3}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {"name": None, "deleted": False}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {"name": "x"}, "base": {"name": None}, "extra": 1},
    {"type": "c" * 33, "id": uuid7(), "post_id": uuid7(), "fields": {"name": "x"}},
    {"type": "contact", "id": "i" * 37, "post_id": uuid7(), "fields": {"name": "x"}},
    {"type": "contact", "id": uuid7(), "post_id": "p" * 37, "fields": {"name": "x"}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "author": "a" * 201, "fields": {"name": "x"}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": ["name"]},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {"name": "x"}, "base": {"name": True}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {"name": "x"}, "base": {"name": 2.0}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {"name": "x"}, "base": {"name": "2"}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {"name": "x"}, "base": []},
    {"type": 5, "id": uuid7(), "post_id": uuid7(), "fields": {"name": "x"}},
    {"type": "contact", "post_id": uuid7(), "fields": {"name": "x"}},
    {"type": "contact", "id": uuid7(), "post_id": uuid7(), "author": None, "fields": {"name": "x"}},
])
def test_upsert_arguments_read_directly_are_what_validation_makes(args: dict[str, Any]) -> None:
    """The direct reading takes only what validation takes unchanged, and gives the same model."""
    validated, prepared = _read_both_ways(args)
    if validated is not None:
        assert prepared.args is not None and prepared.args.model_dump() == validated.model_dump()


_IDS = st.one_of(st.builds(uuid7), st.builds(lambda: uuid7().upper()), st.text(max_size=40),
                 st.builds(lambda: uuid7() + "\n"), st.integers(), st.none())
_JSON = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=False), st.text(max_size=40))
_ARG_VALUES = {
    "type": st.one_of(st.sampled_from(["contact", "company", "c" * 32, "c" * 33]), _JSON),
    "id": _IDS, "post_id": _IDS,
    "author": st.one_of(st.text(max_size=3), st.just("a" * 201), _JSON),
    "fields": st.one_of(st.dictionaries(st.text(max_size=8), _JSON, max_size=3), st.lists(_JSON, max_size=2), _JSON),
    "base": st.one_of(st.dictionaries(st.text(max_size=8), _JSON, max_size=3), st.lists(_JSON, max_size=2), _JSON),
    "extra": _JSON,
}


@st.composite
def _upsert_args(draw: st.DrawFn) -> dict[str, Any]:
    """Mostly well-formed upsert arguments with a key or a value spoiled now and then."""
    keys = draw(st.sets(st.sampled_from(sorted(_ARG_VALUES))))
    args: dict[str, Any] = {"type": "contact", "id": uuid7(), "post_id": uuid7(), "fields": {"name": "x"}}
    for key in keys:
        if key in args and draw(st.booleans()):
            del args[key]
        else:
            args[key] = draw(_ARG_VALUES[key])
    return args


@settings(max_examples=300, deadline=None)
@given(_upsert_args())
def test_the_fast_reading_accepts_exactly_what_the_wire_model_accepts(args: dict[str, Any]) -> None:
    _read_both_ways(args)


def _hq(cls: type[SyncRecord], name: str, value: Any) -> tuple[str, Any]:
    try:
        return "ok", mutations.clean_value(cls, name, value)
    except mutations.Rejected as exc:
        assert exc.reason.startswith(f"invalid_value: {cls.record_type}.{name}: ")
        return "refused", name


def _pulled(cls: type[SyncRecord], name: str, value: Any) -> tuple[str, Any]:
    change = wire.Change.model_construct(seq=1, type=cls.record_type, id="r", post_id="p", field=name, value=value,
                                        hlc="0" * 17, site_id="s", author="")
    try:
        return "ok", pull._value(cls, change)
    except ServerError as exc:
        assert f"wrong value for {cls.record_type}.{name}: " in str(exc)
        return "refused", name


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(FIELDS), VALUES)
def test_hq_and_the_pull_take_what_the_laptop_takes(kind_field: tuple[str, str], value: Any) -> None:
    kind, name = kind_field
    cls = RECORD_TYPES[kind]
    nullable = cls.__table__.columns[name].nullable
    laptop = outcome(cleaner(cls, name), value)
    if laptop[0] == "ok" and (laptop[1] is None or value is None) and not nullable:
        laptop = ("refused", name)  # on the wire a non-null column has no default to fall back on
    hq = _hq(cls, name, value)
    assert hq == (laptop[0], encode_value(laptop[1]) if laptop[0] == "ok" else name)
    assert _pulled(cls, name, value) == laptop
    if hq[0] == "ok":  # what HQ stores, every laptop takes as it was meant
        assert _pulled(cls, name, hq[1]) == laptop
    assert outcome(synced_cleaner(cls, name), value) == laptop
