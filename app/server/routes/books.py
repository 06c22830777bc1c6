"""The books over HTTP: liability as of a moment, the Z report (of a day, a period or a
shift a cashier opens and closes), the journal as CSV."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import AwareDatetime

from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, Role
from app.domain.rules import require_role
from app.domain.shifts import Shift
from app.ledger import books, directory, shifts
from app.ledger.codec import to_jsonable
from app.protocol.lifecycle import LiabilityOut, ShiftOut, ZReportOut
from app.server.context import ApiContext
from app.server.deps import (
    MAX_ID,
    Context,
    CurrentActor,
    CurrentPlaces,
    CurrentSession,
    IdempotencyKey,
    Places,
)
from app.server.routes.redemptions import visible_locations

router = APIRouter(prefix="/v1", tags=["reports"])
Moment = Annotated[AwareDatetime | None, Query()]


def _other_stores(context: ApiContext, places: Places) -> set[str]:
    """The stores the operator may not act at: their rows are left out of the books (rows
    made elsewhere, at HQ by the command line say, stay in)."""
    if places.allowed is None:
        return set()
    codes = {code for code, _ in directory.list_locations(context.ledger.engine)}
    return codes - set(places.allowed)


def _managers_only(actor: Actor, what: str) -> None:
    require_role(actor, Role.MANAGER, what)


@router.get("/reports/liability", response_model=LiabilityOut)
def liability(context: Context, actor: CurrentActor, places: CurrentPlaces,
              as_of: Annotated[AwareDatetime | None, Query(
                  description="default: now")] = None) -> LiabilityOut:
    """What is owed on real cards at `as_of`, by program (currency) and store of sale, with
    the signed sum of each kind of journal row; `liability` is the sum of the columns
    (manager, admin; without the stores they may not act at)."""
    _managers_only(actor, "read the liability report")
    moment = as_of or context.ledger.clock()
    hidden = _other_stores(context, places)
    lines = [line for line in books.liability(context.ledger.engine, moment)
             if line.store not in hidden]
    return LiabilityOut.model_validate({"as_of": moment.isoformat(),
                                        "lines": to_jsonable(lines)})


@router.get("/reports/z", response_model=ZReportOut)
def z_report(
    context: Context, actor: CurrentActor, signed_in: CurrentSession, places: CurrentPlaces,
    location: Annotated[str | None, Query(min_length=1, max_length=40)] = None,
    terminal: Annotated[str | None, Query(min_length=1, max_length=40,
                                          description="one terminal; default: the store")] = None,
    day: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$",
                                     description="a calendar day (UTC)")] = None,
    since: Moment = None, until: Moment = None,
    shift: Annotated[int | None, Query(ge=1, le=MAX_ID, description=(
        "a shift's id: its terminal, from its opening to its closing (or now)"))] = None,
) -> ZReportOut:
    """Counts and totals by kind of journal row at a store or terminal: for a shift opened
    and closed at a terminal, for a calendar day, for [since, until), or by default this
    session's shift (since its sign-in). Training rows are left out and counted
    (`training_rows_left_out`)."""
    if shift is not None:
        if (location, terminal, day, since, until) != (None,) * 5:
            raise refuse(ErrorCode.VALIDATION_ERROR,
                         "A shift's report covers its own terminal and time; give only shift.")
        found = shifts.get(context.ledger, shift)
        if not places.may(found.location):
            raise refuse(ErrorCode.SHIFT_NOT_FOUND, f"There is no shift {shift}.")
        report = shifts.report(context.ledger, found)
        return ZReportOut.model_validate({**to_jsonable(report), "shift_id": found.id})
    asked = None if location is None else visible_locations(places, location)
    where = asked[0] if asked else actor.location
    if day is not None:
        if since is not None or until is not None:
            raise refuse(ErrorCode.VALIDATION_ERROR, "Give either day or since/until.")
        try:
            start, end = books.day_bounds(date.fromisoformat(day))
        except ValueError:
            raise refuse(ErrorCode.VALIDATION_ERROR, f"{day} is not a date.") from None
    else:
        start = since or signed_in.session.created_at
        end = until or context.ledger.clock()
    if start > end:
        raise refuse(ErrorCode.VALIDATION_ERROR, "since must not be after until.")
    report = books.z_report(context.ledger.engine, location=where, terminal=terminal,
                            since=start, until=end)
    return ZReportOut.model_validate(to_jsonable(report))


@router.get("/reports/journal.csv", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}}})
def journal_csv(context: Context, actor: CurrentActor, places: CurrentPlaces,
                since: Moment = None, until: Moment = None) -> StreamingResponse:
    """Every real journal row of [since, until) as CSV, oldest first, streamed (manager,
    admin; without the rows made at stores they may not act at)."""
    _managers_only(actor, "export the journal")
    if since and until and since > until:
        raise refuse(ErrorCode.VALIDATION_ERROR, "since must not be after until.")
    rows = books.export_journal(context.ledger.engine, since=since, until=until,
                                leave_out=_other_stores(context, places))
    return StreamingResponse(rows, media_type="text/csv", headers={
        "Content-Disposition": 'attachment; filename="journal.csv"'})


def _shift_out(shift: Shift) -> ShiftOut:
    return ShiftOut.model_validate(to_jsonable(shift))


@router.post("/shifts", status_code=201, response_model=ShiftOut, tags=["shifts"])
def open_shift(context: Context, actor: CurrentActor,
               key: IdempotencyKey = None) -> ShiftOut:
    """Open a shift at this session's terminal (any operator); one at a time per terminal
    (`shift_open`). Its Z report: `GET /v1/reports/z?shift=ID`."""
    with context.attempt(actor, "open_shift", key=key):
        return _shift_out(shifts.open_shift(context.ledger, actor, request_id=key))


@router.get("/shifts/current", response_model=ShiftOut, tags=["shifts"])
def current_shift(context: Context, actor: CurrentActor) -> ShiftOut:
    """The shift open at this session's terminal (`shift_not_found` if none)."""
    found = shifts.current(context.ledger, actor.location, actor.terminal)
    if found is None:
        raise refuse(ErrorCode.SHIFT_NOT_FOUND,
                     f"No shift is open at {actor.terminal} in {actor.location}.")
    return _shift_out(found)


@router.post("/shifts/current/close", response_model=ShiftOut, tags=["shifts"])
def close_shift(context: Context, actor: CurrentActor,
                key: IdempotencyKey = None) -> ShiftOut:
    """Close the shift open at this session's terminal (the operator who opened it, or a
    manager)."""
    with context.attempt(actor, "close_shift", key=key):
        return _shift_out(shifts.close_shift(context.ledger, actor, request_id=key))
