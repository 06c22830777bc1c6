"""The form of a program: every option the ledger has, each with a one-line explanation."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.domain.errors import GiftDeskError
from app.domain.money import parse_amount
from app.ui import i18n, messages
from app.ui.backoffice.office import StorePicker
from app.ui.screens.base import label
from app.ui.setup.screen import CURRENCIES


class FormProblem(Exception):
    """What is wrong in the form, as a sentence, and the field to fix."""

    def __init__(self, sentence: str, field: QWidget) -> None:
        super().__init__(sentence)
        self.sentence = sentence
        self.field = field


def typed_amount(edit: QLineEdit, kind: str, currency: str) -> int | None:
    """What `edit` says, in minor units (or items); None when empty."""
    text = edit.text().strip()
    if not text:
        return None
    if kind == "item":
        if not text.isdigit() or int(text) < 1:
            raise FormProblem(i18n.translate("ProgramForm", "Type the number of items, like 5."),
                              edit)
        return int(text)
    try:
        return parse_amount(text, currency, i18n.locale())
    except GiftDeskError as exc:
        raise FormProblem(messages.amount_sentence(exc, locale=i18n.locale()), edit) from exc


class FixedDay(QWidget):
    """An optional day: a box to tick ("Fixed first day") and the day it names."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.fixed = QCheckBox(text, self)
        self.fixed.setObjectName(f"{name}Fixed")
        self.day = QDateEdit(self)
        self.day.setObjectName(f"{name}Day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(text)
        row.addWidget(self.fixed)
        row.addWidget(self.day)
        row.addStretch(1)
        self.fixed.toggled.connect(self.day.setEnabled)
        self.set(None)

    def set(self, moment: datetime | None) -> None:
        """Show the local day of `moment`; None: no fixed day (today offered when ticked)."""
        self.fixed.setChecked(moment is not None)
        local = moment.astimezone().date() if moment is not None else date.today()
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.day.setEnabled(moment is not None)

    def value(self) -> date | None:
        if not self.fixed.isChecked():
            return None
        day = self.day.date()
        return date(day.year(), day.month(), day.day())


def start_of(day: date | None) -> datetime | None:
    """The first moment of `day`, local time (the ledger keeps it in UTC)."""
    return None if day is None else datetime.combine(day, time(0, 0)).astimezone()


def end_of(day: date | None) -> datetime | None:
    """The last second of `day`, local time: a card works all through its last day, as a
    card's own "valid until" does (app.ui.flow.card_ops)."""
    return None if day is None else datetime.combine(day, time(23, 59, 59)).astimezone()


class ProgramForm(QWidget):
    """`values()` gives the fields as the API takes them; `load(program)` shows one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programForm")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(2, 1)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Money"), "monetary")
        self.kind.addItem(self.tr("Items"), "item")
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.item_label = QLineEdit(self)
        self.item_label.setMaxLength(60)
        self.value = QLineEdit(self)
        self.activation = QComboBox(self)
        self.activation.addItem(self.tr("Ready when sold"), "activate")
        self.activation.addItem(self.tr("Needs its activation code"), "allocate")
        self.validity = QSpinBox(self)
        self.validity.setRange(0, 36_600)
        self.validity.setSpecialValueText(self.tr("No limit"))
        self.validity.setSuffix(self.tr(" days"))
        self.valid_from = FixedDay(self.tr("Fixed first day"), "programValidFrom", self)
        self.valid_until = FixedDay(self.tr("Fixed last day"), "programValidUntil", self)
        self.reloadable = QCheckBox(self.tr("Reloadable"), self)
        self.max_balance = QLineEdit(self)
        self.partial = QCheckBox(self.tr("Partial use"), self)
        self.stores = StorePicker(self, "programStoresList", every=self.tr("Every store"))
        self.promotional = QCheckBox(self.tr("Promotional"), self)
        self.pin = QCheckBox(self.tr("Card PIN"), self)
        self.reporting = QCheckBox(self.tr("Reporting code required"), self)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("Name"), self.name, self.tr("What staff and customers see, e.g. Gift card.")),
            (self.tr("Kind"), self.kind, self.tr(
                "Money: the card holds an amount. Items: it holds a number of things, like "
                "5 coffees.")),
            (self.tr("Currency"), self.currency, self.tr("The money the card's value is in.")),
            (self.tr("Item name"), self.item_label, self.tr(
                "What one item is called, e.g. Coffee (item cards only).")),
            (self.tr("Value"), self.value, self.tr(
                "What a new card is worth unless another value is given when it is issued or "
                "sold.")),
            (self.tr("Activation"), self.activation, self.tr(
                "With an activation code, a sold card works only once the code from the "
                "receipt is entered.")),
            (self.tr("Validity"), self.validity, self.tr(
                "How long a card works after it is issued.")),
            (self.tr("Starts"), self.valid_from, self.tr(
                "Cards cannot be used before this day, e.g. for a season or an event. "
                "Unticked: from the day they are sold.")),
            (self.tr("Ends"), self.valid_until, self.tr(
                "Every card stops working after this day, whatever the validity above says. "
                "Unticked: only the validity above counts.")),
            ("", self.reloadable, self.tr("Money can be added to a card later.")),
            (self.tr("Max balance"), self.max_balance, self.tr(
                "The most a card may hold after reloads; empty for no limit.")),
            ("", self.partial, self.tr(
                "A card may be spent over several purchases; off: all in one purchase.")),
            (self.tr("Stores"), self.stores, self.tr("Where the cards work.")),
            ("", self.promotional, self.tr(
                "Given away, not sold: reported apart from money customers paid.")),
            ("", self.pin, self.tr(
                "Each card gets a secret PIN the customer must give to use it.")),
            ("", self.reporting, self.tr(
                "Every redemption must carry a reporting code, such as an order number.")),
        ]
        for r, (text, widget, hint) in enumerate(rows):
            if text:
                grid.addWidget(label(text, self, role="fieldName"), r, 0)
            grid.addWidget(widget, r, 1)
            explanation = label(hint, self, role="hint")
            explanation.setWordWrap(True)
            grid.addWidget(explanation, r, 2)
            widget.setToolTip(hint)
        wide = max(self.valid_from.fixed.sizeHint().width(),
                   self.valid_until.fixed.sizeHint().width())
        for day in (self.valid_from, self.valid_until):  # the two days one under the other
            day.fixed.setMinimumWidth(wide)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.reloadable.toggled.connect(self.max_balance.setEnabled)
        self.clear()

    def _kind_changed(self) -> None:
        self.item_label.setEnabled(self.kind.currentData() == "item")

    def clear(self, currency: str | None = None) -> None:
        self.name.clear()
        self.kind.setCurrentIndex(0)
        if currency:
            self.currency.setCurrentText(currency)
        self.item_label.clear()
        self.value.clear()
        self.activation.setCurrentIndex(0)
        self.validity.setValue(0)
        self.valid_from.set(None)
        self.valid_until.set(None)
        self.reloadable.setChecked(False)
        self.max_balance.clear()
        self.max_balance.setEnabled(False)
        self.partial.setChecked(True)
        self.stores.tick(["*"])
        for box in (self.promotional, self.pin, self.reporting):
            box.setChecked(False)
        self._kind_changed()

    def _amount_text(self, minor: int | None, kind: str, currency: str) -> str:
        if minor is None:
            return ""
        if kind == "item":
            return str(minor)
        return i18n.amount_text(minor, currency, grouping=False)

    def load(self, program: Any) -> None:
        self.name.setText(program.name)
        self.kind.setCurrentIndex(0 if program.kind == "monetary" else 1)
        self.currency.setCurrentText(program.currency)
        self.item_label.setText(program.item_label or "")
        self.value.setText(self._amount_text(program.default_value or None, program.kind,
                                             program.currency))
        self.activation.setCurrentIndex(0 if program.activation == "activate" else 1)
        self.validity.setValue(program.validity_days or 0)
        self.valid_from.set(program.valid_from)
        self.valid_until.set(program.valid_until)
        self.reloadable.setChecked(program.reloadable)
        self.max_balance.setText(self._amount_text(program.max_balance, program.kind,
                                                   program.currency))
        self.max_balance.setEnabled(program.reloadable)
        self.partial.setChecked(program.partial_redemption)
        self.stores.tick(program.locations or ["*"])
        self.promotional.setChecked(program.promotional)
        self.pin.setChecked(program.pin_required)
        self.reporting.setChecked(program.reporting_code_required)

    def values(self) -> dict[str, Any]:
        """The program as the API takes it; raises FormProblem for what must be fixed."""
        name = self.name.text().strip()
        if not name:
            raise FormProblem(self.tr("Enter the program's name."), self.name)
        kind = str(self.kind.currentData())
        currency = self.currency.currentText().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise FormProblem(self.tr("The currency is a three-letter code, like USD or EUR."),
                              self.currency)
        stores = self.stores.ticked()
        if not stores:
            raise FormProblem(self.tr("Tick the stores where the cards work."), self.stores)
        item_label = self.item_label.text().strip() if kind == "item" else None
        if kind == "item" and not item_label:
            raise FormProblem(self.tr("Name the item, like Coffee."), self.item_label)
        first, last = self.valid_from.value(), self.valid_until.value()
        if first is not None and last is not None and last < first:
            raise FormProblem(self.tr("The last day cannot be before the first day."),
                              self.valid_until.day)
        reloadable = self.reloadable.isChecked()
        return {
            "name": name, "kind": kind, "currency": currency, "item_label": item_label,
            "default_value": typed_amount(self.value, kind, currency) or 0,
            "activation": str(self.activation.currentData()),
            "validity_days": self.validity.value() or None,
            "valid_from": start_of(first), "valid_until": end_of(last),
            "reloadable": reloadable,
            "max_balance": typed_amount(self.max_balance, kind, currency) if reloadable
            else None,
            "partial_redemption": self.partial.isChecked(),
            "locations": [] if stores == ["*"] else stores,
            "promotional": self.promotional.isChecked(),
            "pin_required": self.pin.isChecked(),
            "reporting_code_required": self.reporting.isChecked(),
        }
