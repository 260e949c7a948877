"""Seeded profiles shared by the benchmarks, made once per run and reused by every module.

The first module that asks for a size seeds it (timed: `seed_timing` gives the wall and CPU
seconds, which bench_seed reports), so the 100,000-record profile is seeded once a run.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any


def _cache() -> Path:
    # The runner points this inside its own temporary folder, next to the keyring file that holds
    # the cached profiles' keys, so both go away together.
    return Path(os.environ.get("OFFICERDESK_BENCH_CACHE", Path(tempfile.gettempdir()) / "officerdesk-bench-cache"))


def _root(records: int, post: str, seed: int) -> Path:
    return _cache() / f"{post}-{records}-{seed}"


def seeded_profile(records: int, *, post: str = "WAS", seed: int = 7) -> Path:
    """A profile with `records` demo records (cached by size; copy it before writing to it)."""
    from officerdesk.core.demo import seed as demo
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store

    root = _root(records, post, seed)
    marker = root / ".complete"
    if marker.exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    store = open_store(root)
    try:
        with store.session_factory.begin() as s:
            identity.set_up(s, officer_name="Bench Officer", post_code=post)
        wall, cpu = time.perf_counter(), time.process_time()
        with store.session_factory.begin() as s:
            made = sum(demo.seed(s, post_code=post, records=records, seed=seed).values())
        timing = {"records": made, "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
    finally:
        store.close()
    marker.write_text(json.dumps(timing), encoding="utf-8")
    return root


def seed_timing(records: int, *, post: str = "WAS", seed: int = 7) -> dict[str, Any]:
    """How long seeding the cached profile took: {"records", "wall", "cpu"} (seconds)."""
    root = seeded_profile(records, post=post, seed=seed)
    try:
        timing: dict[str, Any] = json.loads((root / ".complete").read_text(encoding="utf-8"))
    except ValueError:  # a cache left by an older runner: seed again, timed
        (root / ".complete").unlink()
        return seed_timing(records, post=post, seed=seed)
    return timing


def copy_profile(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest)
    return dest
