"""Records: open one for its editor, save it, delete it, bring a deleted one back, find some to link.

Everything an editor shows comes back in one read (`Loaded`): the record, its post and the titles
of the records it links to, from one snapshot, so the form never mixes two moments.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from officerdesk.core import dto as d
from officerdesk.core import kinds

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnDone, OnError

PICK_LIMIT = 200
Links = Mapping[str, str]  # a link field's name -> the record type it links to
Choice = tuple[str, str, str]  # (id, title, detail)


@dataclass(frozen=True)
class Loaded:
    """What one load brings back to the UI thread."""

    record: d.RecordDTO | None
    post: d.PostDTO | None
    titles: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> id -> title


def get_record(*, ctx: AppContext, kind: str, record_id: str, on_done: OnDone = None,
               on_error: OnError = None) -> int:
    """One record as it is now."""
    return ctx.runner.query(lambda s: _records().get(s, kind, record_id), on_done=on_done, on_error=on_error)


def load_record(*, ctx: AppContext, kind: str, record_id: str | None, post_id: str, links: Links,
                on_done: Callable[[Loaded], None]) -> int:
    """What an editor shows of a record (None: a new one for post_id)."""
    return ctx.runner.query(lambda s: loaded(s, kind, record_id, post_id, links), on_done=on_done)


def save_record(*, ctx: AppContext, kind: str, record_id: str | None, post_id: str,
                values: dict[str, Any], links: Links, check: Callable[[dict[str, Any]], None],
                on_done: Callable[[Loaded], None], on_error: OnError = None) -> int:
    """Create the record (record_id None) or change the given fields; `check` holds the form's own
    rules and runs first, in the same unit of work. Brings back what the editor shows next."""

    def work(s: Session) -> Loaded:
        check(values)
        records = _records()
        if record_id:
            saved = records.update(s, kind, record_id, values)
        else:
            saved = records.create(s, kind, post_id=post_id, values=values)
        return loaded(s, kind, saved.id, post_id, links)

    return ctx.runner.write(work, on_done=on_done, on_error=on_error)


def delete_record(*, ctx: AppContext, kind: str, record_id: str, on_done: OnDone = None) -> int:
    """Delete a record (the status bar offers Undo: `restore_record`)."""
    return ctx.runner.write(lambda s: _records().delete(s, kind, record_id), on_done=on_done)


def restore_record(*, ctx: AppContext, kind: str, record_id: str, on_done: OnDone = None) -> int:
    """Undo a delete."""
    return ctx.runner.write(lambda s: _records().restore(s, kind, record_id), on_done=on_done)


def undo_edit(*, ctx: AppContext, kind: str, record_id: str, values: dict[str, Any],
              on_done: OnDone = None) -> int:
    """Write fields back to what they were before an edit: a new edit, synced like any other."""
    return ctx.runner.write(lambda s: _records().update(s, kind, record_id, values), on_done=on_done)


def create_named(*, ctx: AppContext, kind: str, post_id: str, name: str,
                 on_done: Callable[[Choice], None]) -> int:
    """A new record of `kind` with only its title typed (a picker's "Create"); others fill it later."""

    def work(s: Session) -> Choice:
        made = _records().create(s, kind, post_id=post_id, values={kinds.named(kind).title: name})
        return (made.id, made.display_title, "")

    return ctx.runner.write(work, on_done=on_done)


def link_titles(*, ctx: AppContext, kind: str, ids: list[str], on_done: Callable[[dict[str, str]], None]) -> int:
    """The titles of records a form links to before it was saved (a default, a restored draft)."""
    return ctx.runner.query(lambda s: titles_of(s, kind, ids), on_done=on_done)


def find_records(*, ctx: AppContext, kind: str, text: str, on_done: Callable[[list[Choice]], None]) -> int:
    """Records of `kind` matching `text`, for a link picker."""
    return ctx.runner.query(lambda s: choices(s, kind, text), on_done=on_done)


# --- on the database lane --------------------------------------------------------------------

def loaded(session: Session, kind: str, record_id: str | None, post_id: str, links: Links) -> Loaded:
    records = _records()
    from officerdesk.errors import NotFound

    record = records.get(session, kind, record_id) if record_id else None
    post: d.PostDTO | None = None
    if post_id:
        try:
            found = records.get(session, kinds.POST.name, post_id)
            post = found if isinstance(found, d.PostDTO) else None
        except NotFound:
            post = None
    titles: dict[str, dict[str, str]] = {}
    if record is not None:
        for name, linked in links.items():
            value = getattr(record, name, None)
            ids = [value] if isinstance(value, str) else list(value or ())
            titles[name] = titles_of(session, linked, ids)
    return Loaded(record, post, titles)


def choices(session: Session, kind: str, text: str) -> list[Choice]:
    """(id, title, detail): the detail tells two similar names apart in the picker."""
    records = _records()
    found = records.list_records(session, kind, records.Filter(text=text), limit=PICK_LIMIT)
    return [(r.id, r.display_title, _detail(r)) for r in found]


def _detail(record: d.RecordDTO) -> str:
    if isinstance(record, d.ContactDTO):
        return " · ".join(x for x in (record.position, record.organization_name) if x)
    if isinstance(record, d.CompanyRequestDTO):
        return record.company_name
    if isinstance(record, d.MeetingDTO) and record.starts_at:
        return record.starts_at.strftime("%Y-%m-%d")
    if isinstance(record, d.CompanyDTO):
        return record.name_en
    return ""


def titles_of(session: Session, kind: str, ids: list[str]) -> dict[str, str]:
    """The titles of linked records (a deleted one keeps its id as title)."""
    from officerdesk.errors import NotFound

    records = _records()
    out: dict[str, str] = {}
    for record_id in ids:
        try:
            out[record_id] = records.get(session, kind, record_id).display_title
        except NotFound:
            out[record_id] = record_id
    return out


def _records() -> Any:
    """The records service, imported on the lane: it brings the ORM, which the window's first
    rows do not wait for (`ui/ops.py`)."""
    from officerdesk.core.services import records

    return records
