"""Holds: reserve value now (`POST /v1/holds`), then capture or release it."""

from __future__ import annotations

from fastapi import APIRouter

from app.domain.codes import parse_card_ref
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, Kind
from app.ledger import lookups
from app.ledger.lookups import HoldFacts
from app.protocol.models import CaptureIn, HoldIn, HoldOut, RedemptionOut
from app.server import convert
from app.server.context import ApiContext
from app.server.deps import (
    Context,
    CurrentActor,
    CurrentPlaces,
    HoldId,
    IdempotencyKey,
    Places,
)

router = APIRouter(prefix="/v1/holds", tags=["holds"])


def _facts(context: ApiContext, actor: Actor, places: Places, hold_id: int) -> HoldFacts:
    """The hold, if it exists in this mode (training holds only in training mode) at a
    location the operator may act at; any other is answered as if there were none."""
    facts = lookups.hold_facts(context.ledger, hold_id)
    if facts is None or facts.training != actor.training or not places.may(facts.location):
        raise refuse(ErrorCode.HOLD_NOT_FOUND, f"There is no hold {hold_id}.")
    return facts


@router.post("", status_code=201, response_model=HoldOut)
def hold(body: HoldIn, context: Context, actor: CurrentActor,
         key: IdempotencyKey = None) -> HoldOut:
    """Reserve `amount` (money) or `quantity` (items) for `ttl_s` seconds."""
    with context.attempt(actor, "hold", card=body.card, key=key, pin=body.pin):
        ref = parse_card_ref(body.card)
        units = context.units(actor, ref, body.amount, body.quantity, body.pin)
        result = context.ledger.hold(actor, ref, units, ttl_s=body.ttl_s, pin=body.pin,
                                     request_id=key)
    return convert.hold(result)


@router.get("/{hold_id}", response_model=HoldOut)
def get_hold(hold_id: HoldId, context: Context, actor: CurrentActor,
             places: CurrentPlaces) -> HoldOut:
    _facts(context, actor, places, hold_id)
    return convert.hold(context.ledger.get_hold(hold_id))


@router.post("/{hold_id}/capture", response_model=RedemptionOut)
def capture(hold_id: HoldId, context: Context, actor: CurrentActor, places: CurrentPlaces,
            body: CaptureIn | None = None, key: IdempotencyKey = None) -> RedemptionOut:
    """Redeem a hold: all of it, or less (the rest is freed). The body may be left out."""
    body = body or CaptureIn()
    with context.attempt(actor, "capture", key=key):
        facts = _facts(context, actor, places, hold_id)
        if facts.kind is Kind.MONETARY and body.quantity is not None:
            raise refuse(ErrorCode.INVALID_AMOUNT,
                         "This hold is on a card that holds money: send amount, not quantity.")
        if facts.kind is Kind.ITEM and body.amount is not None:
            raise refuse(ErrorCode.INVALID_AMOUNT,
                         "This hold is on a card that holds items: send quantity, not amount.")
        result = context.ledger.capture(actor, hold_id, amount=body.units,
                                        reporting_code=body.reporting_code,
                                        reference=body.reference, comment=body.comment,
                                        request_id=key)
    return convert.redemption(result)


@router.post("/{hold_id}/release", response_model=HoldOut)
def release(hold_id: HoldId, context: Context, actor: CurrentActor, places: CurrentPlaces,
            key: IdempotencyKey = None) -> HoldOut:
    """Free a hold's value without redeeming it."""
    with context.attempt(actor, "release", key=key):
        _facts(context, actor, places, hold_id)
        result = context.ledger.release(actor, hold_id, request_id=key)
    return convert.hold(result)
