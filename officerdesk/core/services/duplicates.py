"""The 'Possible duplicates' of this profile's contacts, and the contacts an import may repeat."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core.models import Contact
from officerdesk.core.people.keys import Person
from officerdesk.core.people.matches import Directory, Match, possible_duplicates


def person(values: Mapping[str, Any], record_id: str = "") -> Person:
    """What matching reads of a contact's fields (a record's, an HQ row's, an imported item's)."""
    emails = [values.get("email") or "", *(values.get("emails") or [])]
    return Person(
        id=str(values.get("id") or record_id), name=str(values.get("name") or ""),
        name_alt=str(values.get("name_alt") or ""), emails=tuple(str(e) for e in emails if e),
        phones=str(values.get("phones") or ""), post_id=str(values.get("post_id") or ""),
    )


def contacts(session: Session, *, post_id: str = "") -> list[Person]:
    cols = (Contact.id, Contact.name, Contact.name_alt, Contact.email, Contact.emails, Contact.phones, Contact.post_id)
    stmt = select(*cols).where(Contact.deleted.is_(False))
    if post_id:
        stmt = stmt.where(Contact.post_id == post_id)
    return [person(dict(row._mapping)) for row in session.execute(stmt)]


def duplicates(session: Session, *, post_id: str = "") -> list[Match]:
    """Pairs of live contacts that may be one person, best first."""
    return possible_duplicates(contacts(session, post_id=post_id))


def known_matches(session: Session, items: Iterable[Mapping[str, Any]], *, limit: int = 50) -> list[Match]:
    """For contacts about to be imported: the best match of each among the contacts held."""
    held = Directory(contacts(session))
    out = []
    for item in items:
        found = held.matches_for(person(item, "(new)"))
        if found:
            out.append(found[0])
            if len(out) >= limit:
                break
    return out


def match_per_record(session: Session, items: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    """For each record about to be imported, the contact held it may be ("王小明: same name in
    pinyin"), or "" (not a contact, one the profile already holds by id, or no likely match)."""
    items = list(items)
    held = Directory(contacts(session))
    out = []
    for item in items:
        if item.get("type") != "contact" or isinstance(item.get("id"), str):
            out.append("")
            continue
        found = held.matches_for(person(item, "(new)"))
        out.append(f"{found[0].second.name}: {'; '.join(r.text() for r in found[0].reasons)}" if found else "")
    return tuple(out)
