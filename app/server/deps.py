"""`Annotated` dependencies: the API context, the signed-in session, the actor, header values."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection

from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import Actor, Role
from app.ledger import apikeys
from app.ledger.auth import BAD_APPROVAL, Session
from app.ledger.directory import ALL_LOCATIONS
from app.ledger.engine import MAX_REQUEST_ID
from app.server.context import ApiContext
from app.server.headers import HeaderParam, reads


def api_context(request: HTTPConnection) -> ApiContext:
    """The app's `ApiContext`: for a route that takes the `Request` rather than `Context`,
    which saves FastAPI resolving one more dependency on each request."""
    context: ApiContext = request.app.state.context
    return context


async def get_context(request: Request) -> ApiContext:
    return api_context(request)


Context = Annotated[ApiContext, Depends(get_context)]


@dataclass(frozen=True)
class SignedIn:
    token: str
    session: Session


class SessionBearer(HTTPBearer):
    """The bearer-token security scheme (documented as `HTTPBearer`) that also resolves the
    token to its live session, or refuses the request as `unauthorized`.

    One dependency instead of a scheme and a session check on top of it: FastAPI resolves every
    dependency of every request anew, so each one costs CPU on every request.
    """

    async def __call__(self, request: HTTPConnection) -> SignedIn:  # type: ignore[override]
        credentials = await super().__call__(request)
        if credentials is None or not 0 < len(credentials.credentials) <= 200:
            raise refuse(ErrorCode.UNAUTHORIZED, "Sign in first: send Authorization: Bearer "
                                                 "<token from POST /v1/sessions>.")
        token = credentials.credentials
        context = api_context(request)
        if apikeys.is_api_key(token):  # an integrator's key (app.ledger.apikeys)
            return SignedIn(token, await run_in_threadpool(
                apikeys.session, context.ledger.engine, token, request.headers.get(
                    "x-location")))
        session = context.auth.cached_session(token)
        if session is None:
            session = await run_in_threadpool(context.auth.session, token)
        return SignedIn(token, session)


CurrentSession = Annotated[SignedIn, Depends(SessionBearer(
    auto_error=False, scheme_name="HTTPBearer",
    description="The token from POST /v1/sessions."))]


TRAINING = HeaderParam("x-training", '"true" runs this request in training mode.',
                       max_length=10)
MANAGER_OPERATOR = HeaderParam(
    "x-manager-operator", "A manager approving this one request (with X-Manager-Pin).",
    max_length=60)
MANAGER_PIN = HeaderParam("x-manager-pin", "That manager's PIN.", max_length=12)
IDEMPOTENCY_KEY = HeaderParam(
    "Idempotency-Key",
    "Send one on every ledger-changing request (a UUID): a retry with the same "
    "key and body gets the first answer again, another body is refused "
    "(idempotency_conflict), and while the first is still running, request_in_progress.",
    min_length=1, max_length=MAX_REQUEST_ID, pattern=r"^[\x20-\x7e]+$")


@reads(TRAINING, MANAGER_OPERATOR, MANAGER_PIN)
async def get_actor(request: Request, signed_in: CurrentSession) -> Actor:
    """Who acts: the session's operator at its location and terminal, maybe with a manager's
    approval for this one request."""
    actor = signed_in.session.actor(training=training_mode(TRAINING.read(request)))
    x_manager_operator, x_manager_pin = MANAGER_OPERATOR.read(request), MANAGER_PIN.read(request)
    if x_manager_operator is None and x_manager_pin is None:
        return actor
    return await run_in_threadpool(_approved, api_context(request), actor, x_manager_operator,
                                   x_manager_pin)


def training_mode(value: str | None) -> bool:
    """`X-Training`: `true` or `false` (any case), or absent; anything else is refused, never
    taken as "not training" (a real card would be changed)."""
    if value is None:
        return False
    said = value.strip().lower()
    if said not in ("true", "false"):
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     'X-Training must be "true" or "false".')
    return said == "true"


def _approved(context: ApiContext, actor: Actor, name: str | None, pin: str | None) -> Actor:
    """The actor with a manager's approval: the manager's PIN, counted as a guess on the
    manager and on the operator asking before it is checked (Argon2)."""
    try:
        if not (name and pin):
            raise refuse(ErrorCode.FORBIDDEN,
                         "A manager's approval needs both X-Manager-Operator and X-Manager-Pin.")
        with context.limiter.guessing(context.limiter.approval(actor, name)):
            if not (name.isprintable() and pin.isdigit()):
                raise refuse(ErrorCode.FORBIDDEN, BAD_APPROVAL, audit_outcome="unauthorized")
            approver = context.auth.approver(name, pin, actor.location)
    except GiftDeskError as exc:
        if exc.code is ErrorCode.RATE_LIMITED:
            raise
        context.record_refusal(replace(actor, approved_by=(name or "")[:60]),
                               "manager_approval", exc)
        raise
    return replace(actor, approved_by=approver.name, approver_role=approver.role)


CurrentActor = Annotated[Actor, Depends(get_actor)]


@dataclass(frozen=True)
class Places:
    """Where the signed-in operator may see and change holds, redemptions and reports: a
    cashier at the session's location only; a manager or admin at every location they may
    work at (`allowed` None: all of them)."""

    here: str
    allowed: tuple[str, ...] | None

    def may(self, location: str) -> bool:
        return self.allowed is None or location in self.allowed


def get_places(signed_in: CurrentSession) -> Places:
    session = signed_in.session
    operator = session.operator
    if operator.role < Role.MANAGER:
        return Places(session.location, (session.location,))
    if ALL_LOCATIONS in operator.locations:
        return Places(session.location, None)
    return Places(session.location, tuple(operator.locations))


CurrentPlaces = Annotated[Places, Depends(get_places)]

@reads(IDEMPOTENCY_KEY)
async def idempotency_key(request: Request) -> str | None:
    return IDEMPOTENCY_KEY.read(request)


IdempotencyKey = Annotated[str | None, Depends(idempotency_key)]

MAX_ID = 2**62
ProgramId = Annotated[int, Path(ge=1, le=MAX_ID, description="program id")]
HoldId = Annotated[int, Path(ge=1, le=MAX_ID, description="hold id")]
RedemptionId = Annotated[int, Path(ge=1, le=MAX_ID, description="redemption id")]
CardRefPath = Annotated[str, Path(min_length=1, max_length=100, description=(
    "the card's 12-digit code (spaces or dashes allowed, URL-encoded), its QR token or its "
    "QR payload"))]


def refuse_in_training(actor: Actor, what: str) -> None:
    """Training mode works on copies of cards; it cannot create programs or cards."""
    if actor.training:
        raise refuse(ErrorCode.VALIDATION_ERROR, f"Training mode cannot {what}.")
