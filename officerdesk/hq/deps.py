"""Per-request dependencies: the database and the calling device (bearer token).

A laptop's `X-Site-Id` header (older laptops send one) is ignored: the site of a device's writes
is its device id (SECURITY.md: HQ trusts nothing a device says about who it is)."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from officerdesk.hq import handover
from officerdesk.hq.auth import DeviceContext, device_for_token, sha256_hex
from officerdesk.hq.database import Database
from officerdesk.hq.errors import HQError, unauthorized
from officerdesk.hq.refusals import Refusals, failure_keys
from officerdesk.hq.releases import ReleasesFile
from officerdesk.hq.settings import Settings
from officerdesk.hq.uploads import UploadRules
from officerdesk.protocol.wire import (
    CLIENT_TOO_OLD,
    Releases,
    agent_version,
    is_older,
    too_old_detail,
)

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


# Plain lookups are `async def`: FastAPI runs a `def` dependency in a worker thread, a hand-off
# (and a wait for one of the few threads) per dependency per request.
async def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_upload_rules(request: Request) -> UploadRules:
    rules: UploadRules = request.app.state.uploads
    return rules


def published_releases(request: Request) -> Releases:
    """The releases file as it is now (a stat per call; parsed again only when it changed)."""
    published: ReleasesFile = request.app.state.releases
    return published.current()


async def current_releases(request: Request) -> Releases:
    return published_releases(request)


DB = Annotated[Database, Depends(get_db)]
Uploads = Annotated[UploadRules, Depends(get_upload_rules)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""


def refusals(request: Request) -> Refusals:
    found: Refusals = request.app.state.refusals
    return found


def _refuse(db: Database, request: Request, keys: list[str], why: str, token: str = "") -> HQError:
    refusals(request).failed(db, keys, actor=f"ip:{client_address(request)}", action="auth_failed", reason=why,
                             token=token, path=request.url.path[:200],
                             token_hash=sha256_hex(token)[:16] if token else "")
    return unauthorized()


_bearer = HTTPBearer(auto_error=False, description="the device token from /v1/enroll")


def current_device(
    request: Request, db: DB, _doc: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None,
) -> DeviceContext:
    """The live device behind `Authorization: Bearer <token>`, or 401 (audited), or 429 while
    this address or token prefix backs off after failures (refusals.py)."""
    _refuse_old_laptops(request)
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    well_formed = scheme.lower() == "bearer" and bool(_TOKEN.match(token))
    keys = failure_keys(client_address(request), token=token if well_formed else "")
    refusals(request).check(keys, token if well_formed else "")
    if not authorization:
        raise _refuse(db, request, keys, "missing token")
    if not well_formed:
        raise _refuse(db, request, keys, "malformed token")
    with db.read() as s:
        found = device_for_token(s, token)
    if found is None:
        raise _refuse(db, request, keys, "unknown or revoked token", token)
    ctx, revoked = found
    if handover.departed(ctx):
        # the officer handed the post over: not a guess, so not counted as a failure; said plainly
        raise handover.refuse_departed(db, ctx, revoked=revoked)
    if revoked:
        raise _refuse(db, request, keys, "unknown or revoked token", token)
    refusals(request).proven(token)
    return ctx


def _refuse_old_laptops(request: Request) -> None:
    """426 to a laptop below the published minimum, before its token is even looked at: this is
    HQ's enforcement of the minimum, also for laptops from before they read it (sync/versions.py)."""
    version = agent_version(request.headers.get("user-agent", ""))
    if version is None:  # not a laptop (a script, a probe): its token alone decides
        return
    minimum = published_releases(request).min_client_version
    if is_older(version, minimum):
        raise HQError(426, CLIENT_TOO_OLD, too_old_detail(minimum))


Device = Annotated[DeviceContext, Depends(current_device)]
