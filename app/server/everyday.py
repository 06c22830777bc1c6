"""`POST /v1/redemptions` in the everyday case, answered on the event loop in front of FastAPI.

Through FastAPI a redemption passes its middleware, resolves its dependencies, validates its
body and runs the route in a worker thread: together several times the database's own work.
`LedgerApp` answers the everyday case first: a session this worker has checked lately, no
training or manager headers, a plain JSON body that the route's own model (`RedemptionIn`)
accepts, without a card PIN. It runs the ledger's everyday redemption
(`ApiContext.redeem_everyday`) and answers exactly what the route would. Every other request,
and any that the everyday redemption declines, goes on through FastAPI unchanged (the same
body, the same headers), which answers it as always: refusals, replays and conflicts, and
the request checks of `RequestGuard`, are all its own.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any

from fastapi import FastAPI
from pydantic import ValidationError
from starlette.types import Receive, Scope, Send

from app.domain.codes import parse_card_ref
from app.domain.errors import GiftDeskError
from app.domain.model import Actor, Kind
from app.ledger.engine import MAX_REQUEST_ID
from app.ledger.results import Redemption
from app.protocol.models import RedemptionIn
from app.server import convert
from app.server.context import ApiContext
from app.server.middleware import (
    SECURITY_HEADERS,
    BodyStalled,
    access_log,
    headers_refusal,
    internal_error,
    is_json,
    log_access,
    read_body,
    replaying,
    stalled,
)

log = logging.getLogger("giftdesk.api")

PATH = "/v1/redemptions"
_KEY = re.compile(r"[\x20-\x7e]+")
_MAX_TOKEN = 200
_READ = (b"authorization", b"idempotency-key", b"content-type")
# Headers that make a request other than everyday: training mode, a manager's approval.
_NOT_EVERYDAY = (b"x-training", b"x-manager-operator", b"x-manager-pin")


class LedgerApp(FastAPI):
    """The ledger's FastAPI application, which answers everyday redemptions itself.

    `everyday(context, route, max_body_bytes)` switches that on (`create_app` does); `route`
    is the FastAPI route it stands in for, named in the access log."""

    _everyday: tuple[ApiContext, Any, int] | None = None

    def everyday(self, context: ApiContext, route: Any, max_body_bytes: int) -> None:
        self._everyday = (context, route, max_body_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (self._everyday is None or scope["type"] != "http" or scope["path"] != PATH
                or scope["method"] != "POST" or scope.get("query_string")):
            await super().__call__(scope, receive, send)
            return
        start = time.perf_counter()
        refusal = headers_refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        try:
            body, within = await read_body(receive, self._everyday[2],
                                           self._everyday[0].settings.body_timeout_s)
        except BodyStalled:
            await stalled()(scope, receive, send)
            return
        answer = None
        if within:
            try:
                answer = await self._answer(scope, body)
            except Exception:  # as LastResort: logged, answered as a problem
                log.exception("unhandled error in an everyday redemption")
                await internal_error()(scope, receive, send)
                return
        if answer is None:
            await super().__call__(scope, replaying({
                "type": "http.request", "body": body, "more_body": not within}, receive),
                send)
            return
        scope["route"] = self._everyday[1]
        await send({"type": "http.response.start", "status": 201, "headers": [
            (b"content-length", str(len(answer)).encode()),
            (b"content-type", b"application/json"), *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": answer})
        if access_log.isEnabledFor(logging.INFO):
            log_access(scope, 201, start)

    async def _answer(self, scope: Scope, body: bytes) -> bytes | None:
        """The 201 answer's body of an everyday redemption done now, or None for FastAPI."""
        assert self._everyday is not None
        context = self._everyday[0]
        found: dict[bytes, str] = {}
        for name, value in scope["headers"]:
            if name in _READ:
                if name in found:  # said twice: the route decides which counts
                    return None
                found[name] = value.decode("latin-1")
            elif name in _NOT_EVERYDAY:
                return None
        authorization, key = found.get(b"authorization"), found.get(b"idempotency-key")
        content_type = found.get(b"content-type")
        # What RequestGuard lets through, and plainer: ASCII JSON without escapes cannot
        # hold text the ledger could not store.
        if not (is_json(content_type) and body.isascii() and b"\\u" not in body):
            return None
        actor = _actor(context, authorization)
        if actor is None or (key is not None and not (
                len(key) <= MAX_REQUEST_ID and _KEY.fullmatch(key))):
            return None
        try:
            request = RedemptionIn.model_validate(json.loads(body))
        except (ValueError, RecursionError, ValidationError):
            return None
        if request.pin is not None:
            return None
        kind, units = ((Kind.MONETARY, request.amount) if request.amount is not None
                       else (Kind.ITEM, request.quantity))
        if units is None:
            return None
        try:
            attempt = context.ledger.everyday_attempt(
                actor, parse_card_ref(request.card), units, kind,
                reporting_code=request.reporting_code, reference=request.reference,
                comment=request.comment, request_id=key)
        except GiftDeskError:
            return None
        result = await context.redeem_everyday(attempt, handover=scope.setdefault("state", {}))
        return None if result is None else _body(result)


def _actor(context: ApiContext, authorization: str | None) -> Actor | None:
    """The signed-in actor, if this worker checked the session lately (as `get_actor`)."""
    if authorization is None:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not 0 < len(token) <= _MAX_TOKEN:
        return None
    session = context.auth.cached_session(token)
    return None if session is None else session.actor()


def _body(result: Redemption) -> bytes:
    """The route's answer (`RedemptionOut`) as bytes, as `convert.json_response` makes it."""
    model = convert.redemption(result)
    return model.__pydantic_serializer__.to_json(model, by_alias=True)
