"""What HQ refuses before any handler runs: oversize or gzip-bomb bodies, and text that is not
clean Unicode.

`BodyLimit` (ASGI) reads a request body up to MAX_BODY_BYTES (413 beyond), and a gzip body
(`Content-Encoding: gzip`) is inflated only up to the same limit, so a small bomb gets 413, not a
full memory. `inspect_json` walks a parsed JSON body once: nesting deeper than MAX_DEPTH, NUL
characters, lone surrogates, non-NFC text and non-finite numbers are refused with 400 (the laptop
normalises to NFC at input, so HQ refuses rather than silently altering what a laptop holds),
strings beyond MAX_STRING with 422. A body must arrive within `body_seconds` (408 and the
connection closed after that: a stalled upload must not hold a connection and its memory).
"""

from __future__ import annotations

import math
import unicodedata
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from fastapi import Request
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from officerdesk.hq.errors import HQError, error_response
from officerdesk.protocol.wire import MAX_BODY_BYTES, MAX_STRING, ascii_decimal, is_json_media_type

MAX_DEPTH = 32


class BodyTooLarge(Exception):
    pass


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate one gzip member, refusing (BodyTooLarge) past `limit` bytes; ValueError if broken."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"not valid gzip: {exc}") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise BodyTooLarge
    if not inflater.eof or inflater.unused_data:
        raise ValueError("the gzip stream is truncated or has trailing data")
    return out


class BodyLimit:
    def __init__(self, app: ASGIApp, *, body_seconds: float, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app, self.max_bytes, self.body_seconds = app, max_bytes, body_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "").strip().lower()
        declared = headers.get("content-length")
        if encoding not in ("", "identity", "gzip"):
            return await self._refuse(scope, receive, send, 415, "unsupported_encoding",
                                      f"Content-Encoding {encoding!r} is not supported; use gzip")
        length = None if declared is None else ascii_decimal(declared)
        if declared is not None and length is None:
            return await self._refuse(scope, receive, send, 400, "bad_header",
                                      "Content-Length must be a whole number in ASCII digits")
        if length is not None and length > self.max_bytes:
            return await self._refuse(scope, receive, send, 413, "too_large", self._too_large())
        body, complete = bytearray(), False
        with anyio.move_on_after(self.body_seconds):
            while not complete:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return None
                body += message.get("body", b"")
                if len(body) > self.max_bytes:
                    return await self._refuse(scope, receive, send, 413, "too_large", self._too_large())
                complete = not message.get("more_body", False)
        if not complete:
            return await self._refuse(scope, receive, send, 408, "body_timeout",
                                      f"the request body did not arrive within {self.body_seconds:g} seconds")
        if encoding == "gzip":
            try:
                body = bytearray(gunzip(bytes(body), self.max_bytes))
            except BodyTooLarge:
                return await self._refuse(scope, receive, send, 413, "too_large", self._too_large(" after gunzip"))
            except ValueError as exc:
                return await self._refuse(scope, receive, send, 400, "bad_gzip", str(exc))
            scope = dict(scope)
            scope["headers"] = [(k, v) for k, v in scope["headers"]
                                if k not in (b"content-encoding", b"content-length")]
            scope["headers"].append((b"content-length", str(len(body)).encode()))
        await self.app(scope, _replay(bytes(body), receive), send)
        return None

    def _too_large(self, where: str = "") -> str:
        return f"the request body is larger{where} than {self.max_bytes} bytes"

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, error: str, detail: str) -> None:
        # the rest of the body is not read: the connection cannot carry another request
        headers = {"Connection": "close"} if status in (400, 408, 413) else None
        await error_response(status, error, detail, headers)(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def inspect_json(value: Any, *, max_string: int = MAX_STRING) -> None:
    """Refuse (HQError) what no laptop could have written; walks iteratively, depth-limited.

    Strings and numbers are checked where they are met; only lists and objects go on the stack
    (a push of 200 mutations has thousands of strings)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if item and depth >= MAX_DEPTH:
                raise HQError(400, "too_deep", f"JSON nested deeper than {MAX_DEPTH} levels")
            if isinstance(item, dict):
                for key in item:
                    check_text(key, 200)
            for sub in item.values() if isinstance(item, dict) else item:
                if isinstance(sub, str):
                    check_text(sub, max_string)
                elif isinstance(sub, dict | list):
                    stack.append((sub, depth + 1))
                elif isinstance(sub, float):
                    _check_number(sub)
        elif isinstance(item, str):
            check_text(item, max_string)
        elif isinstance(item, float):
            _check_number(item)


def _check_number(number: float) -> None:
    if not math.isfinite(number):
        raise HQError(400, "invalid_number", "NaN and infinite numbers are not JSON")


def check_text(text: str, max_len: int = MAX_STRING) -> None:
    if len(text) > max_len:
        raise HQError(422, "too_long", f"a string of {len(text)} characters (at most {max_len})")
    if "\x00" in text:
        raise HQError(400, "invalid_text", "text contains a NUL character")
    if text.isascii():  # no surrogates, and already NFC
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise HQError(400, "invalid_text", "text contains a lone surrogate (not valid Unicode)") from None
    if not unicodedata.is_normalized("NFC", text):
        raise HQError(400, "invalid_text", "text is not in Unicode NFC form")


def clean_json(max_string: int = MAX_STRING) -> Callable[[Request], Awaitable[None]]:
    """A dependency for JSON routes; FastAPI has parsed (and cached) the body before it runs.

    FastAPI parses a body as JSON by the same rule (`is_json_media_type`, any case), so a body
    that reaches the route as JSON is always inspected; any other content type is 415."""

    async def dependency(request: Request) -> None:
        content_type = request.headers.get("content-type", "")
        if not await request.body():
            return  # nothing to inspect; the route's model says what is missing
        if not is_json_media_type(content_type):
            raise HQError(415, "unsupported_media_type",
                          f"send the body as application/json, not {content_type[:100]!r}")
        try:
            data = await request.json()
        except ValueError:
            return  # FastAPI reports the parse error itself
        inspect_json(data, max_string=max_string)

    return dependency
