"""`GET /v1/reports/shift`: what a terminal redeemed and reversed in a shift."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import AwareDatetime

from app.domain.errors import ErrorCode, refuse
from app.ledger import reports
from app.protocol.models import ShiftReportOut
from app.server import convert
from app.server.deps import Context, CurrentActor, CurrentPlaces, CurrentSession
from app.server.routes.redemptions import visible_locations

router = APIRouter(prefix="/v1/reports", tags=["reports"])


@router.get("/shift", response_model=ShiftReportOut)
def shift(
    context: Context, actor: CurrentActor, signed_in: CurrentSession, places: CurrentPlaces,
    terminal: Annotated[str | None, Query(min_length=1, max_length=40)] = None,
    location: Annotated[str | None, Query(min_length=1, max_length=40)] = None,
    since: Annotated[AwareDatetime | None, Query(
        description="default: when this session signed in")] = None,
    until: Annotated[AwareDatetime | None, Query(description="default: now")] = None,
) -> ShiftReportOut:
    """Totals of redemptions taken and reversals made at one terminal (by default this
    session's) since a moment (by default this session's sign-in); training left out."""
    asked = None if location is None else visible_locations(places, location)
    where = asked[0] if asked else actor.location
    start = since or signed_in.session.created_at
    end = until or context.ledger.clock()
    if start > end:
        raise refuse(ErrorCode.VALIDATION_ERROR, "since must not be after until.")
    till = terminal or actor.terminal
    totals = reports.shift_totals(context.ledger.engine, location=where,
                                  terminal=till, since=start, until=end)
    return ShiftReportOut(
        location=where, terminal=till, since=start, until=end,
        totals=[convert.shift_total(t) for t in totals])
