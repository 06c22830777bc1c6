"""Redemptions: take value off a card, look them up, list them, reverse one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import AwareDatetime

from app.domain.codes import parse_card_ref
from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import Actor
from app.ledger.results import Redemption
from app.protocol.models import RedemptionIn, RedemptionOut, RedemptionsOut, ReversalIn
from app.server import convert
from app.server.context import ApiContext
from app.server.deps import (
    IDEMPOTENCY_KEY,
    Context,
    CurrentActor,
    CurrentPlaces,
    IdempotencyKey,
    Places,
    RedemptionId,
    api_context,
)
from app.server.headers import reads

router = APIRouter(prefix="/v1/redemptions", tags=["redemptions"])

Text = Annotated[str | None, Query(min_length=1, max_length=100)]
Moment = Annotated[AwareDatetime | None, Query(description="ISO 8601 with a time zone")]


def visible_locations(places: Places, location: str | None) -> tuple[str, ...] | None:
    """The locations a list or report covers: the one asked for, if the operator may act
    there (else `forbidden`), or all they may (None: every location)."""
    if location is None:
        return places.allowed
    where = location.strip().upper()
    if not places.may(where):
        raise refuse(ErrorCode.FORBIDDEN, f"You may not see what happens at {where}.")
    return (where,)


def scoped_redemption(context: ApiContext, actor: Actor, places: Places,
                redemption_id: int) -> Redemption:
    """The redemption, if it exists in this mode (training ones only in training mode) at a
    location the operator may act at; any other is answered as if there were none."""
    try:
        found = context.ledger.get_redemption(redemption_id)
    except GiftDeskError as exc:
        if exc.code is ErrorCode.REDEMPTION_NOT_FOUND:
            raise refuse(ErrorCode.REDEMPTION_NOT_FOUND,
                         f"There is no redemption {redemption_id}.") from None
        raise
    if found.training != actor.training or not places.may(found.location):
        raise refuse(ErrorCode.REDEMPTION_NOT_FOUND, f"There is no redemption {redemption_id}.")
    return found


@router.post("", status_code=201, response_model=RedemptionOut)
@reads(IDEMPOTENCY_KEY)
def redeem(body: RedemptionIn, request: Request, actor: CurrentActor) -> Response:
    """Take `amount` (a card that holds money, in minor units) or `quantity` (a card that
    holds items) off the card. Send an Idempotency-Key: a retry then never redeems twice."""
    # The busiest route, so it saves per-request work: the context and the Idempotency-Key
    # from the request instead of two more dependencies, and the answer serialized once, here
    # (convert.json_response).
    context = api_context(request)
    key = IDEMPOTENCY_KEY.read(request)
    with context.attempt(actor, "redeem", card=body.card, key=key, pin=body.pin):
        ref = parse_card_ref(body.card)
        units = context.units(actor, ref, body.amount, body.quantity, body.pin)
        result = context.ledger.redeem(actor, ref, units, pin=body.pin,
                                       reporting_code=body.reporting_code,
                                       reference=body.reference, comment=body.comment,
                                       request_id=key)
    return convert.json_response(convert.redemption(result), 201)


@router.get("", response_model=RedemptionsOut)
def list_redemptions(
    context: Context, actor: CurrentActor, places: CurrentPlaces, card: Text = None,
    location: Text = None,
    terminal: Text = None, since: Moment = None, until: Moment = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> RedemptionsOut:
    """Redemptions, newest first (training ones only in training mode)."""
    where = visible_locations(places, location)
    with context.attempt(actor, "list_redemptions", card=card):
        found = context.ledger.list_redemptions(
            card=None if card is None else parse_card_ref(card), locations=where,
            terminal=terminal, since=since, until=until, training=actor.training, limit=limit)
    return RedemptionsOut(redemptions=[convert.redemption(r) for r in found])


@router.get("/{redemption_id}", response_model=RedemptionOut)
def get_redemption(redemption_id: RedemptionId, context: Context,
                   actor: CurrentActor, places: CurrentPlaces) -> RedemptionOut:
    return convert.redemption(scoped_redemption(context, actor, places, redemption_id))


@router.post("/{redemption_id}/reversal", response_model=RedemptionOut)
def reverse(redemption_id: RedemptionId, body: ReversalIn, context: Context,
            actor: CurrentActor, places: CurrentPlaces,
            key: IdempotencyKey = None) -> RedemptionOut:
    """Give back the value of one redemption, once (manager, admin; or a cashier with a
    manager's X-Manager-Operator and X-Manager-Pin; the journal records both)."""
    with context.attempt(actor, "reverse", key=key):
        scoped_redemption(context, actor, places, redemption_id)
        result = context.ledger.reverse(actor, redemption_id, body.reason, request_id=key)
    return convert.redemption(result)
