"""Typed errors. The core raises these; the UI and the CLI turn them into words in one place each."""

from __future__ import annotations

from dataclasses import dataclass


class OfficerDeskError(Exception):
    """Base of every error OfficerDesk raises on purpose."""


class UserError(OfficerDeskError):
    """Something the user can fix; the message is shown as it is."""

    def __init__(self, message: str, message_ko: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_ko = message_ko or message

    def localized(self, lang: str) -> str:
        return self.message_ko if lang == "ko" else self.message


class ValidationError(UserError):
    """A field's value is wrong; `field` names it so a form can show the message beside it."""

    def __init__(self, field: str, message: str, message_ko: str | None = None) -> None:
        super().__init__(f"{field}: {message}", f"{field}: {message_ko or message}")
        self.field = field
        self.field_message = message
        self.field_message_ko = message_ko or message


class NotFound(UserError):
    pass


class WorkflowError(UserError):
    """An illegal request status move."""


class KeyringError(UserError):
    """The OS keyring is missing, refuses, or would lose the key."""


class ProfileLocked(UserError):
    """The database exists but its key is missing or wrong: never replaced, recovery offered.
    `reason` is "missing", "wrong" or "no_profile_id"; `root` the profile folder."""

    def __init__(self, message: str, message_ko: str | None = None, *, reason: str = "", root: str = "") -> None:
        super().__init__(message, message_ko)
        self.reason, self.root = reason, root


class ImportFailed(UserError):
    """An import file is bad; nothing was imported. `line` is 1-based; 0 is the file as a whole."""

    def __init__(self, line: int, message: str, message_ko: str | None = None) -> None:
        ko = message_ko or message
        if line:
            super().__init__(f"line {line}: {message}", f"{line}행: {ko}")
        else:
            super().__init__(message, ko)
        self.line = line


@dataclass(frozen=True)
class Reason:
    """Why something was left out (an import's skipped line), in both languages like a UserError;
    it reads as its English where no language is chosen (the command line, JSON output)."""

    message: str
    message_ko: str

    def localized(self, lang: str) -> str:
        return self.message_ko if lang == "ko" else self.message

    def __str__(self) -> str:
        return self.message


class AuthError(OfficerDeskError):
    """The HQ server refused this device (unknown, revoked or expired token)."""


class NetworkError(OfficerDeskError):
    """The HQ server could not be reached or stalled."""


class EnrolmentUnreachable(NetworkError):
    """HQ could not be reached while enrolling: this laptop is not enrolled and nothing was kept
    (unlike a sync, no work is waiting to be sent)."""

    def __init__(self, url: str, why: str) -> None:
        super().__init__(why)
        self.url = url


class ConflictError(OfficerDeskError):
    """A concurrent edit that needs the user's decision."""


class Cancelled(OfficerDeskError):
    """The user cancelled a long operation."""
