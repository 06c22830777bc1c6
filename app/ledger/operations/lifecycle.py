"""A card's lifecycle: lock, unlock, void, close, and edits of its details.

What each does to the card is a plan of `app.domain.plans` (its status after, the value
written off or given back), written by `LedgerCore._apply` as every change of a card."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from app.domain import plans, rules
from app.domain.card_actions import ENDED, Action, accepts, refusal_code
from app.domain.codes import CardRef
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, CardStatus, EntryKind, Role
from app.ledger import store
from app.ledger.operations.core import LedgerCore, clean_text
from app.ledger.results import CardView, EndedCard
from app.ledger.schema import journal

_UNSET: Any = object()


class LifecycleOps(LedgerCore):
    """Lock and unlock; void and close for good; change validity and texts."""

    def lock(self, actor: Actor, ref: str | CardRef, reason: str,
             request_id: str | None = None) -> CardView:
        why = clean_text(reason, "reason")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            row, _ = self._apply(conn, plans.lock(loaded.card), actor, request_id, now,
                                 comment=why,
                                 values={"locked_from": plans.lock_memory(loaded.card).value})
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, "lock", {"ref": str(ref), "reason": why},
                            CardView, body)

    def unlock(self, actor: Actor, ref: str | CardRef, reason: str,
               request_id: str | None = None) -> CardView:
        rules.require_role(actor, Role.MANAGER, "unlock a card")
        why = clean_text(reason, "reason")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            row, _ = self._apply(conn, plans.unlock(loaded.card), actor, request_id, now,
                                 comment=why, values={"failed_pin_count": 0})
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, "unlock", {"ref": str(ref), "reason": why},
                            CardView, body)

    def void(self, actor: Actor, ref: str | CardRef, reason: str,
             request_id: str | None = None) -> EndedCard:
        """Cancel a card for good (sold in error, reported stolen); its value is written off."""
        return self._end(actor, ref, reason, request_id, closing=False)

    def close(self, actor: Actor, ref: str | CardRef, reason: str,
              request_id: str | None = None) -> EndedCard:
        """Close a card for good (balance paid out or card retired)."""
        return self._end(actor, ref, reason, request_id, closing=True)

    def _end(self, actor: Actor, ref: str | CardRef, reason: str, request_id: str | None, *,
             closing: bool) -> EndedCard:
        action = "close a card" if closing else "void a card"
        rules.require_role(actor, Role.MANAGER, action)
        why = clean_text(reason, "reason")
        kind = EntryKind.CLOSE if closing else EntryKind.VOID

        def body(conn: Connection, now: datetime) -> EndedCard:
            loaded = self._expire_due_holds(conn, self._load(conn, ref, actor), actor, now)
            plan = plans.end(loaded.card, closing=closing)
            row, _ = self._apply(conn, plan, actor, request_id, now, comment=why)
            view = store.card_view(store.card_from_row(row), loaded.program)
            return EndedCard(**vars(view), written_off=plan.amount)

        return self._change(actor, request_id, kind.value, {"ref": str(ref), "reason": why},
                            EndedCard, body)

    def update_card(self, actor: Actor, ref: str | CardRef, *,
                    valid_until: datetime | None = _UNSET, sender: str | None = _UNSET,
                    recipient: str | None = _UNSET, message: str | None = _UNSET,
                    request_id: str | None = None) -> CardView:
        """Change validity (manager) or sender, recipient and message; journaled."""
        changes: dict[str, Any] = {}
        for name, value in (("sender", sender), ("recipient", recipient),
                            ("message", message)):
            if value is not _UNSET:
                changes[name] = clean_text(value, name)
        if valid_until is not _UNSET:
            rules.require_role(actor, Role.MANAGER, "change a card's validity")
            if valid_until is not None and valid_until.tzinfo is None:
                raise refuse(ErrorCode.VALIDATION_ERROR, "valid_until needs a time zone.")
            changes["valid_until"] = valid_until
        if not changes:
            raise refuse(ErrorCode.VALIDATION_ERROR, "Nothing to change.")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            status = loaded.card.status
            if status in ENDED:  # neither its texts nor its validity change any more
                raise refuse(refusal_code(status), f"This card is {status}.")
            if "valid_until" in changes and not accepts(Action.VALIDITY, status):
                raise refuse(ErrorCode.CARD_NOT_ACTIVE,
                             "This card is not sold yet: its sale sets its validity.")
            values = dict(changes)
            changed = "changed " + ", ".join(sorted(changes))
            if (status is CardStatus.EXPIRED and "valid_until" in values
                    and (values["valid_until"] is None or values["valid_until"] > now)):
                # Extending an expired card gives back the value written off when it expired.
                reinstated = conn.execute(select(journal.c.amount).where(
                    journal.c.card_id == loaded.card.id, journal.c.kind == EntryKind.EXPIRE.value)
                    .order_by(journal.c.id.desc()).limit(1)).scalar() or 0
                allocated = bool(loaded.row.activation_token_hash)
                plan = plans.reinstatement(loaded.card, reinstated, allocated=allocated)
                # A card locked when it expired stays locked, remembering what it would be.
                values["locked_from"] = (
                    plans.reopened_status(plan.after.balance, allocated=allocated).value
                    if plan.after.status is CardStatus.LOCKED else None)
                if not reinstated:  # nothing was written off: the change is its status alone
                    row, _ = self._apply(conn, plan, actor, request_id, now, values=values,
                                         comment=changed)
                    return store.card_view(store.card_from_row(row), loaded.program)
                row, _ = self._apply(
                    conn, plan, actor, None, now, values=values,
                    comment="validity extended: value written off at expiry reinstated")
            else:
                row = self._set_card(conn, loaded.card.id, **values)
            self._journal(conn, row, EntryKind.UPDATE, actor, request_id, now, comment=changed)
            return store.card_view(store.card_from_row(row), loaded.program)

        params = {"ref": str(ref), **changes}
        return self._change(actor, request_id, "update_card", params, CardView, body)

