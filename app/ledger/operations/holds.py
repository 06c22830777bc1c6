"""Holds: reserve value, then capture or release it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from app.domain import plans, rules
from app.domain.codes import CardRef
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, EntryKind, HoldStatus
from app.domain.money import check_amount
from app.ledger import store
from app.ledger.operations.core import CommitThenRaise, LedgerCore, Loaded, clean_text
from app.ledger.results import Hold, Redemption
from app.ledger.schema import holds, journal

MAX_HOLD_TTL_S = 7 * 24 * 3600


class HoldOps(LedgerCore):
    """Two-phase redemption: hold, capture, release."""

    def hold(self, actor: Actor, ref: str | CardRef, amount: int, *, ttl_s: int = 900,
             pin: str | None = None, request_id: str | None = None) -> Hold:
        """Reserve value for `ttl_s` seconds; capture redeems it, release or timeout frees it."""
        ttl = check_amount(ttl_s, what="hold time (ttl_s)", maximum=MAX_HOLD_TTL_S)

        def body(conn: Connection, now: datetime) -> Hold:
            loaded = self._expire_due_holds(conn, self._load(conn, ref, actor), actor, now)
            units = rules.check_units(amount, loaded.program, what="amount")
            self._check_pin(conn, loaded, actor, pin, now)
            plan = plans.hold(loaded.card, loaded.program, units, now=now,
                              location=actor.location)
            hold_id = conn.execute(insert(holds).values(
                card_id=loaded.card.id, amount=units, status=HoldStatus.ACTIVE.value,
                expires_at=now + timedelta(seconds=ttl), operator=actor.operator,
                location=actor.location, terminal=actor.terminal,
                training=loaded.card.training, created_at=now).returning(holds.c.id)
            ).scalar_one()
            self._apply(conn, plan, actor, request_id, now, related_id=hold_id)
            return self._hold(conn, hold_id)

        params = {"ref": str(ref), "amount": amount, "ttl_s": ttl, "pin": bool(pin)}
        return self._change(actor, request_id, "hold", params, Hold, body)

    def _hold(self, conn: Connection, hold_id: int) -> Hold:
        row = conn.execute(select(holds).where(holds.c.id == hold_id)).first()
        if row is None:
            raise refuse(ErrorCode.HOLD_NOT_FOUND, f"There is no hold {hold_id}.")
        card_row = store.card_row_by_id(conn, row.card_id)
        # Only a captured hold has a capture row; the card's journal index finds it (there is
        # no index on related_id for captures, so without card_id this scanned the journal).
        captured = None if row.status != HoldStatus.CAPTURED.value else conn.execute(
            select(journal.c.id).where(
                journal.c.card_id == row.card_id, journal.c.related_id == hold_id,
                journal.c.kind == EntryKind.CAPTURE.value)).scalar()
        return Hold(id=row.id, card_code=card_row.code, amount=row.amount,
                    status=HoldStatus(row.status), expires_at=row.expires_at,
                    created_at=row.created_at,
                    available_after=card_row.balance - card_row.held,
                    redemption_id=captured)

    def get_hold(self, hold_id: int) -> Hold:
        with self._read() as conn:
            return self._hold(conn, hold_id)

    def _active_hold(self, conn: Connection, hold_id: int, actor: Actor,
                     now: datetime) -> tuple[Row[Any], Loaded]:
        hold_row = conn.execute(select(holds).where(holds.c.id == hold_id)).first()
        if hold_row is None:
            raise refuse(ErrorCode.HOLD_NOT_FOUND, f"There is no hold {hold_id}.")
        card_row = store.card_row_by_id(conn, hold_row.card_id, for_update=True)
        # Holds change only under their card's lock: read it again now that we hold the lock,
        # or (on PostgreSQL) a capture and a release racing for it would both settle it.
        hold_row = conn.execute(select(holds).where(holds.c.id == hold_id)).one()
        loaded = self.loaded(conn, card_row)
        status = HoldStatus(hold_row.status)
        if status is HoldStatus.ACTIVE and hold_row.expires_at <= now:
            self._expire_due_holds(conn, loaded, actor, now)
            raise CommitThenRaise(refuse(ErrorCode.HOLD_EXPIRED,
                                          f"Hold {hold_id} timed out; its value was freed."))
        if status is HoldStatus.EXPIRED:
            raise refuse(ErrorCode.HOLD_EXPIRED, f"Hold {hold_id} timed out.")
        if status is not HoldStatus.ACTIVE:
            raise refuse(ErrorCode.HOLD_NOT_ACTIVE, f"Hold {hold_id} was already {status}.")
        return hold_row, loaded

    def capture(self, actor: Actor, hold_id: int, *, amount: int | None = None,
                reporting_code: str | None = None, reference: str | None = None,
                comment: str | None = None, request_id: str | None = None) -> Redemption:
        """Redeem a hold: all of it, or less (the rest is freed)."""
        reporting_code = clean_text(reporting_code, "reporting_code")
        reference, comment = clean_text(reference, "reference"), clean_text(comment, "comment")

        def body(conn: Connection, now: datetime) -> Redemption:
            hold_row, loaded = self._active_hold(conn, hold_id, actor, now)
            units = hold_row.amount if amount is None else rules.check_units(
                amount, loaded.program, what="amount")
            plan = plans.capture(loaded.card, loaded.program, units, held=hold_row.amount,
                                 now=now, location=actor.location,
                                 reporting_code=reporting_code)
            conn.execute(update(holds).where(holds.c.id == hold_id).values(
                status=HoldStatus.CAPTURED.value, settled_at=now))
            _, entry_id = self._apply(conn, plan, actor, request_id, now, related_id=hold_id,
                                      reporting_code=reporting_code, reference=reference,
                                      comment=comment)
            return self._redemption(conn, entry_id)

        params = {"hold_id": hold_id, "amount": amount, "reporting_code": reporting_code,
                  "reference": reference, "comment": comment}
        return self._change(actor, request_id, "capture", params, Redemption, body)

    def release(self, actor: Actor, hold_id: int, request_id: str | None = None) -> Hold:
        """Free a hold's value without redeeming it."""

        def body(conn: Connection, now: datetime) -> Hold:
            hold_row, loaded = self._active_hold(conn, hold_id, actor, now)
            conn.execute(update(holds).where(holds.c.id == hold_id).values(
                status=HoldStatus.RELEASED.value, settled_at=now))
            self._apply(conn, plans.unhold(loaded.card, hold_row.amount, EntryKind.RELEASE),
                        actor, request_id, now, related_id=hold_id)
            return self._hold(conn, hold_id)

        return self._change(actor, request_id, "release", {"hold_id": hold_id}, Hold, body)

