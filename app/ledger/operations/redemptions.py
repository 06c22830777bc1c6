"""Validating and redeeming cards, and reversing a redemption."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from app.domain import rules
from app.domain.codes import CardRef
from app.domain.corrections import check_reversible
from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import Actor, CardStatus, EntryKind, Kind, Program, Role
from app.ledger import everyday, store
from app.ledger.everyday import new_redemption
from app.ledger.operations.core import LedgerCore, Loaded, as_ref, clean_text, request_key
from app.ledger.results import Redemption, Validation
from app.ledger.schema import cards, journal


class RedemptionOps(LedgerCore):
    """Validate, redeem (the general path and the everyday drivers), reverse."""

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
        """Take `amount` (minor units, or items for an item card) off the card."""
        reporting_code = clean_text(reporting_code, "reporting_code")
        reference, comment = clean_text(reference, "reference"), clean_text(comment, "comment")

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
        return self._attempt(actor, ref, units, kind, clean_text(reporting_code, "reporting_code"),
                             clean_text(reference, "reference"), clean_text(comment, "comment"),
                             request_id)

    def _attempt(self, actor: Actor, ref: str | CardRef, units: int, kind: Kind | None,
                 reporting_code: str | None, reference: str | None, comment: str | None,
                 request_id: str | None) -> everyday.Attempt:
        """An everyday redemption of texts already cleaned, fingerprinted as `redeem` does."""
        params = _redeem_params(ref, units, None, reporting_code, reference, comment)
        scope, fingerprint = request_key(actor, request_id, "redeem", params)
        return everyday.Attempt(actor, as_ref(ref), units, kind, reporting_code, reference,
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



def _redeem_params(ref: str | CardRef, amount: int, pin: str | None,
                   reporting_code: str | None, reference: str | None,
                   comment: str | None) -> dict[str, Any]:
    """What a redemption's request fingerprint covers."""
    return {"ref": str(ref), "amount": amount, "pin": bool(pin),
            "reporting_code": reporting_code, "reference": reference, "comment": comment}

