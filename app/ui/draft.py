"""A redemption the cashier has filled in but not yet sent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.ui.i18n import items_text, money_text

if TYPE_CHECKING:
    from app.protocol.models import CardOut


@dataclass(frozen=True)
class RedemptionDraft:
    """What to take off which card, and the optional details that go with it."""

    card: CardOut
    units: int  # minor units for money, items for item cards
    card_pin: str | None = None
    reporting_code: str | None = None
    reference: str | None = None
    comment: str | None = None

    @property
    def is_items(self) -> bool:
        return self.card.kind == "item"

    @property
    def units_text(self) -> str:
        if self.is_items:
            return items_text(self.units, self.card.item_label)
        return money_text(self.units, self.card.currency)
