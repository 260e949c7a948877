"""HQ's OpenAPI document tells the truth: a schema-driven fuzzer (schemathesis) sends generated
requests, valid and invalid, to every operation of a real `officerdesk-hq serve` process with a
device token, and checks each answer: no 5xx, every status documented, bodies, content types and
required headers as documented, and a token-protected operation refuses a request without one.

Bounded here (>= 1,000 cases, about a minute); `make fuzz` runs the same with
OFFICERDESK_FUZZ_EXAMPLES=1000 and a random seed (docs/hq.md, "The OpenAPI document").
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from officerdesk.core.clock import HybridClock
from officerdesk.core.ids import uuid7
from officerdesk.sync.local_hq import LocalHQ, start_local_hq

pytest.importorskip("schemathesis", reason="schemathesis is in the dev extra (pip install -e '.[dev]')")

CHECKS = ("not_a_server_error", "ignored_auth", "status_code_conformance", "content_type_conformance",
          "response_headers_conformance", "response_schema_conformance")
EXAMPLES = int(os.environ.get("OFFICERDESK_FUZZ_EXAMPLES", "100"))  # per operation and phase
# fixed in CI, so a red run is reproducible; `make fuzz` sets it empty: a new seed each run
SEED = os.environ.get("OFFICERDESK_FUZZ_SEED", "20261207")
MIN_CASES = 1000
FILE = bytes(range(256)) * 40
PDF = b"%PDF-1.4\n% a brief for the fuzzer\n%%EOF\n"


@pytest.fixture
def enrolled_hq(tmp_path: Path) -> Iterator[tuple[LocalHQ, dict[str, str]]]:
    """A real HQ process with one post, one officer and one enrolled device: (HQ, /v1/enroll's answer)."""
    # back-off on failed tokens (tested in test_abuse.py) would answer the fuzzer's many requests
    # without a token with 429; here every one of them must get its 401
    with start_local_hq(tmp_path / "hq", serve_args=("--free-failures", str(10**9))) as hq:
        hq.admin("create-post", "WAS", "--name-en", "Embassy in Washington", "--name-ko", "주미국 대사관",
                 "--country", "US", "--tz", "America/New_York")
        officer = hq.admin("create-officer", "--post", "WAS", "--name", "김민수")
        code = hq.admin("enroll-code", "--officer", officer)
        answer = httpx.post(f"{hq.url}/v1/enroll", json={"code": code, "device_name": "fuzzer"}, timeout=30)
        assert answer.status_code == 200, answer.text
        yield hq, answer.json()


def seed_files(hq: LocalHQ, device: dict[str, str]) -> list[str]:
    """An attachment's file and a brief the device may read, so the file and brief operations
    are also fuzzed past their 404 (their SHA-256s go to the fuzzer as likely path values)."""
    auth = {"Authorization": f"Bearer {device['token']}"}
    file_sha, pdf_sha = hashlib.sha256(FILE).hexdigest(), hashlib.sha256(PDF).hexdigest()
    with httpx.Client(base_url=hq.url, headers=auth, timeout=30, trust_env=False) as http:
        stored = http.patch(f"/v1/blobs/{file_sha}", content=FILE, headers={
            "Upload-Offset": "0", "Upload-Length": str(len(FILE)), "Content-Type": "application/offset+octet-stream"})
        assert stored.status_code == 204, stored.text
        fields = {"sha256": file_sha, "filename": "contract.bin", "size": len(FILE),
                  "owner_type": "meeting", "owner_id": uuid7(), "mime": "application/octet-stream"}
        attachment = {"type": "attachment", "id": uuid7(), "post_id": device["post_id"], "author": "fuzzer",
                      "fields": fields, "base": dict.fromkeys(fields, 0)}
        pushed = http.post("/v1/push", json={"mutations": [
            {"seq": 1, "name": "upsert", "hlc": HybridClock().now(), "args": attachment}]})
        assert pushed.json()["results"][0]["status"] == "applied", pushed.text
        sent = http.patch(f"/v1/blobs/{pdf_sha}", content=PDF, headers={
            "Upload-Offset": "0", "Upload-Length": str(len(PDF)), "Content-Type": "application/offset+octet-stream"})
        assert sent.status_code == 204, sent.text
        brief = http.post("/v1/briefs", json={"id": uuid7(), "kind": "meeting", "title": "Fuzz", "sha256": pdf_sha})
        assert brief.json()["status"] == "stored", brief.text
    return [file_sha, pdf_sha]


def fuzzer_config(folder: Path, shas: list[str]) -> Path:
    """schemathesis.toml: half the generated `sha256` path values are the seeded files'."""
    config = folder / "schemathesis.toml"
    config.write_text(f'[dictionaries.files]\nvalues = {json.dumps(shas)}\n\n'
                      '[parameters]\n"path.sha256" = { dictionary = "files", probability = 0.5 }\n')
    return config


@pytest.mark.slow
def test_every_operation_answers_as_its_openapi_says(enrolled_hq: tuple[LocalHQ, dict[str, str]],
                                                     tmp_path: Path) -> None:
    hq, device = enrolled_hq
    config = fuzzer_config(tmp_path, seed_files(hq, device))
    reports = tmp_path / "reports"
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run",
               f"{hq.url}/openapi.json", "--header", f"Authorization: Bearer {device['token']}",
               "--checks", ",".join(CHECKS), "--max-examples", str(EXAMPLES), "--workers", "1",
               "--request-timeout", "30", "--generation-database", "none", "--no-color",
               "--suppress-health-check", "too_slow",  # a busy CI machine is not a contract problem
               "--report", "json", "--report-dir", str(reports)]
    if SEED:
        command += ["--seed", SEED]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path, check=False)
    output = run.stdout[-20000:] + run.stderr[-5000:]
    print(output)  # shown by `make fuzz` (pytest -s) and on failure
    assert run.returncode == 0, f"the fuzzer found answers that break /openapi.json:\n{output}"
    report = json.loads(next(reports.glob("*.json")).read_text())
    assert report["operations"]["tested"] == report["operations"]["total"] >= 10, output
    assert report["test_cases"]["generated"] >= MIN_CASES, output
    assert not report["failures"] and not report["errors"], output
    # the seeded files were reached: a download answered with the file, not only 404s
    assert report["valid_rates"]["GET /v1/blobs/{sha256}"]["fuzzing"]["accepted"] > 0, output
