"""Changing and retiring programs: `PATCH /v1/programs/{id}`, `POST /v1/programs/{id}/retire`.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.ledger import program_admin
from app.protocol.backoffice import ProgramPatch
from app.protocol.models import ProgramOut
from app.server import convert
from app.server.deps import Context, CurrentActor, IdempotencyKey, ProgramId

router = APIRouter(prefix="/v1/programs", tags=["programs"])


@router.patch("/{program_id}", response_model=ProgramOut)
def update_program(program_id: ProgramId, body: ProgramPatch, context: Context,
                   actor: CurrentActor, key: IdempotencyKey = None) -> ProgramOut:
    """Change a program (admin); only the fields sent change, `null` clears an optional one.

    Always: name, item label, default value and validity (for cards issued from now on),
    reloadable, max balance, stores, reporting code required. Only while the program has no
    cards: kind, currency, activation, PIN, partial use, promotional
    (else `program_field_locked`).
    """
    changes: dict[str, Any] = {f: getattr(body, f) for f in body.model_fields_set}
    with context.attempt(actor, "update_program", key=key):
        program = program_admin.update_program(context.ledger, actor, program_id, changes,
                                               request_id=key)
    return convert.program(program)


@router.post("/{program_id}/retire", response_model=ProgramOut)
def retire_program(program_id: ProgramId, context: Context, actor: CurrentActor,
                   key: IdempotencyKey = None) -> ProgramOut:
    """Retire a program (admin): no new cards (`program_retired`); its cards keep working."""
    with context.attempt(actor, "retire_program", key=key):
        program = program_admin.retire_program(context.ledger, actor, program_id,
                                               request_id=key)
    return convert.program(program)
