"""Amount (money, in the card's currency) or quantity (item cards) with an upper limit."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.errors import GiftDeskError
from app.domain.money import exponent, format_amount, format_items, format_money, parse_amount
from app.ui import messages, theme


class AmountEntry(QLineEdit):
    """Text field for what to take off a card; `value()` is minor units or items, or None."""

    valueChanged = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amountEntry")
        self.setFont(theme.font(theme.HEADLINE_POINT_SIZE, bold=True))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName("Amount")
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
            places = exponent(currency)
            decimals = rf"([.,]\d{{0,{places}}})?" if places else ""
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
            self.setText(format_amount(value, self._currency).replace(",", ""))
        self.selectAll()

    def value(self) -> int | None:
        """The amount typed, in minor units (or items); None when empty or malformed."""
        text = self.text().strip()
        if not text:
            return None
        if self.is_items:
            return int(text) if text.isdigit() and int(text) > 0 else None
        try:
            return parse_amount(text.replace(",", "."), self._currency)
        except GiftDeskError:
            return None

    def problem(self) -> str | None:
        """Why the typed amount cannot be redeemed, as a sentence; None when it can."""
        value = self.value()
        if value is None:
            return messages.sentence(messages.AMOUNT_MISSING)
        if value > self._maximum:
            return (f"{messages.sentence(messages.AMOUNT_TOO_HIGH)} "
                    f"At most {self.describe(self._maximum)}.")
        return None

    def describe(self, value: int) -> str:
        """`value` as the cashier says it: "$42.50" or "3 × Coffee"."""
        if self.is_items:
            return format_items(value, self._item_label or "item")
        return format_money(value, self._currency)
