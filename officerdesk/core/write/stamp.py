"""One stamp for every local write: field clocks, first and last stamps, write time and author.

The before_flush hook (`changes.py`) stamps records a session flushes; the bulk writer
(`bulk.py`) stamps new records it writes itself. Both ask the same `Stamper`, so an edit and an
import leave exactly the same columns behind.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from officerdesk.core.clock import HybridClock
from officerdesk.core.models import SyncState

# the clock of a field never written: (stamp, site, seen seq)
NO_CLOCK = (None, None, 0)

# How a writer reads a record's values: its attributes (a record in a session), or a bulk
# import's new object's own dict, which no session ever sees (faster than the descriptors).
Read = Callable[[str], Any]


class Stamper:
    """This laptop's clock, site and author, stamping one flush's or one batch's writes."""

    def __init__(self, session: Session, state: SyncState) -> None:
        self.state = state
        self.clock = HybridClock.from_state(state.clock, state.clock_offset_ms)
        self.site: str = state.site_id
        self.author: str = session.info.get("actor") or state.officer_name or ""

    def stamp(self, read: Read, fields: list[str], now: dt.datetime) -> tuple[str, dict[str, Any]]:
        """A new stamp and the columns it writes for `fields`: each field's clock keeps the seen
        seq its edit was based on; the first stamp and the author are set once."""
        hlc = self.clock.now()
        old = read("clocks")
        clocks: dict[str, Any]
        if old:
            clocks = dict(old)
            site = self.site
            for f in fields:
                clocks[f] = [hlc, site, clocks.get(f, NO_CLOCK)[2]]
        else:  # a first stamp: every field written now, from base 0
            clocks = FirstClocks.make(fields, hlc, self.site)
        out = {"clocks": clocks, "updated_hlc": hlc, "updated_at": now}
        if not read("created_hlc"):
            out["created_hlc"] = hlc
        if not read("author"):
            out["author"] = self.author
        return hlc, out

    def close(self) -> None:
        """Keep the clock's position for the next write (the caller's transaction saves it)."""
        self.state.clock = self.clock.state


class FirstClocks(dict[str, Any]):
    """A first stamp's field clocks, `{field: [hlc, site, 0]}` for every field, with their JSON.

    All the fields share one stamp, so the JSON is the field list's template with the stamp put
    in: the same text `json.dumps` makes (the JSON column's own serializer), without walking the
    dict for every row (`rows.insert_plan` writes it). Read as a dict it is the plain clocks; a
    later stamp makes a plain copy.
    """

    __slots__ = ("json",)
    json: str
    _TEMPLATES: dict[tuple[str, ...], str] = {}

    @classmethod
    def make(cls, fields: list[str], hlc: str, site: str) -> FirstClocks:
        clocks = cls()
        for f in fields:
            clocks[f] = [hlc, site, 0]
        key = tuple(fields)
        template = cls._TEMPLATES.get(key)
        if template is None:
            template = cls._TEMPLATES[key] = json.dumps(dict.fromkeys(fields, 0)).replace(": 0", ": \x00")
        stamp = f'["{hlc}", "{site}", 0]' if hlc.isalnum() and _plain(site) else json.dumps([hlc, site, 0])
        clocks.json = template.replace("\x00", stamp)
        return clocks


@functools.lru_cache(maxsize=8)
def _plain(text: str) -> bool:
    """Whether JSON writes this text as it is between quotes (a site id: hex digits and dashes)."""
    return json.dumps(text) == f'"{text}"'
