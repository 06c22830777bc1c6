"""ASGI middleware: a guard on requests, security headers, a last-resort error answer, the
access log.

The guard bounds the request's headers (`MAX_HEADERS`, `MAX_HEADER_BYTES`: 431), reads the body
once (at most `max_bytes`, all of it within `body_timeout_s` or 408 and the connection closed),
insists on JSON for any body, and refuses text the ledger could not store (NUL characters,
unpaired surrogates) before a route sees it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.domain.errors import ErrorCode
from app.server import problems

log = logging.getLogger("giftdesk.api")
access_log = logging.getLogger("giftdesk.api.access")

MAX_HEADERS = 100
MAX_HEADER_BYTES = 16 * 1024  # names and values together
BODY_TIMEOUT_S = 10.0
# On every answer: never sniff a type other than the one declared; never keep a copy (answers
# carry session tokens, card PINs, balances).
SECURITY_HEADERS = ((b"x-content-type-options", b"nosniff"), (b"cache-control", b"no-store"))


def storable_text(text: str) -> bool:
    """No NUL characters and no unpaired surrogates: text every database can store."""
    if text.isascii():
        return "\x00" not in text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def _json_texts_storable(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not storable_text(item):
                return False
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


def is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/")
                                            and media.endswith("+json"))


def replaying(first: Message, receive: Receive) -> Receive:
    """`receive`, with a message already read given again first."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return first
        return await receive()

    return replay


class BodyStalled(Exception):
    """The request body did not arrive in time."""


def stalled() -> Any:
    """The answer to a request whose body stopped arriving: 408, and the connection closed."""
    return problems.problem_response(
        408, REQUEST_TIMEOUT, "The request body did not arrive in time.",
        headers={"Connection": "close"})


REQUEST_TIMEOUT = "request_timeout"
HEADERS_TOO_LARGE = "request_header_fields_too_large"


def headers_refusal(scope: Scope) -> Any:
    """A 431 answer for a request with too many or too large headers, or None."""
    headers = scope.get("headers", ())
    if len(headers) <= MAX_HEADERS and sum(
            len(name) + len(value) for name, value in headers) <= MAX_HEADER_BYTES:
        return None
    return problems.problem_response(
        431, HEADERS_TOO_LARGE, f"Send at most {MAX_HEADERS} headers of at most "
        f"{MAX_HEADER_BYTES} bytes together.", headers={"Connection": "close"})


async def read_body(receive: Receive, max_bytes: int,
                    timeout_s: float = BODY_TIMEOUT_S) -> tuple[bytes, bool]:
    """The request body (it ends early if the client leaves), and whether it is within
    `max_bytes`: if not, what was read so far, more than `max_bytes`. `BodyStalled` if it
    has not all arrived within `timeout_s`."""
    chunks: list[bytes] = []
    size = 0
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        left = deadline - asyncio.get_running_loop().time()
        try:  # a timeout scope, not `wait_for`: no task of its own for each message
            async with asyncio.timeout(max(left, 0.001)):
                message = await receive()
        except TimeoutError:
            raise BodyStalled from None
        if message["type"] != "http.request":
            return b"".join(chunks), True
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            return b"".join(chunks), False
        if not message.get("more_body", False):
            return b"".join(chunks), True


class _TooLarge(Exception):
    pass


class RequestGuard:
    """Header bounds, size cap and time limit, JSON-only bodies and storable text, checked
    before routing."""

    def __init__(self, app: ASGIApp, max_bytes: int,
                 body_timeout_s: float = BODY_TIMEOUT_S) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout_s = body_timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = headers_refusal(scope) or self._check_query(scope)
        if refusal is None:
            try:
                body, refusal = await self._read_body(scope, receive)
            except _TooLarge:
                refusal = problems.problem_response(
                    413, problems.PAYLOAD_TOO_LARGE,
                    f"The request body is larger than {self.max_bytes} bytes.")
            except BodyStalled:
                refusal = stalled()
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, replaying({"type": "http.request", "body": body,
                                         "more_body": False}, receive), send)

    def _check_query(self, scope: Scope) -> Any:
        raw = scope.get("query_string", b"")
        if not raw:
            return None
        try:
            pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True,
                              errors="strict", max_num_fields=50)
        except (ValueError, UnicodeDecodeError):
            return problems.problem_response(422, ErrorCode.VALIDATION_ERROR.value,
                                             "The query string is not valid.")
        if not all(storable_text(k) and storable_text(v) for k, v in pairs):
            return problems.problem_response(422, ErrorCode.VALIDATION_ERROR.value,
                                             "The query string holds characters that are not "
                                             "allowed (NUL or invalid UTF-8).")
        return None

    async def _read_body(self, scope: Scope, receive: Receive) -> tuple[bytes, Any]:
        headers = Headers(scope=scope)
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            raise _TooLarge
        body, within = await read_body(receive, self.max_bytes, self.body_timeout_s)
        if not within:
            raise _TooLarge
        if not body.strip():
            return body, None
        if not is_json(headers.get("content-type")):
            return body, problems.problem_response(
                415, problems.UNSUPPORTED_MEDIA_TYPE,
                "Send the request body as JSON (Content-Type: application/json).")
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            return body, problems.problem_response(422, ErrorCode.VALIDATION_ERROR.value,
                                                   "The request body is not valid JSON.")
        if not _json_texts_storable(data):
            return body, problems.problem_response(
                422, ErrorCode.VALIDATION_ERROR.value,
                "Text in the request may not hold NUL characters or unpaired surrogates.")
        return body, None


class SecurityHeaders:
    """`SECURITY_HEADERS` on every answer (an answer's own Cache-Control is kept)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def adding_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, adding_send)


class LastResort:
    """Any exception no handler took becomes a logged 500 problem, never a traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error in %s %s", scope.get("method"), scope.get("path"))
            if started:
                return
            await internal_error()(scope, receive, send)


def internal_error() -> Any:
    """The 500 problem of a request that failed unexpectedly (the failure is logged)."""
    return problems.problem_response(
        500, problems.INTERNAL_ERROR,
        "The ledger failed to answer this request; it has been logged.")


class AccessLog:
    """One key=value line per request: method, route, status, duration (never card codes)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not access_log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 0

        async def tracking_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        finally:
            log_access(scope, status, start)


def log_access(scope: Scope, status: int, start: float) -> None:
    """The access log's line of a request that started at `start` (`time.perf_counter()`)."""
    route = getattr(scope.get("route"), "path", None) or "(unrouted)"
    client = scope.get("client") or ("-", 0)
    access_log.info("method=%s route=%s status=%d ms=%.1f client=%s", scope.get("method"),
                    route, status, (time.perf_counter() - start) * 1000, client[0])
