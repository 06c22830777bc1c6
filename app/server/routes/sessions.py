"""Sign-in and sign-out: `POST /v1/sessions`, `GET|DELETE /v1/sessions/current`."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.domain.errors import GiftDeskError
from app.ledger.audit import AuditEntry
from app.ledger.auth import normalize_location
from app.protocol.models import SessionCreate, SessionInfo, SessionOut
from app.server import convert
from app.server.deps import Context, CurrentSession

router = APIRouter(prefix="/v1/sessions", tags=["sessions"])


@router.post("", status_code=201, response_model=SessionOut)
def sign_in(body: SessionCreate, request: Request, response: Response,
            context: Context) -> SessionOut:
    """Check an operator's PIN and open a session at a location and terminal.

    Every attempt is counted on the operator name and on the client's address before its PIN
    is checked (a right PIN gives it back); past a limit the answer is `rate_limited` with
    `Retry-After`. Sessions already open are never affected.
    """
    name, location = body.operator.strip().lower(), normalize_location(body.location)
    address = request.client.host if request.client else "unknown"
    with context.limiter.guessing(context.limiter.sign_in(name, address)):
        try:
            signed = context.auth.sign_in(body.operator, body.pin, body.location,
                                          body.terminal)
        except GiftDeskError as exc:
            context.record(AuditEntry(
                action="sign_in", outcome=str(exc.extra.get("audit_outcome", exc.code.value)),
                operator=name, location=location, terminal=body.terminal.strip(),
                detail=exc.detail))
            raise
    session = signed.session
    response.headers["Cache-Control"] = "no-store"
    return SessionOut(token=signed.token, operator=session.operator.name,
                      role=convert.role(session.operator.role), location=session.location,
                      terminal=session.terminal, expires_at=session.expires_at,
                      merchant=signed.merchant)


@router.get("/current", response_model=SessionInfo)
def current(signed_in: CurrentSession, context: Context) -> SessionInfo:
    session = signed_in.session
    return SessionInfo(operator=session.operator.name,
                       role=convert.role(session.operator.role),
                       location=session.location, terminal=session.terminal,
                       created_at=session.created_at, expires_at=session.expires_at,
                       merchant=context.auth.merchant())


@router.delete("/current", status_code=204, response_class=Response)
def sign_out(signed_in: CurrentSession, context: Context) -> Response:
    """End this session: its token is refused from now on."""
    context.auth.sign_out(signed_in.token)
    return Response(status_code=204)
