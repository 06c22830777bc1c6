"""A validation answer in the app's language: what the card is worth or why it cannot be used,
and its terms.

The ledger's `present_value_description` and `restrictions` are English sentences for API
clients; the counter words the same things itself from the answer's typed fields (reason
code, the terms' codes, status, dates, amounts, the program's stores), with dates and money in
the app's locale
("Abgelaufen am 3. Dez. 2026", "1.234,56 €"). Nothing here parses the ledger's English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from babel.lists import format_list

from app.domain.errors import ErrorCode
from app.ui import format as fmt
from app.ui import i18n
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.protocol.models import CardOut, ValidationOut

# The refusals that carry no date, amount or name, by reason code…
_FIXED_REFUSALS: dict[str, str] = {
    ErrorCode.CARD_LOCKED: QT_TRANSLATE_NOOP("rules", "Locked by a manager"),
    ErrorCode.CARD_VOID: QT_TRANSLATE_NOOP("rules", "Voided: this card cannot be used"),
    ErrorCode.CARD_CLOSED: QT_TRANSLATE_NOOP("rules", "Closed: this card cannot be used"),
    ErrorCode.LOCATION_NOT_ALLOWED: QT_TRANSLATE_NOOP("rules", "Not valid at this store"),
}
# …and, for a card not usable yet (`card_not_active`), by its status.
_NOT_ACTIVE: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("rules", "Not sold yet"),
    "allocated": QT_TRANSLATE_NOOP("rules", "Not activated yet"),
}


def refusal_words(validation: ValidationOut) -> str:
    """Why the card cannot be used, e.g. "Expired on Jan 31, 2026", "All $5.00 is on hold"."""
    card = validation.card
    reason = validation.reason
    if reason == ErrorCode.CARD_EXPIRED:
        if card.valid_until is None:
            return translate("rules", "Expired on an earlier date")
        return translate("rules", "Expired on %1").replace(
            "%1", fmt.date_text(card.valid_until))
    if reason == ErrorCode.CARD_NOT_YET_VALID and card.valid_from is not None:
        return translate("rules", "Not valid until %1").replace(
            "%1", fmt.date_text(card.valid_from))
    if reason == ErrorCode.CARD_DEPLETED:
        if card.kind == "item":
            return translate("rules", "Used up: no items left")
        return translate("rules", "Used up: balance %1").replace(
            "%1", fmt.value_text(0, card))
    if reason == ErrorCode.INSUFFICIENT_BALANCE:
        return translate("rules", "All %1 is on hold").replace(
            "%1", fmt.value_text(card.held, card))
    if reason == ErrorCode.CARD_NOT_ACTIVE and card.status in _NOT_ACTIVE:
        return translate("rules", _NOT_ACTIVE[card.status])
    if reason in _FIXED_REFUSALS:
        return translate("rules", _FIXED_REFUSALS[reason])
    # A reason this app does not know yet (a newer ledger): its words, translated if known.
    return translate("rules", validation.present_value_description)


def value_words(validation: ValidationOut) -> str:
    """The card screen's big line: what the card is worth now, or why it cannot be used."""
    if not validation.is_redeemable:
        return refusal_words(validation)
    card = validation.card
    available = fmt.value_text(max(card.available, 0), card)
    words = (translate("CardScreen", "%1 left") if card.kind == "item"
             else translate("CardScreen", "Balance %1"))
    text = words.replace("%1", available)
    return text + on_hold_words(card)


def on_hold_words(card: CardOut) -> str:
    """ " ($5.00 on hold)" after a balance, "" when nothing is held."""
    if not card.held:
        return ""
    return translate("CardScreen", " (%1 on hold)").replace("%1", fmt.value_text(card.held, card))


# The terms that carry no date or name, by their code (`rules.Term`).
_TERM_WORDS: dict[str, str] = {
    "promotional": QT_TRANSLATE_NOOP("rules", "Promotional card"),
    "full_redemption_only": QT_TRANSLATE_NOOP("rules", "Must be used in full in one purchase"),
    "pin_required": QT_TRANSLATE_NOOP("rules", "PIN required"),
    "reporting_code_required": QT_TRANSLATE_NOOP("rules", "Reporting code required"),
    "training": QT_TRANSLATE_NOOP("rules", "Training card"),
}


def terms(validation: ValidationOut) -> list[str]:
    """What a cashier should know before taking the card: the ledger decides which terms
    apply (`terms`, codes); this words them. A code this app does not know yet (a newer
    ledger), or a ledger that sends no codes, shows the ledger's own words, translated where
    known."""
    card, english = validation.card, validation.restrictions
    if not validation.terms:
        return [translate("rules", words) for words in english]
    notes: list[str] = []
    for i, term in enumerate(validation.terms):
        if term == "only_at" and card.locations:
            stores = format_list(list(card.locations), locale=i18n.locale())
            notes.append(translate("rules", "Only at %1").replace("%1", stores))
        elif term == "valid_until" and card.valid_until is not None:
            notes.append(translate("rules", "Valid until %1").replace(
                "%1", fmt.date_text(card.valid_until)))
        elif term in _TERM_WORDS:
            notes.append(translate("rules", _TERM_WORDS[term]))
        elif i < len(english):
            notes.append(translate("rules", english[i]))
    return notes


__all__ = ["on_hold_words", "refusal_words", "terms", "value_words"]
