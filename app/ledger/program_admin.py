"""Changing and retiring programs once they have cards.

What may change on a program with live cards: its name and item label, what new cards get
(default value, validity), whether cards may be reloaded and up to what balance, the stores
they work at and whether a reporting code is needed. What its cards already are (kind,
currency, activation, PIN, partial use, promotional) changes only while the program has no
cards; otherwise the answer is `program_field_locked`. A retired program issues no new cards;
its cards keep working.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from app.domain import rules
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, Program, Role
from app.ledger import codec, store
from app.ledger.engine import Ledger
from app.ledger.operations.programs import _checked_spec
from app.ledger.people import change
from app.ledger.results import ProgramSpec
from app.ledger.schema import cards, programs

# Fields of a program that change what its existing cards are.
LOCKED_WITH_CARDS = ("kind", "currency", "activation", "pin_required", "partial_redemption",
                     "promotional")
EDITABLE = ("name", "item_label", "default_value", "validity_days", "valid_from",
            "valid_until", "reloadable", "max_balance", "locations",
            "reporting_code_required", *LOCKED_WITH_CARDS)


def _spec_of(program: Program) -> ProgramSpec:
    return ProgramSpec(
        name=program.name, kind=program.kind, currency=program.currency,
        item_label=program.item_label, default_value=program.default_value,
        activation=program.activation, validity_days=program.validity_days,
        valid_from=program.valid_from, valid_until=program.valid_until,
        reloadable=program.reloadable, partial_redemption=program.partial_redemption,
        max_balance=program.max_balance, locations=program.locations,
        promotional=program.promotional, pin_required=program.pin_required,
        reporting_code_required=program.reporting_code_required)


def _has_cards(conn: Connection, program_id: int) -> bool:
    return conn.execute(select(cards.c.id).where(cards.c.program_id == program_id)
                        .limit(1)).first() is not None


def update_program(ledger: Ledger, actor: Actor, program_id: int, changes: dict[str, Any],
                   request_id: str | None = None) -> Program:
    """Apply `changes` (field name → new value) to a program (admin), checked as a whole."""
    rules.require_role(actor, Role.ADMIN, "change programs")
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise refuse(ErrorCode.VALIDATION_ERROR, f"Unknown program field: {', '.join(unknown)}.")
    if not changes:
        raise refuse(ErrorCode.VALIDATION_ERROR, "Nothing to change.")
    if "locations" in changes:
        changes = {**changes, "locations": tuple(changes["locations"] or ())}

    def body(conn: Connection, now: datetime) -> Program:
        row = conn.execute(select(programs).where(programs.c.id == program_id)
                           .with_for_update()).first()
        if row is None:
            raise refuse(ErrorCode.PROGRAM_NOT_FOUND, f"There is no program {program_id}.")
        current = store.program_from_row(row)
        spec = _checked_spec(replace(_spec_of(current), **changes))
        locked = [f for f in LOCKED_WITH_CARDS if getattr(spec, f) != getattr(current, f)]
        if locked and _has_cards(conn, program_id):
            raise refuse(ErrorCode.PROGRAM_FIELD_LOCKED,
                         f"This program has cards, so its {', '.join(locked)} cannot change "
                         "(its cards were issued on those terms); create a new program.")
        values = {f: getattr(spec, f) for f in EDITABLE}
        values["kind"], values["activation"] = spec.kind.value, spec.activation.value
        values["locations"] = json.dumps(list(spec.locations))
        values["version"] = programs.c.version + 1  # every process reads it afresh
        conn.execute(update(programs).where(programs.c.id == program_id).values(**values))
        return store.load_program(conn, program_id)

    params = {"program_id": program_id, "changes": codec.to_jsonable(changes)}
    return change(ledger, actor, request_id, "update_program", params, Program, body)


def retire_program(ledger: Ledger, actor: Actor, program_id: int,
                   request_id: str | None = None) -> Program:
    """No new cards of this program from now on (admin); its cards keep working."""
    rules.require_role(actor, Role.ADMIN, "retire programs")

    def body(conn: Connection, now: datetime) -> Program:
        conn.execute(update(programs).where(
            programs.c.id == program_id, programs.c.retired_at.is_(None))
            .values(retired_at=now, version=programs.c.version + 1))
        return store.load_program(conn, program_id)  # program_not_found if there is none

    return change(ledger, actor, request_id, "retire_program", {"program_id": program_id},
                  Program, body)
