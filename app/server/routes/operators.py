"""Operators: `GET|POST /v1/operators`, `PATCH /v1/operators/{name}` (admin)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from app.domain import rules
from app.domain.model import Role
from app.ledger import people
from app.protocol.backoffice import OperatorIn, OperatorOut, OperatorPatch, OperatorsOut
from app.server.deps import Context, CurrentActor, IdempotencyKey

router = APIRouter(prefix="/v1/operators", tags=["operators"])
OperatorName = Annotated[str, Path(min_length=1, max_length=60, description="sign-in name")]


def _out(info: people.OperatorInfo) -> OperatorOut:
    return OperatorOut.model_validate({"name": info.name, "role": info.role,
                                       "locations": list(info.locations),
                                       "disabled": info.disabled})


@router.get("", response_model=OperatorsOut)
def list_operators(context: Context, actor: CurrentActor) -> OperatorsOut:
    rules.require_role(actor, Role.ADMIN, "list operators")
    return OperatorsOut(operators=[_out(o) for o in people.list_operators(
        context.ledger.engine)])


@router.post("", status_code=201, response_model=OperatorOut)
def add_operator(body: OperatorIn, context: Context, actor: CurrentActor,
                 key: IdempotencyKey = None) -> OperatorOut:
    """Add an operator with a PIN, a role and the stores they work at (`*`: every store)."""
    with context.attempt(actor, "add_operator", key=key):
        info = people.add_operator(context.ledger, actor, body.name, body.pin, body.role,
                                   body.locations, request_id=key)
    return _out(info)


@router.patch("/{name}", response_model=OperatorOut)
def update_operator(name: OperatorName, body: OperatorPatch, context: Context,
                    actor: CurrentActor, key: IdempotencyKey = None) -> OperatorOut:
    """Change role, stores, PIN or `disabled`; only the fields sent change. Their sessions
    end (they sign in again); the last active admin cannot be disabled or demoted."""
    changes: dict[str, Any] = {f: getattr(body, f) for f in body.model_fields_set}
    with context.attempt(actor, "update_operator", key=key):
        info = people.update_operator(
            context.ledger, actor, name, role=changes.get("role"),
            where=changes.get("locations"), disabled=changes.get("disabled"),
            pin=changes.get("pin"), request_id=key)
    context.auth._cache.clear()  # this process forgets sessions it trusted; others within 2 s
    return _out(info)
