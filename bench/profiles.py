"""Seeded profiles shared by the benchmarks, made once per run and reused by every module."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def _cache() -> Path:
    # The runner points this inside its own temporary folder, next to the keyring file that holds
    # the cached profiles' keys, so both go away together.
    return Path(os.environ.get("OFFICERDESK_BENCH_CACHE", Path(tempfile.gettempdir()) / "officerdesk-bench-cache"))


def seeded_profile(records: int, *, post: str = "WAS", seed: int = 7) -> Path:
    """A profile with `records` demo records (cached by size; copy it before writing to it)."""
    from officerdesk.core import demo
    from officerdesk.core.db import open_store
    from officerdesk.core.services import identity

    root = _cache() / f"{post}-{records}-{seed}"
    marker = root / ".complete"
    if marker.exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    store = open_store(root)
    try:
        with store.session_factory.begin() as s:
            identity.set_up(s, officer_name="Bench Officer", post_code=post)
        with store.session_factory.begin() as s:
            demo.seed(s, post_code=post, records=records, seed=seed)
    finally:
        store.close()
    marker.write_text("ok", encoding="utf-8")
    return root


def copy_profile(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest)
    return dest
