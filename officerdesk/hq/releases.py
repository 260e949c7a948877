"""What HQ tells laptops about versions: the oldest laptop it still syncs with, and the current
installers (docs/hq.md, "Versions and updates").

A small JSON file, `releases.json` in the HQ data dir or `$OFFICERDESK_HQ_RELEASES`, written by
`officerdesk-hq releases …` and read again whenever it changes, so the administrator raises the
minimum or publishes an installer without restarting the server (and every worker sees it).
No file: the minimum is the server's own default and no installer is published.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import pydantic

from officerdesk.hq.database import data_dir
from officerdesk.protocol.wire import Installer, Releases, is_release

RELEASES_ENV = "OFFICERDESK_HQ_RELEASES"
FILE_NAME = "releases.json"
DEFAULT_MINIMUM = "0.1.0"


class ReleasesError(Exception):
    """The releases file or an argument is wrong; the message says which."""


def releases_path() -> Path:
    chosen = os.environ.get(RELEASES_ENV)
    return Path(chosen).expanduser() if chosen else data_dir() / FILE_NAME


def read(path: Path) -> Releases:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Releases(min_client_version=DEFAULT_MINIMUM)
    try:
        return Releases.model_validate_json(text)
    except pydantic.ValidationError as exc:
        raise ReleasesError(f"{path} is not a releases file: {exc.errors()[0]['msg']}") from exc


def write(path: Path, releases: Releases) -> None:
    """Replaced whole (write, then rename), so a server reading it never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(releases.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
    part.chmod(0o644)  # public facts (GET /v1/releases); the HQ user must read what root wrote
    part.replace(path)


def require(releases: Releases, minimum: str) -> Releases:
    if not is_release(minimum):
        raise ReleasesError(f"{minimum!r} is not a version (X.Y.Z)")
    return releases.model_copy(update={"min_client_version": minimum})


def publish(releases: Releases, *, file: Path, platform: str, version: str, url: str) -> Releases:
    """The installer in `file` becomes the current one for `platform` (its checksum is computed here)."""
    digest = hashlib.sha256()
    with file.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    try:
        installer = Installer(platform=platform, version=version, sha256=digest.hexdigest(), url=url,  # type: ignore[arg-type]
                              size=file.stat().st_size)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        raise ReleasesError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from exc
    others = [i for i in releases.installers if i.platform != platform]
    return releases.model_copy(update={"installers": [*others, installer]})


class ReleasesFile:
    """The file as the server reads it: parsed again only when its size or time changes. A file
    broken by hand keeps the last good reading (and the server running)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._seen: tuple[int, int] | None = None
        self._current = Releases(min_client_version=DEFAULT_MINIMUM)

    def current(self) -> Releases:
        try:
            st = self.path.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            stamp = None
        with self._lock:
            if stamp != self._seen:
                try:
                    self._current = read(self.path)
                    self._seen = stamp
                except (ReleasesError, OSError):
                    pass
            return self._current
