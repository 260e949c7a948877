"""The order of runs in a line that mixes right-to-left and left-to-right text.

The Unicode bidi algorithm (python-bidi's reference implementation, rules P2-I2) gives each
character a level; a level run is then set as a whole (an odd one shaped right to left by
HarfBuzz in `fonts.py`), and the runs are reordered by rule L2. Reordering is per *line*: a
paragraph that wraps is cut into lines in logical order first (`linebreak.py`), so the first
words of a long Arabic note stay on its first line.
"""

from __future__ import annotations

import functools
import unicodedata

from bidi import algorithm as uba

# X9: explicit embeddings and boundary neutrals take no part in the levels
_REMOVED = frozenset(("RLE", "LRE", "RLO", "LRO", "PDF", "BN"))


def base_level(text: str) -> int:
    """The paragraph's own direction (rules P2-P3): 1 when its first strong letter is RTL."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
    return 0


def levels(text: str, base: int | None = None) -> list[int]:
    """The resolved embedding level of each character of `text`."""
    kept = [i for i, c in enumerate(text) if unicodedata.bidirectional(c) not in _REMOVED]
    storage = uba.get_empty_storage()
    level = base_level(text) if base is None else base
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    uba.get_embedding_levels("".join(text[i] for i in kept), storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    resolved = [ch["level"] for ch in storage["chars"]]
    if len(resolved) != len(kept):  # astral characters on a narrow build; never on CPython 3
        return [level] * len(text)
    out = [level] * len(text)
    for i, lv in zip(kept, resolved, strict=True):
        out[i] = lv
    previous, counted = level, set(kept)
    for i in range(len(text)):  # a removed character goes with the one before it
        if i in counted:
            previous = out[i]
        else:
            out[i] = previous
    return out


@functools.lru_cache(maxsize=2048)
def visual_runs(line: str) -> tuple[tuple[int, str], ...]:
    """(level, text) level runs of one line, in the order they are drawn from the left; each
    run's text is still in logical order (the caller sets an odd run right to left)."""
    if not line:
        return ()
    lv = levels(line)
    runs: list[tuple[int, str]] = []
    start = 0
    for i in range(1, len(line) + 1):
        if i == len(line) or lv[i] != lv[start]:
            runs.append((lv[start], line[start:i]))
            start = i
    # L2: from the highest level down to the lowest odd one, reverse every sequence of runs
    # at that level or above
    highest = max(level for level, _ in runs)
    lowest_odd = min(level for level, _ in runs) | 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][0] >= level:
                j = i
                while j < len(runs) and runs[j][0] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1
    return tuple(runs)
