"""Load `shared/data/search_corpus.jsonl` into a profile through the services, for any test.

Corpus lines use DOMAIN.md's words; a few map onto the services differently:
  meeting "start"           -> starts_at
  contact "organization"    -> an Organization created once per name, then organization_id
  request "company"         -> a Company created once per name (name_ko), then company_id
  request "status"          -> walked there along the workflow's legal moves (requests.transition)
The real JSON Lines importer is `officerdesk/core/exchange.py`; this loader only serves tests.
"""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from officerdesk.core import enums
from officerdesk.core.services import identity, records, requests


def read_corpus(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _path_to(status: str) -> list[str]:
    """The shortest run of legal moves from `received` to `status`."""
    paths: dict[str, list[str]] = {"received": []}
    queue = deque(["received"])
    while queue:
        here = queue.popleft()
        for nxt in enums.TRANSITIONS.get(here, ()):
            if nxt not in paths:
                paths[nxt] = [*paths[here], nxt]
                queue.append(nxt)
    return paths[status]


class CorpusLoader:
    """Creates corpus records in one session; linked organizations and companies made once."""

    def __init__(self, session: Session, post_id: str | None = None) -> None:
        self.session = session
        self.post_id = post_id or identity.require(session).post_id
        self._made: dict[tuple[str, str], str] = {}
        self.ids: dict[str, str] = {}  # display title -> id

    def _named(self, record_type: str, field: str, name: str) -> str:
        key = (record_type, name)
        if key not in self._made:
            self._made[key] = records.create(self.session, record_type, post_id=self.post_id, values={field: name}).id
            self.ids.setdefault(name, self._made[key])
        return self._made[key]

    def add(self, line: dict[str, Any]) -> str:
        values = dict(line)
        record_type = values.pop("type")
        status = values.pop("status", None) if record_type == "company_request" else None
        if "start" in values:
            values["starts_at"] = values.pop("start")
        if "end" in values:
            values["ends_at"] = values.pop("end")
        if record_type == "contact" and "organization" in values:
            values["organization_id"] = self._named("organization", "name", values.pop("organization"))
        if record_type == "company_request" and "company" in values:
            values["company_id"] = self._named("company", "name_ko", values.pop("company"))
        if status and "closed" in _path_to(status):
            # closing needs an outcome (requests.check_outcome); the corpus has none to give, so a
            # dash that no query matches keeps the search answers what the corpus alone makes them
            values.setdefault("outcome", "—")
        made = records.create(self.session, record_type, post_id=self.post_id, values=values)
        for move in _path_to(status) if status else []:
            requests.transition(self.session, made.id, move)
        self.ids[made.display_title] = made.id
        return made.id


def load_corpus(session: Session, path: Path) -> dict[str, str]:
    """Create every corpus record; returns display title -> id."""
    loader = CorpusLoader(session)
    for line in read_corpus(path):
        loader.add(line)
    return loader.ids
