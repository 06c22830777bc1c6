"""The ledger's transaction machinery: every change runs through the one writer
(`app.ledger.writer`) in one write transaction, idempotent by request id; and the helpers every
room uses (load a card for update, apply a plan, append a journal row).

Each operation that changes the ledger takes a `request_id`: the same id with the same content
returns the first result again; the same id with other content is refused. A change of value is
decided as a plan (`app.domain.plans`) and written by `_apply`: one conditional update that
takes effect only if the card is still as read (the card row is also locked on PostgreSQL), so
concurrent redemptions from many processes can never overdraw a card, and its journal row: a
card's balance always equals the sum of its journal's `delta`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    Connection,
    Engine,
    Row,
    and_,
    bindparam,
    column,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError

from app.domain import plans, rules
from app.domain.codes import CardRef, parse_card_ref
from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import (
    REDEMPTION_KINDS,
    Actor,
    Card,
    CardStatus,
    EntryKind,
    HoldStatus,
    Program,
)
from app.ledger import codec, refusals, security, store
from app.ledger.db import is_sqlite
from app.ledger.results import Redemption, Sale
from app.ledger.schema import cards, holds, idempotency, journal, programs
from app.ledger.statements import Prepared
from app.ledger.writer import Change, KeepRefusal, Outcome, Writer

R = TypeVar("R")

DEFAULT_REVERSAL_WINDOW = timedelta(days=30)
MAX_TEXT = {"sender": 200, "recipient": 200, "message": 1000, "reason": 500, "comment": 500,
            "reference": 100, "reporting_code": 40}
_WRITE_RETRIES = 3
# The journal keeps each row's request id in a 100-character column: the one limit of a
# request id (the API's Idempotency-Key header included).
MAX_REQUEST_ID = 100


# Statements of the hot path, built once: building SQLAlchemy statements per call cost more
# than the database's own work for a redemption.
# They run on the driver's cursor (`app.ledger.statements`).
_INSERT_JOURNAL = Prepared(insert(journal).returning(journal.c.id))
_PRIOR_REQUEST = Prepared(
    select(idempotency.c.fingerprint, idempotency.c.status, idempotency.c.response)
    .where(idempotency.c.scope == bindparam("idem_scope"),
           idempotency.c.key == bindparam("idem_key"))
    .with_for_update()
)
_INSERT_REQUEST = Prepared(insert(idempotency))
# PostgreSQL: the request id's lock for the rest of the transaction, or false if another
# transaction (another server process) holds it: that request still runs.
_LOCK_REQUEST = select(
    func.pg_try_advisory_xact_lock(bindparam("request_lock")).label("locked"))
# ... and, in the same round trip, the answer stored under it. No row lock is needed: a
# request with this id that runs holds the advisory lock, and one that committed between this
# statement's snapshot and the lock is caught by the idempotency table's primary key when this
# one stores its answer (`_change` then runs again and replays it).
_LOCK_AND_PRIOR = Prepared(text(
    "SELECT pg_try_advisory_xact_lock(:request_lock) AS locked, i.fingerprint, i.status, "
    "i.response FROM (SELECT 1) AS one LEFT JOIN idempotency AS i "
    "ON i.scope = :idem_scope AND i.key = :idem_key").columns(
    column("locked", Boolean), idempotency.c.fingerprint, idempotency.c.status,
    idempotency.c.response))
# The answer to a duplicate of a request that still runs, here or in app.ledger.idempotency.
REQUEST_IN_PROGRESS = ("A request with this Idempotency-Key (request id) is still being "
                       "processed; wait for its answer, or retry with the same key in a moment.")
# The one statement that changes a card's value: it takes effect only if the card is still
# exactly as its plan read it (`app.domain.plans`).
_APPLY_STATEMENT = (
    update(cards)
    .where(cards.c.id == bindparam("plan_card"),
           cards.c.balance == bindparam("before_balance"),
           cards.c.held == bindparam("before_held"),
           cards.c.status == bindparam("before_status"))
    .values(balance=bindparam("after_balance"), held=bindparam("after_held"),
            status=bindparam("after_status"))
    .returning(*cards.c)
)
_APPLY = Prepared(_APPLY_STATEMENT)
# The statuses of a card whose `locked_from` remembers another.
_REMEMBERING = (CardStatus.LOCKED, CardStatus.EXPIRED)
# Redemptions with their card's code, its program's version and their reversal (at most one:
# `uq_journal_one_reversal`), in one statement.
_REVERSAL = journal.alias("reversal")
_REDEMPTIONS = (
    select(journal, cards.c.code.label("card_code"), cards.c.program_id,
           programs.c.version.label("program_version"),
           _REVERSAL.c.id.label("reversal_id"), _REVERSAL.c.created_at.label("reversed_at"),
           _REVERSAL.c.operator.label("reversed_by"),
           _REVERSAL.c.approved_by.label("reversal_approved_by"),
           _REVERSAL.c.comment.label("reversal_reason"),
           _REVERSAL.c.balance_after.label("balance_after_reversal"))
    .select_from(journal.join(cards, cards.c.id == journal.c.card_id)
                 .join(programs, programs.c.id == cards.c.program_id)
                 .outerjoin(_REVERSAL, and_(_REVERSAL.c.related_id == journal.c.id,
                                            _REVERSAL.c.kind == EntryKind.REVERSE.value)))
    .where(journal.c.kind.in_([kind.value for kind in REDEMPTION_KINDS]))
)


def request_lock_key(scope: str, request_id: str) -> int:
    """The advisory lock key (a signed 64-bit integer) of a request id in its scope."""
    digest = hashlib.sha256(f"giftdesk-request\0{scope}\0{request_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def utcnow() -> datetime:
    return datetime.now(UTC)


class CardChanged(Exception):
    """A plan's card changed after it was read: the change is decided again (`_change`)."""




class CommitThenRaise(Exception):
    """Raised inside an operation whose writes must stay although it refuses (wrong PIN)."""

    def __init__(self, error: GiftDeskError) -> None:
        super().__init__(error.detail)
        self.error = error


def clean_text(value: str | None, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise refuse(ErrorCode.VALIDATION_ERROR, f"{field} must be text.")
    value = value.strip()
    if len(value) > MAX_TEXT[field]:
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     f"{field} is limited to {MAX_TEXT[field]} characters.")
    return value or None


def request_key(actor: Actor, request_id: str | None, op: str,
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


def as_ref(ref: str | CardRef) -> CardRef:
    return ref if isinstance(ref, CardRef) else parse_card_ref(ref)


@dataclass
class Loaded:
    """A card row read inside a write transaction, with its program."""

    row: Row[Any]
    card: Card
    program: Program


def _replay(prior: Any, fingerprint: str, result_type: type[R]) -> R:
    """The answer stored under a request id: its result, or its refusal raised again."""
    if prior.fingerprint != fingerprint:
        raise refuse(ErrorCode.IDEMPOTENCY_CONFLICT,
                     "This request id was already used for a different "
                     "request; send a new id for a new request.")
    if prior.status == refusals.REFUSED:
        raise refusals.loads(prior.response)
    return codec.loads(result_type, prior.response)


def actor_scope(actor: Actor) -> int:
    """The merchant an actor works for; this ledger serves one merchant (id 1)."""
    del actor
    return 1



class LedgerCore:
    """The transaction machinery every room of the ledger shares (see `Ledger`)."""

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
        self._programs: dict[int, tuple[Program, int]] = {}  # id -> (program, its version)
        self.writer = Writer(engine, self._step, self._record_refusal)

    # ----------------------------------------------------------------- transactions

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="DEFERRED")
            with conn.begin():
                yield conn

    def _change(self, actor: Actor, request_id: str | None, op: str, params: dict[str, Any],
                result_type: type[R], body: Callable[[Connection, datetime], R], *,
                on: Connection | None = None) -> R:
        """Run `body` through the one writer, idempotently when `request_id` is given (`on`:
        the caller's own connection, see `Writer.write`)."""
        scope, fingerprint = request_key(actor, request_id, op, params)
        change = Change(scope, request_id, fingerprint, result_type, body)
        for attempt in range(_WRITE_RETRIES):
            try:
                return self.writer.write(change, on=on)
            except KeepRefusal as refused:
                return self._keep_refusal(change, refused.error)
            except (IntegrityError, OperationalError, CardChanged) as exc:
                # A concurrent transaction won a race on a unique key (same idempotency key,
                # a second reversal, a training copy), changed the card after it was read,
                # or a serialization failure: run again, now seeing its outcome.
                if attempt == _WRITE_RETRIES - 1:
                    raise
                if isinstance(exc, OperationalError) and "lock" not in str(exc).lower() \
                        and "serializ" not in str(exc).lower():
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _step(self, conn: Connection, change: Change[Any]) -> Outcome[Any]:
        """One change inside the writer's transaction: its request id's earlier answer (a
        refusal included), or its body and the record of its answer."""
        now = self.clock()
        request_id = change.request_id
        if request_id is not None:
            key = {"idem_scope": change.scope, "idem_key": request_id}
            prior: Any
            if self.refuse_in_flight and not is_sqlite(self.engine):
                prior = _LOCK_AND_PRIOR.one(conn, {
                    **key, "request_lock": request_lock_key(change.scope, request_id)})
                if not prior.locked:
                    raise refuse(ErrorCode.REQUEST_IN_PROGRESS, REQUEST_IN_PROGRESS)
                if prior.status is None:  # nothing stored under the id
                    prior = None
            else:
                prior = _PRIOR_REQUEST.first(conn, key)
            if prior is not None:
                return Outcome(_replay(prior, change.fingerprint, change.result_type))
        try:
            result = change.body(conn, now)
        except CommitThenRaise as exc:  # its writes stand (a wrong PIN counted)
            if request_id is not None and refusals.kept(exc.error):
                _INSERT_REQUEST.execute(conn, {
                    "scope": change.scope, "key": request_id,
                    "fingerprint": change.fingerprint, "status": refusals.REFUSED,
                    "response": refusals.dumps(exc.error), "created_at": now})
            return Outcome(deferred=exc.error)
        except GiftDeskError as exc:
            if request_id is not None and refusals.kept(exc):
                raise KeepRefusal(exc) from exc  # rolls back; `_change` stores it
            raise
        if request_id is not None:
            _INSERT_REQUEST.execute(conn, {
                "scope": change.scope, "key": request_id, "fingerprint": change.fingerprint,
                "status": "done", "response": codec.dumps(_without_secrets(result)),
                "created_at": now})
        return Outcome(result)

    def _keep_refusal(self, change: Change[R], error: GiftDeskError) -> R:
        """Record a refusal under its request id (its change was rolled back, alone) and
        raise it; the one writer runs it, as any change."""
        def record(conn: Connection, now: datetime) -> R:
            del now
            outcome = self._record_refusal(conn, change, error)
            if outcome.deferred is not None:
                raise CommitThenRaise(outcome.deferred)  # the record stays, the refusal goes up
            return outcome.value()

        # No request id of its own: `record` writes the refusal under the original one.
        return self.writer.write(Change(change.scope, None, change.fingerprint,
                                        change.result_type, record))

    def _record_refusal(self, conn: Connection, change: Change[Any],
                        error: GiftDeskError) -> Outcome[Any]:
        """In the open transaction: the refusal stored under the change's request id (the
        refusal, to be raised once committed); if an answer was stored under the id
        meanwhile, that one."""
        scope, request_id = change.scope, change.request_id
        assert request_id is not None
        sqlite = is_sqlite(self.engine)
        if self.refuse_in_flight and not sqlite and not conn.execute(
                _LOCK_REQUEST, {"request_lock": request_lock_key(scope, request_id)}
        ).scalar():
            raise error  # a duplicate runs now: its answer is the one kept
        insert_new = (sqlite_insert if sqlite else postgresql_insert)(idempotency)
        stored = conn.execute(insert_new.values(
            scope=scope, key=request_id, fingerprint=change.fingerprint,
            status=refusals.REFUSED, response=refusals.dumps(error), created_at=self.clock(),
        ).on_conflict_do_nothing(index_elements=[idempotency.c.scope, idempotency.c.key])
            .returning(idempotency.c.key)).first()
        if stored is None:
            prior = _PRIOR_REQUEST.one(conn, {"idem_scope": scope, "idem_key": request_id})
            return Outcome(_replay(prior, change.fingerprint, change.result_type))
        return Outcome(deferred=error)

    # ----------------------------------------------------------------- helpers

    def program(self, conn: Connection, program_id: int, version: int | None = None) -> Program:
        """The program as it is now. Programs change (an admin edits or retires one, maybe
        through another process), so this process's copy is used only while its version is
        the current one: `version` as read with the card (`store.program_version`), else read
        here."""
        if version is None:
            version = store.current_version(conn, program_id)
        kept = self._programs.get(program_id)
        if kept is not None and kept[1] == version:
            return kept[0]
        program, version = store.load_program_version(conn, program_id)
        self._programs[program_id] = (program, version)
        return program

    def loaded(self, conn: Connection, row: Row[Any]) -> Loaded:
        """A card row read with its program's version (`store.CARD_BY`), and its program."""
        return Loaded(row, store.card_from_row(row),
                      self.program(conn, row.program_id, store.program_version(row)))

    def _load(self, conn: Connection, ref: str | CardRef, actor: Actor) -> Loaded:
        """The card named by `ref`, locked for update; in training mode, its training copy."""
        card_ref = as_ref(ref)
        row = store.find_card_row(conn, card_ref, training=actor.training, for_update=True)
        if row is None and actor.training:
            real = store.find_card_row(conn, card_ref, training=False)
            if real is not None:
                row = self._training_copy(conn, real, actor)
        if row is None:
            raise refuse(ErrorCode.CARD_NOT_FOUND, "No card has this code.")
        return self.loaded(conn, row)

    def _training_copy(self, conn: Connection, real: Row[Any], actor: Actor) -> Row[Any]:
        """A training card mirroring a real one, so training never touches the real card."""
        values = {k: v for k, v in store.card_values(real).items() if k != "id"}
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
        return int(_INSERT_JOURNAL.one(conn, dict(
            card_id=row.id, kind=kind.value, request_id=request_id, operator=actor.operator,
            approved_by=actor.approved_by, location=actor.location, terminal=actor.terminal,
            amount=amount, delta=delta, held_delta=held_delta,
            balance_after=row.balance if balance_after is None else balance_after,
            related_id=related_id, reporting_code=reporting_code, reference=reference,
            comment=comment, training=row.training, created_at=now,
        )).id)

    def _set_card(self, conn: Connection, card_id: int, **values: Any) -> Row[Any]:
        conn.execute(update(cards).where(cards.c.id == card_id).values(**values))
        return store.card_row_by_id(conn, card_id)

    def _expire_due_holds(self, conn: Connection, loaded: Loaded, actor: Actor,
                          now: datetime) -> Loaded:
        """Free the value of this card's holds whose time is up (automatic hold expiry)."""
        if loaded.card.held == 0:
            return loaded
        due = conn.execute(select(holds.c.id, holds.c.amount).where(
            holds.c.card_id == loaded.card.id, holds.c.status == HoldStatus.ACTIVE.value,
            holds.c.expires_at <= now)).all()
        if not due:
            return loaded
        row, card = loaded.row, loaded.card
        for hold_id, amount in due:
            conn.execute(update(holds).where(holds.c.id == hold_id)
                         .values(status=HoldStatus.EXPIRED.value, settled_at=now))
            row, _ = self._apply(conn, plans.unhold(card, amount, EntryKind.HOLD_EXPIRE), actor,
                                 None, now, related_id=hold_id, comment="hold timed out")
            card = store.card_from_row(row)
        return Loaded(row, card, loaded.program)

    def _check_pin(self, conn: Connection, loaded: Loaded, actor: Actor, pin: str | None,
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
        card = store.card_from_row(row)
        lock = plans.pin_lock(card) if failures >= rules.MAX_WRONG_PINS else None
        if lock is not None:
            self._apply(conn, lock, actor, None, now,
                        comment=f"{rules.MAX_WRONG_PINS} wrong PINs in a row",
                        values={"locked_from": plans.lock_memory(card).value})
        raise CommitThenRaise(refuse(ErrorCode.PIN_INVALID, "The PIN is not right."))

    def _read_card(self, conn: Connection, ref: CardRef, training: bool) -> Loaded:
        row = store.find_card_row(conn, ref, training=True) if training else None
        if row is None:
            row = store.find_card_row(conn, ref, training=False)
        if row is None:
            raise refuse(ErrorCode.CARD_NOT_FOUND, "No card has this code.")
        return self.loaded(conn, row)


    def _apply(self, conn: Connection, plan: plans.Plan, actor: Actor,
               request_id: str | None, now: datetime, *, related_id: int | None = None,
               reporting_code: str | None = None, reference: str | None = None,
               comment: str | None = None,
               values: dict[str, Any] | None = None) -> tuple[Row[Any], int]:
        """Write a plan: the card only if it is still as the plan read it (else
        `CardChanged`: decided again), and its journal row. The card after it, the row's id.

        `values`: the card's other columns that change with it (what a locked card was,
        validity, texts, secrets), none of them its value or status. A card that leaves the
        statuses that remember another (`locked_from`: locked, or expired while locked) forgets
        it, unless `values` says otherwise."""
        before, after = plan.before, plan.after
        if before.status in _REMEMBERING and after.status not in _REMEMBERING \
                and "locked_from" not in (values or {}):
            values = {**(values or {}), "locked_from": None}
        params = {
            "plan_card": plan.card_id, "before_balance": before.balance,
            "before_held": before.held, "before_status": before.status.value,
            "after_balance": after.balance, "after_held": after.held,
            "after_status": after.status.value}
        row = (_APPLY.first(conn, params) if not values else
               conn.execute(_APPLY_STATEMENT.values(**values), params).first())
        if row is None:
            raise CardChanged(plan.card_id)
        entry_id = self._journal(conn, row, plan.kind, actor, request_id, now,
                                 amount=plan.amount, delta=plan.delta,
                                 held_delta=plan.held_delta, related_id=related_id,
                                 reporting_code=reporting_code, reference=reference,
                                 comment=comment)
        return row, entry_id

    def _redemption(self, conn: Connection, entry_id: int) -> Redemption:
        found = self._redemptions(conn, journal.c.id == entry_id)
        if not found:
            raise refuse(ErrorCode.REDEMPTION_NOT_FOUND, f"There is no redemption {entry_id}.")
        return found[0]

    def _redemptions(self, conn: Connection, *where: Any,
                     limit: int | None = None) -> list[Redemption]:
        """Redemptions (and captured holds) matching `where`, newest first, each with its
        card, program and reversal: one statement however many (the programs from this
        process's copies while current)."""
        query = _REDEMPTIONS.where(*where).order_by(journal.c.id.desc())
        rows = conn.execute(query if limit is None else query.limit(limit)).all()
        return [self._redemption_of(conn, row) for row in rows]

    def _redemption_of(self, conn: Connection, row: Row[Any]) -> Redemption:
        program = self.program(conn, row.program_id, row.program_version)
        reversed_ = row.reversal_id is not None
        return Redemption(
            id=row.id, card_code=row.card_code, kind=program.kind, currency=program.currency,
            item_label=program.item_label,
            amount=row.amount, balance_after=row.balance_after,
            status="reversed" if reversed_ else "completed", location=row.location,
            terminal=row.terminal, operator=row.operator, approved_by=row.approved_by,
            reporting_code=row.reporting_code, reference=row.reference,
            comment=row.comment, training=row.training, created_at=row.created_at,
            hold_id=row.related_id if row.kind == EntryKind.CAPTURE.value else None,
            reversal_id=row.reversal_id, reversed_at=row.reversed_at,
            reversed_by=row.reversed_by, reversal_approved_by=row.reversal_approved_by,
            reversal_reason=row.reversal_reason,
            balance_after_reversal=row.balance_after_reversal,
        )

