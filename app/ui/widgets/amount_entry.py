"""Amount (money, in the card's currency) or quantity (item cards) with an upper limit."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.errors import GiftDeskError
from app.domain.money import exponent, parse_amount
from app.ui import format as fmt
from app.ui import i18n, messages, theme


class AmountEntry(QLineEdit):
    """Text field for what to take off a card; `value()` is minor units or items, or None."""

    valueChanged = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amountEntry")
        self.setFont(theme.font(theme.HEADLINE_POINT_SIZE, bold=True))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Amount"))
        self._currency = "USD"
        self._item_label: str | None = None
        self._maximum = 0
        self.textChanged.connect(lambda _text: self.valueChanged.emit(self.value()))

    def configure(self, *, currency: str, maximum: int, item_label: str | None = None) -> None:
        """Money in `currency` (item_label None) or items; never more than `maximum`."""
        self._currency = currency
        self._item_label = item_label
        self._maximum = maximum
        if item_label is None:
            # A few digits more than the currency has get through, so that 1.999 is refused
            # with a sentence instead of silently staying 1.99 (the key press swallowed).
            decimals = rf"([.,]\d{{0,{exponent(currency) + 4}}})?"
            pattern = rf"^\d{{0,10}}{decimals}$"
        else:
            pattern = r"^\d{0,7}$"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))

    @property
    def is_items(self) -> bool:
        return self._item_label is not None

    @property
    def maximum(self) -> int:
        return self._maximum

    def set_value(self, value: int) -> None:
        """Show `value` (minor units or items) and select it, so typing replaces it."""
        if self.is_items:
            self.setText(str(value))
        else:
            self.setText(fmt.amount_text(value, self._currency, grouping=False))
        self.selectAll()

    def value(self) -> int | None:
        """The amount typed, in minor units (or items); None when empty or malformed."""
        text = self.text().strip()
        if not text:
            return None
        if self.is_items:
            return int(text) if text.isdigit() and int(text) > 0 else None
        try:
            return parse_amount(text, self._currency, i18n.locale())
        except GiftDeskError:
            return None

    def problem(self) -> str | None:
        """Why the typed amount cannot be redeemed, as a sentence; None when it can."""
        value = self.value()
        if value is None and self.text().strip() and not self.is_items:
            try:
                parse_amount(self.text().strip(), self._currency, i18n.locale())
            except GiftDeskError as exc:  # "12.50" in a German shop: say which mark to use
                return messages.amount_sentence(exc, locale=i18n.locale())
        if value is None:
            return messages.sentence(messages.AMOUNT_MISSING)
        if value > self._maximum:
            at_most = self.tr("At most %1.").replace("%1", self.describe(self._maximum))
            return f"{messages.sentence(messages.AMOUNT_TOO_HIGH)} {at_most}"
        return None

    def describe(self, value: int) -> str:
        """`value` as the cashier says it: "$42.50" or "3 × Coffee"."""
        if self.is_items:
            return fmt.items_text(value, self._item_label)
        return fmt.money_text(value, self._currency)
