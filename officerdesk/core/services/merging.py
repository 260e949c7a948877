"""Merging two contacts that are one person, and following merges made elsewhere.

A merge is ordinary synced edits (docs/sync.md, "Merged contacts"): the survivor takes the chosen
value of each field; every record linking to the merged contact (found through the registry's
`kinds.links_to`, never a hand list) is re-pointed to the survivor; and the merged contact becomes
a tombstone whose `merged_into` names the survivor. A laptop that pulls such a tombstone, or a link
to it, re-points the links it holds the same way (`follow_merges`): the rule depends only on the
records, so every laptop computes the same values and HQ's last-writer-wins settles on them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session

from officerdesk.core import kinds
from officerdesk.core.kinds import ContactDTO
from officerdesk.core.models import Contact, SyncRecord, user_fields
from officerdesk.core.services import records
from officerdesk.errors import UserError

# fields a merge never takes from the officer's choice: the tombstone's own, and the bookkeeping
NOT_CHOSEN = frozenset({"deleted", "merged_into", "classification", "foreign_uids"})
# fields whose two values are best kept both (an address or number is never thrown away unasked)
BOTH = frozenset({"emails", "phones"})
MAX_HOPS = 32  # a chain of merges longer than this is a cycle (two laptops merged each into the other)
# the fields whose pulled value can call for re-pointing, per record type: a contact's tombstone
# naming its survivor, and every link that may name a contact (the registry's, never a hand list)
def _signals() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {"contact": ("merged_into",)}
    for kind, link in kinds.links_to("contact"):
        out[kind.name] = (*out.get(kind.name, ()), link.field)
    return out


SIGNALS = _signals()


@dataclass(frozen=True)
class FieldChoice:
    """One field the merge dialog offers: each side's value and what it suggests."""

    field: str
    survivor: Any
    loser: Any
    suggested: Any


@dataclass(frozen=True)
class Merged:
    survivor: ContactDTO
    repointed: int  # records whose links moved to the survivor


def choices(session: Session, survivor_id: str, loser_id: str) -> list[FieldChoice]:
    """The fields where the two contacts differ, with a suggestion each: the value that is not
    empty, the survivor's when both are, and both together for e-mails and phones."""
    keep, lose = _pair(session, survivor_id, loser_id)
    out = []
    for name in chosen_fields():
        a, b = getattr(keep, name), getattr(lose, name)
        if _blank(b) or a == b:
            continue
        out.append(FieldChoice(name, a, b, b if _blank(a) else combined(name, a, b) if name in BOTH else a))
    return out


def chosen_fields() -> list[str]:
    return [f for f in user_fields(Contact) if f not in NOT_CHOSEN]


def combined(name: str, a: Any, b: Any) -> Any:
    """Both values of a field kept: e-mails as one list, phones as one text."""
    if name == "phones":
        from officerdesk.core import contact_points

        return contact_points.phones_text([*contact_points.phones(a), *contact_points.phones(b)])
    return list(dict.fromkeys([*a, *b]))


def merge_contacts(session: Session, *, survivor_id: str, loser_id: str, values: Mapping[str, Any]) -> Merged:
    """Merge `loser_id` into `survivor_id`: the survivor takes `values` (field -> chosen value), the
    links move, the loser is tombstoned naming the survivor. Raises UserError for a pair that cannot
    be merged (the same contact, a deleted one, two posts)."""
    keep, lose = _pair(session, survivor_id, loser_id)
    unknown = set(values) - set(chosen_fields())
    if unknown:
        raise UserError(f"a merge cannot set {', '.join(sorted(unknown))}",
                        f"병합으로 바꿀 수 없는 항목입니다: {', '.join(sorted(unknown))}")
    changes = dict(values)
    # the loser's other ids (a vCard UID, its main address) stay findable on the survivor
    changes["foreign_uids"] = list(dict.fromkeys([*keep.foreign_uids, *lose.foreign_uids]))
    main = changes.get("email", keep.email)
    others = changes.get("emails", keep.emails)
    changes["emails"] = [e for e in dict.fromkeys([*others, *([lose.email] if lose.email else [])]) if e != main]
    records.update(session, "contact", keep.id, changes)
    lose.foreign_uids = []  # a re-import finds the survivor, never the tombstone
    lose.deleted = True
    lose.merged_into = keep.id
    session.flush()
    moved = _repoint(session, {lose.id: keep.id})
    survivor = records.get(session, "contact", keep.id)
    assert isinstance(survivor, ContactDTO)
    return Merged(survivor, moved)


def follow_merges(session: Session, contacts: Collection[str] | None = None) -> int:
    """Re-point live links to a merged contact at the end of its chain of merges, as local edits;
    the number of records changed. Run after a pull: HQ may have sent a tombstone naming a survivor,
    or another laptop's link to a contact merged here.

    `contacts` are the ids a pull brought as tombstones or named in links (`pulled_contacts`): only
    links to those of them that are merged are followed, so a pull that brought no merge and no
    link costs nothing. None follows every merged contact of the profile."""
    if contacts is None:
        merged = dict(session.execute(select(Contact.id, Contact.merged_into).where(Contact.merged_into != "")).all())
    else:
        merged = _chains(session, contacts)
    ends = {cid: end for cid in merged if (end := _end_of(cid, merged)) is not None}
    return _repoint(session, ends) if ends else 0


def pulled_contacts(record_type: str, rid: str, values: Mapping[str, Any]) -> Iterator[str]:
    """The contact ids a pulled record's values bring into a merge: its own id when it is a
    tombstone naming a survivor, and every id its links name (`SIGNALS`)."""
    for name in SIGNALS.get(record_type, ()):
        value = values.get(name)
        if not value:
            continue
        if name == "merged_into":
            yield rid
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))
        elif isinstance(value, str):
            yield value


def _chains(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """`merged_into` of these contacts and of those their chains pass through, where it is set."""
    merged: dict[str, str] = {}
    asked: set[str] = set()
    wanted = {i for i in ids if i}
    for _ in range(MAX_HOPS + 1):
        wanted -= asked
        if not wanted:
            break
        asked |= wanted
        batch, wanted = sorted(wanted), set()
        for start in range(0, len(batch), 500):
            rows = session.execute(select(Contact.id, Contact.merged_into).where(
                Contact.id.in_(batch[start:start + 500]), Contact.merged_into != ""))
            for cid, into in rows:
                merged[cid] = into
                wanted.add(into)
    return merged


def _end_of(cid: str, merged: Mapping[str, str]) -> str | None:
    """The contact a chain of merges ends at; None for a cycle (left alone: both are tombstones,
    and restoring one from the Trash ends it)."""
    seen = {cid}
    current = merged[cid]
    for _ in range(MAX_HOPS):
        if current not in merged:
            return current
        current = merged[current]
        if current in seen:
            return None
        seen.add(current)
    return None


def _repoint(session: Session, moves: Mapping[str, str]) -> int:
    changed = 0
    for kind, link in kinds.links_to("contact"):
        cls = kind.model()
        for obj in _linking(session, cls, link, list(moves)):
            if link.type_field and getattr(obj, link.type_field) != "contact":
                continue
            old = getattr(obj, link.field)
            new = list(dict.fromkeys(moves.get(i, i) for i in old)) if link.many else moves.get(old, old)
            if new != old:
                setattr(obj, link.field, new)
                changed += 1
    session.flush()
    return changed


def _linking(session: Session, cls: type[SyncRecord], link: kinds.Link, ids: list[str]) -> Iterable[SyncRecord]:
    column = getattr(cls, link.field)
    for start in range(0, len(ids), 200):
        chunk = ids[start:start + 200]
        # a list field is JSON text: a record id is 36 fixed characters, so a text match finds it
        where = or_(*(cast(column, String).contains(i) for i in chunk)) if link.many else column.in_(chunk)
        yield from session.scalars(select(cls).where(cls.deleted.is_(False), where)).all()


def _pair(session: Session, survivor_id: str, loser_id: str) -> tuple[Contact, Contact]:
    if survivor_id == loser_id:
        raise UserError("a contact cannot be merged into itself", "연락처를 자기 자신과 병합할 수 없습니다")
    keep, lose = (records.load(session, "contact", i) for i in (survivor_id, loser_id))
    assert isinstance(keep, Contact) and isinstance(lose, Contact)
    if keep.post_id != lose.post_id:
        raise UserError("contacts of two posts cannot be merged", "다른 공관의 연락처는 병합할 수 없습니다")
    return keep, lose


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()
