"""One module per endpoint family, each a thin call into the HQ modules.

Every refusal HQ can give is documented here once, with its `ErrorBody` and headers, so the
OpenAPI document (`/openapi.json`) lists each status an operation can answer; a schema-driven
fuzzer holds the server to it (tests/hq/test_openapi_fuzz.py).
"""

from __future__ import annotations

from typing import Any

from officerdesk.protocol.wire import MAX_BODY_BYTES, MAX_STRING, ErrorBody

Responses = dict[int | str, dict[str, Any]]

_WHY = {
    400: "Malformed input: broken gzip, JSON nested too deeply, text with NUL characters, lone "
         "surrogates or not in Unicode NFC, NaN or infinite numbers, or a header that breaks its rule.",
    401: "Missing, malformed, unknown or revoked device token (or a refused enrolment code); "
         "`handed_over` when the device's officer has handed the post over.",
    404: "No such thing for this device.",
    409: "The request does not fit HQ's state (see `error`).",
    413: f"The body is larger than {MAX_BODY_BYTES} bytes (after gunzip too), or a declared size "
         "is beyond HQ's limit.",
    415: "A `Content-Encoding` other than gzip or identity.",
    416: "The byte range starts beyond the end of the file.",
    422: f"A parameter, header or body field outside its schema, or a string longer than {MAX_STRING} "
         "characters.",
    426: "This laptop's OfficerDesk is older than the minimum HQ syncs with (`client_too_old`); "
         "`detail` names the version to update to.",
    429: "Too many requests or failed attempts from this client; try again after `Retry-After` seconds.",
}

_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"description": "always `Bearer`", "required": True,
                               "schema": {"type": "string"}}},
    429: {"Retry-After": {"description": "seconds to wait before trying again",
                          "schema": {"type": "integer", "minimum": 0}}},
}

TRANSPORT = (400, 413, 415)
"""What the body limit (officerdesk/hq/limits.py) answers for any request before it is routed."""
AUTHENTICATED = (*TRANSPORT, 401, 422, 426, 429)
"""What any operation with a device token and parameters or a body can answer."""


def refusal(status: int, description: str = "", headers: dict[str, Any] | None = None) -> dict[str, Any]:
    """One documented refusal: an ErrorBody, a sentence on when, and the headers it carries."""
    answer: dict[str, Any] = {"model": ErrorBody, "description": description or _WHY[status]}
    if status in _HEADERS or headers:
        answer["headers"] = {**_HEADERS.get(status, {}), **(headers or {})}
    return answer


def errors(*statuses: int) -> Responses:
    """The documented refusals for these statuses, in order."""
    return {status: refusal(status) for status in sorted(set(statuses))}


def bodiless(responses: Responses) -> Responses:
    """The same refusals for HEAD, whose answers carry the status and headers but never a body."""
    return {status: {k: v for k, v in answer.items() if k != "model"} for status, answer in responses.items()}


ERRORS: Responses = errors(*AUTHENTICATED)
"""The refusals of an authenticated JSON operation; an operation adds its own 404 or 409."""

BYTE_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
"""The schema of a header holding a number of bytes."""
ETAG: dict[str, Any] = {"description": "the file's SHA-256 in quotes", "required": True, "schema": {"type": "string"}}
BYTES: dict[str, Any] = {"schema": {"type": "string", "format": "binary"}}
"""A body of raw bytes (a file, a PDF), under its media type."""
