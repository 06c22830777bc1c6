"""The OpenAPI document a client generator can use: ids, summaries, examples, problem codes.

Built from FastAPI's generated schema and `app.server.operations`: each operation gets its
`operationId` and summary from that table, an example request and answer, and a problem
response for each status it can answer, listing the codes behind it (`x-problem-codes` and one
example per code). Codes that any request of a kind can meet (a sign-in, a body, an
Idempotency-Key, a card in the path) are derived from the operation's own parameters here;
failures of the server itself are the `default` answer. `Problem.code` is an enum.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from app.domain.errors import ErrorCode
from app.protocol.models import Problem
from app.server import problems
from app.server.examples import example_of
from app.server.headers import READERS
from app.server.middleware import HEADERS_TOO_LARGE, REQUEST_TIMEOUT
from app.server.operations import OPERATIONS

E = ErrorCode
PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
# Codes of the HTTP layer, with their statuses.
HTTP_CODES: dict[str, int] = {
    problems.NOT_FOUND: 404, problems.METHOD_NOT_ALLOWED: 405, REQUEST_TIMEOUT: 408,
    problems.PAYLOAD_TOO_LARGE: 413, problems.UNSUPPORTED_MEDIA_TYPE: 415,
    HEADERS_TOO_LARGE: 431, problems.INTERNAL_ERROR: 500, problems.HTTP_ERROR: 500,
    problems.SERVICE_UNAVAILABLE: 503,
}
# What any request may meet, whatever the operation: the `default` answer.
SERVER_CODES = (problems.INTERNAL_ERROR, problems.SERVICE_UNAVAILABLE, HEADERS_TOO_LARGE)
BODY_CODES = (E.VALIDATION_ERROR.value, REQUEST_TIMEOUT, problems.PAYLOAD_TOO_LARGE,
              problems.UNSUPPORTED_MEDIA_TYPE)
# PIN_INVALID is answered as CARD_NOT_FOUND, so that card codes cannot be probed.
# Route names by operation id (a route missing from OPERATIONS keeps its name as its id).
BY_ID = {operation.operation_id: name for name, operation in OPERATIONS.items()}
ALL_CODES = tuple(c.value for c in ErrorCode if c is not E.PIN_INVALID) + tuple(HTTP_CODES)
STATUS_TITLES = {401: "Not signed in", 403: "Not allowed", 404: "Not found", 408: "Too slow",
                 409: "Refused by the card's or ledger's state", 413: "Body too large",
                 415: "Body not JSON", 422: "Request not valid", 429: "Too many attempts",
                 500: "Server failure", 503: "Database unavailable"}


def unique_id(route: APIRoute) -> str:
    """FastAPI's `generate_unique_id_function`: the table's operation id, else the name."""
    known = OPERATIONS.get(route.name)
    return known.operation_id if known else route.name


def status_of(code: str) -> int:
    if code in HTTP_CODES:
        return HTTP_CODES[code]
    return problems.STATUS.get(ErrorCode(code), 422)


def codes_of(operation: dict[str, Any], name: str, components: dict[str, Any]) -> list[str]:
    """Every code the operation can answer besides SERVER_CODES, from its parameters and
    its entry in OPERATIONS (`name` is the route's name)."""
    params = {p["name"].lower(): p for p in operation.get("parameters", ())}
    codes: list[str] = []
    if operation.get("security"):
        codes += [E.UNAUTHORIZED, E.LOCATION_NOT_ALLOWED]
    if "x-training" in params:  # the actor: training flag and a manager's approval
        codes += [E.VALIDATION_ERROR, E.FORBIDDEN, E.RATE_LIMITED]
    if params:
        codes.append(E.VALIDATION_ERROR)
    if "idempotency-key" in params:
        codes += [E.IDEMPOTENCY_CONFLICT, E.REQUEST_IN_PROGRESS]
    if params.get("ref", {}).get("in") == "path":
        codes += [E.INVALID_CARD_CODE, E.CARD_NOT_FOUND, E.RATE_LIMITED]
    body = operation.get("requestBody")
    if body:
        codes += BODY_CODES
        fields = _fields(body, components)
        if fields & problems.AMOUNT_FIELDS:
            codes.append(E.INVALID_AMOUNT)
        if "currency" in fields:
            codes.append(E.INVALID_CURRENCY)
    known = OPERATIONS.get(name)
    codes += known.codes if known else ()
    unique = dict.fromkeys(str(c.value if isinstance(c, ErrorCode) else c) for c in codes)
    return sorted(unique, key=lambda c: (status_of(c), c))


def _fields(body: dict[str, Any], components: dict[str, Any]) -> set[str]:
    schema = body.get("content", {}).get("application/json", {}).get("schema", {})
    for option in [schema, *schema.get("anyOf", ())]:
        if "$ref" in option:
            found = components.get(option["$ref"].rsplit("/", 1)[-1], {})
            return set(found.get("properties", {}))
    return set(schema.get("properties", {}))


def problem_example(code: str) -> dict[str, Any]:
    status = status_of(code)
    return {"type": f"urn:giftdesk:problem:{code}", "title": problems.title_of(code),
            "status": status, "code": code,
            "detail": "Why, in English (the app shows its own sentence for each code)."}


def problem_responses(codes: list[str]) -> dict[str, Any]:
    """One response per status, naming its codes, with an example of each."""
    by_status: dict[int, list[str]] = {}
    for code in codes:
        by_status.setdefault(status_of(code), []).append(code)
    responses: dict[str, Any] = {}
    for status, listed in sorted(by_status.items()):
        responses[str(status)] = _problem_response(
            f"{STATUS_TITLES.get(status, 'Refused')}: " + ", ".join(f"`{c}`" for c in listed),
            listed)
    return responses


def _problem_response(description: str, codes: list[str] | tuple[str, ...]) -> dict[str, Any]:
    return {"description": description, "x-problem-codes": list(codes), "content": {
        problems.MEDIA_TYPE: {"schema": PROBLEM_REF, "examples": {
            code: {"summary": problems.title_of(code), "value": problem_example(code)}
            for code in codes}}}}


def document(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document (built once)."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    _add_read_headers(app, schema)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    problem["properties"]["code"]["enum"] = list(ALL_CODES)
    components["Problem"] = problem
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            _describe(operation, components)
    app.openapi_schema = schema
    return schema


def _add_read_headers(app: FastAPI, schema: dict[str, Any]) -> None:
    """The headers that dependencies read themselves (`app.server.headers`), as parameters
    of each operation whose dependencies include such a reader."""
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        headers: dict[str, dict[str, Any]] = {}
        stack: list[Dependant] = [route.dependant]
        while stack:
            dependant = stack.pop()
            for param in READERS.get(dependant.call, ()) if dependant.call else ():
                headers.setdefault(param.name, param.openapi())
            stack.extend(reversed(dependant.dependencies))
        if not headers:
            continue
        for method in route.methods or ():
            operation = schema["paths"][context.path_format][method.lower()]
            listed = operation.setdefault("parameters", [])
            names = {p["name"].lower() for p in listed}
            listed.extend(p for name, p in headers.items() if name.lower() not in names)


def _describe(operation: dict[str, Any], components: dict[str, Any]) -> None:
    name = BY_ID.get(operation["operationId"], operation["operationId"])
    known = OPERATIONS.get(name)
    if known:
        operation["summary"] = known.summary
    responses = operation.setdefault("responses", {})
    responses.pop("422", None)  # FastAPI's HTTPValidationError: ours is a problem
    for status, answer in responses.items():
        for media in answer.get("content", {}).values():
            if status.startswith("2") and "schema" in media:
                media["example"] = example_of(media["schema"], components)
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None:
        body["example"] = example_of(body["schema"], components)
    responses.update(problem_responses(codes_of(operation, name, components)))
    responses["default"] = _problem_response(
        "The server failed or cannot reach its database: " + ", ".join(
            f"`{c}`" for c in SERVER_CODES), SERVER_CODES)
