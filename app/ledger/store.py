"""Row mapping and lookups shared by the ledger's operations (SQLAlchemy Core, no rules)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Row, Select, bindparam, select

from app.domain.codes import CardRef, qr_payload
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Activation, Card, CardStatus, EntryKind, Kind, Program
from app.ledger.results import CardView, JournalEntry
from app.ledger.schema import cards, journal, programs
from app.ledger.statements import Prepared


def program_from_row(row: Row[Any]) -> Program:
    return Program(
        id=row.id, name=row.name, kind=Kind(row.kind), currency=row.currency,
        item_label=row.item_label, default_value=row.default_value,
        activation=Activation(row.activation), validity_days=row.validity_days,
        valid_from=row.valid_from, valid_until=row.valid_until, reloadable=row.reloadable,
        partial_redemption=row.partial_redemption, max_balance=row.max_balance,
        locations=tuple(json.loads(row.locations)), promotional=row.promotional,
        pin_required=row.pin_required, reporting_code_required=row.reporting_code_required,
        retired=row.retired_at is not None,
    )


def card_from_row(row: Row[Any]) -> Card:
    return Card(
        id=row.id, code=row.code, token=row.token, program_id=row.program_id,
        status=CardStatus(row.status),
        locked_from=CardStatus(row.locked_from) if row.locked_from else None,
        balance=row.balance, held=row.held, initial_value=row.initial_value,
        valid_from=row.valid_from, valid_until=row.valid_until, sender=row.sender,
        recipient=row.recipient, message=row.message, training=row.training,
        has_pin=row.pin_hash is not None, failed_pin_count=row.failed_pin_count,
        created_at=row.created_at,
    )


def card_view(card: Card, program: Program) -> CardView:
    return CardView(
        code=card.code, token=card.token, qr_payload=qr_payload(card.token),
        program_id=program.id, program_name=program.name, kind=program.kind,
        status=card.status, currency=program.currency, balance=card.balance, held=card.held,
        available=card.available, initial_value=card.initial_value,
        item_label=program.item_label, valid_from=card.valid_from,
        valid_until=card.valid_until, sender=card.sender, recipient=card.recipient,
        message=card.message, training=card.training,
        pin_required=card.has_pin or program.pin_required,  # a PIN set at sale counts too
        created_at=card.created_at, partial_redemption=program.partial_redemption,
        reporting_code_required=program.reporting_code_required,
        locations=program.locations, promotional=program.promotional,
    )


def entry_from_row(row: Row[Any]) -> JournalEntry:
    return JournalEntry(
        id=row.id, kind=EntryKind(row.kind), amount=row.amount, delta=row.delta,
        held_delta=row.held_delta, balance_after=row.balance_after, operator=row.operator,
        approved_by=row.approved_by, location=row.location, terminal=row.terminal,
        request_id=row.request_id, related_id=row.related_id,
        reporting_code=row.reporting_code, reference=row.reference, comment=row.comment,
        training=row.training, created_at=row.created_at,
    )


# A card's program's version, read in the same statement as the card: the process's copy of
# the program is used only while its version is still this one (`LedgerCore.program`).
_PROGRAM_VERSION = (select(programs.c.version).where(programs.c.id == cards.c.program_id)
                    .scalar_subquery().label("program_version"))


def _card_queries(where: Any) -> tuple[Select[Any], Select[Any]]:
    """A card, without and with a row lock (of the card only, never its program's row, which
    every card of the program shares): built once."""
    query = select(cards, _PROGRAM_VERSION).where(where)
    return query, query.with_for_update(of=cards)


# Card look-ups run in every operation; building the statements once saves most of their cost.
# They run on the driver's cursor (`app.ledger.statements`).
CARD_BY = {kind: tuple(Prepared(query) for query in _card_queries(
    (column == bindparam("card_key")) & (cards.c.training == bindparam("card_training"))))
    for kind, column in (("code", cards.c.code), ("token", cards.c.token))}
_CARD_BY_ID = tuple(Prepared(query) for query in _card_queries(cards.c.id == bindparam("card_id")))
_PROGRAM_BY_ID = select(programs).where(programs.c.id == bindparam("program_id"))
_VERSION_BY_ID = select(programs.c.version).where(programs.c.id == bindparam("program_id"))


def program_version(row: Row[Any]) -> int | None:
    """The version of its program read with a card row, if its statement read it."""
    version: int | None = row._mapping.get("program_version")
    return version


def card_values(row: Row[Any]) -> dict[str, Any]:
    """A card row's own columns (without what was read with it)."""
    return {column.key: row._mapping[column.key] for column in cards.c}


def find_card_row(conn: Connection, ref: CardRef, *, training: bool,
                  for_update: bool = False) -> Row[Any] | None:
    return CARD_BY[ref.kind][for_update].first(
        conn, {"card_key": ref.value, "card_training": training})


def card_row_by_id(conn: Connection, card_id: int, *, for_update: bool = False) -> Row[Any]:
    return _CARD_BY_ID[for_update].one(conn, {"card_id": card_id})


def load_program(conn: Connection, program_id: int) -> Program:
    return load_program_version(conn, program_id)[0]


def load_program_version(conn: Connection, program_id: int) -> tuple[Program, int]:
    """A program and the version it has now."""
    row = conn.execute(_PROGRAM_BY_ID, {"program_id": program_id}).first()
    if row is None:
        raise refuse(ErrorCode.PROGRAM_NOT_FOUND, f"There is no program {program_id}.")
    return program_from_row(row), int(row.version)


def current_version(conn: Connection, program_id: int) -> int:
    version = conn.execute(_VERSION_BY_ID, {"program_id": program_id}).scalar()
    if version is None:
        raise refuse(ErrorCode.PROGRAM_NOT_FOUND, f"There is no program {program_id}.")
    return int(version)


def card_journal(conn: Connection, card_id: int) -> list[JournalEntry]:
    rows = conn.execute(select(journal).where(journal.c.card_id == card_id)
                        .order_by(journal.c.id))
    return [entry_from_row(r) for r in rows]
