"""Read-only queries: a card, its journal, redemptions, the balance audit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select

from app.domain.codes import CardRef
from app.ledger import store
from app.ledger.operations.core import LedgerCore, as_ref
from app.ledger.results import CardView, JournalEntry, Redemption
from app.ledger.schema import cards, journal


class QueryOps(LedgerCore):
    """Reads in a deferred (shared) transaction; nothing here writes."""

    def get_card(self, ref: str | CardRef, *, training: bool = False) -> CardView:
        with self._read() as conn:
            loaded = self._read_card(conn, as_ref(ref), training)
            return store.card_view(loaded.card, loaded.program)


    def get_redemption(self, redemption_id: int) -> Redemption:
        with self._read() as conn:
            return self._redemption(conn, redemption_id)

    def list_redemptions(self, *, card: str | CardRef | None = None,
                         location: str | None = None, terminal: str | None = None,
                         since: datetime | None = None, until: datetime | None = None,
                         training: bool = False, limit: int = 500,
                         locations: Sequence[str] | None = None) -> list[Redemption]:
        """Redemptions, newest first, filtered (`locations`: at any of these); training ones
        only when asked for."""
        conditions = [journal.c.training == training]
        with self._read() as conn:
            if card is not None:
                loaded = self._read_card(conn, as_ref(card), training)
                conditions.append(journal.c.card_id == loaded.card.id)
            if location is not None:
                conditions.append(journal.c.location == location)
            if locations is not None:
                conditions.append(journal.c.location.in_(list(locations)))
            if terminal is not None:
                conditions.append(journal.c.terminal == terminal)
            if since is not None:
                conditions.append(journal.c.created_at >= since)
            if until is not None:
                conditions.append(journal.c.created_at < until)
            return self._redemptions(conn, *conditions, limit=min(limit, 5000))


    def journal(self, ref: str | CardRef, *, training: bool = False) -> list[JournalEntry]:
        with self._read() as conn:
            loaded = self._read_card(conn, as_ref(ref), training)
            return store.card_journal(conn, loaded.card.id)


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

