"""Reports over the journal: the shift report of one terminal (training rows left out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select

from app.domain.model import REDEMPTION_KINDS, EntryKind, Kind
from app.ledger.books import reading
from app.ledger.schema import cards, journal, programs


@dataclass(frozen=True)
class ShiftTotal:
    """Redemptions taken and reversals made at a terminal, for one currency or item."""

    currency: str
    kind: Kind
    item_label: str | None
    redemptions: int
    redeemed: int
    reversals: int
    reversed: int

    @property
    def net(self) -> int:
        return self.redeemed - self.reversed


def shift_totals(engine: Engine, *, location: str, terminal: str, since: datetime,
                 until: datetime) -> list[ShiftTotal]:
    """Totals per currency (monetary cards) and per item label (item cards)."""
    kinds = [k.value for k in REDEMPTION_KINDS] + [EntryKind.REVERSE.value]
    is_reversal = journal.c.kind == EntryKind.REVERSE.value
    query = (
        select(programs.c.currency, programs.c.kind, programs.c.item_label,
               is_reversal.label("reversal"), func.count().label("n"),
               func.sum(journal.c.amount).label("total"))
        .select_from(journal.join(cards, cards.c.id == journal.c.card_id)
                     .join(programs, programs.c.id == cards.c.program_id))
        .where(journal.c.location == location, journal.c.terminal == terminal,
               journal.c.created_at >= since, journal.c.created_at < until,
               journal.c.training.is_(False), journal.c.kind.in_(kinds))
        .group_by(programs.c.currency, programs.c.kind, programs.c.item_label, is_reversal)
    )
    sums: dict[tuple[str, str, str | None], list[int]] = {}
    with reading(engine) as conn:
        for row in conn.execute(query):
            totals = sums.setdefault((row.currency, row.kind, row.item_label), [0, 0, 0, 0])
            offset = 2 if row.reversal else 0
            totals[offset] += int(row.n)
            totals[offset + 1] += int(row.total or 0)
    return [ShiftTotal(currency, Kind(kind), label, *totals)
            for (currency, kind, label), totals in sorted(
                sums.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] or ""))]
