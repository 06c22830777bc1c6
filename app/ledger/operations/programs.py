"""Programs (card groups) and card generation."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Connection, insert, select

from app.domain import rules
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Activation, Actor, CardStatus, Kind, Program, Role
from app.domain.money import check_amount, check_currency
from app.ledger import audit, codec, store
from app.ledger.operations.core import LedgerCore, actor_scope
from app.ledger.results import CardList, CardView, GeneratedCard, ProgramSpec
from app.ledger.schema import cards, programs

MAX_GENERATE = 1_000_000


class ProgramOps(LedgerCore):
    """Create and read programs; generate cards in bulk; the next card to sell."""

    def create_program(self, actor: Actor, spec: ProgramSpec,
                       request_id: str | None = None) -> Program:
        rules.require_role(actor, Role.ADMIN, "create programs")
        spec = _checked_spec(spec)

        def body(conn: Connection, now: datetime) -> Program:
            program_id = conn.execute(insert(programs).values(
                merchant_id=actor_scope(actor), name=spec.name, kind=spec.kind.value,
                currency=spec.currency, item_label=spec.item_label,
                default_value=spec.default_value, activation=spec.activation.value,
                validity_days=spec.validity_days, valid_from=spec.valid_from,
                valid_until=spec.valid_until, reloadable=spec.reloadable,
                partial_redemption=spec.partial_redemption, max_balance=spec.max_balance,
                locations=json.dumps(list(spec.locations)), promotional=spec.promotional,
                pin_required=spec.pin_required,
                reporting_code_required=spec.reporting_code_required, created_at=now,
            ).returning(programs.c.id)).scalar_one()
            audit.record_in(conn, actor, "create_program", now, json.dumps(
                {"program_id": program_id, "name": spec.name, "kind": spec.kind.value,
                 "currency": spec.currency, "default_value": spec.default_value}))
            return store.load_program(conn, program_id)

        return self._change(actor, request_id, "create_program", codec.to_jsonable(spec),
                            Program, body)

    def list_programs(self) -> list[Program]:
        with self._read() as conn:
            rows = conn.execute(select(programs).order_by(programs.c.id))
            return [store.program_from_row(r) for r in rows]

    def get_program(self, program_id: int) -> Program:
        with self._read() as conn:
            return self.program(conn, program_id)

    # ----------------------------------------------------------------- cards: issue and sell

    def generate_cards(self, actor: Actor, program_id: int, quantity: int, *,
                       pending: bool = False, value: int | None = None,
                       progress: Callable[[int], None] | None = None,
                       request_id: str | None = None) -> list[GeneratedCard]:
        """Create `quantity` new cards in one transaction (all or none).

        Pending cards wait to be sold; otherwise cards are issued active with `value` (or the
        program's default value), each with an `issue` journal row naming `actor`. The batch
        is audited (who, where, when, how many) in the same transaction.
        """
        rules.require_role(actor, Role.MANAGER, "generate cards")
        quantity = check_amount(quantity, what="quantity", maximum=MAX_GENERATE)
        params = {"program_id": program_id, "quantity": quantity, "pending": pending,
                  "value": value}

        def body(conn: Connection, now: datetime) -> CardList:
            made = self.insert_batch(conn, actor, program_id, quantity, pending=pending,
                                     value=value, at=now, now=now, progress=progress)
            audit.record_in(conn, actor, "generate_cards", now,
                            json.dumps({**params, "made": len(made)}))
            return CardList(tuple(made))

        return list(self._change(actor, request_id, "generate_cards", params, CardList,
                                 body).cards)

    def insert_batch(self, conn: Connection, actor: Actor, program_id: int, quantity: int, *,
                     pending: bool, value: int | None, at: datetime, now: datetime,
                     progress: Callable[[int], None] | None = None,
                     cache_for: int | None = None, keep_cache: bool = False
                     ) -> list[GeneratedCard]:
        """Inside an open write transaction: `quantity` new cards of a batch made at `at`
        (their `created_at` and the start of their validity), their `issue` rows dated `now`.

        A job calls this once per chunk with its batch's first `at`, so all of its cards
        share it (`cache_for`, `keep_cache`: for SQLite's page cache, see `insert_cards`).
        """
        from app.ledger.bulk import insert_cards

        program = self.program(conn, program_id)
        units = program.default_value if value is None else rules.check_units(
            value, program, what="value")
        if not pending:
            if program.activation is Activation.ALLOCATE or program.pin_required:
                raise refuse(ErrorCode.VALIDATION_ERROR,
                             "Cards of this program need an activation token or a PIN at "
                             "sale: generate them as pending and sell them.")
            if units <= 0:
                raise refuse(ErrorCode.INVALID_AMOUNT,
                             "Active cards need a value: give one or set the program's "
                             "default value.")
        rules.check_max_balance(program, units)
        valid_from, valid_until = (None, None) if pending else \
            rules.validity_after_activation(program, at, None)
        return insert_cards(conn, program, quantity, pending=pending, value=units,
                            valid_from=valid_from, valid_until=valid_until, now=at,
                            actor=actor, progress=progress, journal_at=now,
                            cache_for=cache_for, keep_cache=keep_cache)

    def next_pending(self, actor: Actor, program_id: int) -> CardView:
        """The oldest card of the program that has not been sold yet."""
        with self._read() as conn:
            program = self.program(conn, program_id)
            row = conn.execute(select(cards).where(
                cards.c.program_id == program_id, cards.c.status == CardStatus.PENDING.value,
                cards.c.training.is_(False)).order_by(cards.c.id).limit(1)).first()
            if row is None:
                raise refuse(ErrorCode.NO_PENDING_CARD,
                             f"Program {program.name!r} has no unsold cards left; generate more.")
            return store.card_view(store.card_from_row(row), program)


def _checked_spec(spec: ProgramSpec) -> ProgramSpec:
    """Refuse a program definition that cannot work, with the field that is wrong."""
    name = spec.name.strip() if isinstance(spec.name, str) else ""
    if not name or len(name) > 120:
        raise refuse(ErrorCode.VALIDATION_ERROR, "A program needs a name of 1 to 120 characters.")
    if spec.kind not in set(Kind):
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     f"A program's kind is {' or '.join(Kind)}, not {spec.kind!r}.")
    if spec.activation not in set(Activation):
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     f"A program's activation is {' or '.join(Activation)}, "
                     f"not {spec.activation!r}.")
    kind = Kind(spec.kind)
    currency = check_currency(spec.currency)
    label = (spec.item_label or "").strip() or None
    if kind is Kind.ITEM and not label:
        raise refuse(ErrorCode.VALIDATION_ERROR, "An item program needs an item label.")
    if label is not None and len(label) > 60:
        raise refuse(ErrorCode.VALIDATION_ERROR, "An item label has at most 60 characters.")
    maximum = 1_000_000 if kind is Kind.ITEM else 10**12
    default = check_amount(spec.default_value, what="default value", allow_zero=True,
                           maximum=maximum)
    max_balance = None if spec.max_balance is None else check_amount(
        spec.max_balance, what="max balance", maximum=maximum)
    if max_balance is not None and default > max_balance:
        raise refuse(ErrorCode.MAX_BALANCE_EXCEEDED,
                     "The default value is above the program's max balance.")
    days = spec.validity_days
    if days is not None:
        days = check_amount(days, what="validity in days", maximum=36_600)
    for moment in (spec.valid_from, spec.valid_until):
        if moment is not None and moment.tzinfo is None:
            raise refuse(ErrorCode.VALIDATION_ERROR, "Program dates need a time zone.")
    if spec.valid_from and spec.valid_until and spec.valid_from >= spec.valid_until:
        raise refuse(ErrorCode.VALIDATION_ERROR, "valid_from must be before valid_until.")
    # Location codes are upper case everywhere (directory.add_location, sign-in).
    locations = tuple(sorted({str(loc).strip().upper() for loc in spec.locations
                              if str(loc).strip()}))
    return replace(spec, name=name, kind=kind, currency=currency, item_label=label,
                   default_value=default, max_balance=max_balance, validity_days=days,
                   activation=Activation(spec.activation), locations=locations)
