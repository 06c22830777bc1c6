"""Expiry: holds whose time is up, and cards past their validity (breakage)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from sqlalchemy import Connection, select, update

from app.domain import plans, rules
from app.domain.model import Actor, CardStatus, EntryKind, HoldStatus, Kind, Role
from app.ledger import store
from app.ledger.operations.core import LedgerCore, Loaded
from app.ledger.results import ExpiryReport
from app.ledger.schema import cards, holds


class ExpiryOps(LedgerCore):
    """The scheduled jobs that free timed-out holds and expire cards."""

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
        loaded = self._expire_due_holds(conn, self.loaded(conn, row), actor, now)
        return int(before != loaded.card.held)


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
        program = self.program(conn, row.program_id, store.program_version(row))
        loaded = Loaded(row, card, program)
        if card.held:
            conn.execute(update(holds).where(holds.c.card_id == card_id,
                                             holds.c.status == HoldStatus.ACTIVE.value)
                         .values(status=HoldStatus.EXPIRED.value, settled_at=now))
            row, _ = self._apply(conn, plans.unhold(card, card.held, EntryKind.HOLD_EXPIRE),
                                 actor, None, now, comment="card expired")
            loaded = Loaded(row, store.card_from_row(row), program)
        plan = plans.expiry(loaded.card)
        # A card locked when it expired stays locked if its validity is ever extended.
        self._apply(conn, plan, actor, None, now,
                    comment="validity ended; remaining value is breakage",
                    values={"locked_from": CardStatus.LOCKED.value
                            if card.status is CardStatus.LOCKED else None})
        return ("items" if program.kind is Kind.ITEM else program.currency, plan.amount,
                card.training)

