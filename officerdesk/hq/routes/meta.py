"""GET /v1/meta: server time (for clock correction), epoch, minimum client version, limits;
GET /v1/releases: the minimum again and the current installers (releases.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from officerdesk.core.clock import wall_ms_now
from officerdesk.hq.database import meta_row
from officerdesk.hq.deps import DB, current_releases
from officerdesk.hq.routes import TRANSPORT, errors
from officerdesk.protocol.wire import HQ_MAX_PUSH, Limits, Meta, Releases

router = APIRouter()
Published = Annotated[Releases, Depends(current_releases)]


@router.get("/meta", response_model=Meta, responses=errors(*TRANSPORT))
def meta(db: DB, releases: Published) -> Meta:
    """Public: a laptop asks before it is enrolled, to correct its clock."""
    with db.read() as s:
        epoch = meta_row(s).epoch
    return Meta(server_time_ms=wall_ms_now(), epoch=epoch, min_client_version=releases.min_client_version,
                limits=Limits(max_push=HQ_MAX_PUSH))


@router.get("/releases", response_model=Releases, responses=errors(*TRANSPORT))
async def releases(published: Published) -> Releases:
    """Public: the installers HQ offers, so a laptop can say that an update exists."""
    return published
