"""Read-only look-ups the HTTP API needs beyond the engine's: many cards at once, hold facts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.domain.model import Kind
from app.ledger import store
from app.ledger.engine import Ledger
from app.ledger.results import CardView
from app.ledger.schema import cards, holds

_CHUNK = 900  # below SQLite's limit on bound parameters


@dataclass(frozen=True)
class HoldFacts:
    """What the API checks about a hold before capturing or releasing it."""

    card_code: str
    kind: Kind
    item_label: str | None
    training: bool
    location: str  # where the hold was made


def card_views(ledger: Ledger, codes: Sequence[str]) -> list[CardView]:
    """The real (non-training) cards with these codes, in the order given."""
    found: dict[str, CardView] = {}
    with ledger.engine.connect() as conn:
        for i in range(0, len(codes), _CHUNK):
            rows = conn.execute(select(cards).where(
                cards.c.code.in_(codes[i:i + _CHUNK]), cards.c.training.is_(False)))
            for row in rows:
                found[row.code] = store.card_view(store.card_from_row(row),
                                                  ledger.program(conn, row.program_id))
    return [found[code] for code in codes if code in found]


def hold_facts(ledger: Ledger, hold_id: int) -> HoldFacts | None:
    with ledger.engine.connect() as conn:
        row = conn.execute(select(holds.c.training, holds.c.location, cards.c.code,
                                  cards.c.program_id)
                           .join(cards, cards.c.id == holds.c.card_id)
                           .where(holds.c.id == hold_id)).first()
        if row is None:
            return None
        program = ledger.program(conn, row.program_id)
    return HoldFacts(row.code, program.kind, program.item_label, row.training, row.location)
