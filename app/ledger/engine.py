"""The ledger engine: every card operation as one database transaction.

Each operation that changes the ledger takes a `request_id`: the same id with the same content
returns the first result again; the same id with other content is refused. Balances change only
through conditional updates (the card row is also locked on PostgreSQL), so concurrent
redemptions from many processes can never overdraw a card, and every change appends a journal
row: a card's balance always equals the sum of its journal's `delta`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Row,
    and_,
    bindparam,
    case,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError

from app.domain import rules
from app.domain.codes import CardRef, parse_card_ref
from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import (
    REDEMPTION_KINDS,
    Activation,
    Actor,
    Card,
    CardStatus,
    EntryKind,
    HoldStatus,
    Kind,
    Program,
    Role,
)
from app.domain.money import check_amount, check_currency
from app.ledger import codec, everyday, security, store
from app.ledger.db import is_sqlite
from app.ledger.everyday import new_redemption, request_lock_key
from app.ledger.results import (
    CardList,
    CardView,
    ExpiryReport,
    GeneratedCard,
    Hold,
    JournalEntry,
    ProgramSpec,
    Redemption,
    Sale,
    Validation,
)
from app.ledger.schema import cards, holds, idempotency, journal, programs

R = TypeVar("R")

DEFAULT_REVERSAL_WINDOW = timedelta(days=30)
MAX_HOLD_TTL_S = 7 * 24 * 3600
MAX_GENERATE = 1_000_000
MAX_TEXT = {"sender": 200, "recipient": 200, "message": 1000, "reason": 500, "comment": 500,
            "reference": 100, "reporting_code": 40}
_WRITE_RETRIES = 3
# The journal keeps each row's request id in a 100-character column.
MAX_REQUEST_ID = 100
_UNSET: Any = object()
# How long a redemption run on an event loop waits for SQLite's write lock before it leaves the
# request to the general path (which waits in a thread).
LOOP_BUSY_TIMEOUT_MS = 100


# Statements of the hot path, built once: building SQLAlchemy statements per call cost more
# than the database's own work for a redemption.
_INSERT_JOURNAL = insert(journal).returning(journal.c.id)
_PRIOR_REQUEST = (
    select(idempotency.c.fingerprint, idempotency.c.response)
    .where(idempotency.c.scope == bindparam("idem_scope"),
           idempotency.c.key == bindparam("idem_key"))
    .with_for_update()
)
_INSERT_REQUEST = insert(idempotency)
# PostgreSQL: the request id's lock for the rest of the transaction, or false if another
# transaction (another server process) holds it: that request still runs.
_LOCK_REQUEST = select(
    func.pg_try_advisory_xact_lock(bindparam("request_lock")).label("locked"))
# The answer to a duplicate of a request that still runs, here or in app.ledger.idempotency.
REQUEST_IN_PROGRESS = ("A request with this Idempotency-Key (request id) is still being "
                       "processed; wait for its answer, or retry with the same key in a moment.")
# The conditional update that takes value off a card: never below what is free of holds.
_TAKE = (
    update(cards)
    .where(cards.c.id == bindparam("take_card"), cards.c.status == CardStatus.ACTIVE.value,
           cards.c.balance - cards.c.held + bindparam("take_release") >= bindparam("take_units"))
    .values(balance=cards.c.balance - bindparam("take_units"),
            held=cards.c.held - bindparam("take_release"),
            status=case((cards.c.balance - bindparam("take_units") == 0,
                         CardStatus.DEPLETED.value), else_=cards.c.status))
    .returning(*cards.c)
)


def utcnow() -> datetime:
    return datetime.now(UTC)


class _CommitThenRaise(Exception):
    """Raised inside an operation whose writes must stay although it refuses (wrong PIN)."""

    def __init__(self, error: GiftDeskError) -> None:
        super().__init__(error.detail)
        self.error = error


def _text(value: str | None, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise refuse(ErrorCode.VALIDATION_ERROR, f"{field} must be text.")
    value = value.strip()
    if len(value) > MAX_TEXT[field]:
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     f"{field} is limited to {MAX_TEXT[field]} characters.")
    return value or None


def _request_key(actor: Actor, request_id: str | None, op: str,
                 params: dict[str, Any]) -> tuple[str, str]:
    """The scope of a request id and the fingerprint of the request's content."""
    if request_id is not None and (not isinstance(request_id, str)
                                   or not 0 < len(request_id) <= MAX_REQUEST_ID):
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     f"The request id must be 1 to {MAX_REQUEST_ID} characters.")
    if request_id is None:  # nothing to compare a fingerprint with
        return str(actor_scope(actor)), ""
    fingerprint = hashlib.sha256(codec.dumps({
        "op": op, "params": params, "operator": actor.operator, "location": actor.location,
        "terminal": actor.terminal, "training": actor.training,
        "approved_by": actor.approved_by,
    }).encode()).hexdigest()
    return str(actor_scope(actor)), fingerprint


def _without_secrets(result: Any) -> Any:
    """What the idempotency table keeps of a result: a sale's activation token and generated
    PIN are shown once and stored only as hashes, so a replay of the sale omits them."""
    if isinstance(result, Sale) and (result.activation_token or result.pin):
        return replace(result, activation_token=None, pin=None)
    return result


def _ref(ref: str | CardRef) -> CardRef:
    return ref if isinstance(ref, CardRef) else parse_card_ref(ref)


@dataclass
class _Loaded:
    """A card row read inside a write transaction, with its program."""

    row: Row[Any]
    card: Card
    program: Program


class Ledger:
    """The system of record. Thread-safe; one instance per process and database."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utcnow,
                 reversal_window: timedelta = DEFAULT_REVERSAL_WINDOW,
                 refuse_in_flight: bool = False) -> None:
        """`refuse_in_flight`: on PostgreSQL, refuse a request id that another transaction is
        running (`request_in_progress`) instead of waiting for it and replaying its result
        (SQLite always waits: it runs one write at a time)."""
        self.engine = engine
        self.refuse_in_flight = refuse_in_flight
        self.clock = clock
        self.reversal_window = reversal_window
        self._programs: dict[int, Program] = {}
        self._fast: everyday.Statements | None = None
        self._lane = store.Lane(engine)
        self._loop_lane = store.Lane(engine, busy_timeout_ms=LOOP_BUSY_TIMEOUT_MS)

    # ----------------------------------------------------------------- transactions

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="DEFERRED")
            with conn.begin():
                yield conn

    def _change(self, actor: Actor, request_id: str | None, op: str, params: dict[str, Any],
                result_type: type[R], body: Callable[[Connection, datetime], R]) -> R:
        """Run `body` in one write transaction, idempotently when `request_id` is given."""
        scope, fingerprint = _request_key(actor, request_id, op, params)
        for attempt in range(_WRITE_RETRIES):
            try:
                return self._change_once(scope, request_id, fingerprint, result_type, body)
            except (IntegrityError, OperationalError) as exc:
                # A concurrent transaction won a race on a unique key (same idempotency key,
                # a second reversal, a training copy) or a serialization failure: run again,
                # now seeing its outcome.
                if attempt == _WRITE_RETRIES - 1:
                    raise
                if isinstance(exc, OperationalError) and "lock" not in str(exc).lower() \
                        and "serializ" not in str(exc).lower():
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _change_once(self, scope: str, request_id: str | None, fingerprint: str,
                     result_type: type[R], body: Callable[[Connection, datetime], R]) -> R:
        deferred: GiftDeskError | None = None
        with self.engine.begin() as conn:
            now = self.clock()
            if request_id is not None:
                if self.refuse_in_flight and not is_sqlite(self.engine):
                    lock = {"request_lock": request_lock_key(scope, request_id)}
                    if not conn.execute(_LOCK_REQUEST, lock).scalar():
                        raise refuse(ErrorCode.REQUEST_IN_PROGRESS, REQUEST_IN_PROGRESS)
                prior = conn.execute(_PRIOR_REQUEST, {"idem_scope": scope,
                                                      "idem_key": request_id}).first()
                if prior is not None:
                    if prior.fingerprint != fingerprint:
                        raise refuse(ErrorCode.IDEMPOTENCY_CONFLICT,
                                     "This request id was already used for a different "
                                     "request; send a new id for a new request.")
                    return codec.loads(result_type, prior.response)
            try:
                result = body(conn, now)
            except _CommitThenRaise as exc:
                deferred = exc.error
            else:
                if request_id is not None:
                    conn.execute(_INSERT_REQUEST, {
                        "scope": scope, "key": request_id, "fingerprint": fingerprint,
                        "status": "done", "response": codec.dumps(_without_secrets(result)),
                        "created_at": now})
        if deferred is not None:
            raise deferred
        return result

    # ----------------------------------------------------------------- helpers

    def program(self, conn: Connection, program_id: int) -> Program:
        """Programs never change after creation, so they are cached per process."""
        program = self._programs.get(program_id)
        if program is None:
            program = self._programs[program_id] = store.load_program(conn, program_id)
        return program

    def _load(self, conn: Connection, ref: str | CardRef, actor: Actor) -> _Loaded:
        """The card named by `ref`, locked for update; in training mode, its training copy."""
        card_ref = _ref(ref)
        row = store.find_card_row(conn, card_ref, training=actor.training, for_update=True)
        if row is None and actor.training:
            real = store.find_card_row(conn, card_ref, training=False)
            if real is not None:
                row = self._training_copy(conn, real, actor)
        if row is None:
            raise refuse(ErrorCode.CARD_NOT_FOUND, "No card has this code.")
        return _Loaded(row, store.card_from_row(row), self.program(conn, row.program_id))

    def _training_copy(self, conn: Connection, real: Row[Any], actor: Actor) -> Row[Any]:
        """A training card mirroring a real one, so training never touches the real card."""
        values = {k: v for k, v in real._mapping.items() if k != "id"}
        values.update(training=True, held=0, failed_pin_count=0, created_at=self.clock())
        card_id = conn.execute(insert(cards).values(**values).returning(cards.c.id)).scalar_one()
        row = store.card_row_by_id(conn, card_id)
        self._journal(conn, row, EntryKind.ISSUE, actor, None, self.clock(),
                      amount=row.balance, delta=row.balance, balance_after=row.balance,
                      comment="training copy of a real card")
        return row

    def _journal(self, conn: Connection, row: Row[Any], kind: EntryKind, actor: Actor,
                 request_id: str | None, now: datetime, *, amount: int = 0, delta: int = 0,
                 held_delta: int = 0, balance_after: int | None = None,
                 related_id: int | None = None, reporting_code: str | None = None,
                 reference: str | None = None, comment: str | None = None) -> int:
        return int(conn.execute(_INSERT_JOURNAL, dict(
            card_id=row.id, kind=kind.value, request_id=request_id, operator=actor.operator,
            approved_by=actor.approved_by, location=actor.location, terminal=actor.terminal,
            amount=amount, delta=delta, held_delta=held_delta,
            balance_after=row.balance if balance_after is None else balance_after,
            related_id=related_id, reporting_code=reporting_code, reference=reference,
            comment=comment, training=row.training, created_at=now,
        )).scalar_one())

    def _set_card(self, conn: Connection, card_id: int, **values: Any) -> Row[Any]:
        conn.execute(update(cards).where(cards.c.id == card_id).values(**values))
        return store.card_row_by_id(conn, card_id)

    def _expire_due_holds(self, conn: Connection, loaded: _Loaded, actor: Actor,
                          now: datetime) -> _Loaded:
        """Free the value of this card's holds whose time is up (automatic hold expiry)."""
        if loaded.card.held == 0:
            return loaded
        due = conn.execute(select(holds.c.id, holds.c.amount).where(
            holds.c.card_id == loaded.card.id, holds.c.status == HoldStatus.ACTIVE.value,
            holds.c.expires_at <= now)).all()
        if not due:
            return loaded
        row = loaded.row
        for hold_id, amount in due:
            conn.execute(update(holds).where(holds.c.id == hold_id)
                         .values(status=HoldStatus.EXPIRED.value, settled_at=now))
            row = self._set_card(conn, row.id, held=cards.c.held - amount)
            self._journal(conn, row, EntryKind.HOLD_EXPIRE, actor, None, now, amount=amount,
                          held_delta=-amount, related_id=hold_id, comment="hold timed out")
        return _Loaded(row, store.card_from_row(row), loaded.program)

    def _check_pin(self, conn: Connection, loaded: _Loaded, actor: Actor, pin: str | None,
                   now: datetime) -> None:
        """Refuse a missing or wrong PIN; five wrong PINs in a row lock the card."""
        if loaded.row.pin_hash is None:
            return
        if not pin:
            raise refuse(ErrorCode.PIN_REQUIRED, "This card needs its PIN.")
        if loaded.card.failed_pin_count >= rules.MAX_WRONG_PINS:
            # Locked by wrong PINs: no PIN is checked any more (the right one would confirm
            # itself); the answer is a wrong PIN's, after as long a check.
            security.verify_pin(loaded.row.pin_hash, "")
            raise refuse(ErrorCode.PIN_INVALID, "The PIN is not right.")
        if security.verify_pin(loaded.row.pin_hash, str(pin)):
            if loaded.card.failed_pin_count:
                self._set_card(conn, loaded.card.id, failed_pin_count=0)
            return
        failures = loaded.card.failed_pin_count + 1
        row = self._set_card(conn, loaded.card.id, failed_pin_count=failures)
        self._journal(conn, row, EntryKind.PIN_FAILED, actor, None, now,
                      comment=f"wrong PIN ({failures} in a row)")
        if failures >= rules.MAX_WRONG_PINS and loaded.card.status is not CardStatus.LOCKED:
            row = self._set_card(conn, row.id, status=CardStatus.LOCKED.value,
                                 locked_from=loaded.card.status.value)
            self._journal(conn, row, EntryKind.LOCK, actor, None, now,
                          comment=f"{rules.MAX_WRONG_PINS} wrong PINs in a row")
        raise _CommitThenRaise(refuse(ErrorCode.PIN_INVALID, "The PIN is not right."))

    # ----------------------------------------------------------------- programs

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
        program's default value), each with an `issue` journal row.
        """
        from app.ledger.bulk import insert_cards

        rules.require_role(actor, Role.MANAGER, "generate cards")
        quantity = check_amount(quantity, what="quantity", maximum=MAX_GENERATE)

        def body(conn: Connection, now: datetime) -> CardList:
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
                rules.validity_after_activation(program, now, None)
            return CardList(tuple(insert_cards(
                conn, program, quantity, pending=pending, value=units, valid_from=valid_from,
                valid_until=valid_until, now=now, actor=actor, progress=progress)))

        params = {"program_id": program_id, "quantity": quantity, "pending": pending,
                  "value": value}
        return list(self._change(actor, request_id, "generate_cards", params, CardList,
                                 body).cards)

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

    def sell(self, actor: Actor, ref: str | CardRef, *, value: int | None = None,
             sender: str | None = None, recipient: str | None = None,
             message: str | None = None, valid_until: datetime | None = None,
             pin: str | None = None, request_id: str | None = None) -> Sale:
        """Sell a pending card: activate it, or allocate it with a one-time activation token."""
        sender, recipient = _text(sender, "sender"), _text(recipient, "recipient")
        message = _text(message, "message")
        if pin is not None and not (isinstance(pin, str) and pin.isdigit() and 4 <= len(pin) <= 8):
            raise refuse(ErrorCode.VALIDATION_ERROR, "A card PIN is 4 to 8 digits.")
        if valid_until is not None and (not isinstance(valid_until, datetime)
                                        or valid_until.tzinfo is None):
            raise refuse(ErrorCode.VALIDATION_ERROR, "valid_until needs a time zone.")

        def body(conn: Connection, now: datetime) -> Sale:
            loaded = self._load(conn, ref, actor)
            program = loaded.program
            units = rules.check_units(
                value if value is not None else (loaded.card.initial_value
                                                 or program.default_value),
                program, what="value")
            rules.check_sell(loaded.card, program, units)
            if valid_until is not None and valid_until <= now:
                raise refuse(ErrorCode.VALIDATION_ERROR, "valid_until must be in the future.")
            status = rules.status_after_sale(program)
            if status is CardStatus.ACTIVE:
                valid_from, until = rules.validity_after_activation(program, now, valid_until)
            else:  # "N days from activation" starts when the recipient activates the card
                valid_from, until = program.valid_from, valid_until or program.valid_until
            activation_token = (security.new_activation_token()
                                if status is CardStatus.ALLOCATED else None)
            card_pin = pin or (security.new_card_pin() if program.pin_required else None)
            row = self._set_card(
                conn, loaded.card.id, status=status.value, balance=units, initial_value=units,
                valid_from=valid_from, valid_until=until, sender=sender, recipient=recipient,
                message=message,
                pin_hash=security.hash_pin(card_pin) if card_pin else None,
                activation_token_hash=(security.hash_secret(
                    security.normalize_activation_token(activation_token))
                    if activation_token else None))
            self._journal(conn, row, EntryKind.SELL, actor, request_id, now, amount=units,
                          delta=units)
            return Sale(result="activated" if status is CardStatus.ACTIVE else "allocated",
                        card=store.card_view(store.card_from_row(row), program),
                        activation_token=activation_token,
                        pin=card_pin if card_pin and not pin else None)

        params = {"ref": str(ref), "value": value, "sender": sender, "recipient": recipient,
                  "message": message, "valid_until": valid_until, "pin": bool(pin)}
        return self._change(actor, request_id, "sell", params, Sale, body)

    def activate(self, actor: Actor, ref: str | CardRef, activation_token: str,
                 request_id: str | None = None) -> CardView:
        """Activate an allocated card with the token given to its recipient at sale."""

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            if loaded.card.status is not CardStatus.ALLOCATED:
                raise refuse(ErrorCode.CARD_NOT_ALLOCATED,
                             f"Only an allocated card can be activated; this one is "
                             f"{loaded.card.status}.")
            token_hash = loaded.row.activation_token_hash
            if not token_hash or not security.same_secret(
                    token_hash, security.normalize_activation_token(str(activation_token))):
                raise refuse(ErrorCode.ACTIVATION_TOKEN_INVALID,
                             "This activation token does not belong to this card.")
            valid_from, until = rules.validity_after_activation(
                loaded.program, now, loaded.card.valid_until)
            row = self._set_card(conn, loaded.card.id, status=CardStatus.ACTIVE.value,
                                 activation_token_hash=None, valid_from=valid_from,
                                 valid_until=until)
            self._journal(conn, row, EntryKind.ACTIVATE, actor, request_id, now)
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, "activate", {"ref": str(ref)}, CardView, body)

    def load(self, actor: Actor, ref: str | CardRef, amount: int, *,
             reference: str | None = None, comment: str | None = None,
             request_id: str | None = None) -> CardView:
        """Add value to a reloadable card (a depleted card becomes active again)."""
        reference, comment = _text(reference, "reference"), _text(comment, "comment")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            units = rules.check_units(amount, loaded.program, what="amount")
            rules.check_load(loaded.card, loaded.program, units, now=now)
            limit = loaded.program.max_balance
            conditions = [cards.c.id == loaded.card.id]
            if limit is not None:
                conditions.append(cards.c.balance + units <= limit)
            result = conn.execute(
                update(cards).where(*conditions)
                .values(balance=cards.c.balance + units, status=CardStatus.ACTIVE.value)
                .returning(cards.c.id))
            if result.first() is None:
                rules.check_max_balance(loaded.program, (limit or 0) + 1)
            row = store.card_row_by_id(conn, loaded.card.id)
            self._journal(conn, row, EntryKind.LOAD, actor, request_id, now, amount=units,
                          delta=units, reference=reference, comment=comment)
            return store.card_view(store.card_from_row(row), loaded.program)

        params = {"ref": str(ref), "amount": amount, "reference": reference, "comment": comment}
        return self._change(actor, request_id, "load", params, CardView, body)

    # ----------------------------------------------------------------- validate

    def get_card(self, ref: str | CardRef, *, training: bool = False) -> CardView:
        with self._read() as conn:
            loaded = self._read_card(conn, _ref(ref), training)
            return store.card_view(loaded.card, loaded.program)

    def _read_card(self, conn: Connection, ref: CardRef, training: bool) -> _Loaded:
        row = store.find_card_row(conn, ref, training=True) if training else None
        if row is None:
            row = store.find_card_row(conn, ref, training=False)
        if row is None:
            raise refuse(ErrorCode.CARD_NOT_FOUND, "No card has this code.")
        return _Loaded(row, store.card_from_row(row), self.program(conn, row.program_id))

    def validate(self, actor: Actor, ref: str | CardRef, *, pin: str | None = None) -> Validation:
        """Whether the card can be used here and now, for any existing card (read-only).

        A card that needs a PIN is described only when its PIN is given; a wrong PIN counts
        towards the card's lock-out.
        """
        card_ref = _ref(ref)
        with self._read() as conn:
            loaded = self._read_card(conn, card_ref, actor.training)
        if loaded.row.pin_hash is not None:
            self._change(actor, None, "pin_check", {}, bool,
                         lambda conn, now: self._pin_body(conn, loaded, actor, pin, now))
        now = self.clock()
        verdict = rules.assess(loaded.card, loaded.program, now=now, location=actor.location)
        return Validation(
            card=store.card_view(loaded.card, loaded.program),
            is_redeemable=verdict.is_redeemable, has_balance=verdict.has_balance,
            redeemable_status=verdict.redeemable_status,
            in_redeemable_period=verdict.in_redeemable_period,
            location_allowed=verdict.location_allowed, eligible_value=verdict.eligible_value,
            eligible_item_quantity=verdict.eligible_item_quantity,
            present_value_description=verdict.present_value_description,
            reason=verdict.reason.value if verdict.reason else None,
            restrictions=verdict.restrictions,
        )

    def _pin_body(self, conn: Connection, loaded: _Loaded, actor: Actor, pin: str | None,
                  now: datetime) -> bool:
        if actor.training:  # wrong PINs count on the training copy, never on the real card
            self._check_pin(conn, self._load(conn, CardRef("code", loaded.card.code), actor),
                            actor, pin, now)
            return True
        fresh = store.card_row_by_id(conn, loaded.card.id, for_update=True)
        self._check_pin(conn, _Loaded(fresh, store.card_from_row(fresh), loaded.program),
                        actor, pin, now)
        return True

    # ----------------------------------------------------------------- redeem

    def redeem(self, actor: Actor, ref: str | CardRef, amount: int, *, pin: str | None = None,
               reporting_code: str | None = None, reference: str | None = None,
               comment: str | None = None, request_id: str | None = None) -> Redemption:
        """Take `amount` (minor units, or items for an item card) off the card."""
        reporting_code = _text(reporting_code, "reporting_code")
        reference, comment = _text(reference, "reference"), _text(comment, "comment")

        def body(conn: Connection, now: datetime) -> Redemption:
            loaded = self._expire_due_holds(conn, self._load(conn, ref, actor), actor, now)
            units = rules.check_units(amount, loaded.program, what="amount")
            self._check_pin(conn, loaded, actor, pin, now)
            rules.check_redeem(loaded.card, loaded.program, units, now=now,
                               location=actor.location, reporting_code=reporting_code)
            row = self._take(conn, loaded, units, held_release=0)
            entry_id = self._journal(conn, row, EntryKind.REDEEM, actor, request_id, now,
                                     amount=units, delta=-units, reporting_code=reporting_code,
                                     reference=reference, comment=comment)
            return new_redemption(entry_id, row, loaded.program, actor, now, units,
                                   reporting_code, reference, comment)

        if not (pin or actor.training):
            done = self.redeem_everyday(self._attempt(
                actor, ref, amount, None, reporting_code, reference, comment, request_id))
            if done is not None:
                return done
        params = _redeem_params(ref, amount, pin, reporting_code, reference, comment)
        return self._change(actor, request_id, "redeem", params, Redemption, body)

    def everyday_attempt(self, actor: Actor, ref: CardRef, units: int, kind: Kind, *,
                         reporting_code: str | None = None, reference: str | None = None,
                         comment: str | None = None,
                         request_id: str | None = None) -> everyday.Attempt:
        """A redemption without PIN, outside training, checked and cleaned as `redeem` does
        (the same request fingerprint), for `redeem_everyday` or an async driver of it.
        Raises `GiftDeskError` where `redeem` would refuse it outright."""
        return self._attempt(actor, ref, units, kind, _text(reporting_code, "reporting_code"),
                             _text(reference, "reference"), _text(comment, "comment"),
                             request_id)

    def _attempt(self, actor: Actor, ref: str | CardRef, units: int, kind: Kind | None,
                 reporting_code: str | None, reference: str | None, comment: str | None,
                 request_id: str | None) -> everyday.Attempt:
        """An everyday redemption of texts already cleaned, fingerprinted as `redeem` does."""
        params = _redeem_params(ref, units, None, reporting_code, reference, comment)
        scope, fingerprint = _request_key(actor, request_id, "redeem", params)
        return everyday.Attempt(actor, _ref(ref), units, kind, reporting_code, reference,
                                comment, request_id, scope, fingerprint, self.clock())

    def cached_program(self, program_id: int) -> Program | None:
        """A program this process has read already (programs never change), or None."""
        return self._programs.get(program_id)

    def redeem_everyday(self, attempt: everyday.Attempt,
                        blockers: tuple[everyday.Blocker, ...] = ()) -> Redemption | None:
        """The everyday redemption (`app.ledger.everyday`) on the database driver's connection.

        Anything out of the ordinary (a blocker's row, a replay, a refusal, a lost race, a
        database error) rolls back and returns None: the general path (`redeem`) then runs
        the request, so every refusal and every retry behaves exactly as there.
        """
        return self._redeem_everyday_on(self._lane, [(attempt, blockers)])[0]

    def redeem_everyday_together(
            self, batch: Sequence[tuple[everyday.Attempt, tuple[everyday.Blocker, ...]]],
    ) -> list[Redemption | None]:
        """SQLite, from an event loop: everyday redemptions in one transaction, each in a
        savepoint of its own (one that does not fit rolls back alone, and answers None), with
        one commit and one fsync for all of them (a group commit). A failed commit answers
        None for all: nothing was written.

        It runs on a connection of its own that waits at most `LOOP_BUSY_TIMEOUT_MS` for
        SQLite's write lock, so that a writer outside the server's write queue (a CLI
        command) never stalls the loop for long.
        """
        return self._redeem_everyday_on(self._loop_lane, batch)

    def _redeem_everyday_on(
            self, lane: store.Lane,
            batch: Sequence[tuple[everyday.Attempt, tuple[everyday.Blocker, ...]]],
    ) -> list[Redemption | None]:
        fast = self._fast_statements()
        results: list[Redemption | None] = [None] * len(batch)
        with lane.connection() as raw:
            if raw is None:
                return results
            committed = broken = False
            cursor = None
            alone = len(batch) == 1
            try:
                cursor = raw.cursor()
                if fast.sqlite:
                    cursor.execute("BEGIN IMMEDIATE")
                for index, (attempt, blockers) in enumerate(batch):
                    if not alone:
                        cursor.execute("SAVEPOINT everyday")
                    results[index] = self._everyday_steps(fast, cursor, attempt, blockers)
                    if not alone:
                        if results[index] is None:
                            cursor.execute("ROLLBACK TO everyday")
                        cursor.execute("RELEASE everyday")
                if any(done is not None for done in results):
                    raw.commit()
                    committed = True
                return results
            except fast.driver_error:
                broken = True  # the connection may be gone: the lane takes a fresh one next
                return [None] * len(batch)
            finally:
                if broken:
                    lane.discard(raw)  # closing it ends its transaction too
                else:
                    if cursor is not None:
                        cursor.close()
                    if not committed:
                        raw.rollback()

    def _everyday_steps(self, fast: everyday.Statements, cursor: Any,
                        attempt: everyday.Attempt,
                        blockers: tuple[everyday.Blocker, ...]) -> Redemption | None:
        """One everyday redemption's statements inside an open transaction, or None (whose
        writes the caller rolls back)."""
        if any(read.execute(cursor, params) is not None for read, params in blockers):
            return None
        lock = self.refuse_in_flight and bool(fast.take_locked)
        take = fast.take_locked if lock else fast.take
        try:
            row = take[attempt.ref.kind].execute(cursor, attempt.take_params(lock=lock))
        except GiftDeskError:  # an amount out of range
            return None
        if row is None:
            return None
        program = self._programs.get(row.program_id)
        if program is None or not attempt.judge(row, program):
            return None
        entry_id = fast.journal.execute(cursor, attempt.journal_params(row)).id
        result = attempt.result(entry_id, row, program)
        stored = attempt.request_params(result)
        if stored is not None and fast.request.execute(cursor, stored) is None:
            return None  # a request id seen before: the general path answers it
        return result

    def _fast_statements(self) -> everyday.Statements:
        if self._fast is None:
            self._fast = everyday.Statements(self.engine)
        return self._fast

    def _take(self, conn: Connection, loaded: _Loaded, units: int, *,
              held_release: int) -> Row[Any]:
        """The conditional update that takes value off a card; it can never overdraw."""
        row = conn.execute(_TAKE, {"take_card": loaded.card.id, "take_units": units,
                                   "take_release": held_release}).first()
        if row is None:  # changed since it was read: say what it is now
            now_card = store.card_from_row(store.card_row_by_id(conn, loaded.card.id))
            if now_card.status is not CardStatus.ACTIVE:
                raise refuse(ErrorCode.CARD_NOT_ACTIVE, f"This card is {now_card.status} now.")
            raise refuse(ErrorCode.INSUFFICIENT_BALANCE,
                         f"Only {rules.format_value(now_card.available, loaded.program)} is "
                         "available on this card now.", available=now_card.available)
        return row

    def _redemption(self, conn: Connection, entry_id: int) -> Redemption:
        entry = conn.execute(select(journal).where(journal.c.id == entry_id)).first()
        if entry is None or EntryKind(entry.kind) not in REDEMPTION_KINDS:
            raise refuse(ErrorCode.REDEMPTION_NOT_FOUND, f"There is no redemption {entry_id}.")
        card_row = store.card_row_by_id(conn, entry.card_id)
        program = self.program(conn, card_row.program_id)
        reversal = conn.execute(select(journal).where(
            journal.c.related_id == entry_id, journal.c.kind == EntryKind.REVERSE.value)).first()
        return Redemption(
            id=entry.id, card_code=card_row.code, kind=program.kind, currency=program.currency,
            item_label=program.item_label,
            amount=entry.amount, balance_after=entry.balance_after,
            status="reversed" if reversal else "completed", location=entry.location,
            terminal=entry.terminal, operator=entry.operator, approved_by=entry.approved_by,
            reporting_code=entry.reporting_code, reference=entry.reference,
            comment=entry.comment, training=entry.training, created_at=entry.created_at,
            hold_id=entry.related_id if entry.kind == EntryKind.CAPTURE.value else None,
            reversal_id=reversal.id if reversal else None,
            reversed_at=reversal.created_at if reversal else None,
            reversed_by=reversal.operator if reversal else None,
            reversal_approved_by=reversal.approved_by if reversal else None,
            reversal_reason=reversal.comment if reversal else None,
            balance_after_reversal=reversal.balance_after if reversal else None,
        )

    def get_redemption(self, redemption_id: int) -> Redemption:
        with self._read() as conn:
            return self._redemption(conn, redemption_id)

    def list_redemptions(self, *, card: str | CardRef | None = None,
                         location: str | None = None, terminal: str | None = None,
                         since: datetime | None = None, until: datetime | None = None,
                         training: bool = False, limit: int = 500) -> list[Redemption]:
        """Redemptions, newest first, filtered; training ones only when asked for."""
        conditions = [journal.c.kind.in_([k.value for k in REDEMPTION_KINDS]),
                      journal.c.training == training]
        with self._read() as conn:
            if card is not None:
                loaded = self._read_card(conn, _ref(card), training)
                conditions.append(journal.c.card_id == loaded.card.id)
            if location is not None:
                conditions.append(journal.c.location == location)
            if terminal is not None:
                conditions.append(journal.c.terminal == terminal)
            if since is not None:
                conditions.append(journal.c.created_at >= since)
            if until is not None:
                conditions.append(journal.c.created_at < until)
            ids = conn.execute(select(journal.c.id).where(and_(*conditions))
                               .order_by(journal.c.id.desc()).limit(min(limit, 5000))).scalars()
            return [self._redemption(conn, i) for i in ids]

    def reverse(self, actor: Actor, redemption_id: int, reason: str,
                request_id: str | None = None) -> Redemption:
        """Give back the value of one redemption, once, within the reversal window."""
        rules.require_role(actor, Role.MANAGER, "reverse a redemption")
        why = _text(reason, "reason")
        if not why:
            raise refuse(ErrorCode.VALIDATION_ERROR, "Give a reason for the reversal.")

        def body(conn: Connection, now: datetime) -> Redemption:
            original = self._redemption(conn, redemption_id)
            if original.status == "reversed":
                raise refuse(ErrorCode.ALREADY_REVERSED,
                             f"Redemption {redemption_id} was already reversed by "
                             f"{original.reversed_by}.")
            rules.check_reversal_window(original.created_at, now, self.reversal_window)
            entry = conn.execute(select(journal.c.card_id).where(
                journal.c.id == redemption_id)).scalar_one()
            row = store.card_row_by_id(conn, entry, for_update=True)
            status = CardStatus(row.status)
            if status in (CardStatus.VOID, CardStatus.CLOSED):
                raise refuse(ErrorCode.CARD_VOID if status is CardStatus.VOID
                             else ErrorCode.CARD_CLOSED,
                             f"The card is {status}; its value cannot be restored.")
            new_status = CardStatus.ACTIVE if status is CardStatus.DEPLETED else status
            row = self._set_card(conn, row.id, balance=cards.c.balance + original.amount,
                                 status=new_status.value)
            self._journal(conn, row, EntryKind.REVERSE, actor, request_id, now,
                          amount=original.amount, delta=original.amount,
                          related_id=redemption_id, comment=why)
            return self._redemption(conn, redemption_id)

        return self._change(actor, request_id, "reverse",
                            {"redemption_id": redemption_id, "reason": why}, Redemption, body)

    # ----------------------------------------------------------------- holds

    def hold(self, actor: Actor, ref: str | CardRef, amount: int, *, ttl_s: int = 900,
             pin: str | None = None, request_id: str | None = None) -> Hold:
        """Reserve value for `ttl_s` seconds; capture redeems it, release or timeout frees it."""
        ttl = check_amount(ttl_s, what="hold time (ttl_s)", maximum=MAX_HOLD_TTL_S)

        def body(conn: Connection, now: datetime) -> Hold:
            loaded = self._expire_due_holds(conn, self._load(conn, ref, actor), actor, now)
            units = rules.check_units(amount, loaded.program, what="amount")
            self._check_pin(conn, loaded, actor, pin, now)
            rules.check_redeem(loaded.card, loaded.program, units, now=now,
                               location=actor.location, reporting_code="hold")
            result = conn.execute(
                update(cards).where(cards.c.id == loaded.card.id,
                                    cards.c.status == CardStatus.ACTIVE.value,
                                    cards.c.balance - cards.c.held >= units)
                .values(held=cards.c.held + units).returning(cards.c.id))
            if result.first() is None:
                raise refuse(ErrorCode.INSUFFICIENT_BALANCE,
                             "The card's balance changed; try again.")
            hold_id = conn.execute(insert(holds).values(
                card_id=loaded.card.id, amount=units, status=HoldStatus.ACTIVE.value,
                expires_at=now + timedelta(seconds=ttl), operator=actor.operator,
                location=actor.location, terminal=actor.terminal,
                training=loaded.card.training, created_at=now).returning(holds.c.id)
            ).scalar_one()
            row = store.card_row_by_id(conn, loaded.card.id)
            self._journal(conn, row, EntryKind.HOLD, actor, request_id, now, amount=units,
                          held_delta=units, related_id=hold_id)
            return self._hold(conn, hold_id)

        params = {"ref": str(ref), "amount": amount, "ttl_s": ttl, "pin": bool(pin)}
        return self._change(actor, request_id, "hold", params, Hold, body)

    def _hold(self, conn: Connection, hold_id: int) -> Hold:
        row = conn.execute(select(holds).where(holds.c.id == hold_id)).first()
        if row is None:
            raise refuse(ErrorCode.HOLD_NOT_FOUND, f"There is no hold {hold_id}.")
        card_row = store.card_row_by_id(conn, row.card_id)
        # Only a captured hold has a capture row; the card's journal index finds it (there is
        # no index on related_id for captures, so without card_id this scanned the journal).
        captured = None if row.status != HoldStatus.CAPTURED.value else conn.execute(
            select(journal.c.id).where(
                journal.c.card_id == row.card_id, journal.c.related_id == hold_id,
                journal.c.kind == EntryKind.CAPTURE.value)).scalar()
        return Hold(id=row.id, card_code=card_row.code, amount=row.amount,
                    status=HoldStatus(row.status), expires_at=row.expires_at,
                    created_at=row.created_at,
                    available_after=card_row.balance - card_row.held,
                    redemption_id=captured)

    def get_hold(self, hold_id: int) -> Hold:
        with self._read() as conn:
            return self._hold(conn, hold_id)

    def _active_hold(self, conn: Connection, hold_id: int, actor: Actor,
                     now: datetime) -> tuple[Row[Any], _Loaded]:
        hold_row = conn.execute(select(holds).where(holds.c.id == hold_id)).first()
        if hold_row is None:
            raise refuse(ErrorCode.HOLD_NOT_FOUND, f"There is no hold {hold_id}.")
        card_row = store.card_row_by_id(conn, hold_row.card_id, for_update=True)
        # Holds change only under their card's lock: read it again now that we hold the lock,
        # or (on PostgreSQL) a capture and a release racing for it would both settle it.
        hold_row = conn.execute(select(holds).where(holds.c.id == hold_id)).one()
        loaded = _Loaded(card_row, store.card_from_row(card_row),
                         self.program(conn, card_row.program_id))
        status = HoldStatus(hold_row.status)
        if status is HoldStatus.ACTIVE and hold_row.expires_at <= now:
            self._expire_due_holds(conn, loaded, actor, now)
            raise _CommitThenRaise(refuse(ErrorCode.HOLD_EXPIRED,
                                          f"Hold {hold_id} timed out; its value was freed."))
        if status is HoldStatus.EXPIRED:
            raise refuse(ErrorCode.HOLD_EXPIRED, f"Hold {hold_id} timed out.")
        if status is not HoldStatus.ACTIVE:
            raise refuse(ErrorCode.HOLD_NOT_ACTIVE, f"Hold {hold_id} was already {status}.")
        return hold_row, loaded

    def capture(self, actor: Actor, hold_id: int, *, amount: int | None = None,
                reporting_code: str | None = None, reference: str | None = None,
                comment: str | None = None, request_id: str | None = None) -> Redemption:
        """Redeem a hold: all of it, or less (the rest is freed)."""
        reporting_code = _text(reporting_code, "reporting_code")
        reference, comment = _text(reference, "reference"), _text(comment, "comment")

        def body(conn: Connection, now: datetime) -> Redemption:
            hold_row, loaded = self._active_hold(conn, hold_id, actor, now)
            units = hold_row.amount if amount is None else rules.check_units(
                amount, loaded.program, what="amount")
            if units > hold_row.amount:
                held = rules.format_value(hold_row.amount, loaded.program)
                raise refuse(ErrorCode.INSUFFICIENT_BALANCE,
                             f"The hold is for {held}; capture at most that.")
            if loaded.program.reporting_code_required and not reporting_code:
                raise refuse(ErrorCode.REPORTING_CODE_REQUIRED,
                             "This card's program needs a reporting code for every redemption.")
            if loaded.card.status is not CardStatus.ACTIVE:
                verdict = rules.assess(loaded.card, loaded.program, now=now,
                                       location=actor.location)
                raise refuse(verdict.reason or ErrorCode.CARD_NOT_ACTIVE,
                             f"This card cannot be used: {verdict.present_value_description}.")
            row = self._take(conn, loaded, units, held_release=hold_row.amount)
            conn.execute(update(holds).where(holds.c.id == hold_id).values(
                status=HoldStatus.CAPTURED.value, settled_at=now))
            entry_id = self._journal(conn, row, EntryKind.CAPTURE, actor, request_id, now,
                                     amount=units, delta=-units, held_delta=-hold_row.amount,
                                     related_id=hold_id, reporting_code=reporting_code,
                                     reference=reference, comment=comment)
            return self._redemption(conn, entry_id)

        params = {"hold_id": hold_id, "amount": amount, "reporting_code": reporting_code,
                  "reference": reference, "comment": comment}
        return self._change(actor, request_id, "capture", params, Redemption, body)

    def release(self, actor: Actor, hold_id: int, request_id: str | None = None) -> Hold:
        """Free a hold's value without redeeming it."""

        def body(conn: Connection, now: datetime) -> Hold:
            hold_row, loaded = self._active_hold(conn, hold_id, actor, now)
            conn.execute(update(holds).where(holds.c.id == hold_id).values(
                status=HoldStatus.RELEASED.value, settled_at=now))
            row = self._set_card(conn, loaded.card.id, held=cards.c.held - hold_row.amount)
            self._journal(conn, row, EntryKind.RELEASE, actor, request_id, now,
                          amount=hold_row.amount, held_delta=-hold_row.amount,
                          related_id=hold_id)
            return self._hold(conn, hold_id)

        return self._change(actor, request_id, "release", {"hold_id": hold_id}, Hold, body)

    def expire_holds(self, actor: Actor) -> int:
        """Free every hold whose time is up; returns how many."""
        now = self.clock()
        with self._read() as conn:
            card_ids = conn.execute(select(holds.c.card_id).where(
                holds.c.status == HoldStatus.ACTIVE.value, holds.c.expires_at <= now)
                .distinct()).scalars().all()
        count = 0
        for card_id in card_ids:
            count += self._change(actor, None, "expire_holds", {}, int,
                                  partial(self._expire_card, card_id=card_id, actor=actor))
        return count

    def _expire_card(self, conn: Connection, now: datetime, *, card_id: int, actor: Actor) -> int:
        row = store.card_row_by_id(conn, card_id, for_update=True)
        before = row.held
        loaded = self._expire_due_holds(
            conn, _Loaded(row, store.card_from_row(row), self.program(conn, row.program_id)),
            actor, now)
        return int(before != loaded.card.held)

    # ----------------------------------------------------------------- lock, void, close, update

    def lock(self, actor: Actor, ref: str | CardRef, reason: str,
             request_id: str | None = None) -> CardView:
        why = _text(reason, "reason")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            rules.check_lock(loaded.card)
            row = self._set_card(conn, loaded.card.id, status=CardStatus.LOCKED.value,
                                 locked_from=loaded.card.status.value)
            self._journal(conn, row, EntryKind.LOCK, actor, request_id, now, comment=why)
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, "lock", {"ref": str(ref), "reason": why},
                            CardView, body)

    def unlock(self, actor: Actor, ref: str | CardRef, reason: str,
               request_id: str | None = None) -> CardView:
        rules.require_role(actor, Role.MANAGER, "unlock a card")
        why = _text(reason, "reason")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            rules.check_unlock(loaded.card)
            previous = loaded.card.locked_from or CardStatus.ACTIVE
            if previous in (CardStatus.ACTIVE, CardStatus.DEPLETED):
                # A reversal while locked may have refilled a card locked when used up.
                previous = CardStatus.ACTIVE if loaded.card.balance else CardStatus.DEPLETED
            row = self._set_card(conn, loaded.card.id, status=previous.value, locked_from=None,
                                 failed_pin_count=0)
            self._journal(conn, row, EntryKind.UNLOCK, actor, request_id, now, comment=why)
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, "unlock", {"ref": str(ref), "reason": why},
                            CardView, body)

    def void(self, actor: Actor, ref: str | CardRef, reason: str,
             request_id: str | None = None) -> CardView:
        """Cancel a card for good (sold in error, reported stolen); its value is written off."""
        return self._end(actor, ref, reason, request_id, closing=False)

    def close(self, actor: Actor, ref: str | CardRef, reason: str,
              request_id: str | None = None) -> CardView:
        """Close a card for good (balance paid out or card retired)."""
        return self._end(actor, ref, reason, request_id, closing=True)

    def _end(self, actor: Actor, ref: str | CardRef, reason: str, request_id: str | None, *,
             closing: bool) -> CardView:
        action = "close a card" if closing else "void a card"
        rules.require_role(actor, Role.MANAGER, action)
        why = _text(reason, "reason")
        status = CardStatus.CLOSED if closing else CardStatus.VOID
        kind = EntryKind.CLOSE if closing else EntryKind.VOID

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._expire_due_holds(conn, self._load(conn, ref, actor), actor, now)
            rules.check_void_or_close(loaded.card, closing=closing)
            remaining = loaded.card.balance
            row = self._set_card(conn, loaded.card.id, status=status.value, balance=0,
                                 locked_from=None)
            self._journal(conn, row, kind, actor, request_id, now, amount=remaining,
                          delta=-remaining, comment=why)
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, kind.value, {"ref": str(ref), "reason": why},
                            CardView, body)

    def update_card(self, actor: Actor, ref: str | CardRef, *,
                    valid_until: datetime | None = _UNSET, sender: str | None = _UNSET,
                    recipient: str | None = _UNSET, message: str | None = _UNSET,
                    request_id: str | None = None) -> CardView:
        """Change validity (manager) or sender, recipient and message; journaled."""
        changes: dict[str, Any] = {}
        for name, value in (("sender", sender), ("recipient", recipient),
                            ("message", message)):
            if value is not _UNSET:
                changes[name] = _text(value, name)
        if valid_until is not _UNSET:
            rules.require_role(actor, Role.MANAGER, "change a card's validity")
            if valid_until is not None and valid_until.tzinfo is None:
                raise refuse(ErrorCode.VALIDATION_ERROR, "valid_until needs a time zone.")
            changes["valid_until"] = valid_until
        if not changes:
            raise refuse(ErrorCode.VALIDATION_ERROR, "Nothing to change.")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            if loaded.card.status in (CardStatus.VOID, CardStatus.CLOSED):
                raise refuse(ErrorCode.CARD_VOID if loaded.card.status is CardStatus.VOID
                             else ErrorCode.CARD_CLOSED, f"This card is {loaded.card.status}.")
            values = dict(changes)
            reinstated = 0
            if (loaded.card.status is CardStatus.EXPIRED and "valid_until" in values
                    and (values["valid_until"] is None or values["valid_until"] > now)):
                # Extending an expired card gives back the value written off when it expired.
                reinstated = conn.execute(select(journal.c.amount).where(
                    journal.c.card_id == loaded.card.id, journal.c.kind == EntryKind.EXPIRE.value)
                    .order_by(journal.c.id.desc()).limit(1)).scalar() or 0
                balance = loaded.card.balance + reinstated
                status = (CardStatus.ALLOCATED if loaded.row.activation_token_hash
                          else CardStatus.ACTIVE if balance else CardStatus.DEPLETED)
                if loaded.card.locked_from is CardStatus.LOCKED:  # locked when it expired
                    values.update(status=CardStatus.LOCKED.value, locked_from=status.value,
                                  balance=balance)
                else:
                    values.update(status=status.value, locked_from=None, balance=balance)
            row = self._set_card(conn, loaded.card.id, **values)
            if reinstated:
                self._journal(conn, row, EntryKind.ADJUST, actor, None, now, amount=reinstated,
                              delta=reinstated,
                              comment="validity extended: value written off at expiry reinstated")
            self._journal(conn, row, EntryKind.UPDATE, actor, request_id, now,
                          comment="changed " + ", ".join(sorted(changes)))
            return store.card_view(store.card_from_row(row), loaded.program)

        params = {"ref": str(ref), **changes}
        return self._change(actor, request_id, "update_card", params, CardView, body)

    # ----------------------------------------------------------------- journal and expiry

    def journal(self, ref: str | CardRef, *, training: bool = False) -> list[JournalEntry]:
        with self._read() as conn:
            loaded = self._read_card(conn, _ref(ref), training)
            return store.card_journal(conn, loaded.card.id)

    def expire_cards(self, actor: Actor, *, batch: int = 500) -> ExpiryReport:
        """Expire cards past their validity; the value left is written off (breakage)."""
        rules.require_role(actor, Role.MANAGER, "expire cards")
        holds_freed = self.expire_holds(actor)
        breakage: dict[str, int] = {}
        expired = 0
        live = [CardStatus.ACTIVE.value, CardStatus.DEPLETED.value, CardStatus.ALLOCATED.value,
                CardStatus.LOCKED.value]
        while True:
            now = self.clock()
            with self._read() as conn:
                ids = conn.execute(select(cards.c.id).where(
                    cards.c.status.in_(live), cards.c.valid_until <= now)
                    .order_by(cards.c.id).limit(batch)).scalars().all()
            if not ids:
                break
            for card_id in ids:
                result = self._change(actor, None, "expire", {}, tuple,
                                      partial(self._expire_one, card_id=card_id, actor=actor))
                if result:
                    unit, value, training = result
                    if training:  # training copies expire too, but reports leave them out
                        continue
                    expired += 1
                    breakage[unit] = breakage.get(unit, 0) + value
        return ExpiryReport(cards_expired=expired, breakage=breakage, holds_expired=holds_freed)

    def _expire_one(self, conn: Connection, now: datetime, *, card_id: int,
                    actor: Actor) -> tuple[str, int, bool] | tuple[()]:
        row = store.card_row_by_id(conn, card_id, for_update=True)
        card = store.card_from_row(row)
        if card.valid_until is None or card.valid_until > now or card.status in (
                CardStatus.EXPIRED, CardStatus.VOID, CardStatus.CLOSED, CardStatus.PENDING):
            return ()
        program = self.program(conn, row.program_id)
        loaded = _Loaded(row, card, program)
        if card.held:
            conn.execute(update(holds).where(holds.c.card_id == card_id,
                                             holds.c.status == HoldStatus.ACTIVE.value)
                         .values(status=HoldStatus.EXPIRED.value, settled_at=now))
            row = self._set_card(conn, card_id, held=0)
            self._journal(conn, row, EntryKind.HOLD_EXPIRE, actor, None, now,
                          amount=card.held, held_delta=-card.held, comment="card expired")
            loaded = _Loaded(row, store.card_from_row(row), program)
        remaining = loaded.card.balance
        # A card locked when it expired stays locked if its validity is ever extended.
        row = self._set_card(conn, card_id, status=CardStatus.EXPIRED.value, balance=0,
                             locked_from=CardStatus.LOCKED.value
                             if card.status is CardStatus.LOCKED else None)
        self._journal(conn, row, EntryKind.EXPIRE, actor, None, now, amount=remaining,
                      delta=-remaining, comment="validity ended; remaining value is breakage")
        return ("items" if program.kind is Kind.ITEM else program.currency, remaining,
                card.training)

    # ----------------------------------------------------------------- checks

    def audit_balances(self) -> list[str]:
        """Codes of cards whose balance or held value differs from their journal's sums."""
        with self._read() as conn:
            sums = select(journal.c.card_id, func.sum(journal.c.delta).label("d"),
                          func.sum(journal.c.held_delta).label("h")).group_by(
                journal.c.card_id).subquery()
            rows = conn.execute(select(cards.c.code, cards.c.training).select_from(
                cards.outerjoin(sums, sums.c.card_id == cards.c.id)).where(
                (func.coalesce(sums.c.d, 0) != cards.c.balance)
                | (func.coalesce(sums.c.h, 0) != cards.c.held)))
            return [f"{r.code}{' (training)' if r.training else ''}" for r in rows]


def _redeem_params(ref: str | CardRef, amount: int, pin: str | None,
                   reporting_code: str | None, reference: str | None,
                   comment: str | None) -> dict[str, Any]:
    """What a redemption's request fingerprint covers."""
    return {"ref": str(ref), "amount": amount, "pin": bool(pin),
            "reporting_code": reporting_code, "reference": reference, "comment": comment}


def actor_scope(actor: Actor) -> int:
    """The merchant an actor works for; this ledger serves one merchant (id 1)."""
    del actor
    return 1


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
