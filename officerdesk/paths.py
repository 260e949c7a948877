"""Where things live: per-user dirs via platformdirs, or one --profile DIR holding everything."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP = "OfficerDesk"


def default_profile_dir() -> Path:
    import platformdirs  # only here: a --profile start does not need it

    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "profile"


def resources_dir() -> Path:
    """The bundled resources (fonts, translations), in a checkout or a frozen bundle."""
    env = os.environ.get("OFFICERDESK_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)  # inside a PyInstaller bundle
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


@dataclass(frozen=True)
class ProfilePaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "officerdesk.db"

    @property
    def profile_file(self) -> Path:
        return self.root / "profile.json"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def drafts(self) -> Path:
        return self.root / "drafts"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def profile_paths(root: str | os.PathLike[str] | None) -> ProfilePaths:
    return ProfilePaths(Path(root).expanduser().resolve() if root else default_profile_dir())
