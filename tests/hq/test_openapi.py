"""What /openapi.json promises, read without a fuzzer: every operation names the refusals every
request can get, the token's 401 with its header, every refusal's body is an ErrorBody, and the
headers a route needs are required. The fuzzer (test_openapi_fuzz.py) checks the answers match."""

from __future__ import annotations

from typing import Any

import pytest
from hq_harness import HQ

ERROR_BODY = {"$ref": "#/components/schemas/ErrorBody"}


@pytest.fixture
def spec(hq: HQ) -> dict[str, Any]:
    answer = hq.http.get("/openapi.json")
    assert answer.status_code == 200
    document: dict[str, Any] = answer.json()
    return document


def operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(f"{method.upper()} {path}", op) for path, ops in spec["paths"].items() for method, op in ops.items()]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_every_operation_documents_its_refusals(spec: dict[str, Any]) -> None:
    assert len(operations(spec)) >= 10
    for name, op in operations(spec):
        answers = op["responses"]
        assert {"400", "413", "415"} <= answers.keys(), f"{name}: the body limit answers these for any request"
        if op.get("security"):
            assert {"401", "429"} <= answers.keys(), name
            assert answers["401"]["headers"]["WWW-Authenticate"]["required"] is True, name
        if op.get("parameters") or op.get("requestBody"):
            assert "422" in answers, f"{name}: a parameter outside its schema is refused"
        for status, answer in answers.items():
            assert answer.get("description"), f"{name} {status}: says when"
            if status.startswith("4") and not name.startswith("HEAD"):
                assert answer["content"] == {"application/json": {"schema": ERROR_BODY}}, f"{name} {status}"
    assert "HTTPValidationError" not in spec["components"]["schemas"]  # HQ answers 422 with an ErrorBody


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_required_headers_are_declared(spec: dict[str, Any]) -> None:
    patch = spec["paths"]["/v1/blobs/{sha256}"]["patch"]
    required = {p["name"] for p in patch["parameters"] if p["in"] == "header" and p.get("required")}
    assert required == {"upload-offset", "upload-length"}
    assert set(patch["requestBody"]["content"]) == {"application/offset+octet-stream", "application/octet-stream"}
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    head = spec["paths"]["/v1/blobs/{sha256}"]["head"]["responses"]["200"]
    assert {"Upload-Offset", "Upload-Length", "Upload-Complete"} <= head["headers"].keys()
    assert "content" not in head  # a HEAD answer has no body


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_refused_token_gets_401_with_its_header(hq: HQ) -> None:
    for method, path in (("GET", "/v1/pull"), ("GET", "/v1/briefs"), ("HEAD", "/v1/blobs/" + "0" * 64)):
        answer = hq.http.request(method, path, headers={"Authorization": "Bearer " + "x" * 43})
        assert answer.status_code == 401 and answer.headers["WWW-Authenticate"] == "Bearer", path



@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_recovery_is_documented_as_a_lookup_and_a_spend_never_a_code(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert set(schemas["RecoveryRequest"]["properties"]) == {"lookup", "device_id"}
    assert set(schemas["RecoverySpend"]["properties"]) == {"lookup", "proof"}
    assert schemas["RecoveryRequest"]["properties"]["lookup"]["pattern"] == "^[0-9a-f]{64}$"
    fetch = spec["paths"]["/v1/escrow/recover"]["post"]
    spend = spec["paths"]["/v1/escrow/recover/spend"]["post"]
    assert {"200", "401", "409", "422", "429"} <= fetch["responses"].keys()
    assert {"200", "401", "422", "429"} <= spend["responses"].keys() and "409" not in spend["responses"]
    ok = spend["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/RecoveryReceipt"}
    assert not fetch.get("security") and not spend.get("security")  # the laptop lost its token with its key
