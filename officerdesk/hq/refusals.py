"""Failed device tokens and enrolment codes: back-off, and a summarised audit trail.

Back-off: failures are counted per client address and per the first characters of the token
(`token:` 8) or enrolment code (`code:` 4, normalised: a code read over the phone and half
overheard). After `free` failures a key waits `first_wait` seconds, doubling with each further
failure up to `longest_wait`; a key with no failure for `forget_after` seconds starts afresh.
While a key waits, its requests get 429 with Retry-After and are not checked at all (no
database work, nothing learned). In memory, per process: a restart or another worker forgets.

An embassy's laptops may share one NAT address with a misbehaving one, so the address's wait is
capped (a minute) and a token that has authenticated in this process before is not held back by
its address or prefix (it is still checked; a revoked one loses the exemption). Guesses cannot
use that exemption: only a token HQ has accepted earns it.

Audit: the first failure per (address, action, reason) in a `window` is written at once; further
ones in that window become one `<action>_summary` row (count, first and last time) when the window
ends, instead of a locked write each.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from officerdesk.hq import audit
from officerdesk.hq.auth import normalise_code
from officerdesk.hq.database import Database
from officerdesk.hq.errors import HQError
from officerdesk.hq.store import utcnow

MAX_KEYS = 100_000  # memory bound: the least recently failing keys are forgotten first


@dataclass(frozen=True)
class BackoffRules:
    free: int = 5
    first_wait: float = 1.0
    longest_wait: float = 60.0
    forget_after: float = 900.0
    window: float = 60.0  # the audit summary's


def failure_keys(address: str, *, token: str = "", code: str = "") -> list[str]:
    keys = [f"ip:{address}"]
    if token:
        keys.append(f"token:{token[:8]}")
    if code:
        keys.append(f"code:{normalise_code(code)[:4]}")
    return keys


@dataclass
class _Count:
    failures: int = 0
    until: float = 0.0
    last: float = 0.0


@dataclass
class _Window:
    start: float
    first_repeat: str = ""
    last_repeat: str = ""
    repeats: int = 0


Row = tuple[str, str, dict[str, Any]]  # actor, action, detail


@dataclass
class Refusals:
    rules: BackoffRules = field(default_factory=BackoffRules)
    clock: Callable[[], float] = time.monotonic
    _counts: OrderedDict[str, _Count] = field(default_factory=OrderedDict)
    _proven: OrderedDict[str, None] = field(default_factory=OrderedDict)
    _windows: dict[tuple[str, str, str], _Window] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # ---- back-off ----------------------------------------------------------------------------

    def check(self, keys: Iterable[str], token: str = "") -> None:
        """429 while any key waits, unless `token` was accepted before."""
        now = self.clock()
        with self._lock:
            if token and _digest(token) in self._proven:
                return
            wait = max((c.until - now for k in keys if (c := self._counts.get(k))), default=0.0)
        if wait > 0:
            raise HQError(429, "too_many_failures", f"too many failed attempts; try again in {math.ceil(wait)} s",
                          {"Retry-After": str(math.ceil(wait))})

    def proven(self, token: str) -> None:
        with self._lock:
            self._proven[_digest(token)] = None
            self._proven.move_to_end(_digest(token))
            while len(self._proven) > MAX_KEYS:
                self._proven.popitem(last=False)

    def failed(self, db: Database, keys: list[str], *, actor: str, action: str, reason: str,
               token: str = "", **detail: Any) -> None:
        """Count the failure against every key and write what the audit trail needs now."""
        now = self.clock()
        with self._lock:
            if token:
                self._proven.pop(_digest(token), None)
            for key in keys:
                self._count(key, now)
            rows = self._note(now, actor, action, reason, detail)
        if rows:
            with db.write() as s:
                for row_actor, row_action, row_detail in rows:
                    audit.append(s, actor=row_actor, action=row_action, **row_detail)

    def _count(self, key: str, now: float) -> None:
        count = self._counts.pop(key, None) or _Count()
        if now - count.last > self.rules.forget_after:
            count = _Count()
        count.failures, count.last = count.failures + 1, now
        beyond = count.failures - self.rules.free
        if beyond > 0:
            count.until = now + min(self.rules.longest_wait, self.rules.first_wait * 2 ** min(beyond - 1, 30))
        self._counts[key] = count  # most recent last
        while len(self._counts) > MAX_KEYS:
            self._counts.popitem(last=False)

    # ---- audit summary -----------------------------------------------------------------------

    def _note(self, now: float, actor: str, action: str, reason: str, detail: dict[str, Any]) -> list[Row]:
        rows = self._ended(now)
        key = (actor, action, reason)
        window = self._windows.get(key)
        if window is None:
            self._windows[key] = _Window(now)
            rows.append((actor, action, {"reason": reason, **detail}))
        else:
            stamp = _stamp()
            window.first_repeat = window.first_repeat or stamp
            window.last_repeat, window.repeats = stamp, window.repeats + 1
        return rows

    def _ended(self, now: float, everything: bool = False) -> list[Row]:
        rows: list[Row] = []
        for key, window in list(self._windows.items()):
            if everything or now - window.start >= self.rules.window:
                del self._windows[key]
                if window.repeats:
                    actor, action, reason = key
                    rows.append((actor, f"{action}_summary", {
                        "reason": reason, "count": window.repeats, "first": window.first_repeat,
                        "last": window.last_repeat, "window_seconds": self.rules.window}))
        return rows

    def flush(self, db: Database, everything: bool = False) -> int:
        """Write the summaries of ended windows (all of them at shutdown); how many rows."""
        with self._lock:
            rows = self._ended(self.clock(), everything)
        if rows:
            with db.write() as s:
                for actor, action, detail in rows:
                    audit.append(s, actor=actor, action=action, **detail)
        return len(rows)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _stamp() -> str:
    return utcnow().isoformat(timespec="milliseconds") + "Z"
