"""Selling, activating and loading cards: decided by `app.domain.plans`, written by
`LedgerCore._apply` as every change of a card's value."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from app.domain import plans, rules
from app.domain.card_actions import Action, accepts
from app.domain.codes import CardRef
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, CardStatus
from app.ledger import security, store
from app.ledger.operations.core import LedgerCore, clean_text
from app.ledger.results import CardView, Sale


class SalesOps(LedgerCore):
    """Sell a pending card, activate an allocated one, load value onto a card."""

    def sell(self, actor: Actor, ref: str | CardRef, *, value: int | None = None,
             sender: str | None = None, recipient: str | None = None,
             message: str | None = None, valid_until: datetime | None = None,
             pin: str | None = None, reporting_code: str | None = None,
             reference: str | None = None, comment: str | None = None,
             request_id: str | None = None) -> Sale:
        """Sell a pending card: activate it, or allocate it with a one-time activation token.

        `reporting_code`, `reference` (the till's receipt number) and `comment` go on the
        sale's journal row, as on a redemption's."""
        sender, recipient = clean_text(sender, "sender"), clean_text(recipient, "recipient")
        message = clean_text(message, "message")
        reporting_code = clean_text(reporting_code, "reporting_code")
        reference, comment = clean_text(reference, "reference"), clean_text(comment, "comment")
        if pin is not None and not (isinstance(pin, str) and pin.isdigit() and 4 <= len(pin) <= 8):
            raise refuse(ErrorCode.VALIDATION_ERROR, "A card PIN is 4 to 8 digits.")
        if valid_until is not None and (not isinstance(valid_until, datetime)
                                        or valid_until.tzinfo is None):
            raise refuse(ErrorCode.VALIDATION_ERROR, "valid_until needs a time zone.")

        def body(conn: Connection, now: datetime) -> Sale:
            loaded = self._load(conn, ref, actor)
            program = loaded.program
            units = rules.check_units(
                value if value is not None else (loaded.card.initial_value
                                                 or program.default_value),
                program, what="value")
            plan = plans.sale(loaded.card, program, units)
            if valid_until is not None and valid_until <= now:
                raise refuse(ErrorCode.VALIDATION_ERROR, "valid_until must be in the future.")
            status = plan.after.status
            if status is CardStatus.ACTIVE:
                valid_from, until = rules.validity_after_activation(program, now, valid_until)
            else:  # "N days from activation" starts when the recipient activates the card
                valid_from, until = program.valid_from, valid_until or program.valid_until
            activation_token = (security.new_activation_token()
                                if status is CardStatus.ALLOCATED else None)
            card_pin = pin or (security.new_card_pin() if program.pin_required else None)
            row, _ = self._apply(conn, plan, actor, request_id, now,
                                 reporting_code=reporting_code, reference=reference,
                                 comment=comment, values=dict(
                initial_value=units, valid_from=valid_from, valid_until=until, sender=sender,
                recipient=recipient, message=message,
                pin_hash=security.hash_pin(card_pin) if card_pin else None,
                activation_token_hash=(security.hash_secret(
                    security.normalize_activation_token(activation_token))
                    if activation_token else None)))
            return Sale(result="activated" if status is CardStatus.ACTIVE else "allocated",
                        card=store.card_view(store.card_from_row(row), program),
                        activation_token=activation_token,
                        pin=card_pin if card_pin and not pin else None)

        params = {"ref": str(ref), "value": value, "sender": sender, "recipient": recipient,
                  "message": message, "valid_until": valid_until, "pin": bool(pin)}
        if reporting_code or reference or comment:  # older requests keep their fingerprint
            params.update(reporting_code=reporting_code, reference=reference, comment=comment)
        return self._change(actor, request_id, "sell", params, Sale, body)

    def activate(self, actor: Actor, ref: str | CardRef, activation_token: str,
                 request_id: str | None = None) -> CardView:
        """Activate an allocated card with the token given to its recipient at sale."""

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            if not accepts(Action.ACTIVATE, loaded.card.status):
                raise refuse(ErrorCode.CARD_NOT_ALLOCATED,
                             f"Only an allocated card can be activated; this one is "
                             f"{loaded.card.status}.")
            token_hash = loaded.row.activation_token_hash
            if not token_hash or not security.same_secret(
                    token_hash, security.normalize_activation_token(str(activation_token))):
                raise refuse(ErrorCode.ACTIVATION_TOKEN_INVALID,
                             "This activation token does not belong to this card.")
            valid_from, until = rules.validity_after_activation(
                loaded.program, now, loaded.card.valid_until)
            row, _ = self._apply(conn, plans.activation(loaded.card), actor, request_id, now,
                                 values=dict(activation_token_hash=None, valid_from=valid_from,
                                             valid_until=until))
            return store.card_view(store.card_from_row(row), loaded.program)

        return self._change(actor, request_id, "activate", {"ref": str(ref)}, CardView, body)

    def load(self, actor: Actor, ref: str | CardRef, amount: int, *,
             reference: str | None = None, comment: str | None = None,
             request_id: str | None = None) -> CardView:
        """Add value to a reloadable card (a depleted card becomes active again)."""
        reference, comment = clean_text(reference, "reference"), clean_text(comment, "comment")

        def body(conn: Connection, now: datetime) -> CardView:
            loaded = self._load(conn, ref, actor)
            units = rules.check_units(amount, loaded.program, what="amount")
            plan = plans.load(loaded.card, loaded.program, units, now=now)
            row, _ = self._apply(conn, plan, actor, request_id, now, reference=reference,
                                 comment=comment)
            return store.card_view(store.card_from_row(row), loaded.program)

        params = {"ref": str(ref), "amount": amount, "reference": reference, "comment": comment}
        return self._change(actor, request_id, "load", params, CardView, body)
