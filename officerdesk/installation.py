"""What this installation of OfficerDesk has: an HQ server installs `officerdesk[hq]` only, so the
laptop's packages (the `desktop` extra) may be absent, and `officerdesk` then says so plainly.

Read from the package's own metadata (pyproject.toml's extras, as installed), only once an import
has already failed: reading it costs tens of milliseconds, which the desktop start does not pay.
"""

from __future__ import annotations

import re
from importlib import metadata

DESKTOP = "desktop"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_EXTRA = re.compile(r"""\bextra\s*==\s*['"]([^'"]+)['"]""")


def requirements(extra: str) -> list[str] | None:
    """The distributions `officerdesk[extra]` adds; None when the installation cannot say (no
    package metadata, as in a frozen bundle, or no such extra)."""
    try:
        requires = metadata.distribution("officerdesk").requires or []
    except metadata.PackageNotFoundError:
        return None
    names: list[str] = []
    for line in requires:
        requirement, _, marker = line.partition(";")
        wanted, named = _EXTRA.search(marker), _NAME.match(requirement)
        if wanted and wanted.group(1) == extra and named:
            names.append(named.group(1))
    return names or None


def missing(extra: str) -> list[str] | None:
    """Those of `requirements(extra)` that are not installed (empty: all are), or None."""
    names = requirements(extra)
    if names is None:
        return None
    absent: list[str] = []
    for name in names:
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            absent.append(name)
    return absent


def no_desktop_message(absent: list[str]) -> str:
    return (f"this installation has no desktop app (it lacks {', '.join(absent)}); "
            f"install officerdesk[{DESKTOP}] for the app and its commands")
