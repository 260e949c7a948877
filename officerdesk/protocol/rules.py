"""The sync rules as data: who may write what (docs/sync.md "Who owns what").

The laptop (`core/write/changes.py`, `core/write/bulk.py`, `sync/apply.py`) and HQ (`hq/mutations.py`,
`hq/records.py`) read these; none of them restates a list. Record types are named by their
`record_type` strings, so this module needs no models and no database.
"""

from __future__ import annotations

from typing import Any

# Published by HQ to the posts and changed only by HQ's admin commands: a device never pushes
# them, and a laptop accepts HQ's copy whatever post it names.
HQ_OWNED_TYPES = frozenset({"post", "officer"})

# Of these, what every post receives (the others are scoped to their post like any record).
EVERY_POST_TYPES = frozenset({"post"})

# A request's status history: HQ writes a row only when it accepts a `transition`, so the
# history is always a legal path. An upsert of one is refused, never applied.
HISTORY_TYPE = "status_change"

# Conflicts are made by HQ; of one, a device of its post may only say it is resolved.
CONFLICT_TYPE = "conflict"
CONFLICT_DEVICE_WRITES: dict[str, Any] = {"resolved": True}

# Record types a device never upserts: HQ's own, the history, and (except for the one flag
# above) conflicts.
NEVER_UPSERTED = HQ_OWNED_TYPES | {HISTORY_TYPE}

# Fields HQ's workflow decides: written only by an accepted transition (and, for a new
# request, set to the initial state). A laptop always takes HQ's value of them.
REQUEST_TYPE = "company_request"
HQ_DECIDES: dict[str, frozenset[str]] = {REQUEST_TYPE: frozenset({"status", "escalated"})}

# The state a request is born in; every later status is reached by transitions.
REQUEST_INITIAL: dict[str, Any] = {"status": "received", "escalated": False}

# Statuses that end a request as handled: what came of it must be written down first, so a
# closed case never reaches a brief or HQ without its outcome. The laptop's workflow
# (`core/services/requests.py`) and HQ's replay of a transition (`hq/mutations.py`) both ask
# `outcome_missing`; a laptop pushes the outcome's upsert before the move, so HQ has it first.
NEEDS_OUTCOME = frozenset({"closed"})


def outcome_missing(to_status: str, outcome: Any) -> bool:
    """True when a move into `to_status` needs the request's outcome and it has none."""
    return to_status in NEEDS_OUTCOME and not (outcome if isinstance(outcome, str) else "").strip()


# Fields that name things on one laptop's disk: they never leave it, and HQ never stores them.
LOCAL_ONLY: frozenset[tuple[str, str]] = frozenset({("attachment", "file_key"), ("brief", "path")})


def hq_decides(record_type: str, field: str) -> bool:
    return field in HQ_DECIDES.get(record_type, ())


def pushed_fields(record_type: str, fields: list[str], *, new: bool) -> list[str]:
    """Of the fields a local edit changed, those its upsert carries.

    Local-only fields stay home; an existing request's status and escalated flag move only by
    transitions (a new request carries them, in their initial state). A conflict carries only
    what a device may write of it, and only once HQ has made it (never `new`)."""
    if record_type in NEVER_UPSERTED:
        return []
    if record_type == CONFLICT_TYPE:
        return [] if new else [f for f in fields if f in CONFLICT_DEVICE_WRITES]
    decided = HQ_DECIDES.get(record_type, frozenset())
    return [f for f in fields if (record_type, f) not in LOCAL_ONLY and (new or f not in decided)]
