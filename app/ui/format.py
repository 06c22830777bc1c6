"""How values read at the counter: money or items, dates, card codes, statuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from babel.dates import format_skeleton, format_time
from PySide6.QtGui import QColor

from app.domain.codes import format_code, is_valid_code
from app.domain.errors import ErrorCode
from app.ui import i18n, theme
from app.ui.i18n import QT_TRANSLATE_NOOP, items_text, money_text, translate
from app.ui.i18n import amount_text as amount_text
from app.ui.i18n import number_text as number_text
from app.ui.widgets.status_badge import Icon

if TYPE_CHECKING:
    from app.protocol.models import CardOut, ValidationOut


def value_text(value: int | None, card: CardOut) -> str:
    """A balance or amount as the cashier says it: "$42.50" or "3 × Coffee"."""
    if value is None:
        return "—"
    if card.kind == "item":
        return items_text(value, card.item_label)
    return money_text(value, card.currency)


def units_text(value: int | None, *, kind: str, currency: str, item_label: str | None) -> str:
    """Like `value_text` without a card at hand."""
    if value is None:
        return "—"
    if kind == "item":
        return items_text(value, item_label)
    return money_text(value, currency)


def cards_text(count: int) -> str:
    """ "1 card", "2 cards" in the app's language."""
    return i18n.PLURALS.cards(count)


def code_text(code: str) -> str:
    """1234 5678 9012 for a code, the text unchanged otherwise."""
    return format_code(code) if is_valid_code(code) else code


def date_text(moment: datetime | None) -> str:
    """The day in the shop's locale and local time: "Jan 31, 2026", "31. Jan. 2026"."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    return format_skeleton("yMMMd", local, locale=i18n.locale())


def clock_text(moment: datetime) -> str:
    """The time of day in the shop's locale and local time: "2:05 PM", "14:05"."""
    local = moment.astimezone() if moment.tzinfo else moment
    return format_time(local, "short", locale=i18n.locale())


def time_text(moment: datetime) -> str:
    """Day and time: "Jan 31, 2026 2:05 PM" (en_US), "31. Jan. 2026 14:05" (de_DE); the
    time comes last, after the last plain space."""
    return f"{date_text(moment)} {clock_text(moment)}"


def validity_text(card: CardOut) -> str:
    if card.valid_from and card.valid_until:
        return translate("format", "%1 to %2").replace("%1", date_text(card.valid_from)).replace(
            "%2", date_text(card.valid_until))
    if card.valid_until:
        return translate("format", "Until %1").replace("%1", date_text(card.valid_until))
    if card.valid_from:
        return translate("format", "From %1, no end date").replace(
            "%1", date_text(card.valid_from))
    return translate("format", "No end date")


def kind_text(card: CardOut) -> str:
    if card.kind == "item":
        return translate("format", "Items (%1)").replace(
            "%1", card.item_label or translate("format", "item"))
    return translate("format", "Money (%1)").replace("%1", card.currency)


@dataclass(frozen=True)
class StatusLook:
    """A status as words, icon and colour together."""

    words: str
    icon: Icon
    colour: QColor


_STATUS: dict[str, StatusLook] = {
    "active": StatusLook(QT_TRANSLATE_NOOP("format", "Active"), Icon.CHECK, theme.OK),
    "pending": StatusLook(QT_TRANSLATE_NOOP("format", "Not sold yet"), Icon.CROSS, theme.WARN),
    "allocated": StatusLook(
        QT_TRANSLATE_NOOP("format", "Not activated yet"), Icon.CROSS, theme.WARN),
    "locked": StatusLook(QT_TRANSLATE_NOOP("format", "Locked"), Icon.LOCK, theme.BAD),
    "depleted": StatusLook(QT_TRANSLATE_NOOP("format", "Used up"), Icon.CROSS, theme.INFO),
    "expired": StatusLook(QT_TRANSLATE_NOOP("format", "Expired"), Icon.CLOCK, theme.BAD),
    "void": StatusLook(QT_TRANSLATE_NOOP("format", "Voided"), Icon.CROSS, theme.BAD),
    "closed": StatusLook(QT_TRANSLATE_NOOP("format", "Closed"), Icon.CROSS, theme.BAD),
}

_REASON: dict[str, StatusLook] = {
    ErrorCode.CARD_EXPIRED: StatusLook(
        QT_TRANSLATE_NOOP("format", "Expired"), Icon.CLOCK, theme.BAD),
    ErrorCode.CARD_NOT_YET_VALID: StatusLook(
        QT_TRANSLATE_NOOP("format", "Not valid yet"), Icon.CLOCK, theme.WARN),
    ErrorCode.LOCATION_NOT_ALLOWED: StatusLook(
        QT_TRANSLATE_NOOP("format", "Not valid at this store"), Icon.CROSS, theme.BAD),
    ErrorCode.INSUFFICIENT_BALANCE: StatusLook(
        QT_TRANSLATE_NOOP("format", "All on hold"), Icon.WARNING, theme.WARN),
}


def status_look(validation: ValidationOut) -> StatusLook:
    """How the card screen shows this card's state."""
    if validation.is_redeemable:
        look = StatusLook(QT_TRANSLATE_NOOP("format", "Active — can be used"), Icon.CHECK,
                          theme.OK)
    elif validation.card.status == "active" and validation.reason in _REASON:
        look = _REASON[validation.reason]
    else:
        look = _STATUS.get(validation.card.status,
                           StatusLook(validation.card.status.title(), Icon.WARNING, theme.WARN))
    return StatusLook(translate("format", look.words), look.icon, look.colour)
