"""Validating and redeeming cards, and reversing a redemption."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, func, select

from app.domain import plans, rules
from app.domain.card_actions import ENDED, refusal_code
from app.domain.codes import CardRef
from app.domain.corrections import check_reversible
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, CardStatus, EntryKind, Role
from app.ledger import store
from app.ledger.operations.core import LedgerCore, Loaded, as_ref, clean_text
from app.ledger.results import Redemption, Validation, new_redemption
from app.ledger.schema import journal


class RedemptionOps(LedgerCore):
    """Validate, redeem, reverse."""

    def validate(self, actor: Actor, ref: str | CardRef, *, pin: str | None = None) -> Validation:
        """Whether the card can be used here and now, for any existing card (read-only).

        A card that needs a PIN is described only when its PIN is given; a wrong PIN counts
        towards the card's lock-out.
        """
        card_ref = as_ref(ref)
        with self._read() as conn:
            loaded = self._read_card(conn, card_ref, actor.training)
        if loaded.row.pin_hash is not None:
            self._change(actor, None, "pin_check", {}, bool,
                         lambda conn, now: self._pin_body(conn, loaded, actor, pin, now))
        now = self.clock()
        verdict = rules.assess(loaded.card, loaded.program, now=now, location=actor.location)
        return Validation(card=store.card_view(loaded.card, loaded.program), verdict=verdict)

    def _pin_body(self, conn: Connection, loaded: Loaded, actor: Actor, pin: str | None,
                  now: datetime) -> bool:
        if actor.training:  # wrong PINs count on the training copy, never on the real card
            self._check_pin(conn, self._load(conn, CardRef("code", loaded.card.code), actor),
                            actor, pin, now)
            return True
        fresh = store.card_row_by_id(conn, loaded.card.id, for_update=True)
        self._check_pin(conn, Loaded(fresh, store.card_from_row(fresh), loaded.program),
                        actor, pin, now)
        return True

    # ----------------------------------------------------------------- redeem

    def redeem(self, actor: Actor, ref: str | CardRef, amount: int, *, pin: str | None = None,
               reporting_code: str | None = None, reference: str | None = None,
               comment: str | None = None, request_id: str | None = None) -> Redemption:
        """Take `amount` (minor units, or items for an item card) off the card.

        Decided by `plans.redemption` on the card as read in the write transaction, written
        by the one writer (`_apply` inside `_change`)."""
        reporting_code = clean_text(reporting_code, "reporting_code")
        reference, comment = clean_text(reference, "reference"), clean_text(comment, "comment")

        def body(conn: Connection, now: datetime) -> Redemption:
            loaded = self._expire_due_holds(conn, self._load(conn, ref, actor), actor, now)
            units = rules.check_units(amount, loaded.program, what="amount")
            self._check_pin(conn, loaded, actor, pin, now)
            plan = plans.redemption(loaded.card, loaded.program, units, now=now,
                                    location=actor.location, reporting_code=reporting_code)
            row, entry_id = self._apply(conn, plan, actor, request_id, now,
                                        reporting_code=reporting_code, reference=reference,
                                        comment=comment)
            return new_redemption(entry_id, row, loaded.program, actor, now, units,
                                  reporting_code, reference, comment)

        params = {"ref": str(ref), "amount": amount, "pin": bool(pin),
                  "reporting_code": reporting_code, "reference": reference, "comment": comment}
        return self._change(actor, request_id, "redeem", params, Redemption, body)

    def reverse(self, actor: Actor, redemption_id: int, reason: str,
                request_id: str | None = None) -> Redemption:
        """Give back the value of one redemption, once, within the reversal window."""
        rules.require_role(actor, Role.MANAGER, "reverse a redemption")
        why = clean_text(reason, "reason")
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
            refunded = conn.execute(select(func.count()).where(
                journal.c.card_id == entry, journal.c.related_id == redemption_id,
                journal.c.kind == EntryKind.REFUND.value)).scalar_one()
            check_reversible(redemption_id, refunded=bool(refunded))
            status = CardStatus(row.status)
            if status in ENDED:
                raise refuse(refusal_code(status),
                             f"The card is {status}; its value cannot be restored.")
            plan = plans.change(store.card_from_row(row), EntryKind.REVERSE, original.amount,
                                balance_delta=original.amount)
            self._apply(conn, plan, actor, request_id, now, related_id=redemption_id,
                        comment=why)
            return self._redemption(conn, redemption_id)

        return self._change(actor, request_id, "reverse",
                            {"redemption_id": redemption_id, "reason": why}, Redemption, body)

