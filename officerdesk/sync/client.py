"""The laptop's HTTP client for HQ (docs/sync.md): one method per endpoint, typed by protocol.py.

Transport rules (SYNC.md rule 9): a connect timeout and a stall timeout (httpx's read/write
timeouts apply per read, so they fire only when no byte arrives for that long), never a total
timeout; full-jitter exponential backoff for calls that are safe to repeat; proxies from the
environment; a configurable CA bundle; TLS always verified, plain http only to loopback.
Every answer is size-capped and validated before the engine sees it, so a broken or hostile
server can only make a sync fail, never change the laptop's data.
"""

from __future__ import annotations

import gzip
import json
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import pydantic

from officerdesk import __version__
from officerdesk.errors import AuthError, NetworkError, UserError
from officerdesk.protocol import wire as p
from officerdesk.protocol.wire import ascii_decimal, is_loopback

M = TypeVar("M", bound=pydantic.BaseModel)

MAX_RESPONSE_BYTES = p.MAX_BODY_BYTES * 4  # a pull page of long texts, with room to spare
GZIP_OVER = 1024  # request bodies larger than this travel gzipped
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class ServerError(UserError):
    """HQ answered with something the laptop cannot use; nothing local was changed."""


class ProtocolRefused(UserError):
    """HQ refused a request with a 4xx; `code` is its machine-readable error."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(
            f"HQ refused the request ({status} {code}): {detail}",
            f"본부 서버가 요청을 거부했습니다({status} {code}): {detail}",
        )
        self.status, self.code, self.detail = status, code, detail


@dataclass(frozen=True)
class Retry:
    """Full-jitter exponential backoff: sleep uniform(0, min(cap, base * 2**attempt))."""

    attempts: int = 5
    base: float = 0.5
    cap: float = 20.0

    def delay(self, attempt: int) -> float:
        return random.uniform(0.0, min(self.cap, self.base * (2**attempt)))


def check_url(url: str) -> str:
    """The HQ base URL without a trailing slash; plain http is refused unless it is loopback."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UserError(
            f"{url!r} is not an HQ address; use https://host[:port]",
            f"{url!r}은(는) 본부 서버 주소가 아닙니다. https://호스트[:포트] 형식으로 입력하십시오.",
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise UserError(
            f"Refusing plain http to {parts.hostname}: HQ must be reached over https (http is allowed only on this computer).",
            f"{parts.hostname}에 암호화되지 않은 http로 연결할 수 없습니다. 본부 서버는 https로만 연결합니다.",
        )
    return url.strip().rstrip("/")


def tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    """Verified TLS; a custom CA bundle (an embassy proxy's CA) is added to the system's roots."""
    ctx = ssl.create_default_context()
    if ca_bundle:
        try:
            ctx.load_verify_locations(cafile=ca_bundle)
        except (OSError, ssl.SSLError) as exc:
            raise UserError(
                f"The CA bundle {ca_bundle} cannot be read: {exc}",
                f"CA 인증서 파일 {ca_bundle}을(를) 읽을 수 없습니다: {exc}",
            ) from exc
    return ctx


@dataclass(frozen=True)
class Answer:
    """A complete, size-checked HTTP answer."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    reason_phrase: str = ""


class HQClient:
    """One HQ connection. `transport` lets tests run the HQ app in-process."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_bundle: str | None = None,
        connect_timeout: float = 10.0,
        stall_timeout: float = 30.0,
        retry: Retry = Retry(),
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = check_url(base_url)
        self.token = token
        self.retry = retry
        self.sleep = sleep
        self.epoch = ""
        self.round_trips = 0
        timeout = httpx.Timeout(connect=connect_timeout, read=stall_timeout, write=stall_timeout, pool=connect_timeout)
        self.http = httpx.Client(
            base_url=self.base_url + p.API,
            timeout=timeout,
            verify=tls_context(ca_bundle) if transport is None else True,
            trust_env=True,
            transport=transport,
            headers={"User-Agent": f"OfficerDesk/{__version__}", "Accept-Encoding": "gzip"},
            follow_redirects=False,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HQClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---- endpoints -------------------------------------------------------------------------

    def enroll(self, code: str, device_name: str = "") -> p.EnrollResponse:
        try:
            body = p.EnrollRequest(code=code.strip(), device_name=device_name[:200], client_version=__version__)
        except pydantic.ValidationError as exc:
            raise UserError("The enrolment code must be the 4 to 64 characters HQ gave you",
                            "등록 코드는 본부에서 받은 4~64자여야 합니다") from exc
        # a one-time code is spent by the first request that arrives: only a refused connection is retried
        resp = self._call("POST", "/enroll", json_body=body.model_dump(), idempotent=False, auth=False)
        return self._model(resp, p.EnrollResponse)

    def meta(self) -> p.Meta:
        return self._model(self._call("GET", "/meta", auth=False), p.Meta)

    def escrow_key(self) -> p.EscrowKey | None:
        """HQ's escrow public key; None when HQ has none yet."""
        resp = self._call("GET", "/escrow", ok=(200, 404))
        return None if resp.status_code == 404 else self._model(resp, p.EscrowKey)

    def escrow_deposit(self, deposit: p.EscrowDeposit) -> p.EscrowReceipt:
        return self._model(self._call("PUT", "/escrow", json_body=deposit.model_dump()), p.EscrowReceipt)

    def recovery_box(self, request: p.RecoveryRequest) -> p.RecoveryBox:
        # fetching spends nothing, so a lost answer may be asked for again
        resp = self._call("POST", "/escrow/recover", json_body=request.model_dump(exclude_none=True), auth=False)
        return self._model(resp, p.RecoveryBox)

    def spend_recovery(self, spend: p.RecoverySpend) -> p.RecoveryReceipt:
        # HQ answers the same proof again with the same receipt, so it is safe to repeat
        resp = self._call("POST", "/escrow/recover/spend", json_body=spend.model_dump(), auth=False)
        return self._model(resp, p.RecoveryReceipt)

    def releases(self) -> p.Releases | None:
        """HQ's published installers; None from an HQ that predates them (404)."""
        try:
            return self._model(self._call("GET", "/releases", auth=False), p.Releases)
        except ProtocolRefused as exc:
            if exc.status == 404:
                return None
            raise

    def retire_device(self, successor_device_id: str) -> p.RetirementReceipt:
        """Revoke the device of this client's token in favour of `successor_device_id`."""
        resp = self._call("POST", "/device/retire",
                          json_body=p.DeviceRetirement(successor_device_id=successor_device_id).model_dump())
        return self._model(resp, p.RetirementReceipt)

    def push(self, mutations: list[p.Mutation]) -> p.PushResponse:
        # (device, seq) makes a repeated push a no-op at HQ, so it is safe to retry
        resp = self._call("POST", "/push", json_text=p.push_body(mutations))
        out = self._model(resp, p.PushResponse)
        sent = {m.seq for m in mutations}
        if any(r.seq not in sent for r in out.results):
            raise _bad_answer("push results name mutations that were not sent")
        return out

    def pull(self, cursor: int, limit: int = p.MAX_PAGE) -> p.PullResponse:
        resp = self._call("GET", "/pull", params={"cursor": cursor, "limit": limit})
        page = self._pull_page(resp)
        if page.snapshot or page.records:
            raise _bad_answer("HQ sent a snapshot to a change pull")
        return self._checked_changes(page, cursor, limit)

    @staticmethod
    def _checked_changes(page: p.PullResponse, cursor: int, limit: int) -> p.PullResponse:
        if page.changes and page.next_cursor < page.changes[-1].seq:
            raise _bad_answer("the pull cursor goes backwards")
        if any(c.seq <= cursor for c in page.changes) or page.next_cursor < cursor:
            raise _bad_answer("the pull page repeats changes before the cursor")
        if len(page.changes) > max(limit, p.MAX_PAGE):
            raise _bad_answer("the pull page is larger than asked")
        return page

    def pull_snapshot(self, after: str = "", since: int = 0, limit: int = p.MAX_SNAPSHOT) -> p.PullResponse:
        """A first pull: a page of whole records after id `after` (docs/sync.md, "Snapshot").
        An HQ that has no snapshots answers with an ordinary change page from cursor 0."""
        params: dict[str, Any] = {"cursor": 0, "limit": limit, "snapshot": 1}
        if after:
            params.update(after=after, since=since)
        page = self._pull_page(self._call("GET", "/pull", params=params))
        if not page.snapshot:
            if after or page.records:
                raise _bad_answer("HQ stopped a snapshot half-way")
            return self._checked_changes(page, 0, limit)
        if after and page.snapshot_seq != since:
            raise _bad_answer("the snapshot's start changed half-way")
        if page.changes or page.next_cursor != page.snapshot_seq or len(page.records) > max(limit, p.MAX_SNAPSHOT):
            raise _bad_answer("the snapshot page is malformed")
        # HQ's database orders the ids (its collation, not necessarily Python's): the page must
        # not repeat one, and the position must be its last one
        ids = {record.id for record in page.records}
        if len(ids) != len(page.records) or after in ids:
            raise _bad_answer("the snapshot page repeats a record")
        last = page.records[-1].id if page.records else ""
        if page.has_more != bool(page.snapshot_after) or (page.has_more and page.snapshot_after != last):
            raise _bad_answer("the snapshot's position does not follow its records")
        return page

    def blob_offset(self, sha256: str) -> tuple[int, bool] | None:
        """How many bytes of a blob HQ has and whether it is complete; None when HQ has none."""
        resp = self._call("HEAD", f"/blobs/{sha256}", ok=(200, 404))
        if resp.status_code == 404:
            return None
        try:
            offset = int(resp.headers.get("Upload-Offset", "0"))
        except ValueError:
            raise _bad_answer("Upload-Offset is not a number") from None
        return offset, resp.headers.get("Upload-Complete", "0") == "1"

    def blob_patch(self, sha256: str, offset: int, total: int, chunk: bytes) -> int:
        """Send one chunk at `offset`; returns HQ's new offset (409 means HQ is elsewhere)."""
        headers = {
            "Upload-Offset": str(offset),
            "Upload-Length": str(total),
            "Content-Type": "application/offset+octet-stream",
        }
        resp = self._call("PATCH", f"/blobs/{sha256}", content=chunk, headers=headers, ok=(200, 201, 204, 409))
        if resp.status_code == 409:
            found = self.blob_offset(sha256)
            return found[0] if found else 0
        try:
            return int(resp.headers.get("Upload-Offset", str(offset + len(chunk))))
        except ValueError:
            raise _bad_answer("Upload-Offset is not a number") from None

    def blob_fetch(self, sha256: str, sink: bytearray, *, limit: int = p.MAX_BLOB_BYTES) -> bool:
        """Append the blob's bytes from len(sink) on; True when complete, False when HQ has none.
        A connection that breaks mid-file raises NetworkError with what arrived kept in `sink`."""
        start = len(sink)
        headers = {**self._headers(True), **({"Range": f"bytes={start}-"} if start else {})}
        request = self.http.build_request("GET", f"/blobs/{sha256}", headers=headers)
        self.round_trips += 1
        try:
            resp = self.http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise NetworkError(f"cannot fetch a file from HQ: {_why(exc)}") from exc
        try:
            if resp.status_code == 404:
                return False
            if resp.status_code not in (200, 206):
                resp.read()
                raise self._refusal(Answer(resp.status_code, resp.headers, resp.content, resp.reason_phrase))
            skip = start if resp.status_code == 200 else 0  # HQ ignored the range: drop what we have
            for chunk in resp.iter_bytes():
                if skip:
                    cut = min(skip, len(chunk))
                    chunk, skip = chunk[cut:], skip - cut
                sink += chunk
                if len(sink) > limit:
                    raise _bad_answer("the file is larger than the limit")
        except httpx.TransportError as exc:
            raise NetworkError(f"the connection broke while fetching a file: {_why(exc)}") from exc
        except httpx.HTTPError as exc:
            raise NetworkError(f"fetching a file from HQ failed: {_why(exc)}") from exc
        finally:
            resp.close()
        return True

    def file_brief(self, filing: p.BriefFiling) -> p.BriefReceipt:
        """File a brief whose PDF HQ already has (uploaded with blob_patch); idempotent by SHA-256."""
        resp = self._call("POST", "/briefs", json_body=filing.model_dump(), max_bytes=1 << 16)
        receipt = self._model(resp, p.BriefReceipt)
        if receipt.sha256 != filing.sha256:
            raise _bad_answer("the brief receipt names another file")
        return receipt

    def handover(self, order: p.HandoverOrder) -> p.HandoverReceipt:
        """Start a handover at HQ; starting the same one again moves nothing new, so a retry is safe."""
        resp = self._call("POST", "/handover", json_body=order.model_dump(mode="json", exclude_none=True))
        return self._model(resp, p.HandoverReceipt)

    # ---- plumbing ----------------------------------------------------------------------------

    def _headers(self, auth: bool) -> dict[str, str]:
        headers = {}
        if auth:
            if not self.token:
                raise AuthError("this laptop is not enrolled with HQ (no device token)")
            headers["Authorization"] = f"Bearer {self.token}"
        if self.epoch:
            headers["X-Epoch"] = self.epoch
        return headers

    def _call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        json_text: bytes | None = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        idempotent: bool = True,
        auth: bool = True,
        ok: tuple[int, ...] = (200,),
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> Answer:
        all_headers = {**self._headers(auth), **(headers or {})}
        if json_body is not None:
            json_text = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
        if json_text is not None:  # a body its model already encoded (`wire.push_body`)
            content = json_text
            all_headers["Content-Type"] = "application/json"
            if len(content) > GZIP_OVER:
                content = gzip.compress(content, compresslevel=5)
                all_headers["Content-Encoding"] = "gzip"
        attempt = 0
        while True:
            try:
                resp = self._send(method, path, content, params, all_headers, max_bytes)
            except httpx.ConnectError as exc:
                failure: Exception = NetworkError(f"cannot connect to {self.base_url}: {_why(exc)}")
                retryable = True  # nothing reached HQ
            except httpx.TimeoutException as exc:
                failure, retryable = NetworkError(f"HQ stopped answering ({type(exc).__name__})"), idempotent
            except httpx.TransportError as exc:
                failure, retryable = NetworkError(f"the connection to HQ broke: {_why(exc)}"), idempotent
            except httpx.DecodingError:
                failure, retryable = _bad_answer("its compression is broken"), False
            except httpx.HTTPError as exc:
                failure, retryable = NetworkError(f"the exchange with HQ failed: {_why(exc)}"), False
            else:
                if resp.status_code in ok:
                    return resp
                failure, retryable = self._refusal(resp), resp.status_code in RETRY_STATUS and idempotent
            if not retryable or attempt + 1 >= self.retry.attempts:
                raise failure
            self.sleep(self._delay(attempt, failure))
            attempt += 1

    def _delay(self, attempt: int, failure: Exception) -> float:
        wait = self.retry.delay(attempt)
        retry_after = getattr(failure, "retry_after", None)
        if isinstance(retry_after, float):
            wait = max(wait, min(retry_after, self.retry.cap))
        return wait

    def _send(
        self, method: str, path: str, content: bytes | None, params: dict[str, Any] | None,
        headers: dict[str, str], max_bytes: int,
    ) -> Answer:
        request = self.http.build_request(method, path, content=content, params=params, headers=headers)
        self.round_trips += 1
        resp = self.http.send(request, stream=True)
        try:
            declared = resp.headers.get("Content-Length")
            if (ascii_decimal(declared or "") or 0) > max_bytes and "gzip" not in resp.headers.get("Content-Encoding", ""):
                raise _bad_answer(f"the answer is too large ({declared} bytes)")
            body = bytearray()
            for chunk in resp.iter_bytes():  # decompressed: a gzip bomb stops at max_bytes
                body += chunk
                if len(body) > max_bytes:
                    raise _bad_answer(f"the answer is larger than {max_bytes} bytes")
        finally:
            resp.close()
        return Answer(resp.status_code, resp.headers, bytes(body), resp.reason_phrase)

    def _refusal(self, resp: Answer) -> Exception:
        code, detail = _error_body(resp)
        if resp.status_code == 401:
            return AuthError(detail or "the device token was refused (unknown or revoked device)")
        if resp.status_code in RETRY_STATUS:
            err = NetworkError(f"HQ is unavailable ({resp.status_code} {code})")
            ra = resp.headers.get("Retry-After", "")
            seconds = ascii_decimal(ra)
            err.retry_after = float(seconds) if seconds is not None else None  # type: ignore[attr-defined]
            return err
        if 400 <= resp.status_code < 500:
            return ProtocolRefused(resp.status_code, code, detail)
        return _bad_answer(f"unexpected HTTP status {resp.status_code}")

    @staticmethod
    def _pull_page(resp: Answer) -> p.PullResponse:
        """A pull page parsed and validated in one pass (half the CPU time of json.loads and then
        validating the objects: a snapshot page is megabytes)."""
        try:
            return p.PullResponse.model_validate_json(resp.content)
        except pydantic.ValidationError as exc:
            first = exc.errors()[0]
            if first.get("type") in ("json_invalid", "recursion_loop"):
                raise _bad_answer("the answer is not JSON (or nested too deeply)") from None
            where = ".".join(str(x) for x in first.get("loc", ()))
            raise _bad_answer(f"PullResponse has a wrong shape at {where or 'top'}: {first.get('msg')}") from None

    @staticmethod
    def _model(resp: Answer, model: type[M]) -> M:
        try:
            data = json.loads(resp.content)
        except (ValueError, RecursionError):
            raise _bad_answer("the answer is not JSON (or nested too deeply)") from None
        try:
            return model.model_validate(data)
        except pydantic.ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first.get("loc", ()))
            raise _bad_answer(f"{model.__name__} has a wrong shape at {where or 'top'}: {first.get('msg')}") from None


def _error_body(resp: Answer) -> tuple[str, str]:
    try:
        body = p.ErrorBody.model_validate(json.loads(resp.content))
    except (ValueError, RecursionError, pydantic.ValidationError):
        return f"http_{resp.status_code}", resp.reason_phrase
    return body.error, body.detail


def _bad_answer(why: str) -> ServerError:
    return ServerError(
        f"HQ sent an answer this laptop cannot use ({why}); nothing on this laptop was changed.",
        f"본부 서버의 응답을 처리할 수 없습니다({why}). 이 노트북의 데이터는 변경되지 않았습니다.",
    )


def _why(exc: Exception) -> str:
    text = str(exc)
    return text if text else type(exc).__name__
