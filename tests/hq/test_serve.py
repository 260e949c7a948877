"""`officerdesk-hq serve` and `officerdesk-hq admin` as real processes, talked to with httpx."""

from __future__ import annotations

import contextlib
import gzip
import json
import ssl
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from hq_process import COMMAND, hq_cli, serve

from officerdesk.core.clock import HybridClock
from officerdesk.core.ids import uuid7
from officerdesk.sync.local_hq import free_port
from tests.certs import self_signed


def _mutation(seq: int, post_id: str, name: str) -> dict[str, object]:
    return {"seq": seq, "name": "upsert", "hlc": HybridClock().now(), "args": {
        "type": "company", "id": uuid7(), "post_id": post_id, "fields": {"name_ko": name}, "base": {}}}


def test_serve_admin_enroll_push_pull_revoke(db_url: str, tmp_path: Path) -> None:
    with serve(db_url, tmp_path) as hq:
        hq.admin("create-post", "WAS", "--name-en", "Embassy in Washington", "--name-ko", "주미국 대사관",
                 "--country", "United States", "--tz", "America/New_York")
        officer = hq.admin("create-officer", "--post", "WAS", "--name", "김민수")
        code = hq.admin("enroll-code", "--officer", officer)
        with httpx.Client(base_url=hq.url) as http:
            enrolled = http.post("/v1/enroll", json={"code": code, "device_name": "test"}).json()
            auth = {"Authorization": f"Bearer {enrolled['token']}"}
            body = gzip.compress(json.dumps({"mutations": [_mutation(1, enrolled["post_id"], "삼성")]}).encode())
            pushed = http.post("/v1/push", content=body, headers={
                **auth, "Content-Type": "application/json", "Content-Encoding": "gzip"})
            assert pushed.status_code == 200 and pushed.json()["results"][0]["status"] == "applied"
            page = http.get("/v1/pull", params={"cursor": 0}, headers={**auth, "Accept-Encoding": "gzip"})
            assert page.headers.get("content-encoding") == "gzip"
            assert "삼성" in {c["value"] for c in page.json()["changes"]}
            assert http.post("/v1/enroll", json={"code": code}).status_code == 401  # spent
            devices = [json.loads(line) for line in hq.admin("list-devices", "--json").splitlines()]
            assert [d["id"] for d in devices] == [enrolled["device_id"]]
            hq.admin("revoke-device", enrolled["device_id"])
            assert http.get("/v1/pull", headers=auth).status_code == 401
            assert http.get("/openapi.json").status_code == 200
        assert "audit chain intact" in hq.admin("verify-audit")


def test_serve_with_tls(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    port = free_port()
    proc = subprocess.Popen([*COMMAND, "serve", "--db", f"sqlite:///{tmp_path / 'hq.db'}", "--port", str(port),
                             "--tls-cert", str(cert), "--tls-key", str(key)], stderr=subprocess.PIPE)
    url, trusted = f"https://127.0.0.1:{port}/v1/meta", ssl.create_default_context(cafile=str(cert))
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            with contextlib.suppress(httpx.TransportError):
                assert httpx.get(url, verify=trusted).status_code == 200
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"the TLS server did not start: {proc.returncode}")
        with pytest.raises(httpx.ConnectError):
            httpx.get(url)  # not trusted without its CA
        with pytest.raises(httpx.TransportError):
            httpx.get(url.replace("https", "http"))  # and no plain http beside it
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_plain_http_is_refused_off_loopback(tmp_path: Path) -> None:
    done = hq_cli("serve", "--db", f"sqlite:///{tmp_path / 'hq.db'}", "--host", "0.0.0.0", "--port", "1")
    assert done.returncode == 2 and "refusing plain http" in done.stderr
    done = hq_cli("serve", "--host", "127.0.0.1", "--tls-cert", str(tmp_path / "c.pem"))
    assert done.returncode == 2 and "go together" in done.stderr


def test_admin_errors_are_one_line_with_exit_codes(tmp_path: Path) -> None:
    env = {"OFFICERDESK_HQ_DATA": str(tmp_path / "data")}
    ok = hq_cli("admin", "create-post", "BJS", "--name-en", "Beijing", "--name-ko", "주중국 대사관",
                "--country", "China", "--tz", "Asia/Shanghai", env=env)
    assert ok.returncode == 0 and (tmp_path / "data" / "hq.db").exists()  # the default database
    again = hq_cli("admin", "create-post", "BJS", "--name-en", "x", "--name-ko", "x", "--country", "x",
                   "--tz", "UTC", env=env)
    assert again.returncode == 1 and again.stderr.strip() == "officerdesk-hq: post BJS already exists"
    assert hq_cli("admin", "enroll-code", "--officer", "nobody", env=env).returncode == 1
    assert hq_cli("admin", "revoke-device", "nothing", env=env).returncode == 1
    assert hq_cli("admin", "create-officer", "--post", "BJS", env=env).returncode == 2  # --name missing
    bad_db = hq_cli("admin", "--db", "postgresql+psycopg://x:pw@127.0.0.1:1/none", "list-devices")
    assert bad_db.returncode == 1 and "pw" not in bad_db.stderr and len(bad_db.stderr.splitlines()) == 1


def test_several_workers_only_on_postgresql(db_url: str, tmp_path: Path) -> None:
    port = free_port()
    args = [*COMMAND, "serve", "--db", db_url, "--port", str(port), "--workers", "2", "--log-level", "warning"]
    if db_url.startswith("sqlite"):
        done = subprocess.run(args, capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and "needs PostgreSQL" in done.stderr
        return
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"http://127.0.0.1:{port}/v1/meta").status_code == 200:
                    break
            time.sleep(0.2)
        epochs = {httpx.get(f"http://127.0.0.1:{port}/v1/meta").json()["epoch"] for _ in range(10)}
        assert len(epochs) == 1  # every worker serves the one database
    finally:
        proc.terminate()
        proc.wait(timeout=30)
