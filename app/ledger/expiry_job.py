"""The expiry run: cards past their validity are expired and their value written off.

Each card expires in its own write transaction through the ledger's writer, which reads the
card again under its lock and does nothing if it is no longer due: a run is idempotent, and two
runs at once (two server processes, a server and `giftdesk expire`) expire each card once.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.domain.model import Actor, CardStatus, Kind
from app.domain.money import format_items, format_money
from app.ledger.directory import SYSTEM_ACTOR
from app.ledger.schema import cards, programs

if TYPE_CHECKING:
    from app.ledger.engine import Ledger

log = logging.getLogger("giftdesk.expiry")
# `giftdesk serve` runs expiry this often unless told otherwise (or not at all).
DEFAULT_INTERVAL = timedelta(hours=1)
# An actor the journal names for scheduled expiry.
EXPIRY_ACTOR = Actor(operator="expiry", role=SYSTEM_ACTOR.role, location=SYSTEM_ACTOR.location,
                     terminal="expiry")
_DUE = (CardStatus.ACTIVE.value, CardStatus.DEPLETED.value, CardStatus.ALLOCATED.value,
        CardStatus.LOCKED.value)


@dataclass(frozen=True)
class ExpiredCard:
    """One card expired (or, in a dry run, due to expire) and the value written off."""

    code: str
    program: str
    unit: str  # currency, or the item label of an item card
    value: int
    training: bool
    kind: Kind = Kind.MONETARY

    def shown(self) -> str:
        """The value as a person reads it: "USD 38.00", "3 × Coffee"."""
        return show_value(self.value, self.unit, self.kind)


def show_value(value: int, unit: str, kind: Kind) -> str:
    return format_items(value, unit) if kind is Kind.ITEM else format_money(value, unit, "en")


def due(ledger: Ledger, *, limit: int = 100_000) -> list[ExpiredCard]:
    """What a run would expire now (read only): the dry run."""
    with ledger._read() as conn:
        rows = conn.execute(
            select(cards.c.code, cards.c.balance, cards.c.training, programs.c.name,
                   programs.c.kind, programs.c.currency, programs.c.item_label)
            .join(programs, programs.c.id == cards.c.program_id)
            .where(cards.c.status.in_(_DUE), cards.c.valid_until <= ledger.clock())
            .order_by(cards.c.id).limit(limit)).all()
    return [ExpiredCard(r.code, r.name, _unit(r.kind, r.currency, r.item_label), r.balance,
                        r.training, Kind(r.kind)) for r in rows]


def _unit(kind: str, currency: str, item_label: str | None) -> str:
    return (item_label or "items") if kind == Kind.ITEM.value else currency


def run(ledger: Ledger, actor: Actor = EXPIRY_ACTOR, *, batch: int = 500) -> list[ExpiredCard]:
    """Expire every card that is due; returns those this run expired (not another's)."""
    ledger.expire_holds(actor)
    done: list[ExpiredCard] = []
    skipped: set[int] = set()
    while True:
        with ledger._read() as conn:
            rows = conn.execute(
                select(cards.c.id, cards.c.code, programs.c.name, programs.c.kind,
                       programs.c.currency, programs.c.item_label)
                .join(programs, programs.c.id == cards.c.program_id)
                .where(cards.c.status.in_(_DUE), cards.c.valid_until <= ledger.clock(),
                       cards.c.id.not_in(skipped) if skipped else cards.c.id > 0)
                .order_by(cards.c.id).limit(batch)).all()
        if not rows:
            return done
        for row in rows:
            result = ledger._change(actor, None, "expire", {}, tuple,
                                    partial(ledger._expire_one, card_id=row.id, actor=actor))
            if result:
                _unit_name, value, training = result
                done.append(ExpiredCard(row.code, row.name,
                                        _unit(row.kind, row.currency, row.item_label),
                                        value, training, Kind(row.kind)))
            else:  # not due any more (another run, or changed): do not read it again
                skipped.add(row.id)


def summary(expired: list[ExpiredCard], *, dry_run: bool = False) -> str:
    """One line for a log or a terminal: how many real cards expired (or, in a dry run, are
    due to), and the value written off per currency or item."""
    real = [c for c in expired if not c.training]
    per_unit: dict[tuple[str, Kind], int] = {}
    for card in real:
        per_unit[card.unit, card.kind] = per_unit.get((card.unit, card.kind), 0) + card.value
    written = ", ".join(show_value(value, unit, kind)
                        for (unit, kind), value in sorted(per_unit.items()))
    done, off = ("due to expire", "to write off") if dry_run else ("expired", "written off")
    return (f"{len(real)} card(s) {done}" + (f"; {off}: {written}" if written else "")
            + (f" ({len(expired) - len(real)} training copies too)" if len(real) < len(expired)
               else ""))


async def run_periodically(ledger: Ledger, interval: timedelta,
                           first_after: timedelta = timedelta(0)) -> None:
    """The server's schedule: a run after `first_after` (a server: now), then every
    `interval`, each in a worker thread.

    Several server processes may each run it: a card still expires once (see `run`)."""
    await asyncio.sleep(first_after.total_seconds())
    while True:
        running = asyncio.ensure_future(asyncio.to_thread(run, ledger))
        try:
            expired = await asyncio.shield(running)
        except asyncio.CancelledError:
            await asyncio.wait([running])  # let the thread finish with its connection
            raise
        except Exception:
            log.exception("expiry run failed")
        else:
            if expired:
                log.info("expiry: %s", summary(expired))
        await asyncio.sleep(interval.total_seconds())
