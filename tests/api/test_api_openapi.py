"""The OpenAPI document is good enough for a client generator: ids, summaries, examples
that the models accept, each operation's own problem codes, and `code` as an enum."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
from api_helpers import Api
from pydantic import BaseModel

from app.domain.errors import ErrorCode
from app.protocol import backoffice, lifecycle, models
from app.server import create_app
from app.server.openapi import BY_ID, SERVER_CODES, status_of
from app.server.operations import OPERATIONS
from app.server.problems import MEDIA_TYPE

pytestmark = pytest.mark.anyio

MODELS: dict[str, type[BaseModel]] = {
    name: value for module in (models, backoffice, lifecycle)
    for name, value in vars(module).items()
    if inspect.isclass(value) and issubclass(value, BaseModel)}


def _operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, operation) for path, ops in schema["paths"].items()
            for method, operation in ops.items()]


def _codes(operation: dict[str, Any]) -> dict[str, list[str]]:
    return {status: answer["x-problem-codes"] for status, answer in operation["responses"].items()
            if "x-problem-codes" in answer}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return create_app("sqlite://", migrate=True).openapi()


def test_every_operation_has_its_own_id_and_a_summary_of_its_own(
        schema: dict[str, Any]) -> None:
    ids = [operation["operationId"] for _, _, operation in _operations(schema)]
    assert len(ids) == len(set(ids))
    missing = [f"{m.upper()} {p}" for m, p, o in _operations(schema)
               if o["operationId"] not in BY_ID]
    assert not missing, f"add these routes to app/server/operations.py: {missing}"
    for _, _, operation in _operations(schema):
        assert operation["summary"] == OPERATIONS[BY_ID[operation["operationId"]]].summary
    redeem = schema["paths"]["/v1/redemptions"]["post"]
    assert (redeem["operationId"], redeem["summary"]) == (
        "redeem", "Redeem value or items from a card")


def _model(ref: dict[str, Any]) -> type[BaseModel]:
    name = ref["$ref"].rsplit("/", 1)[-1]
    assert name in MODELS, name
    return MODELS[name]


def test_every_request_and_answer_has_an_example_its_model_accepts(
        schema: dict[str, Any]) -> None:
    checked = 0
    for method, path, operation in _operations(schema):
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if body is not None:
            example = body["example"]
            assert example, (method, path)
            refs = [body["schema"], *body["schema"].get("anyOf", ())]
            ref = next(r for r in refs if "$ref" in r)
            _model(ref).model_validate_json(json.dumps(example))
            checked += 1
        for status, answer in operation["responses"].items():
            content = answer.get("content", {}).get("application/json")
            if status.startswith("2") and content is not None:
                _model(content["schema"]).model_validate_json(json.dumps(content["example"]))
                checked += 1
            elif not status.startswith("2"):
                examples = answer["content"][MEDIA_TYPE]["examples"]
                assert set(examples) == set(answer["x-problem-codes"]), (method, path)
                for example in examples.values():
                    models.Problem.model_validate(example["value"])
    assert checked > 80


def test_each_operation_lists_the_problem_codes_it_can_answer(schema: dict[str, Any]) -> None:
    paths = schema["paths"]
    everyone = [json.dumps(_codes(o), sort_keys=True) for _, _, o in _operations(schema)]
    assert len(set(everyone)) > len(everyone) // 2, "the same problems on most paths"
    for method, path, operation in _operations(schema):
        for status, codes in _codes(operation).items():
            if status != "default":
                assert all(status_of(c) == int(status) for c in codes), (method, path, status)
        assert _codes(operation)["default"] == list(SERVER_CODES)

    def flat(method: str, path: str) -> set[str]:
        return {c for codes in _codes(paths[path][method]).values() for c in codes}

    redeem = flat("post", "/v1/redemptions")
    assert {"insufficient_balance", "card_locked", "card_not_found", "idempotency_conflict",
            "invalid_amount", "unauthorized", "rate_limited", "pin_required"} <= redeem
    assert "insufficient_balance" in _codes(paths["/v1/redemptions"]["post"])["409"]
    program = flat("get", "/v1/programs/{program_id}")
    assert "program_not_found" in program
    assert not {"insufficient_balance", "card_not_found", "idempotency_conflict"} & program
    health = flat("get", "/v1/health")
    assert health == set(SERVER_CODES), "health needs no sign-in and takes no input"
    sign_in = flat("post", "/v1/sessions")
    assert {"unauthorized", "rate_limited", "validation_error"} <= sign_in
    assert "forbidden" not in sign_in
    assert {"hold_expired", "hold_not_found"} <= flat("post", "/v1/holds/{hold_id}/capture")
    assert "last_admin" in flat("patch", "/v1/operators/{name}")


def test_problem_code_is_an_enum_of_every_code_a_client_can_see(schema: dict[str, Any]) -> None:
    enum = schema["components"]["schemas"]["Problem"]["properties"]["code"]["enum"]
    assert len(enum) == len(set(enum))
    # A wrong card PIN is answered exactly as an unknown card, so its code never appears.
    assert set(enum) >= {c.value for c in ErrorCode} - {"pin_invalid"}
    assert "pin_invalid" not in enum
    assert {"not_found", "internal_error", "payload_too_large"} <= set(enum)
    documented = {c for _, _, o in _operations(schema) for codes in _codes(o).values()
                  for c in codes}
    assert documented <= set(enum)


async def test_refusals_the_ledger_answers_are_the_ones_documented(api: Api) -> None:
    """Real refusals of several kinds, each checked against its operation's own list."""
    schema = (await api.client.get("/openapi.json")).json()
    cashier = await api.sign_in("cashier")
    answers = [
        ("post", "/v1/redemptions", await api.client.post(
            "/v1/redemptions", json={"card": "000000000000", "amount": 100},
            headers=cashier)),
        ("post", "/v1/redemptions", await api.client.post(
            "/v1/redemptions", json={"card": "123", "amount": -1}, headers=cashier)),
        ("get", "/v1/programs/{program_id}", await api.client.get(
            "/v1/programs/999", headers=cashier)),
        ("post", "/v1/sessions", await api.client.post("/v1/sessions", json={
            "operator": "cashier", "pin": "9999", "location": "STORE-1",
            "terminal": "T1"})),
        ("get", "/v1/redemptions/{redemption_id}", await api.client.get(
            "/v1/redemptions/5")),
        ("post", "/v1/holds/{hold_id}/release", await api.client.post(
            "/v1/holds/77/release", headers=cashier)),
    ]
    seen = set()
    for method, path, response in answers:
        problem = response.json()
        assert response.headers["content-type"] == MEDIA_TYPE
        codes = _codes(schema["paths"][path][method])
        assert problem["code"] in codes[str(response.status_code)], (path, problem)
        seen.add(problem["code"])
    assert len(seen) >= 5, seen
