"""The HQ server: `create_app(settings)` builds the FastAPI app and migrates its database."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

from officerdesk import __version__
from officerdesk.hq import audit, errors, migrate, uploads
from officerdesk.hq.database import Database
from officerdesk.hq.escrow_key import load_public, public_path
from officerdesk.hq.limits import BodyLimit
from officerdesk.hq.refusals import Refusals
from officerdesk.hq.releases import ReleasesFile
from officerdesk.hq.routes import blobs, briefs, enroll, escrow, handover, meta, pull, push
from officerdesk.hq.settings import Settings
from officerdesk.hq.settings_file import load_audit_keys
from officerdesk.hq.store import utcnow
from officerdesk.hq.uploads import UploadRules
from officerdesk.protocol.wire import API

log = logging.getLogger("officerdesk.hq")

# Handlers run in worker threads. More threads than cores only add GIL contention: requests past
# this many wait in a fair queue instead (the event loop still holds every connection).
# Measured under 50 devices on 2 cores: 4 threads beat 16 on both p99 and throughput (bench/).
WORKER_THREADS = int(os.environ.get("OFFICERDESK_HQ_THREADS", "0")) or min(32, 2 * (os.cpu_count() or 2))


def create_app(settings: Settings | None = None, *, db: Database | None = None,
               clock: Callable[[], dt.datetime] = utcnow) -> FastAPI:
    """`clock` (naive UTC) dates upload chunks and decides their expiry; tests move it forward."""
    settings = settings or Settings()
    db = db or Database(settings.database_url, audit_keys=load_audit_keys(settings.settings_path, create=True))
    migrate.upgrade(db)
    with db.write() as s:
        audit.open_chain(s, actor="hq:serve")

    refusals = Refusals(settings.backoff_rules)
    upload_rules = settings.upload_rules(clock)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        # What the server built to start (modules, routes, mappers, pydantic's validators: about
        # 135,000 objects) lives as long as the process: out of the collector's generations, a
        # full collection no longer walks it. Each did, for 50-100 ms with every request waiting.
        gc.freeze()
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(_housekeeping, db, refusals, upload_rules, min(60.0, max(1.0, settings.backoff.window / 2)))
            yield
            tasks.cancel_scope.cancel()
        refusals.flush(db, everything=True)
        db.dispose()

    app = FastAPI(title="OfficerDesk HQ", version=__version__, lifespan=lifespan,
                  description="Sync between OfficerDesk laptops and headquarters (docs/hq.md).")
    app.state.db, app.state.settings, app.state.refusals = db, settings, refusals
    app.state.uploads = upload_rules
    # the escrow public key only: its private key is never on the server (escrow_key.py)
    app.state.escrow = load_public(public_path(settings.settings_path))
    app.state.releases = ReleasesFile(settings.releases_path)
    errors.install(app)
    for module in (enroll, meta, push, pull, blobs, briefs, escrow, handover):
        app.include_router(module.router, prefix=API)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5,
                       exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, "application/octet-stream",
                                              "application/pdf"))
    app.add_middleware(BodyLimit, body_seconds=settings.body_seconds)
    return app


async def _housekeeping(db: Database, refusals: Refusals, upload_rules: UploadRules, every: float) -> None:
    """What no request triggers: the audit summaries of windows that ended quietly, and the
    discarding of partial uploads nobody touched for too long."""
    while True:
        await anyio.sleep(every)
        for chore in (lambda: refusals.flush(db), lambda: uploads.sweep(db, upload_rules)):
            try:
                await anyio.to_thread.run_sync(chore)
            except Exception:  # a busy or restarting database: the next round tries again
                log.exception("housekeeping failed")


def app_from_env() -> FastAPI:
    """The app for `officerdesk-hq serve --workers N` (uvicorn imports it in each worker)."""
    return create_app(Settings.from_env())
