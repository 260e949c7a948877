"""A real HQ server on loopback for the demo, so "Sync now" works on first launch.

`start_local_hq(data_dir)` runs `officerdesk-hq serve` as a child process on a free loopback port
with its SQLite database in `data_dir` (inside the demo profile) and waits until /v1/meta answers.
The child exits when this process ends, however it ends (`serve --exit-with-parent`).
`enroll_demo(profile_dir, hq)` creates the demo posts and an officer at that HQ and enrols the
profile; a profile already enrolled with an earlier run of the same local HQ only learns the new
port (its device token is still valid there).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy.orm import Session

from officerdesk import secrets
from officerdesk.core.demo.posts import POSTS
from officerdesk.core.store.db import Store
from officerdesk.core.write.changes import sync_state
from officerdesk.errors import UserError
from officerdesk.profiles import open_store
from officerdesk.protocol.wire import API, is_loopback
from officerdesk.sync.enrolment import enroll
from officerdesk.sync.lane import Lane, run_unit

HQ_MAIN = "from officerdesk.hq.cli import main; raise SystemExit(main())"
DEMO_OFFICER = "김민수"
DEFAULT_POST = "WAS"


@dataclass
class LocalHQ:
    url: str
    db_url: str
    data_dir: Path
    process: subprocess.Popen[bytes] | None = None
    env: dict[str, str] = field(default_factory=dict)

    def admin(self, *args: str) -> str:
        """Run `officerdesk-hq admin --db <this HQ's db> ARGS`; returns its stdout."""
        done = subprocess.run(
            [sys.executable, "-c", HQ_MAIN, "admin", "--db", self.db_url, *args],
            capture_output=True, text=True, env=self.env, timeout=120, check=False,
        )
        if done.returncode != 0:
            raise UserError(f"officerdesk-hq admin {args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")
        return done.stdout.strip()

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None:
            return
        if proc.stdin is not None:
            proc.stdin.close()  # cut the lifeline too, so no path leaves the server behind
        if proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def __enter__(self) -> LocalHQ:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_local_hq(data_dir: str | os.PathLike[str], *, db_url: str | None = None, port: int | None = None,
                   wait: float = 60.0, log: bool = True, serve_args: Sequence[str] = ()) -> LocalHQ:
    """Start `officerdesk-hq serve` on 127.0.0.1 and return once it answers."""
    folder = Path(data_dir).expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "OFFICERDESK_HQ_DATA": str(folder)}
    url_db = db_url or f"sqlite:///{folder / 'hq.db'}"
    last = ""
    for _attempt in range(3):  # a free port can be taken between asking and binding
        chosen = port or free_port()
        hq = LocalHQ(f"http://127.0.0.1:{chosen}", url_db, folder, env=env)
        out = (folder / "hq.log").open("ab") if log else subprocess.DEVNULL
        hq.process = subprocess.Popen(
            [sys.executable, "-c", HQ_MAIN, "serve", "--db", url_db, "--host", "127.0.0.1", "--port", str(chosen),
             "--exit-with-parent", *serve_args],
            # the server's lifeline: this process holds the pipe's write end until it ends (even
            # by kill -9), and the server exits when it reads end-of-file (officerdesk/hq/lifeline.py)
            stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT, env=env,
        )
        if log and not isinstance(out, int):
            out.close()
        if _wait_until_up(hq, wait):
            return hq
        last = f"exit code {hq.process.poll()}" if hq.process.poll() is not None else "no answer"
        hq.stop()
    raise UserError(f"The local HQ server did not start ({last}); see {folder / 'hq.log'}.",
                    f"로컬 본부 서버를 시작하지 못했습니다({last}). {folder / 'hq.log'}을(를) 확인하십시오.")


def _wait_until_up(hq: LocalHQ, wait: float) -> bool:
    deadline = time.monotonic() + wait
    with httpx.Client(timeout=2.0, trust_env=False) as http:
        while time.monotonic() < deadline:
            assert hq.process is not None
            if hq.process.poll() is not None:
                return False
            with contextlib.suppress(httpx.HTTPError):
                if http.get(hq.url + API + "/meta").status_code == 200:
                    return True
            time.sleep(0.1)
    return False


# One HQ admin process for the whole demo set-up (one interpreter start instead of nine): every
# post of the founding case (existing ones are kept), an officer, and a one-time code for them.
DEMO_SETUP = """
import json, sys
from officerdesk.hq import admin
from officerdesk.hq.database import Database
cfg = json.loads(sys.argv[1])
db = Database(cfg["db"])
with db.write() as s:
    for code, post in cfg["posts"].items():
        if admin.post_by_code(s, code) is None:
            admin.create_post(s, code=code, name_en=post["name_en"], name_ko=post["name_ko"],
                              country=post["country"], tz=post["tz"], city=post.get("city", ""))
    officer = admin.create_officer(s, post_code=cfg["post"], name=cfg["name"])
    code = admin.issue_enroll_code(s, officer_id=officer.id)
db.dispose()
print(json.dumps({"officer_id": officer.id, "code": code}))
"""


def demo_code(hq: LocalHQ, post_code: str, officer_name: str) -> str:
    """Create the demo posts and an officer at the local HQ; returns the officer's enrolment code."""
    cfg = json.dumps({"db": hq.db_url, "posts": POSTS, "post": post_code, "name": officer_name})
    done = subprocess.run([sys.executable, "-c", DEMO_SETUP, cfg], capture_output=True, text=True,
                          env=hq.env, timeout=120, check=False)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise UserError(f"Setting up the local HQ failed: {tail}", f"로컬 본부 서버 설정에 실패했습니다: {tail}")
    return str(json.loads(done.stdout.strip().splitlines()[-1])["code"])


def enroll_demo(profile: str | os.PathLike[str] | Store, hq: LocalHQ, *, lane: Lane | None = None) -> None:
    """Enrol the demo profile with the local HQ (creating posts and its officer there first).
    The app passes its opened store and its database lane; a folder is opened here."""
    store = profile if isinstance(profile, Store) else open_store(profile, create=True)
    try:
        who = run_unit(store, lane, lambda s: _demo_officer(s, store, hq))
        if who is not None:
            enroll(store, hq.url, demo_code(hq, *who), lane=lane)
    finally:
        if store is not profile:
            store.close()


def _demo_officer(s: Session, store: Store, hq: LocalHQ) -> tuple[str, str] | None:
    """The post code and officer name to enrol, or None when already enrolled at this HQ."""
    from officerdesk.core.models import Post

    state = sync_state(s)
    token = secrets.device_token(store.profile_id)
    if state.device_id and token and _same_local_hq(state.hq_url):
        state.hq_url = hq.url  # the same HQ on a new port: the device is still enrolled there
        return None
    post = s.get(Post, state.post_id) if state.post_id else None
    post_code = post.code if post is not None and post.code in POSTS else DEFAULT_POST
    return post_code, state.officer_name or DEMO_OFFICER


def _same_local_hq(url: str) -> bool:
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return is_loopback(host)
