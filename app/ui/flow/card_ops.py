"""The card's life at the counter, Qt-free: sell, activate, load, cancel, refund and the
manager's corrections (lock, unlock, void, close, adjust, validity, transfer).

`CardOpsFlow` holds the card at hand and the programs; `run(op, form)` checks the cashier's
form (the typed text, by field name), sends the one ledger call, and tells what changed as an
`Outcome` with its `Receipt`. A manager-only action done by a cashier needs a manager's
(operator, PIN): `managerNeeded` asks for it, and `run(..., manager=...)` sends it along.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app.domain.card_actions import Action, accepts
from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.money import parse_amount
from app.ui import i18n, messages
from app.ui.flow.base import Flow
from app.ui.flow.events import Event
from app.ui.flow.failure import Failure, describe
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.protocol.models import CardOut, ProgramOut

log = logging.getLogger(__name__)
CTX = "card_ops"
EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class Operation:
    """One action on a card: its words, the form fields it asks for, who may do it."""

    name: str
    label: str
    verb: str
    fields: tuple[str, ...]
    manager: bool = False
    required: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return translate(CTX, self.label)


OPERATIONS: dict[str, Operation] = {op.name: op for op in (
    Operation("sell", QT_TRANSLATE_NOOP("card_ops", "Sell a card"),
              QT_TRANSLATE_NOOP("card_ops", "Sell"),
              ("code", "value", "sender", "recipient", "message"),
              required=("code",)),
    Operation("activate", QT_TRANSLATE_NOOP("card_ops", "Activate a card"),
              QT_TRANSLATE_NOOP("card_ops", "Activate"), ("token",),
              required=("token",)),
    Operation("load", QT_TRANSLATE_NOOP("card_ops", "Load value"),
              QT_TRANSLATE_NOOP("card_ops", "Load"),
              ("amount", "reference"), required=("amount",)),
    Operation("cancel", QT_TRANSLATE_NOOP("card_ops", "Cancel the last sale or load"),
              QT_TRANSLATE_NOOP("card_ops", "Cancel it"), ("reason",)),
    Operation("refund", QT_TRANSLATE_NOOP("card_ops", "Refund to the card"),
              QT_TRANSLATE_NOOP("card_ops", "Refund"),
              ("amount", "redemption", "reason", "reference"), required=("amount",)),
    Operation("lock", QT_TRANSLATE_NOOP("card_ops", "Lock the card"),
              QT_TRANSLATE_NOOP("card_ops", "Lock"),
              ("reason",), required=("reason",)),
    Operation("unlock", QT_TRANSLATE_NOOP("card_ops", "Unlock the card"),
              QT_TRANSLATE_NOOP("card_ops", "Unlock"), ("reason",), manager=True,
              required=("reason",)),
    Operation("adjust", QT_TRANSLATE_NOOP("card_ops", "Adjust the balance"),
              QT_TRANSLATE_NOOP("card_ops", "Adjust"),
              ("direction", "amount", "reason"), manager=True, required=("amount", "reason")),
    Operation("validity", QT_TRANSLATE_NOOP("card_ops", "Change the validity"),
              QT_TRANSLATE_NOOP("card_ops", "Change"), ("valid_until",), manager=True),
    Operation("transfer", QT_TRANSLATE_NOOP("card_ops", "Transfer the balance"),
              QT_TRANSLATE_NOOP("card_ops", "Transfer"), ("target", "reason"), manager=True,
              required=("target",)),
    Operation("void", QT_TRANSLATE_NOOP("card_ops", "Void the card"),
              QT_TRANSLATE_NOOP("card_ops", "Void"),
              ("reason",), manager=True,
              required=("reason",)),
    Operation("close", QT_TRANSLATE_NOOP("card_ops", "Close the card"),
              QT_TRANSLATE_NOOP("card_ops", "Close"), ("reason",), manager=True,
              required=("reason",)),
)}

# Sentences for what the cashier left out or typed wrong (keys of `messages.sentence`).
MISSING: dict[str, str] = {
    "code": messages.CARD_CODE_MISSING, "token": messages.TOKEN_MISSING,
    "amount": messages.AMOUNT_MISSING_HERE, "reason": messages.REASON_NEEDED,
    "target": messages.TARGET_MISSING,
}


def mask_code(code: str) -> str:
    """The card code as a receipt prints it: all but the last 4 digits hidden."""
    digits = code.replace(" ", "")
    if len(digits) <= 4:
        return digits
    masked = "•" * (len(digits) - 4) + digits[-4:]
    return " ".join(masked[i:i + 4] for i in range(0, len(masked), 4))


def units(value: int, card: CardOut) -> str:
    """Money or items, as everywhere at the counter."""
    if card.kind == "item":
        return i18n.items_text(value, card.item_label)
    return i18n.money_text(value, card.currency)


class ExpiryPlurals:
    """Counted words of this module (lupdate reads `self.tr(text, "", n)` as plural forms)."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("ExpiryPlurals", text, disambiguation, n)

    def days(self, n: int) -> str:
        return self.tr("Expires in %n day(s)", "", n)


_PLURALS = ExpiryPlurals()


def expiry_warning(card: CardOut, now: datetime | None = None) -> str:
    """ "Expires in 3 days" for a usable card that ends within `EXPIRY_WARNING_DAYS`."""
    if card.valid_until is None or card.status not in ("active", "allocated", "depleted"):
        return ""
    now = now or datetime.now(UTC)
    left = card.valid_until - now
    if left <= timedelta(0) or left > timedelta(days=EXPIRY_WARNING_DAYS):
        return ""
    days = (card.valid_until.astimezone().date() - now.astimezone().date()).days
    if days <= 0:
        return translate("card_ops", "Expires today")
    return _PLURALS.days(days)


@dataclass(frozen=True)
class Receipt:
    """What a receipt prints: a title, rows of (name, value), the moment, training or not, and
    the secrets (activation code, PIN) printed on the first receipt only, never on a copy."""

    title: str
    rows: tuple[tuple[str, str], ...]
    created_at: datetime
    training: bool = False
    key: str = ""
    secrets: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Outcome:
    """A done action: the card as it is now, what changed, and the secrets shown only once
    (a sale's activation code and new card PIN)."""

    op: Operation
    card: CardOut
    headline: str
    rows: tuple[tuple[str, str], ...]
    receipt: Receipt
    secrets: tuple[tuple[str, str], ...] = ()  # (("Activation code", "ABCD-1234"),)
    other: CardOut | None = None  # a transfer's target card
    pin: str | None = None  # a sold card's new PIN (the card is read again with it)

    def secret(self, name: str) -> str | None:
        """The secret called `name` ("Activation code", "Card PIN"), if this outcome has it."""
        return next((value for key, value in self.secrets if key == name), None)


@dataclass
class Place:
    """Who and where, printed on receipts."""

    operator: str = ""
    location: str = ""
    terminal: str = ""
    merchant: str = ""


def available(card: CardOut | None, program: ProgramOut | None) -> list[Operation]:
    """The actions this card's status accepts (`card_actions.ACCEPTS`, the table the ledger
    checks too); their other rules (a balance, the last sale) are the ledger's to say."""
    if card is None:
        return [OPERATIONS["sell"]]
    found = [op for op in OPERATIONS.values() if accepts(Action(op.name), card.status)]
    if program is not None and not program.reloadable:
        found = [op for op in found if op.name != "load"]
    return found


class CardOpsFlow(Flow):
    """Events: `done(Outcome)`, `failed(Failure)`, `managerNeeded(op, form, sentence)`,
    `programsLoaded(list)`, `pendingFound(CardOut)`."""

    def __init__(self, client: Callable[[], Any], set_reachable: Callable[[bool], None],
                 place: Callable[[], Place]) -> None:
        super().__init__(client, set_reachable)
        self._place = place
        self.card: CardOut | None = None
        self.programs: list[ProgramOut] = []
        self.last: Outcome | None = None
        self.done = Event()
        self.failed = Event()
        self.managerNeeded = Event()
        self.programsLoaded = Event()
        self.pendingFound = Event()

    # ------------------------------------------------------------------ the card at hand

    def use(self, card: CardOut | None) -> None:
        self.card = card

    def program_of(self, card: CardOut | None) -> ProgramOut | None:
        if card is None:
            return None
        return next((p for p in self.programs if p.id == card.program_id), None)

    def load_programs(self) -> None:
        self.spawn(self._load_programs())

    async def _load_programs(self) -> None:
        try:
            found = await self.call(translate("card_ops", "Loading the programs…"),
                                    self.client.programs(), background=True)
        except Exception as exc:
            describe(exc, context="programs")  # the defaults are a convenience: logged only
            return
        self.programs = [p for p in found if not p.retired]
        self.programsLoaded.emit(self.programs)

    def next_pending(self, program_id: int) -> None:
        self.spawn(self._next_pending(program_id))

    async def _next_pending(self, program_id: int) -> None:
        try:
            card = await self.call(translate("card_ops", "Finding the next card to sell…"),
                                   self.client.next_pending(program_id))
        except Exception as exc:
            self.failed.emit(describe(exc, context="next_pending"))
            return
        self.pendingFound.emit(card)

    # ------------------------------------------------------------------ running an action

    def check(self, op: Operation, form: dict[str, str]) -> Failure | None:
        """What is missing or wrong in the form, before anything is sent."""
        for name in op.required:
            if not form.get(name, "").strip():
                return _failure(MISSING[name])
        if op.name == "refund" and not form.get("redemption", "").strip() \
                and not form.get("reason", "").strip():
            return _failure(messages.REFUND_REASON_MISSING)
        for name in ("amount", "value"):
            if name == "value" and self.card is None:
                continue  # in the currency of the card typed: checked once it is read
            if name in op.fields and form.get(name, "").strip():
                try:
                    self._amount(form[name])
                except GiftDeskError as exc:
                    return Failure(str(exc.code), messages.amount_sentence(
                        exc, locale=i18n.locale()))
        redemption = form.get("redemption", "").strip()
        if redemption and not redemption.isdigit():
            return _failure(messages.TRANSACTION_NOT_A_NUMBER)
        return None

    def _amount(self, text: str) -> int:
        card = self.card
        if card is not None and card.kind == "item":
            text = text.strip()
            if not text.isdigit() or int(text) <= 0:
                raise GiftDeskError(ErrorCode.INVALID_AMOUNT, "not a count",
                                    reason="not_a_number")
            return int(text)
        assert card is not None, "an amount is read in the currency of its card"
        return parse_amount(text, card.currency, i18n.locale())

    def run(self, op: Operation, form: dict[str, str],
            manager: tuple[str, str] | None = None, role: str = "cashier") -> bool:
        """Send the action; False (with `failed`) when the form is not right yet."""
        problem = self.check(op, form)
        if problem is not None:
            self.failed.emit(problem)
            return False
        if op.manager and role == "cashier" and manager is None:
            self.managerNeeded.emit(op, form, "")
            return True
        self.spawn(self._run(op, dict(form), manager))
        return True

    async def _run(self, op: Operation, form: dict[str, str],
                   manager: tuple[str, str] | None) -> None:
        from app.client import Forbidden

        try:
            outcome = await self.call(_busy_words(op), self._send(op, form, manager))
        except Forbidden as exc:
            describe(exc, context=op.name)
            code = messages.MANAGER_REFUSED if manager is not None else messages.MANAGER_APPROVAL
            self.managerNeeded.emit(op, form, messages.sentence(code))
            return
        except GiftDeskError as exc:  # the value typed for a card read just now
            self.failed.emit(Failure(str(exc.code), messages.amount_sentence(
                exc, locale=i18n.locale())))
            return
        except Exception as exc:
            failure = describe(exc, context=op.name)
            if failure.unknown_outcome:  # the outbox settles it; the words must fit
                failure = replace(failure, code=messages.ACTION_OUTCOME_UNKNOWN,
                                  sentence=messages.sentence(messages.ACTION_OUTCOME_UNKNOWN))
            self.failed.emit(failure)
            return
        self.card = outcome.card
        self.last = outcome
        self.done.emit(outcome)

    async def _send(self, op: Operation, form: dict[str, str],
                    manager: tuple[str, str] | None) -> Outcome:
        client = self.client
        before = self.card
        code = before.code if before is not None else _code(form.get("code", ""))
        text = {k: v.strip() for k, v in form.items()}

        def opt(name: str) -> str | None:
            return text.get(name) or None

        rows: list[tuple[str, str]] = []
        secrets: list[tuple[str, str]] = []
        pin: str | None = None
        other: CardOut | None = None
        if op.name == "sell":
            if before is None:  # typed or scanned here: read it for its currency
                self.card = before = (await client.validate(code)).card
            value = self._amount(text["value"]) if text.get("value") else None
            sale = await client.sell(code, value=value, sender=opt("sender"),
                                     recipient=opt("recipient"), message=opt("message"))
            card = sale.card
            rows.append((translate("card_ops", "Value"), units(card.initial_value, card)))
            if sale.activation_token:
                secrets.append((translate("card_ops", "Activation code"),
                                sale.activation_token))
            if sale.pin:
                secrets.append((translate("card_ops", "Card PIN"), sale.pin))
                pin = sale.pin
            headline = (
                translate("card_ops", "Sold. The card waits for activation with its code.")
                if sale.result == "allocated"
                else translate("card_ops", "Sold. The card is active."))
            for name, label in (("sender", translate("card_ops", "From")),
                                ("recipient", translate("card_ops", "To"))):
                if opt(name):
                    rows.append((label, text[name]))
        elif op.name == "activate":
            card = await client.activate(code, text["token"])
            headline = translate("card_ops", "Activated. The card can be used.")
        elif op.name == "load":
            amount = self._amount(text["amount"])
            card = await client.load(code, amount, reference=opt("reference"))
            rows.append((translate("card_ops", "Loaded"), units(amount, card)))
            headline = translate("card_ops", "Loaded.")
        elif op.name == "cancel":
            card = await client.cancel_last(code, opt("reason"), manager=manager)
            assert before is not None
            taken = before.balance - card.balance
            rows.append((translate("card_ops", "Cancelled"), units(taken, card)))
            headline = translate("card_ops", "The last sale or load is cancelled.")
        elif op.name == "refund":
            amount = self._amount(text["amount"])
            redemption = int(text["redemption"]) if text.get("redemption") else None
            card = await client.refund(code, amount, redemption_id=redemption,
                                       reason=opt("reason"), reference=opt("reference"),
                                       manager=manager)
            rows.append((translate("card_ops", "Refunded"), units(amount, card)))
            if redemption is not None:
                rows.append((translate("card_ops", "For transaction"), str(redemption)))
            headline = translate("card_ops", "Refunded to the card.")
        elif op.name == "adjust":
            amount = self._amount(text["amount"])
            down = text.get("direction") == "down"
            card = await client.adjust(code, -amount if down else amount, text["reason"],
                                       manager=manager)
            change = (translate("card_ops", "Taken off") if down
                      else translate("card_ops", "Added"))
            rows.append((change, units(amount, card)))
            headline = translate("card_ops", "The balance is corrected.")
        elif op.name == "validity":
            until = _end_of_day(text.get("valid_until", ""))
            card = await client.change_validity(code, until, manager=manager)
            rows.append((translate("card_ops", "Valid until"),
                         _day(until) if until else translate("card_ops", "No end date")))
            headline = translate("card_ops", "The validity is changed.")
        elif op.name == "transfer":
            moved = await client.transfer(code, _code(text["target"]), opt("reason"),
                                          manager=manager)
            card, other = moved.source, moved.target
            rows.append((translate("card_ops", "Moved"), units(moved.amount, card)))
            rows.append((translate("card_ops", "To card"), mask_code(other.code)))
            rows.append((translate("card_ops", "Its balance now"), units(other.balance, other)))
            headline = translate("card_ops", "The balance is on the new card; this card is closed.")
        else:  # lock, unlock, void, close
            card = await client.card_state(op.name, code, text["reason"], manager=manager)
            headline = {"lock": translate("card_ops", "The card is locked."),
                        "unlock": translate("card_ops", "The card is unlocked."),
                        "void": translate("card_ops", "The card is voided."),
                        "close": translate("card_ops", "The card is closed.")}[op.name]
            written_off = getattr(card, "written_off", 0)  # the ledger's own figure
            if op.name in ("void", "close") and written_off:
                rows.append((translate("card_ops", "Written off"), units(written_off, card)))
                written = translate("card_ops", "Its balance of %1 is written off.")
                headline += " " + written.replace("%1", units(written_off, card))
        if text.get("reason"):
            rows.append((translate("card_ops", "Reason"), text["reason"]))
        if text.get("reference"):
            rows.append((translate("card_ops", "Reference"), text["reference"]))
        if manager is not None:
            rows.append((translate("card_ops", "Approved by"), manager[0]))
        rows.insert(0, (translate("card_ops", "Balance now"), units(card.balance, card)))
        return Outcome(op, card, headline, tuple(rows),
                       self._receipt(op, card, rows, tuple(secrets)), tuple(secrets), other,
                       pin)

    def _receipt(self, op: Operation, card: CardOut, rows: list[tuple[str, str]],
                 secrets: tuple[tuple[str, str], ...]) -> Receipt:
        place = self._place()
        now = datetime.now(UTC)
        lines = [(translate("card_ops", "Card"), mask_code(card.code)), *rows]
        lines += [(translate("card_ops", "Store"), f"{place.location} / {place.terminal}"),
                  (translate("card_ops", "Cashier"), place.operator)]
        return Receipt(op.title, tuple(lines), now, card.training,
                       key=f"{op.name}-{card.code[-4:]}-{now:%Y%m%d-%H%M%S}", secrets=secrets)


def _failure(code: str) -> Failure:
    return Failure(code, messages.sentence(code))


def _busy_words(op: Operation) -> str:
    if op.name == "sell":
        return translate("card_ops", "Selling the card…")
    return translate("card_ops", "Sending to the ledger…")


def _code(text: str) -> str:
    return "".join(text.split())


def _day(moment: datetime) -> str:
    from babel.dates import format_skeleton

    return format_skeleton("yMMMd", moment.astimezone(), locale=i18n.locale())


def _end_of_day(iso_day: str) -> datetime | None:
    """ "2027-01-31" -> the end of that day, local time; "" -> no end date."""
    if not iso_day:
        return None
    day = datetime.fromisoformat(iso_day).date()
    local = datetime.combine(day, time(23, 59, 59)).astimezone()
    return local


__all__ = ["OPERATIONS", "CardOpsFlow", "Operation", "Outcome", "Place", "Receipt",
           "available", "expiry_warning", "mask_code"]
