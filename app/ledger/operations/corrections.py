"""Money corrections in the ledger: cancel the last sale or load, refund, adjust, transfer.

The rules are the plans of `app.domain.corrections`; this module reads what a plan needs and
writes it as every change of value is written (`LedgerCore._apply` inside `_change`: one
transaction, idempotent by request id, a conditional update and the journal row).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, select

from app.domain import corrections
from app.domain.codes import CardRef
from app.domain.errors import ErrorCode, refuse
from app.domain.model import REDEMPTION_KINDS, Actor, CardStatus, EntryKind
from app.domain.rules import check_units
from app.ledger import store
from app.ledger.operations.core import LedgerCore, clean_text
from app.ledger.results import CardView
from app.ledger.schema import journal


@dataclass(frozen=True)
class Transfer:
    """A balance moved from one card to another in one transaction."""

    amount: int
    source: CardView
    target: CardView


def _last_value_entry(conn: Connection, card_id: int) -> corrections.ValueEntry | None:
    """The newest sale or load of the card that has not been cancelled."""
    cancel = journal.alias("cancel")
    row = conn.execute(
        select(journal.c.id, journal.c.kind, journal.c.amount, journal.c.terminal,
               journal.c.created_at)
        .select_from(journal.outerjoin(cancel, and_(
            cancel.c.card_id == journal.c.card_id, cancel.c.related_id == journal.c.id,
            cancel.c.kind == EntryKind.CANCEL.value)))
        .where(journal.c.card_id == card_id, cancel.c.id.is_(None),
               journal.c.kind.in_([EntryKind.SELL.value, EntryKind.LOAD.value]))
        .order_by(journal.c.id.desc()).limit(1)).first()
    if row is None:
        return None
    used = conn.execute(select(journal.c.id).where(
        journal.c.card_id == card_id, journal.c.id > row.id,
        journal.c.kind.in_([k.value for k in REDEMPTION_KINDS])).limit(1)).first()
    return corrections.ValueEntry(id=row.id, kind=EntryKind(row.kind), amount=row.amount,
                                  terminal=row.terminal, created_at=row.created_at,
                                  used_since=used is not None)


def _redemption_facts(conn: Connection, redemption_id: int) -> corrections.RedemptionFacts:
    entry = conn.execute(select(journal).where(journal.c.id == redemption_id)).first()
    if entry is None or EntryKind(entry.kind) not in REDEMPTION_KINDS:
        raise refuse(ErrorCode.REDEMPTION_NOT_FOUND, f"There is no redemption {redemption_id}.")
    given_back = conn.execute(select(func.coalesce(func.sum(journal.c.amount), 0)).where(
        journal.c.card_id == entry.card_id, journal.c.related_id == redemption_id,
        journal.c.kind.in_([EntryKind.REFUND.value, EntryKind.REVERSE.value]))).scalar_one()
    return corrections.RedemptionFacts(
        id=entry.id, card_id=entry.card_id, location=entry.location, amount=entry.amount,
        given_back=int(given_back), training=entry.training)


class CorrectionOps(LedgerCore):
    """Cancel, refund, adjust and transfer: money corrections on cards."""

    cancel_window = corrections.DEFAULT_CANCEL_WINDOW

    def cancel_last(self, actor: Actor, ref: str | CardRef, reason: str | None = None,
                    request_id: str | None = None) -> CardView:
        """Undo the card's last sale or load (RETAIL7 CANCEL); a cancelled sale leaves the card
        pending again, ready to be sold."""
        why = clean_text(reason, "reason")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._expire_due_holds(conn, self._load(conn, ref, actor), actor, now)
            last = _last_value_entry(conn, loaded.card.id)
            plan = corrections.plan_cancel(loaded.card, loaded.program, last, actor, now=now,
                                           window=self.cancel_window)
            assert last is not None
            values: dict[str, Any] = {}
            if plan.after.status is CardStatus.PENDING:  # a sale undone: ready to sell again
                values = dict(valid_from=None, valid_until=None, sender=None, recipient=None,
                              message=None, pin_hash=None, activation_token_hash=None)
            row, _ = self._apply(conn, plan, actor, request_id, now, related_id=last.id,
                                 comment=why or f"{last.kind.value} cancelled",
                                 values=values)
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, "cancel", {"ref": str(ref), "reason": why},
                              CardView, body)

    def refund(self, actor: Actor, ref: str | CardRef, amount: int, *,
               redemption_id: int | None = None, reason: str | None = None,
               reference: str | None = None, request_id: str | None = None) -> CardView:
        """A return paid back onto the card: tied to one of its redemptions (up to what is left
        of it), or standing alone with a reason (manager)."""
        why, reference = clean_text(reason, "reason"), clean_text(reference, "reference")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            units = check_units(amount, loaded.program, what="amount")
            facts = None if redemption_id is None else _redemption_facts(conn, redemption_id)
            plan = corrections.plan_refund(loaded.card, loaded.program, units, facts, why, actor)
            row, _ = self._apply(conn, plan, actor, request_id, now, related_id=redemption_id,
                                 reference=reference, comment=why)
            return store.card_view(store.card_from_row(row), loaded.program)

        params = {"ref": str(ref), "amount": amount, "redemption_id": redemption_id,
                  "reason": why, "reference": reference}
        return self._change(actor, request_id, "refund", params, CardView, body)

    def adjust(self, actor: Actor, ref: str | CardRef, delta: int, reason: str | None,
               request_id: str | None = None) -> CardView:
        """A manager's correction of a balance up (delta > 0) or down, with a reason."""
        why = clean_text(reason, "reason")
        if not isinstance(delta, int) or isinstance(delta, bool):
            raise refuse(ErrorCode.INVALID_AMOUNT, "The adjustment must be a whole number.")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._expire_due_holds(conn, self._load(conn, ref, actor), actor, now)
            check_units(abs(delta) or 1, loaded.program, what="adjustment")
            plan = corrections.plan_adjust(loaded.card, loaded.program, delta, why, actor)
            row, _ = self._apply(conn, plan, actor, request_id, now, comment=why)
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, "adjust",
                              {"ref": str(ref), "delta": delta, "reason": why}, CardView, body)

    def transfer(self, actor: Actor, source: str | CardRef, target: str | CardRef,
                 reason: str | None = None, request_id: str | None = None) -> Transfer:
        """Move a card's whole balance to another card (a lost card replaced): both journals in
        one transaction; the old card is closed."""
        why = clean_text(reason, "reason")

        def body(conn: Connection, now: datetime) -> Transfer:
            old = self._expire_due_holds(conn, self._load(conn, source, actor), actor, now)
            new = self._load(conn, target, actor)
            plan = corrections.plan_transfer(old.card, old.program, new.card, new.program, actor)
            old_row, out_id = self._apply(conn, plan.source, actor, request_id, now,
                                          reference=new.card.code, comment=why)
            values: dict[str, Any] = {}
            if new.card.status is CardStatus.PENDING:  # sold by the transfer
                values = dict(initial_value=plan.amount, valid_from=old.card.valid_from,
                              valid_until=old.card.valid_until)
            new_row, _ = self._apply(conn, plan.target, actor, request_id, now,
                                     related_id=out_id, reference=old.card.code, comment=why,
                                     values=values)
            return Transfer(amount=plan.amount,
                            source=store.card_view(store.card_from_row(old_row), old.program),
                            target=store.card_view(store.card_from_row(new_row), new.program))

        params = {"source": str(source), "target": str(target), "reason": why}
        return self._change(actor, request_id, "transfer", params, Transfer, body)

