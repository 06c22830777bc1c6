"""How values read at the counter: money or items, dates, card codes, statuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from app.domain.codes import format_code, is_valid_code
from app.domain.errors import ErrorCode
from app.domain.money import format_items, format_money
from app.ui import theme
from app.ui.widgets.status_badge import Icon

if TYPE_CHECKING:
    from app.protocol.models import CardOut, ValidationOut


def value_text(value: int | None, card: CardOut) -> str:
    """A balance or amount as the cashier says it: "$42.50" or "3 × Coffee"."""
    if value is None:
        return "—"
    if card.kind == "item":
        return format_items(value, card.item_label or "item")
    return format_money(value, card.currency)


def units_text(value: int | None, *, kind: str, currency: str, item_label: str | None) -> str:
    """Like `value_text` without a card at hand."""
    if value is None:
        return "—"
    if kind == "item":
        return format_items(value, item_label or "item")
    return format_money(value, currency)


def code_text(code: str) -> str:
    """1234 5678 9012 for a code, the text unchanged otherwise."""
    return format_code(code) if is_valid_code(code) else code


def date_text(moment: datetime | None) -> str:
    """31 Jan 2026, in local time."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{local.day} {local:%b %Y}"


def time_text(moment: datetime) -> str:
    """31 Jan 2026 14:05, in local time."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{local.day} {local:%b %Y %H:%M}"


def validity_text(card: CardOut) -> str:
    if card.valid_from and card.valid_until:
        return f"{date_text(card.valid_from)} to {date_text(card.valid_until)}"
    if card.valid_until:
        return f"Until {date_text(card.valid_until)}"
    if card.valid_from:
        return f"From {date_text(card.valid_from)}, no end date"
    return "No end date"


def kind_text(card: CardOut) -> str:
    if card.kind == "item":
        return f"Items ({card.item_label or 'item'})"
    return f"Money ({card.currency})"


@dataclass(frozen=True)
class StatusLook:
    """A status as words, icon and colour together."""

    words: str
    icon: Icon
    colour: QColor


_STATUS: dict[str, StatusLook] = {
    "active": StatusLook("Active", Icon.CHECK, theme.OK),
    "pending": StatusLook("Not sold yet", Icon.CROSS, theme.WARN),
    "allocated": StatusLook("Not activated yet", Icon.CROSS, theme.WARN),
    "locked": StatusLook("Locked", Icon.LOCK, theme.BAD),
    "depleted": StatusLook("Used up", Icon.CROSS, theme.INFO),
    "expired": StatusLook("Expired", Icon.CLOCK, theme.BAD),
    "void": StatusLook("Voided", Icon.CROSS, theme.BAD),
    "closed": StatusLook("Closed", Icon.CROSS, theme.BAD),
}

_REASON: dict[str, StatusLook] = {
    ErrorCode.CARD_EXPIRED: StatusLook("Expired", Icon.CLOCK, theme.BAD),
    ErrorCode.CARD_NOT_YET_VALID: StatusLook("Not valid yet", Icon.CLOCK, theme.WARN),
    ErrorCode.LOCATION_NOT_ALLOWED: StatusLook("Not valid at this store", Icon.CROSS, theme.BAD),
    ErrorCode.INSUFFICIENT_BALANCE: StatusLook("All on hold", Icon.WARNING, theme.WARN),
}


def status_look(validation: ValidationOut) -> StatusLook:
    """How the card screen shows this card's state."""
    if validation.is_redeemable:
        return StatusLook("Active — can be used", Icon.CHECK, theme.OK)
    if validation.card.status == "active" and validation.reason in _REASON:
        return _REASON[validation.reason]
    return _STATUS.get(validation.card.status,
                       StatusLook(validation.card.status.title(), Icon.WARNING, theme.WARN))
