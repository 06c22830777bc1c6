"""The everyday redemption, in steps without I/O, for the drivers that run it.

"Everyday" means the common case at a counter: a new request id, a real card without PIN or
holds, a redemption the rules allow. `Attempt` holds one, checked and cleaned; its steps are
shared by the drivers:

- `Ledger`'s, on the database driver's connection (SQLite, and PostgreSQL from a thread), in
  one transaction: the blockers (the API's guessing limit: a row means "not here"); `take`,
  one conditional UPDATE that takes the value off and locks the card (on PostgreSQL also the
  request id's advisory lock); `Attempt.judge`, the rules on the card as it was; the journal
  row and the stored result (a request id seen before adds none); commit.
- `app.ledger.pg_async`'s, on asyncpg: it reads the card, judges it (`Attempt.judge_before`),
  and writes everything in one statement that takes only if the card is still as judged.

Whatever does not fit rolls back, and the caller runs the general path, which gives every
refusal, replay and conflict its proper answer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, bindparam, case, func, insert, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain import rules
from app.domain.codes import CardRef
from app.domain.errors import GiftDeskError
from app.domain.model import Actor, CardStatus, EntryKind, Kind, Program
from app.domain.money import check_amount
from app.ledger import codec, store
from app.ledger.results import Redemption
from app.ledger.schema import cards, idempotency, journal

JOURNAL_COLUMNS = ["card_id", "kind", "request_id", "operator", "approved_by", "location",
                    "terminal", "amount", "delta", "held_delta", "balance_after", "related_id",
                    "reporting_code", "reference", "comment", "training", "created_at"]
REQUEST_COLUMNS = ["scope", "key", "fingerprint", "status", "response", "created_at"]


def request_lock_key(scope: str, request_id: str) -> int:
    """The advisory lock key (a signed 64-bit integer) of a request id in its scope."""
    digest = hashlib.sha256(f"giftdesk-request\0{scope}\0{request_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def take_statement(column: Any, *, lock_request: bool = False) -> Any:
    """The UPDATE that takes value off a card named by `column` that is active, real, without
    PIN or holds, and holds enough.

    Only a filter: the rules still judge the card as it was (`Attempt.judge`). On PostgreSQL,
    `lock_request` also takes the request id's advisory lock in the same statement (no row
    comes back when another transaction holds it)."""
    conditions = [column == bindparam("card_key"), cards.c.training.is_(False),
                  cards.c.status == CardStatus.ACTIVE.value, cards.c.pin_hash.is_(None),
                  cards.c.held == 0, cards.c.balance >= bindparam("take_units")]
    if lock_request:
        conditions.append(func.pg_try_advisory_xact_lock(bindparam("request_lock")))
    return (
        update(cards)
        .where(*conditions)
        .values(balance=cards.c.balance - bindparam("take_units"),
                status=case((cards.c.balance - bindparam("take_units") == 0,
                             CardStatus.DEPLETED.value), else_=cards.c.status))
        .returning(*cards.c)
    )


class Statements:
    """The everyday redemption's statements, compiled once for an engine's dialect."""

    def __init__(self, engine: Engine) -> None:
        dialect = engine.dialect
        self.sqlite = dialect.name == "sqlite"
        self.driver_error: type[Exception] = dialect.loaded_dbapi.Error
        by_ref = {"code": cards.c.code, "token": cards.c.token}
        self.take = {kind: store.Prepared(take_statement(column), dialect)
                     for kind, column in by_ref.items()}
        # PostgreSQL, for a keyed request that another process may be running too.
        self.take_locked = {} if self.sqlite else {
            kind: store.Prepared(take_statement(column, lock_request=True), dialect)
            for kind, column in by_ref.items()}
        self.journal = store.Prepared(insert(journal).returning(journal.c.id), dialect,
                                      column_keys=JOURNAL_COLUMNS)
        # A request id that already has a result returns no row (the general path replays
        # that result or refuses the request as a conflict).
        new_request = (sqlite_insert if self.sqlite else postgresql_insert)(idempotency)
        self.request = store.Prepared(
            new_request.on_conflict_do_nothing(index_elements=[idempotency.c.scope,
                                                               idempotency.c.key])
            .returning(idempotency.c.key), dialect, column_keys=REQUEST_COLUMNS)


@dataclass(frozen=True)
class Attempt:
    """One everyday redemption: what its steps need, already checked and cleaned."""

    actor: Actor
    ref: CardRef
    units: int
    kind: Kind | None  # the kind of card the request was made for (amount or quantity)
    reporting_code: str | None
    reference: str | None
    comment: str | None
    request_id: str | None
    scope: str
    fingerprint: str
    now: datetime

    def take_params(self, *, lock: bool) -> dict[str, Any]:
        params: dict[str, Any] = {"card_key": self.ref.value,
                                  "take_units": check_amount(self.units)}
        if lock and self.request_id is not None:
            params["request_lock"] = request_lock_key(self.scope, self.request_id)
        return params

    def judge(self, row: Any, program: Program | None) -> bool:
        """Whether the rules allow this redemption of the card as it was before the take
        (`row` is the card after it). False sends the request to the general path."""
        before = row._replace(balance=row.balance + self.units, status=CardStatus.ACTIVE.value)
        return self.judge_before(before, program)

    def judge_before(self, before: Any, program: Program | None) -> bool:
        """Whether this is an everyday redemption that the rules allow, of the card `before`
        (a real card without PIN or holds). False sends the request to the general path."""
        if self.actor.training or program is None or (
                self.kind is not None and program.kind is not self.kind):
            return False  # training works on copies of cards: the general path makes them
        if before.training or before.pin_hash is not None or before.held:
            return False
        try:
            rules.check_units(self.units, program, what="amount")
            rules.check_redeem(store.card_from_row(before), program, self.units, now=self.now,
                               location=self.actor.location, reporting_code=self.reporting_code)
        except GiftDeskError:
            return False
        return True

    def journal_params(self, row: Any) -> dict[str, Any]:
        actor = self.actor
        return dict(
            card_id=row.id, kind=EntryKind.REDEEM.value, request_id=self.request_id,
            operator=actor.operator, approved_by=actor.approved_by, location=actor.location,
            terminal=actor.terminal, amount=self.units, delta=-self.units, held_delta=0,
            balance_after=row.balance, related_id=None, reporting_code=self.reporting_code,
            reference=self.reference, comment=self.comment, training=row.training,
            created_at=self.now)

    def result(self, entry_id: int, row: Any, program: Program) -> Redemption:
        return new_redemption(entry_id, row, program, self.actor, self.now, self.units,
                              self.reporting_code, self.reference, self.comment)

    def request_params(self, result: Redemption) -> dict[str, Any] | None:
        """The stored result's row, or None for a request without id."""
        if self.request_id is None:
            return None
        return {"scope": self.scope, "key": self.request_id, "fingerprint": self.fingerprint,
                "status": "done", "response": codec.dumps(result), "created_at": self.now}


def new_redemption(entry_id: int, row: Any, program: Program, actor: Actor, now: datetime,
                   units: int, reporting_code: str | None, reference: str | None,
                   comment: str | None, hold_id: int | None = None) -> Redemption:
    """The redemption just written (journal row `entry_id`, card `row` after it), as
    `Ledger.get_redemption` would read it back, without reading it back."""
    return Redemption(
        id=entry_id, card_code=row.code, kind=program.kind, currency=program.currency,
        item_label=program.item_label, amount=units, balance_after=row.balance,
        status="completed", location=actor.location,
        terminal=actor.terminal, operator=actor.operator, approved_by=actor.approved_by,
        reporting_code=reporting_code, reference=reference, comment=comment,
        training=row.training, created_at=now.astimezone(UTC), hold_id=hold_id)


Blocker = tuple[store.Prepared, dict[str, Any]]
"""A read whose row, if any, sends the request to the general path (the guessing limit)."""
