"""Hybrid logical clock: wall time in ms plus a counter, encoded so strings sort like clocks.

`offset_ms` is the correction learnt from HQ's `/v1/meta` server time, so a laptop whose clock
runs fast cannot win every edit; HQ refuses stamps more than five minutes ahead.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

MAX_DRIFT_MS = 5 * 60 * 1000
# The only form a stamp has: 13 hex digits of wall time, 4 of counter, lower case ASCII. Written
# out by hand because `int(x, 16)` also takes full-width and other Unicode digits, signs, "_" and
# surrounding blanks, and strings that compare differently would break last-writer-wins.
STAMP = "[0-9a-f]{17}"
_STAMP = re.compile(STAMP)


def encode(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:013x}{counter:04x}"


def is_stamp(hlc: object) -> bool:
    """Whether `hlc` is a clock stamp in its one strict form (fullmatch: no trailing newline)."""
    return type(hlc) is str and _STAMP.fullmatch(hlc) is not None


def decode(hlc: str) -> tuple[int, int]:
    if not is_stamp(hlc):
        raise ValueError(f"malformed clock stamp {str(hlc)[:40]!r}")
    return int(hlc[:13], 16), int(hlc[13:], 16)


def wall_ms_now() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class HybridClock:
    wall_ms: int = 0
    counter: int = 0
    offset_ms: int = 0

    def now(self) -> str:
        physical = wall_ms_now() + self.offset_ms
        if physical > self.wall_ms:
            self.wall_ms, self.counter = physical, 0
        else:
            self.counter += 1
            if self.counter > 0xFFFF:
                self.wall_ms, self.counter = self.wall_ms + 1, 0
        return encode(self.wall_ms, self.counter)

    def observe(self, remote: str) -> None:
        """Move past a stamp seen from elsewhere, so our next stamp orders after it."""
        r_wall, r_counter = decode(remote)
        if r_wall > self.wall_ms or (r_wall == self.wall_ms and r_counter > self.counter):
            self.wall_ms, self.counter = r_wall, r_counter

    @property
    def state(self) -> str:
        return encode(self.wall_ms, self.counter)

    @classmethod
    def from_state(cls, state: str | None, offset_ms: int = 0) -> HybridClock:
        if not state:
            return cls(offset_ms=offset_ms)
        wall, counter = decode(state)
        return cls(wall, counter, offset_ms)


def too_far_ahead(hlc: str, server_ms: int | None = None) -> bool:
    wall, _ = decode(hlc)
    return wall > (server_ms if server_ms is not None else wall_ms_now()) + MAX_DRIFT_MS
