"""The first-run set-up: the shop, its default currency, the first store and the first admin,
or the demo data as an explicit choice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.screens.base import Screen, button, label, set_role
from app.ui.widgets.busy_indicator import BusyIndicator

CURRENCIES = ("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "JPY")


@dataclass(frozen=True)
class SetupForm:
    """What the merchant typed; checked by the screen before it is sent."""

    merchant: str
    currency: str
    location: str
    location_name: str
    admin: str
    pin: str


class SetupScreen(Screen):
    """Emits `submitted(SetupForm)` or `demoRequested()`."""

    title = "Set up GiftDesk"
    busy_indicator: BusyIndicator
    submitted = Signal(object)
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("setupScreen", parent)
        self.title = self.tr("Set up GiftDesk")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        panel = QFrame(self)
        panel.setObjectName("setupPanel")
        panel.setMinimumWidth(560)
        panel.setMaximumWidth(680)
        row.addWidget(panel, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        box = QVBoxLayout(panel)
        box.setContentsMargins(32, 20, 32, 20)
        box.setSpacing(10)
        box.addWidget(label(self.tr("Welcome to GiftDesk"), panel, role="title"))
        intro = label(self.tr("This ledger is new. Name your shop, its first store and its "
                              "first admin (who can add the others later)."), panel, role="hint")
        intro.setWordWrap(True)
        box.addWidget(intro)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        self.merchant = self._edit(panel, "setupMerchantEdit", 120)
        self.currency = QComboBox(panel)
        self.currency.setObjectName("setupCurrencyBox")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setMaxCount(len(CURRENCIES) + 1)
        self.location = self._edit(panel, "setupLocationEdit", 40)
        self.location.setPlaceholderText(self.tr("e.g. MAIN"))
        self.location_name = self._edit(panel, "setupLocationNameEdit", 120)
        self.location_name.setPlaceholderText(self.tr("e.g. High Street"))
        self.admin = self._edit(panel, "setupAdminEdit", 60)
        self.pin = self._edit(panel, "setupPinEdit", 12, secret=True)
        self.pin_again = self._edit(panel, "setupPinAgainEdit", 12, secret=True)
        for text, widget in ((self.tr("&Shop name"), self.merchant),
                             (self.tr("&Currency"), self.currency),
                             (self.tr("Store &code"), self.location),
                             (self.tr("Store &name"), self.location_name),
                             (self.tr("&Admin name"), self.admin),
                             (self.tr("Admin &PIN"), self.pin),
                             (self.tr("PIN &again"), self.pin_again)):
            name = label(text, panel, role="fieldName")
            name.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(name, widget)
        box.addLayout(form)

        self.message = label("", panel, role="error", object_name="setupMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        box.addWidget(self.message)

        actions = QHBoxLayout()
        self.demo_button = button(self.tr("Try with demo data"), "", panel,
                                  object_name="setupDemoButton")
        self.demo_button.clicked.connect(self._demo)
        actions.addWidget(self.demo_button)
        self.busy_indicator = BusyIndicator(panel)
        actions.addWidget(self.busy_indicator, 1)
        self.set_up_button = button(self.tr("Set up"), "Enter", panel,
                                    object_name="setupButton", primary=True)
        self.set_up_button.clicked.connect(self._submit)
        actions.addWidget(self.set_up_button)
        box.addLayout(actions)
        self.demo_note = label(self.tr("Demo data is a coffee shop with sample cards and PINs, "
                                       "to look around; it is not for real sales."),
                               panel, role="hint", object_name="setupDemoNote")
        self.demo_note.setWordWrap(True)
        box.addWidget(self.demo_note)
        self.on_enter_key(self._submit)

    def _edit(self, parent: QWidget, name: str, length: int, *,
              secret: bool = False) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setMaxLength(length)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def offer_demo(self, offer: bool) -> None:
        """Demo data only fills this computer's own new ledger (never a remote one)."""
        self.demo_button.setVisible(offer)
        self.demo_note.setVisible(offer)

    def fill_currency(self, currency: str | None) -> None:
        if currency:
            self.currency.setCurrentText(currency)

    def enter(self) -> None:
        first = next((e for e in (self.merchant, self.location, self.admin, self.pin)
                      if not e.text().strip()), self.merchant)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def form(self) -> SetupForm:
        return SetupForm(merchant=self.merchant.text().strip(),
                         currency=self.currency.currentText().strip().upper(),
                         location=self.location.text().strip().upper(),
                         location_name=self.location_name.text().strip(),
                         admin=self.admin.text().strip(), pin=self.pin.text().strip())

    def problem(self) -> tuple[str, QWidget] | None:
        """What is missing or wrong in the form, and where, before anything is sent."""
        f = self.form()
        if not f.merchant:
            return self.tr("Enter the shop's name."), self.merchant
        if len(f.currency) != 3 or not f.currency.isalpha():
            return self.tr("The currency is a three-letter code, like USD or EUR."), \
                self.currency
        if not f.location:
            return self.tr("Enter a short code for the first store, like MAIN."), \
                self.location
        if not f.admin:
            return self.tr("Enter the first admin's name."), self.admin
        if not f.pin.isdigit() or not 4 <= len(f.pin) <= 12:
            return self.tr("The PIN has 4 to 12 digits."), self.pin
        if self.pin_again.text().strip() != f.pin:
            return self.tr("The two PINs are not the same. Type the PIN again."), \
                self.pin_again
        return None

    def _submit(self) -> None:
        if self.busy:
            return
        wrong = self.problem()
        if wrong is not None:
            self.show_error(wrong[0])
            if wrong[1] is self.pin_again:
                self.pin_again.clear()
            wrong[1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.message.hide()
        self.submitted.emit(self.form())

    def _demo(self) -> None:
        if not self.busy:
            self.message.hide()
            self.demoRequested.emit()

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)
        self.message.show()

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.set_up_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
