"""Ledger results (frozen dataclasses) to the wire models of `app.protocol.models`."""

from __future__ import annotations

from typing import cast

from starlette.responses import Response

from app.domain.model import Kind, Program, Role
from app.ledger.codec import to_jsonable
from app.ledger.reports import ShiftTotal
from app.ledger.results import (
    CardView,
    EndedCard,
    Hold,
    JournalEntry,
    Redemption,
    Sale,
    Validation,
)
from app.protocol import models as m


def program(value: Program) -> m.ProgramOut:
    out = m.ProgramOut.model_validate(to_jsonable(value))
    # Items have no currency: the stored placeholder is not part of the answer.
    return out.model_copy(update={"currency": None}) if out.kind == "item" else out


def card(value: CardView) -> m.CardOut:
    return m.CardOut.model_validate(to_jsonable(value))


def ended_card(value: EndedCard) -> m.CardEndedOut:
    return m.CardEndedOut.model_validate(to_jsonable(value))


def transaction(value: JournalEntry) -> m.TransactionOut:
    return m.TransactionOut.model_validate(to_jsonable(value))


def validation(value: Validation) -> m.ValidationOut:
    """The card and, beside it, the domain's verdict's fields (the wire's flat shape)."""
    return m.ValidationOut.model_validate({"card": to_jsonable(value.card),
                                           **to_jsonable(value.verdict)})


def sale(value: Sale) -> m.SellOut:
    return m.SellOut.model_validate(to_jsonable(value))


def hold(value: Hold) -> m.HoldOut:
    data = to_jsonable(value)
    data["card"] = data.pop("card_code")
    return m.HoldOut.model_validate(data)


def redemption(value: Redemption) -> m.RedemptionOut:
    """`amount` for a monetary card, `quantity` for an item card."""
    data = to_jsonable(value)
    data["card"] = data.pop("card_code")
    items = value.kind is Kind.ITEM
    data["quantity"] = value.amount if items else None
    data["amount"] = None if items else value.amount
    return m.RedemptionOut.model_validate(data)


def json_response(model: m.Response, status_code: int = 200) -> Response:
    """`model` as the JSON answer FastAPI would send for it as a route's `response_model`.

    Serialized once, here: returned from a route, FastAPI does not validate the model again and
    serialize it (which for a sync route also costs a second thread-pool hop).
    """
    return Response(model.__pydantic_serializer__.to_json(model, by_alias=True),
                    status_code=status_code, media_type="application/json")


def role(value: Role) -> m.Role:
    return cast(m.Role, value.label)


def shift_total(value: ShiftTotal) -> m.ShiftTotalOut:
    return m.ShiftTotalOut.model_validate({**to_jsonable(value), "net": value.net})
