"""A Hypothesis state machine over every card operation, checked against a simple model.

The model is a few dictionaries: each card's status, balance, holds and the sales and loads
it could still cancel, each redemption with what was given back on it, and per program the
sum of every kind of change (the books). After every step the ledger must agree with the
model, no balance is negative, every card's balance and held value equal the sums of its
journal, and the liability report equals the model's books.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Activation, Actor, CardStatus, EntryKind, Role
from app.ledger import books
from app.ledger.db import make_engine
from app.ledger.directory import ensure_merchant
from app.ledger.engine import DEFAULT_REVERSAL_WINDOW, Ledger
from app.ledger.migrate import upgrade
from app.ledger.results import ProgramSpec, Sale
from app.ledger.schema import cards

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
GIFT_MAX = 100_000
ADMIN = Actor("admin", Role.ADMIN, "STORE-1", "T1")
MANAGER = Actor("manager", Role.MANAGER, "STORE-1", "T1")
CASHIER = Actor("cashier", Role.CASHIER, "STORE-1", "T2")
TRAINEE = Actor("trainee", Role.CASHIER, "STORE-1", "T3", training=True)
LIVE = {CardStatus.ACTIVE, CardStatus.DEPLETED, CardStatus.ALLOCATED, CardStatus.LOCKED}
STATUS_REFUSAL = {
    CardStatus.PENDING: ErrorCode.CARD_NOT_ACTIVE, CardStatus.ALLOCATED: ErrorCode.CARD_NOT_ACTIVE,
    CardStatus.LOCKED: ErrorCode.CARD_LOCKED, CardStatus.DEPLETED: ErrorCode.CARD_DEPLETED,
    CardStatus.EXPIRED: ErrorCode.CARD_EXPIRED, CardStatus.VOID: ErrorCode.CARD_VOID,
    CardStatus.CLOSED: ErrorCode.CARD_CLOSED,
}
ENDED = {CardStatus.VOID: ErrorCode.CARD_VOID, CardStatus.CLOSED: ErrorCode.CARD_CLOSED}
CANCEL_WINDOW = timedelta(hours=24)
CASHIER_CANCEL_LIMIT = 100_00
# A correction refused for the card's status says which status (the others: not active).
STATUS_CODE = {CardStatus.LOCKED: ErrorCode.CARD_LOCKED, CardStatus.EXPIRED: ErrorCode.CARD_EXPIRED,
               **ENDED}
HELD_OR_LIVE = (CardStatus.ACTIVE, CardStatus.DEPLETED, CardStatus.LOCKED)


def validity_refusal(card: MCard) -> ErrorCode | None:
    """Why a change of the card's validity is refused: an ended card, or one not sold yet
    (its sale sets its validity)."""
    if card.status is CardStatus.PENDING:
        return ErrorCode.CARD_NOT_ACTIVE
    return ENDED.get(card.status)


def status_refusal(card: MCard, allowed: tuple[CardStatus, ...]) -> ErrorCode | None:
    if card.status in allowed:
        return None
    return STATUS_CODE.get(card.status, ErrorCode.CARD_NOT_ACTIVE)


def status_for(balance: int, status: CardStatus) -> CardStatus:
    if status in (CardStatus.ACTIVE, CardStatus.DEPLETED):
        return CardStatus.ACTIVE if balance else CardStatus.DEPLETED
    return status


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class MHold:
    code: str
    amount: int
    expires_at: datetime
    status: str = "active"


@dataclass
class MValue:
    """A sale or load a cancel may undo."""

    kind: str
    amount: int
    terminal: str
    created_at: datetime
    cancelled: bool = False
    used_since: bool = False  # redeemed from afterwards


@dataclass
class MCard:
    code: str
    program: str  # "gift": activate on sale, reloadable, partial; "promo": allocate, in full
    status: CardStatus = CardStatus.PENDING
    balance: int = 0
    locked_from: CardStatus | None = None
    valid_until: datetime | None = None
    token: str | None = None  # an allocated card's activation token, until it is used
    written_off: int = 0  # value taken by its last expiry
    values: list[MValue] = field(default_factory=list)
    preset: int = 0  # the value a sale without one takes (a cancelled sale's), else the program's


@dataclass
class MRedemption:
    code: str
    amount: int
    created_at: datetime
    reversed: bool = False
    given_back: int = 0  # refunds and the reversal
    refunded: bool = False


@dataclass
class Model:
    cards: dict[str, MCard] = field(default_factory=dict)
    holds: dict[int, MHold] = field(default_factory=dict)
    redemptions: dict[int, MRedemption] = field(default_factory=dict)
    # Per program: the signed sum of each column of the liability report.
    books: dict[str, dict[str, int]] = field(default_factory=lambda: {
        name: dict.fromkeys(books.COLUMNS, 0) for name in ("gift", "promo")})

    def book(self, card: MCard, column: str, delta: int) -> None:
        self.books[card.program][column] += delta

    def held(self, code: str) -> int:
        return sum(h.amount for h in self.holds.values() if h.code == code
                   and h.status == "active")

    def due_holds(self, code: str, now: datetime) -> list[MHold]:
        return [h for h in self.holds.values() if h.code == code and h.status == "active"
                and h.expires_at <= now]

    def expire_due(self, code: str, now: datetime) -> None:
        for hold in self.due_holds(code, now):
            hold.status = "expired"


def sqlite_databases(tmp_path: Path) -> Iterator[Callable[[], tuple[str, Callable[[], None]]]]:
    """A fresh migrated SQLite file per example, copied from one migrated template."""
    template = tmp_path / "template.db"
    engine = make_engine(f"sqlite:///{template}")
    upgrade(engine)
    ensure_merchant(engine, "Test Shop")
    engine.dispose()

    def fresh() -> tuple[str, Callable[[], None]]:
        path = tmp_path / f"{uuid.uuid4().hex}.db"
        shutil.copy(template, path)
        return f"sqlite:///{path}", lambda: path.unlink(missing_ok=True)

    yield fresh


def postgres_databases(template: str) -> Callable[[], tuple[str, Callable[[], None]]]:
    """A fresh PostgreSQL database per example, copied from the session's template."""

    def admin(sql: str) -> None:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def fresh() -> tuple[str, Callable[[], None]]:
        name = f"giftdesk_sm_{uuid.uuid4().hex[:12]}"
        admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
        return url, lambda: admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return fresh


def ledger_machine(new_database: Callable[[], tuple[str, Callable[[], None]]]
                   ) -> type[RuleBasedStateMachine]:
    class LedgerMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            url, self.drop = new_database()
            self.engine = make_engine(url)
            self.clock = Clock()
            self.ledger = Ledger(self.engine, clock=self.clock)
            self.model = Model()
            self.replays: list[tuple[str, Callable[[], Any], Any]] = []
            self.serial = 0

        def teardown(self) -> None:
            try:
                for code in self.model.cards:
                    reversed_ids = [e.related_id for e in self.ledger.journal(code)
                                    if e.kind is EntryKind.REVERSE]
                    assert len(reversed_ids) == len(set(reversed_ids))
            finally:
                self.engine.dispose()
                self.drop()

        # ------------------------------------------------------------- helpers

        @property
        def now(self) -> datetime:
            return self.clock.now

        def request_id(self) -> str:
            self.serial += 1
            return f"req-{self.serial}"

        def call(self, expected: ErrorCode | None, make_call: Callable[[str], Any],
                 replayable: bool = True) -> Any:
            """Run an operation under a new request id; check it is refused as predicted."""
            request_id = self.request_id()
            if expected is not None:
                with pytest.raises(GiftDeskError) as exc:
                    make_call(request_id)
                assert exc.value.code is expected, exc.value.detail
                return None
            result = make_call(request_id)
            if replayable:
                shown = result
                if isinstance(result, Sale):  # secrets are shown once, not on a replay
                    shown = replace(result, activation_token=None, pin=None)
                self.replays.append((request_id, lambda: make_call(request_id), shown))
            return result

        def period_over(self, card: MCard) -> bool:
            return card.valid_until is not None and self.now >= card.valid_until

        def use_refusal(self, card: MCard, amount: int, held: int) -> ErrorCode | None:
            """Why a redemption or hold of `amount` is refused (holds due already freed)."""
            if card.status in STATUS_REFUSAL and card.status is not CardStatus.ACTIVE:
                return STATUS_REFUSAL[card.status]
            if self.period_over(card):
                return ErrorCode.CARD_EXPIRED
            available = card.balance - held
            if amount > available:
                return ErrorCode.INSUFFICIENT_BALANCE
            if card.program == "promo" and amount != available:
                return ErrorCode.PARTIAL_NOT_ALLOWED
            return None

        def redeemed(self, card: MCard, redemption_id: int, amount: int) -> None:
            self.model.redemptions[redemption_id] = MRedemption(card.code, amount, self.now)
            self.model.book(card, "redeemed", -amount)
            for value in card.values:
                value.used_since = True

        def held_after_expiry(self, card: MCard) -> int:
            return self.model.held(card.code) - sum(
                h.amount for h in self.model.due_holds(card.code, self.now))

        # ------------------------------------------------------------- set-up

        @initialize()
        def programs_and_cards(self) -> None:
            gift = self.ledger.create_program(ADMIN, ProgramSpec(
                name="Gift", default_value=5000, reloadable=True, max_balance=GIFT_MAX))
            promo = self.ledger.create_program(ADMIN, ProgramSpec(
                name="Promo", default_value=1000, activation=Activation.ALLOCATE,
                partial_redemption=False))
            self.program_names = {gift.id: "gift", promo.id: "promo"}
            for program_id, name, count in ((gift.id, "gift", 5), (promo.id, "promo", 3)):
                for card in self.ledger.generate_cards(ADMIN, program_id, count, pending=True):
                    self.model.cards[card.code] = MCard(card.code, name)
            # Most cards start in use: four gift cards sold, one promo sold, one activated.
            for index, value in enumerate((5000, 20_000, 800, GIFT_MAX)):
                self.sell(index, value)
            self.sell(5, None)
            self.sell(6, None)
            self.activate(6, right=True)

        cards = st.integers(min_value=0, max_value=7)
        # An amount, or -1 for "everything available on the card".
        amounts = st.one_of(st.integers(min_value=1, max_value=3000),
                            st.sampled_from([-1, -1, 5000, GIFT_MAX]))

        def units(self, card: MCard, amount: int) -> int:
            if amount == -1:
                return max(1, self.model.cards[card.code].balance - self.model.held(card.code))
            return amount

        def card(self, index: int) -> MCard:
            return list(self.model.cards.values())[index]

        # ------------------------------------------------------------- rules

        @rule(index=cards, value=st.one_of(st.none(), st.integers(1, GIFT_MAX + 20_000)))
        def sell(self, index: int, value: int | None) -> None:
            card = self.card(index)
            units = value if value is not None else (
                card.preset or (5000 if card.program == "gift" else 1000))
            expected = None
            if card.status is not CardStatus.PENDING:
                expected = ErrorCode.CARD_NOT_PENDING
            elif card.program == "gift" and units > GIFT_MAX:
                expected = ErrorCode.MAX_BALANCE_EXCEEDED
            sale = self.call(expected, lambda rid: self.ledger.sell(
                CASHIER, card.code, value=value, request_id=rid))
            if sale is None:
                return
            card.balance, card.valid_until = units, None
            card.values.append(MValue("sell", units, CASHIER.terminal, self.now))
            self.model.book(card, "issued", units)
            if card.program == "gift":
                card.status = CardStatus.ACTIVE
            else:
                card.status, card.token = CardStatus.ALLOCATED, sale.activation_token
                assert card.token

        @rule(index=cards, right=st.booleans())
        def activate(self, index: int, right: bool) -> None:
            card = self.card(index)
            token = card.token if right and card.token else "WRONG-TOKEN"
            expected = None
            if card.status is not CardStatus.ALLOCATED:
                expected = ErrorCode.CARD_NOT_ALLOCATED
            elif token != card.token:
                expected = ErrorCode.ACTIVATION_TOKEN_INVALID
            if self.call(expected, lambda rid: self.ledger.activate(
                    CASHIER, card.code, token, request_id=rid)) is not None:
                card.status, card.token = CardStatus.ACTIVE, None

        @rule(index=cards, amount=amounts)
        def load(self, index: int, amount: int) -> None:
            card = self.card(index)
            amount = self.units(card, amount)
            expected = None
            if card.program == "promo":
                expected = ErrorCode.RELOAD_NOT_ALLOWED
            elif card.status not in (CardStatus.ACTIVE, CardStatus.DEPLETED):
                expected = STATUS_REFUSAL[card.status]
            elif self.period_over(card):
                expected = ErrorCode.CARD_EXPIRED
            elif card.balance + amount > GIFT_MAX:
                expected = ErrorCode.MAX_BALANCE_EXCEEDED
            view = self.call(expected, lambda rid: self.ledger.load(
                CASHIER, card.code, amount, request_id=rid))
            if view is not None:
                card.balance += amount
                card.status = CardStatus.ACTIVE
                card.values.append(MValue("load", amount, CASHIER.terminal, self.now))
                self.model.book(card, "loaded", amount)
                assert view.balance == card.balance

        @rule(index=cards, amount=amounts)
        def redeem(self, index: int, amount: int) -> None:
            card = self.card(index)
            amount = max(1, card.balance - self.held_after_expiry(card)) if amount == -1 \
                else amount
            expected = self.use_refusal(card, amount, self.held_after_expiry(card))
            result = self.call(expected, lambda rid: self.ledger.redeem(
                CASHIER, card.code, amount, request_id=rid))
            if result is None:
                return
            self.model.expire_due(card.code, self.now)
            card.balance -= amount
            if card.balance == 0:
                card.status = CardStatus.DEPLETED
            assert result.balance_after == card.balance
            self.redeemed(card, result.id, amount)

        @rule(index=cards, amount=amounts, ttl=st.sampled_from([60, 600, 3600]))
        def hold(self, index: int, amount: int, ttl: int) -> None:
            card = self.card(index)
            amount = max(1, card.balance - self.held_after_expiry(card)) if amount == -1 \
                else amount
            expected = self.use_refusal(card, amount, self.held_after_expiry(card))
            result = self.call(expected, lambda rid: self.ledger.hold(
                CASHIER, card.code, amount, ttl_s=ttl, request_id=rid))
            if result is None:
                return
            self.model.expire_due(card.code, self.now)
            self.model.holds[result.id] = MHold(card.code, amount,
                                                self.now + timedelta(seconds=ttl))

        def some_hold(self) -> st.SearchStrategy[int]:
            """Mostly a hold still active; sometimes any hold, settled ones included."""
            active = sorted(i for i, h in self.model.holds.items() if h.status == "active")
            every = st.sampled_from(sorted(self.model.holds))
            return st.one_of(st.sampled_from(active), every) if active else every

        def hold_refusal(self, hold: MHold) -> ErrorCode | None:
            if hold.status == "active" and hold.expires_at <= self.now:
                self.model.expire_due(hold.code, self.now)  # committed though refused
                return ErrorCode.HOLD_EXPIRED
            if hold.status == "expired":
                return ErrorCode.HOLD_EXPIRED
            if hold.status != "active":
                return ErrorCode.HOLD_NOT_ACTIVE
            return None

        @precondition(lambda self: self.model.holds)
        @rule(data=st.data(), partly=st.booleans())
        def capture(self, data: st.DataObject, partly: bool) -> None:
            hold_id = data.draw(self.some_hold(), label="hold")
            hold = self.model.holds[hold_id]
            card = self.model.cards[hold.code]
            amount = max(1, hold.amount // 2) if partly else None
            expected = self.hold_refusal(hold)
            if expected is None and card.status is not CardStatus.ACTIVE:
                expected = STATUS_REFUSAL[card.status]
            result = self.call(expected, lambda rid: self.ledger.capture(
                CASHIER, hold_id, amount=amount, request_id=rid))
            if result is None:
                return
            taken = hold.amount if amount is None else amount
            hold.status = "captured"
            card.balance -= taken
            if card.balance == 0:
                card.status = CardStatus.DEPLETED
            assert (result.amount, result.balance_after) == (taken, card.balance)
            self.redeemed(card, result.id, taken)

        @precondition(lambda self: self.model.holds)
        @rule(data=st.data())
        def release(self, data: st.DataObject) -> None:
            hold_id = data.draw(self.some_hold(), label="hold")
            hold = self.model.holds[hold_id]
            expected = self.hold_refusal(hold)
            if self.call(expected, lambda rid: self.ledger.release(
                    CASHIER, hold_id, request_id=rid)) is not None:
                hold.status = "released"

        @rule(seconds=st.sampled_from([1, 59, 60, 601, 3600, 2 * 86400]))
        def time_passes(self, seconds: int) -> None:
            self.clock.now += timedelta(seconds=seconds)

        @precondition(lambda self: self.model.redemptions)
        @rule(data=st.data())
        def reverse(self, data: st.DataObject) -> None:
            standing = sorted(i for i, r in self.model.redemptions.items() if not r.reversed)
            every = st.sampled_from(sorted(self.model.redemptions))
            redemption_id = data.draw(st.one_of(st.sampled_from(standing), every) if standing
                                      else every, label="redemption")
            redemption = self.model.redemptions[redemption_id]
            card = self.model.cards[redemption.code]
            expected = None
            if redemption.reversed:
                expected = ErrorCode.ALREADY_REVERSED
            elif self.now - redemption.created_at > DEFAULT_REVERSAL_WINDOW:
                expected = ErrorCode.REVERSAL_WINDOW_CLOSED
            elif redemption.refunded:
                expected = ErrorCode.NOT_REVERSIBLE
            elif card.status in ENDED:
                expected = ENDED[card.status]
            result = self.call(expected, lambda rid: self.ledger.reverse(
                MANAGER, redemption_id, "refund", request_id=rid))
            if result is None:
                return
            redemption.reversed = True
            redemption.given_back += redemption.amount
            self.model.book(card, "reversed", redemption.amount)
            card.balance += redemption.amount
            if card.status is CardStatus.DEPLETED:
                card.status = CardStatus.ACTIVE
            assert result.status == "reversed"
            assert result.balance_after_reversal == card.balance

        @rule(index=cards)
        def lock(self, index: int) -> None:
            card = self.card(index)
            expected = None
            if card.status in (CardStatus.LOCKED, CardStatus.EXPIRED, *ENDED):
                expected = STATUS_CODE[card.status]
            if self.call(expected, lambda rid: self.ledger.lock(
                    CASHIER, card.code, "check", request_id=rid)) is not None:
                card.status, card.locked_from = CardStatus.LOCKED, card.status

        @rule(index=cards)
        def unlock(self, index: int) -> None:
            card = self.card(index)
            expected = None if card.status is CardStatus.LOCKED else ErrorCode.VALIDATION_ERROR
            if self.call(expected, lambda rid: self.ledger.unlock(
                    MANAGER, card.code, "ok", request_id=rid)) is None:
                return
            previous = card.locked_from or CardStatus.ACTIVE
            if previous in (CardStatus.ACTIVE, CardStatus.DEPLETED):
                previous = CardStatus.ACTIVE if card.balance else CardStatus.DEPLETED
            card.status, card.locked_from = previous, None

        @rule(index=cards, closing=st.booleans())
        def void_or_close(self, index: int, closing: bool) -> None:
            card = self.card(index)
            expected = ENDED.get(card.status)
            if expected is None and closing and card.status is CardStatus.PENDING:
                expected = ErrorCode.CARD_NOT_ACTIVE  # never sold: voided, not closed
            if expected is None and self.held_after_expiry(card):
                expected = ErrorCode.VALIDATION_ERROR
            end = self.ledger.close if closing else self.ledger.void
            if self.call(expected, lambda rid: end(MANAGER, card.code, "end",
                                                   request_id=rid)) is None:
                return
            self.model.expire_due(card.code, self.now)
            self.model.book(card, "written_off", -card.balance)
            card.status = CardStatus.CLOSED if closing else CardStatus.VOID
            card.balance, card.locked_from = 0, None

        @rule(index=cards)
        def expire(self, index: int) -> None:
            """The card's validity ends now; the expiry sweep writes off what is left."""
            card = self.card(index)
            until = self.now
            if self.call(validity_refusal(card), lambda rid: self.ledger.update_card(
                    MANAGER, card.code, valid_until=until, request_id=rid)) is not None:
                card.valid_until = until
            report = self.ledger.expire_cards(MANAGER)
            holds_freed = 0
            for code in self.model.cards:
                if self.model.due_holds(code, self.now):
                    holds_freed += 1
                    self.model.expire_due(code, self.now)
            expired, breakage = 0, 0
            for other in self.model.cards.values():
                if other.status in LIVE and other.valid_until is not None \
                        and other.valid_until <= self.now:
                    for hold in self.model.holds.values():
                        if hold.code == other.code and hold.status == "active":
                            hold.status = "expired"
                    expired += 1
                    breakage += other.balance
                    self.model.book(other, "expired", -other.balance)
                    other.written_off, other.balance = other.balance, 0
                    other.locked_from = (CardStatus.LOCKED if other.status is CardStatus.LOCKED
                                         else None)
                    other.status = CardStatus.EXPIRED
            assert report.cards_expired == expired
            assert report.breakage == ({"USD": breakage} if expired else {})
            assert report.holds_expired == holds_freed

        @rule(index=cards)
        def extend(self, index: int) -> None:
            card = self.card(index)
            until = self.now + timedelta(days=10)
            if self.call(validity_refusal(card), lambda rid: self.ledger.update_card(
                    MANAGER, card.code, valid_until=until, request_id=rid)) is None:
                return
            card.valid_until = until
            if card.status is CardStatus.EXPIRED:
                card.balance += card.written_off
                self.model.book(card, "adjusted", card.written_off)
                status = (CardStatus.ALLOCATED if card.token else
                          CardStatus.ACTIVE if card.balance else CardStatus.DEPLETED)
                if card.locked_from is CardStatus.LOCKED:  # it stays locked
                    card.status, card.locked_from = CardStatus.LOCKED, status
                else:
                    card.status, card.locked_from = status, None

        @rule(index=cards, by_manager=st.booleans())
        def cancel(self, index: int, by_manager: bool) -> None:
            """Undo the card's last sale or load not cancelled yet."""
            card = self.card(index)
            actor = MANAGER if by_manager else CASHIER
            last = next((v for v in reversed(card.values) if not v.cancelled), None)
            available = card.balance - self.held_after_expiry(card)
            expected = None
            if last is None:
                expected = ErrorCode.NOTHING_TO_CANCEL
            else:
                selling = last.kind == "sell"
                expected = status_refusal(card, (CardStatus.ACTIVE, CardStatus.DEPLETED, *(
                    (CardStatus.ALLOCATED,) if selling else ())))
                if expected is not None:
                    pass
                elif self.now - last.created_at > CANCEL_WINDOW:
                    expected = ErrorCode.CANCEL_WINDOW_CLOSED
                elif not by_manager and (last.amount > CASHIER_CANCEL_LIMIT
                                         or last.terminal != actor.terminal):
                    expected = ErrorCode.FORBIDDEN
                elif last.amount > available or (selling and (
                        card.balance != last.amount or last.used_since)):
                    expected = ErrorCode.ALREADY_SPENT
            view = self.call(expected, lambda rid: self.ledger.cancel_last(
                actor, card.code, "mistake", request_id=rid))
            if view is None:
                return
            assert last is not None
            self.model.expire_due(card.code, self.now)
            last.cancelled = True
            self.model.book(card, "cancelled", -last.amount)
            if last.kind == "sell":
                card.status, card.balance, card.valid_until = CardStatus.PENDING, 0, None
                card.token, card.preset = None, last.amount
            else:
                card.balance -= last.amount
                card.status = status_for(card.balance, card.status)
            card.locked_from = None
            assert view.balance == card.balance

        @rule(data=st.data(), index=cards, amount=amounts, tied=st.booleans(),
              by_manager=st.booleans())
        def refund(self, data: st.DataObject, index: int, amount: int, tied: bool,
                   by_manager: bool) -> None:
            """A return paid back onto a card: tied to a redemption, or standing alone."""
            redemption_id = (data.draw(st.sampled_from(sorted(self.model.redemptions)),
                                       label="redemption")
                             if tied and self.model.redemptions else None)
            redemption = self.model.redemptions.get(redemption_id or 0)
            # Mostly the redemption's own card; sometimes another one.
            card = self.model.cards[redemption.code] if redemption and index % 4 else \
                self.card(index)
            units = self.units(card, amount)
            actor = MANAGER if by_manager else CASHIER
            expected = None
            if redemption is None:
                if not by_manager:
                    expected = ErrorCode.FORBIDDEN
            elif redemption.code != card.code:
                expected = ErrorCode.REDEMPTION_NOT_FOUND
            elif units > redemption.amount - redemption.given_back:
                expected = ErrorCode.REFUND_EXCEEDS_REDEMPTION
            if expected is None:
                expected = status_refusal(card, HELD_OR_LIVE)
            if expected is None and card.program == "gift" and card.balance + units > GIFT_MAX:
                expected = ErrorCode.MAX_BALANCE_EXCEEDED
            view = self.call(expected, lambda rid: self.ledger.refund(
                actor, card.code, units, redemption_id=redemption_id, reason="return",
                request_id=rid))
            if view is None:
                return
            if redemption is not None:
                redemption.given_back += units
                redemption.refunded = True
            self.model.book(card, "refunded", units)
            card.balance += units
            card.status = status_for(card.balance, card.status)
            assert view.balance == card.balance

        @rule(index=cards, delta=st.one_of(st.integers(-3000, -1), st.integers(1, 3000),
                                           st.sampled_from([-GIFT_MAX, GIFT_MAX])),
              by_manager=st.booleans())
        def adjust(self, index: int, delta: int, by_manager: bool) -> None:
            card = self.card(index)
            actor = MANAGER if by_manager else CASHIER
            expected = None if by_manager else ErrorCode.FORBIDDEN
            if expected is None:
                expected = status_refusal(card, HELD_OR_LIVE)
            if expected is None and card.balance - self.held_after_expiry(card) + delta < 0:
                expected = ErrorCode.INSUFFICIENT_BALANCE
            if expected is None and delta > 0 and card.program == "gift" \
                    and card.balance + delta > GIFT_MAX:
                expected = ErrorCode.MAX_BALANCE_EXCEEDED
            view = self.call(expected, lambda rid: self.ledger.adjust(
                actor, card.code, delta, "counted", request_id=rid))
            if view is None:
                return
            self.model.expire_due(card.code, self.now)
            self.model.book(card, "adjusted", delta)
            card.balance += delta
            card.status = status_for(card.balance, card.status)
            assert view.balance == card.balance

        @rule(source_index=cards, target_index=cards, by_manager=st.booleans())
        def transfer(self, source_index: int, target_index: int, by_manager: bool) -> None:
            """A lost card's whole balance moved to another card; the old card closes."""
            source, target = self.card(source_index), self.card(target_index)
            actor = MANAGER if by_manager else CASHIER
            expected = None if by_manager else ErrorCode.FORBIDDEN
            if expected is None and source is target:
                expected = ErrorCode.SAME_CARD
            if expected is None:
                expected = status_refusal(source, HELD_OR_LIVE)
            if expected is None and self.held_after_expiry(source):
                expected = ErrorCode.VALIDATION_ERROR
            if expected is None and source.balance <= 0:
                expected = ErrorCode.CARD_DEPLETED
            if expected is None and target.status is not CardStatus.PENDING:
                expected = status_refusal(target, (CardStatus.ACTIVE, CardStatus.DEPLETED))
            if expected is None and target.program == "gift" \
                    and target.balance + source.balance > GIFT_MAX:
                expected = ErrorCode.MAX_BALANCE_EXCEEDED
            moved = self.call(expected, lambda rid: self.ledger.transfer(
                actor, source.code, target.code, "lost", request_id=rid))
            if moved is None:
                return
            self.model.expire_due(source.code, self.now)
            amount = source.balance
            self.model.book(source, "transferred", -amount)
            self.model.book(target, "transferred", amount)
            if target.status is CardStatus.PENDING:
                target.valid_until, target.token = source.valid_until, None
            source.balance, source.status, source.locked_from = 0, CardStatus.CLOSED, None
            target.balance += amount
            target.status, target.locked_from = CardStatus.ACTIVE, None
            assert (moved.amount, moved.target.balance) == (amount, target.balance)

        @rule(index=cards, amount=amounts)
        def training_redeem(self, index: int, amount: int) -> None:
            """A trainee's redemption, whatever its outcome, never changes the real card."""
            card = self.card(index)
            try:
                result = self.ledger.redeem(TRAINEE, card.code, self.units(card, amount))
            except GiftDeskError:
                return
            assert result.training

        @precondition(lambda self: self.replays)
        @rule(data=st.data())
        def replay(self, data: st.DataObject) -> None:
            """An earlier request sent again returns its first answer and changes nothing."""
            request_id, again, first = data.draw(st.sampled_from(self.replays), label="replay")
            assert again() == first, request_id

        @precondition(lambda self: self.replays)
        @rule(data=st.data())
        def reuse_request_id(self, data: st.DataObject) -> None:
            request_id, _, _ = data.draw(st.sampled_from(self.replays), label="reused")
            code = next(iter(self.model.cards))
            with pytest.raises(GiftDeskError) as exc:
                self.ledger.lock(CASHIER, code, "a different request", request_id=request_id)
            assert exc.value.code is ErrorCode.IDEMPOTENCY_CONFLICT

        @precondition(lambda self: self.model.redemptions)
        @rule(data=st.data())
        def look_up_redemption(self, data: st.DataObject) -> None:
            redemption_id = data.draw(st.sampled_from(sorted(self.model.redemptions)))
            found = self.ledger.get_redemption(redemption_id)
            expected = self.model.redemptions[redemption_id]
            assert (found.card_code, found.amount) == (expected.code, expected.amount)
            assert found.status == ("reversed" if expected.reversed else "completed")

        # ------------------------------------------------------------- invariants

        @invariant()
        def ledger_agrees_with_the_model(self) -> None:
            if not self.model.cards:
                return
            for code, expected in self.model.cards.items():
                card = self.ledger.get_card(code)
                held = self.model.held(code)
                assert (card.status, card.balance, card.held) == (
                    expected.status, expected.balance, held), code
                assert card.balance >= 0
                assert 0 <= card.held <= card.balance
            # Only a locked card, or one expired while locked, remembers another status.
            with self.engine.connect() as conn:
                remembered = dict(conn.execute(
                    select(cards.c.code, cards.c.locked_from).where(~cards.c.training)).all())
            for code, expected in self.model.cards.items():
                if expected.status not in (CardStatus.LOCKED, CardStatus.EXPIRED):
                    assert remembered[code] is None, (code, expected.status)
            assert self.ledger.audit_balances() == []

        @invariant()
        def liability_report_agrees_with_the_model(self) -> None:
            if not self.model.cards:
                return
            names = [*books.COLUMNS, "liability"]
            reported = {program: dict.fromkeys(names, 0) for program in self.model.books}
            for line in books.liability(self.engine, self.now):
                assert line.liability == sum(getattr(line, c) for c in books.COLUMNS)
                sums = reported[self.program_names[line.program_id]]
                for column in names:
                    sums[column] += getattr(line, column)
            for program, columns in self.model.books.items():
                owed = sum(c.balance for c in self.model.cards.values() if c.program == program)
                assert reported[program] == {**columns, "liability": owed}, program

    return LedgerMachine


@pytest.mark.slow
def test_ledger_state_machine_on_sqlite(tmp_path: Path) -> None:
    for new_database in sqlite_databases(tmp_path):
        run_state_machine_as_test(ledger_machine(new_database), settings=settings(
            max_examples=20, stateful_step_count=35, deadline=None,
            suppress_health_check=[HealthCheck.too_slow]))


@pytest.mark.slow
@pytest.mark.postgres
def test_ledger_state_machine_on_postgres(pg_template: str) -> None:
    run_state_machine_as_test(ledger_machine(postgres_databases(pg_template)), settings=settings(
        max_examples=10, stateful_step_count=30, deadline=None,
        suppress_health_check=[HealthCheck.too_slow]))
