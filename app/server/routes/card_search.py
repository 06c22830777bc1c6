"""The card finder: `GET /v1/cards` (manager, admin), within the caller's stores."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.domain import rules
from app.domain.model import Role
from app.ledger import card_search
from app.protocol.backoffice import CardPageOut
from app.server import convert
from app.server.deps import MAX_ID, Context, CurrentActor, CurrentSession

router = APIRouter(prefix="/v1/cards", tags=["cards"])


@router.get("", response_model=CardPageOut)
def find_cards(
    context: Context, actor: CurrentActor, signed_in: CurrentSession,
    q: Annotated[str | None, Query(max_length=100, description=(
        "part of a code (digits, spaces or dashes), a recipient, a sender or a reference"))]
    = None,
    program: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    status: Annotated[str | None, Query(max_length=10)] = None,
    location: Annotated[str | None, Query(max_length=40, description=(
        "only cards that work at this store"))] = None,
    limit: Annotated[int, Query(ge=1, le=card_search.MAX_LIMIT)] = card_search.DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=20, description=(
        "next_cursor of the previous page"))] = None,
) -> CardPageOut:
    """Cards newest first, of the programs that work at one of the caller's stores; page
    with `cursor`."""
    rules.require_role(actor, Role.MANAGER, "search cards")
    page = card_search.search(context.ledger, allowed=signed_in.session.operator.locations,
                              q=q, program=program, status=status, location=location,
                              limit=limit, cursor=cursor)
    return CardPageOut(cards=[convert.card(v) for v in page.cards],
                       next_cursor=page.next_cursor)
