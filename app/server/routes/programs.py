"""Programs (card groups) and bulk card generation."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.domain.model import Activation, Kind
from app.ledger import lookups
from app.ledger.results import ProgramSpec
from app.protocol.backoffice import JobOut
from app.protocol.models import (
    CardOut,
    CardsCreate,
    CardsOut,
    ProgramCreate,
    ProgramOut,
    ProgramsOut,
)
from app.server import convert
from app.server.deps import (
    Context,
    CurrentActor,
    IdempotencyKey,
    ProgramId,
    refuse_in_training,
)
from app.server.routes import jobs

router = APIRouter(prefix="/v1/programs", tags=["programs"])


@router.post("", status_code=201, response_model=ProgramOut)
def create_program(body: ProgramCreate, context: Context, actor: CurrentActor,
                   key: IdempotencyKey = None) -> ProgramOut:
    """Create a program (admin)."""
    refuse_in_training(actor, "create programs")
    spec = ProgramSpec(
        name=body.name, kind=Kind(body.kind),
        currency=body.currency or "USD",  # an item program's (null): a stored placeholder
        item_label=body.item_label, default_value=body.default_value,
        activation=Activation(body.activation), validity_days=body.validity_days,
        valid_from=body.valid_from, valid_until=body.valid_until, reloadable=body.reloadable,
        partial_redemption=body.partial_redemption, max_balance=body.max_balance,
        locations=tuple(body.locations), promotional=body.promotional,
        pin_required=body.pin_required, reporting_code_required=body.reporting_code_required)
    with context.attempt(actor, "create_program", key=key):
        program = context.ledger.create_program(actor, spec, request_id=key)
    return convert.program(program)


@router.get("", response_model=ProgramsOut)
def list_programs(context: Context, actor: CurrentActor) -> ProgramsOut:
    return ProgramsOut(programs=[convert.program(p) for p in context.ledger.list_programs()])


@router.get("/{program_id}", response_model=ProgramOut)
def get_program(program_id: ProgramId, context: Context, actor: CurrentActor) -> ProgramOut:
    return convert.program(context.ledger.get_program(program_id))


@router.post("/{program_id}/cards", status_code=201, response_model=CardsOut,
             responses={202: {"model": JobOut, "description": "a job generates the cards"}})
def generate_cards(program_id: ProgramId, body: CardsCreate, request: Request,
                   context: Context, actor: CurrentActor,
                   key: IdempotencyKey = None) -> CardsOut | Response:
    """Create cards in one transaction, all or none (manager, admin): pending cards wait to be
    sold; others are issued active with `value` (or the program's default value). Above
    5 000 cards the answer is 202 with a job to poll (`GET /v1/jobs/{id}`, `Location`)."""
    refuse_in_training(actor, "generate cards")
    if body.quantity > jobs.JOB_THRESHOLD:
        with context.attempt(actor, "generate_cards", key=key):
            job = jobs.runner(request).submit(actor, program_id, body.quantity,
                                              pending=body.pending, value=body.value,
                                              request_id=key)
        answer = convert.json_response(jobs.job_out(job), status_code=202)
        answer.headers["Location"] = f"/v1/jobs/{job.id}"
        return answer
    with context.attempt(actor, "generate_cards", key=key):
        made = context.ledger.generate_cards(actor, program_id, body.quantity,
                                             pending=body.pending, value=body.value,
                                             request_id=key)
    views = lookups.card_views(context.ledger, [c.code for c in made])
    return CardsOut(cards=[convert.card(v) for v in views])


@router.get("/{program_id}/cards/next-pending", response_model=CardOut)
def next_pending(program_id: ProgramId, context: Context, actor: CurrentActor) -> CardOut:
    """The oldest card of the program that has not been sold yet (to sell next)."""
    return convert.card(context.ledger.next_pending(actor, program_id))
