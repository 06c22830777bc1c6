"""Money corrections on one card: cancel the last sale or load, refund, adjust, transfer,
change validity. Same style as every card route: Idempotency-Key, problem codes, roles (the
rules are the domain's plans), a manager's approval via X-Manager-Operator/-Pin."""

from __future__ import annotations

from fastapi import APIRouter

from app.domain.codes import parse_card_ref
from app.ledger.codec import to_jsonable
from app.protocol.lifecycle import AdjustIn, CancelIn, RefundIn, TransferIn, TransferOut, ValidityIn
from app.protocol.models import CardOut
from app.server import convert
from app.server.deps import CardRefPath, Context, CurrentActor, CurrentPlaces, IdempotencyKey
from app.server.routes.redemptions import scoped_redemption

router = APIRouter(prefix="/v1/cards", tags=["corrections"])


@router.post("/{ref}/cancel", response_model=CardOut)
def cancel(ref: CardRefPath, body: CancelIn, context: Context, actor: CurrentActor,
           key: IdempotencyKey = None) -> CardOut:
    """Cancel the card's last sale or load (within 24 hours; a manager for promotional or
    large amounts or another terminal's); never below what was already spent
    (`already_spent`). A cancelled sale leaves the card pending."""
    with context.attempt(actor, "cancel", card=ref, key=key):
        view = context.ledger.cancel_last(actor, parse_card_ref(ref), body.reason,
                                       request_id=key)
    return convert.card(view)


@router.post("/{ref}/refund", response_model=CardOut)
def refund(ref: CardRefPath, body: RefundIn, context: Context, actor: CurrentActor,
           places: CurrentPlaces, key: IdempotencyKey = None) -> CardOut:
    """Pay a return back onto the card: tied to one of its redemptions (any operator, up to
    what is left of it) or standing alone with a reason (manager)."""
    with context.attempt(actor, "refund", card=ref, key=key):
        if body.redemption_id is not None:  # only one made where the operator may act
            scoped_redemption(context, actor, places, body.redemption_id)
        view = context.ledger.refund(actor, parse_card_ref(ref), body.amount,
                                  redemption_id=body.redemption_id, reason=body.reason,
                                  reference=body.reference, request_id=key)
    return convert.card(view)


@router.post("/{ref}/adjust", response_model=CardOut)
def adjust(ref: CardRefPath, body: AdjustIn, context: Context, actor: CurrentActor,
           key: IdempotencyKey = None) -> CardOut:
    """Correct the balance up (`delta` > 0) or down, with a reason (manager, admin)."""
    with context.attempt(actor, "adjust", card=ref, key=key):
        view = context.ledger.adjust(actor, parse_card_ref(ref), body.delta,
                                  body.reason, request_id=key)
    return convert.card(view)


@router.post("/{ref}/transfer", response_model=TransferOut)
def transfer(ref: CardRefPath, body: TransferIn, context: Context, actor: CurrentActor,
             key: IdempotencyKey = None) -> TransferOut:
    """Move the card's whole balance to `target` (manager, admin) in one transaction; this
    card is closed. A pending target becomes active with this card's validity."""
    with context.attempt(actor, "transfer", card=ref, key=key):
        moved = context.ledger.transfer(actor, parse_card_ref(ref),
                                     parse_card_ref(body.target), body.reason, request_id=key)
    return TransferOut.model_validate(to_jsonable(moved))


@router.post("/{ref}/validity", response_model=CardOut)
def validity(ref: CardRefPath, body: ValidityIn, context: Context, actor: CurrentActor,
             key: IdempotencyKey = None) -> CardOut:
    """Change the end of the card's validity (manager, admin); `null`: valid for ever. An
    expired card extended gets back the value written off when it expired."""
    with context.attempt(actor, "update_card", card=ref, key=key):
        view = context.ledger.update_card(actor, parse_card_ref(ref),
                                          valid_until=body.valid_until, request_id=key)
    return convert.card(view)
