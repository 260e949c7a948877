"""UUIDv7 ids made on the laptop: time-ordered, so new rows append to the index.

Which text is a record id is the wire contract's rule (`protocol.wire.is_record_id`: a UUID in
its canonical lower-case form); the laptop checks ids with that one function, so nothing it makes
or imports is refused by HQ for its id. `uuid.UUID()` would also take upper case, braces, "urn:"
prefixes and full-width digits, which HQ refuses.
"""

from __future__ import annotations

import os
import time
import uuid

from officerdesk.protocol.wire import is_record_id


def uuid7() -> str:
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def canonical_id(text: object) -> str | None:
    """An id from outside (an import file) in the one form HQ takes, when that loses nothing:
    the canonical form itself, or upper-case ASCII hex lowered; None for anything else."""
    if type(text) is not str:
        return None
    lowered = text.lower() if text.isascii() else text  # only ASCII: Unicode case mapping is not lossless here
    return lowered if is_record_id(lowered) else None
