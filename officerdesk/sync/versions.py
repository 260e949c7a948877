"""Versions HQ enforces: a laptop older than HQ's `min_client_version` stops syncing, with a clear
message, and goes on working offline (docs/sync.md, "Versions"); HQ's published installers tell
the laptop that an update exists.

HQ says the same twice: in /v1/meta (read when the laptop checks HQ's clock) and as a 426
`client_too_old` to any authenticated call, so a raised minimum stops the next sync, not the one
after the next clock check.
"""

from __future__ import annotations

import sys

from officerdesk import __version__
from officerdesk.errors import UserError
from officerdesk.protocol import wire as p


class ClientTooOld(UserError):
    """HQ no longer syncs with this version. Nothing local was changed; the work waits in the outbox."""

    def __init__(self, minimum: str) -> None:
        super().__init__(
            f"Update OfficerDesk to {minimum} or later to sync with HQ (this is {__version__}); "
            "your work is kept on this laptop and is sent after the update.",
            f"본부와 동기화하려면 OfficerDesk를 {minimum} 이상으로 업데이트하십시오(현재 {__version__}). "
            "작업 내용은 이 노트북에 보관되며 업데이트 후 전송됩니다.",
        )
        self.minimum = minimum


def require_supported(meta: p.Meta, version: str = __version__) -> None:
    """Raise ClientTooOld when HQ's minimum is above `version`."""
    if p.is_older(version, meta.min_client_version):
        raise ClientTooOld(meta.min_client_version)


def this_platform() -> str:
    """The installer kind this laptop updates from."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux-deb" if getattr(sys, "frozen", False) and sys.prefix.startswith("/opt/") else "linux-tar"


def newer_installer(releases: p.Releases, version: str = __version__,
                    platform: str | None = None) -> p.Installer | None:
    """HQ's installer for this platform when it is newer than `version`, else None."""
    wanted = platform or this_platform()
    for installer in releases.installers:
        if installer.platform == wanted and p.is_older(version, installer.version):
            return installer
    return None
