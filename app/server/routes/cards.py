"""One card: look-up, history, sale, activation, reload, lock, unlock, void, close, changes.

`{ref}` is the card's 12-digit code (spaces or dashes allowed), its QR token or QR payload.
A request naming an unknown card counts towards the terminal's limit on guessing.
"""

from __future__ import annotations

from fastapi import APIRouter

from app.domain import rules
from app.domain.codes import parse_card_ref
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor
from app.ledger.engine import Ledger
from app.protocol.models import (
    ActivateIn,
    CardEndedOut,
    CardOut,
    CardPatch,
    LoadIn,
    ReasonIn,
    SellIn,
    SellOut,
    TransactionsOut,
)
from app.server import convert
from app.server.context import ApiContext
from app.server.deps import CardRefPath, Context, CurrentActor, IdempotencyKey
from app.server.problems import NO_CARD_DETAIL

router = APIRouter(prefix="/v1/cards", tags=["cards"])


@router.get("/{ref}", response_model=CardOut)
def get_card(ref: CardRefPath, context: Context, actor: CurrentActor) -> CardOut:
    with context.attempt(actor, "card_lookup", card=ref):
        view = context.ledger.get_card(parse_card_ref(ref), training=actor.training)
        _only_with_pin_rights(view.pin_required, actor)
    return convert.card(view)


def _only_with_pin_rights(pin_required: bool, actor: Actor) -> None:
    """A cashier reads a PIN card only through a validation with its PIN; without it the
    answer is the one for an unknown code, so a look-up reveals nothing."""
    if not rules.may_read_without_pin(actor, pin_required=pin_required):
        raise refuse(ErrorCode.CARD_NOT_FOUND, NO_CARD_DETAIL)


@router.get("/{ref}/transactions", response_model=TransactionsOut)
def transactions(ref: CardRefPath, context: Context, actor: CurrentActor) -> TransactionsOut:
    """The card's journal, oldest first."""
    with context.attempt(actor, "card_history", card=ref):
        card_ref = parse_card_ref(ref)
        view = context.ledger.get_card(card_ref, training=actor.training)
        _only_with_pin_rights(view.pin_required, actor)
        entries = context.ledger.journal(card_ref, training=actor.training)
    return TransactionsOut(transactions=[convert.transaction(e) for e in entries])


@router.post("/{ref}/sell", response_model=SellOut)
def sell(ref: CardRefPath, body: SellIn, context: Context, actor: CurrentActor,
         key: IdempotencyKey = None) -> SellOut:
    """Sell a pending card (any operator): it becomes active, or allocated with a one-time
    activation token for its recipient. A generated card PIN is shown once in `pin`.
    `reporting_code`, `reference` and `comment` are kept on the sale's journal row."""
    with context.attempt(actor, "sell", card=ref, key=key):
        sale = context.ledger.sell(actor, parse_card_ref(ref), value=body.value,
                                   sender=body.sender, recipient=body.recipient,
                                   message=body.message, valid_until=body.valid_until,
                                   pin=body.pin, reporting_code=body.reporting_code,
                                   reference=body.reference, comment=body.comment,
                                   request_id=key)
    return convert.sale(sale)


@router.post("/{ref}/activate", response_model=CardOut)
def activate(ref: CardRefPath, body: ActivateIn, context: Context, actor: CurrentActor,
             key: IdempotencyKey = None) -> CardOut:
    with context.attempt(actor, "activate", card=ref, key=key):
        view = context.ledger.activate(actor, parse_card_ref(ref), body.activation_token,
                                       request_id=key)
    return convert.card(view)


@router.post("/{ref}/load", response_model=CardOut)
def load(ref: CardRefPath, body: LoadIn, context: Context, actor: CurrentActor,
         key: IdempotencyKey = None) -> CardOut:
    """Add value to a reloadable card (any operator); `amount` counts items on item cards."""
    with context.attempt(actor, "load", card=ref, key=key):
        view = context.ledger.load(actor, parse_card_ref(ref), body.amount,
                                   reference=body.reference, comment=body.comment,
                                   request_id=key)
    return convert.card(view)


def _state_change(action: str, ref: str, reason: str, context: ApiContext, actor: Actor,
                  key: str | None) -> CardOut:
    operation = {"lock": Ledger.lock, "unlock": Ledger.unlock}[action]
    with context.attempt(actor, action, card=ref, key=key):
        view = operation(context.ledger, actor, parse_card_ref(ref), reason, request_id=key)
    return convert.card(view)


@router.post("/{ref}/lock", response_model=CardOut)
def lock(ref: CardRefPath, body: ReasonIn, context: Context, actor: CurrentActor,
         key: IdempotencyKey = None) -> CardOut:
    """Lock a card (any operator), e.g. reported lost."""
    return _state_change("lock", ref, body.reason, context, actor, key)


@router.post("/{ref}/unlock", response_model=CardOut)
def unlock(ref: CardRefPath, body: ReasonIn, context: Context, actor: CurrentActor,
           key: IdempotencyKey = None) -> CardOut:
    """Unlock a card (manager, admin); its wrong-PIN count starts again."""
    return _state_change("unlock", ref, body.reason, context, actor, key)


def _end(action: str, ref: str, reason: str, context: ApiContext, actor: Actor,
         key: str | None) -> CardEndedOut:
    operation = Ledger.close if action == "close" else Ledger.void
    with context.attempt(actor, action, card=ref, key=key):
        ended = operation(context.ledger, actor, parse_card_ref(ref), reason, request_id=key)
    return convert.ended_card(ended)


@router.post("/{ref}/void", response_model=CardEndedOut)
def void(ref: CardRefPath, body: ReasonIn, context: Context, actor: CurrentActor,
         key: IdempotencyKey = None) -> CardEndedOut:
    """Cancel a card for good (manager, admin); its value is written off and the answer says
    how much (`written_off`)."""
    return _end("void", ref, body.reason, context, actor, key)


@router.post("/{ref}/close", response_model=CardEndedOut)
def close(ref: CardRefPath, body: ReasonIn, context: Context, actor: CurrentActor,
          key: IdempotencyKey = None) -> CardEndedOut:
    """Close a card for good (manager, admin): balance paid out or card retired; the answer
    says what was written off (`written_off`)."""
    return _end("close", ref, body.reason, context, actor, key)


@router.patch("/{ref}", response_model=CardOut)
def update_card(ref: CardRefPath, body: CardPatch, context: Context, actor: CurrentActor,
                key: IdempotencyKey = None) -> CardOut:
    """Change sender, recipient or message (any operator) or validity (manager, admin).
    Only the fields sent are changed; `null` clears one."""
    changes = {name: getattr(body, name) for name in body.model_fields_set}
    with context.attempt(actor, "update_card", card=ref, key=key):
        view = context.ledger.update_card(actor, parse_card_ref(ref), request_id=key, **changes)
    return convert.card(view)
