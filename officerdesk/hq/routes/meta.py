"""GET /v1/meta: server time (for clock correction), epoch, minimum client version, limits."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from officerdesk.core.clock import wall_ms_now
from officerdesk.hq.database import meta_row
from officerdesk.hq.deps import DB, get_settings
from officerdesk.hq.routes import TRANSPORT, errors
from officerdesk.hq.settings import Settings
from officerdesk.protocol.wire import HQ_MAX_PUSH, Limits, Meta

router = APIRouter()


@router.get("/meta", response_model=Meta, responses=errors(*TRANSPORT))
def meta(db: DB, settings: Annotated[Settings, Depends(get_settings)]) -> Meta:
    """Public: a laptop asks before it is enrolled, to correct its clock."""
    with db.read() as s:
        epoch = meta_row(s).epoch
    return Meta(server_time_ms=wall_ms_now(), epoch=epoch, min_client_version=settings.min_client_version,
                limits=Limits(max_push=HQ_MAX_PUSH))
