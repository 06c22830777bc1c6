"""`POST /v1/validations`: can this card be used here, now, and for how much."""

from __future__ import annotations

from fastapi import APIRouter

from app.domain.codes import parse_card_ref
from app.protocol.models import ValidationIn, ValidationOut
from app.server import convert
from app.server.deps import Context, CurrentActor

router = APIRouter(tags=["validations"])


@router.post("/v1/validations", response_model=ValidationOut)
def validate(body: ValidationIn, context: Context, actor: CurrentActor) -> ValidationOut:
    """Answers 200 for any card of this merchant, usable or not (see `is_redeemable` and
    `reason`). A card with a PIN is described only with its right PIN; an unknown code and a
    wrong PIN get the same 404 `card_not_found`, and both count towards the terminal's limit."""
    with context.attempt(actor, "validate", card=body.card, pin=body.pin):
        verdict = context.ledger.validate(actor, parse_card_ref(body.card), pin=body.pin)
    return convert.validation(verdict)
