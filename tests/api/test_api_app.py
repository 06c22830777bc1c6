"""`create_app`: what it needs of the database, and the OpenAPI document it serves."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.server import LedgerNotInitialized, create_app
from app.server.problems import MEDIA_TYPE

pytestmark = pytest.mark.anyio


def test_an_empty_database_is_refused_unless_migrating(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    with pytest.raises(LedgerNotInitialized, match="giftdesk init --db sqlite"):
        create_app(url)
    with pytest.raises(ValueError, match="either"):
        create_app()
    assert create_app(url, migrate=True).title


async def test_a_migrated_app_answers_and_runs_its_lifespan(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'new.db'}", migrate=True)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://ledger") as client:
            health = await client.get("/v1/health")
    assert health.json()["status"] == "ok"


def test_every_operation_documents_its_errors_as_problems(sqlite_url: str) -> None:
    schema = create_app(sqlite_url).openapi()
    assert "Problem" in schema["components"]["schemas"]
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            errors = {s: r for s, r in operation["responses"].items() if not s.startswith("2")}
            assert "default" in errors, (method, path)
            for answer in errors.values():
                content = answer["content"]
                assert list(content) == [MEDIA_TYPE], (method, path)
                assert content[MEDIA_TYPE]["schema"] == {
                    "$ref": "#/components/schemas/Problem"}, (method, path)
            if path not in ("/v1/health", "/v1/sessions", "/v1/setup"):  # before sign-in
                assert operation.get("security"), (method, path)
    headers = {p["name"] for p in schema["paths"]["/v1/redemptions"]["post"]["parameters"]}
    assert {"Idempotency-Key", "x-training", "x-manager-operator", "x-manager-pin"} <= {
        h if h == "Idempotency-Key" else h.lower() for h in headers}


def test_the_redemption_route_documents_its_scheme_and_answer(sqlite_url: str) -> None:
    """The route answers with a pre-serialized response and resolves the bearer scheme and the
    session in one dependency; the document must not tell."""
    schema = create_app(sqlite_url).openapi()
    assert schema["components"]["securitySchemes"] == {"HTTPBearer": {
        "type": "http", "scheme": "bearer", "description": "The token from POST /v1/sessions."}}
    redeem = schema["paths"]["/v1/redemptions"]["post"]
    assert redeem["security"] == [{"HTTPBearer": []}]
    answer = redeem["responses"]["201"]["content"]
    assert list(answer) == ["application/json"]
    assert answer["application/json"]["schema"] == {"$ref": "#/components/schemas/RedemptionOut"}
