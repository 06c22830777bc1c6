"""Operators: list, add, change role and stores, reset PIN, disable (admin)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.backoffice.office import ALL_STORES, Office, StorePicker, Tab, fill_table, table
from app.ui.screens.base import button, label

ROLES = ("cashier", "manager", "admin")


class OperatorsTab(Tab):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, "operatorsTab", parent)
        self.people: dict[str, Any] = {}
        box = QVBoxLayout(self)
        self.table = table(self, "operatorsTable", [self.tr("Name"), self.tr("Role"),
                                                    self.tr("Stores"), self.tr("Status")])
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("operatorNameEdit")
        self.name.setMaxLength(60)
        self.role = QComboBox(self)
        self.role.setObjectName("operatorRoleBox")
        for role in ROLES:
            self.role.addItem(self._role_text(role), role)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("operatorPinEdit")
        self.pin_again = QLineEdit(self)
        self.pin_again.setObjectName("operatorPinAgainEdit")
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        row.addLayout(form, 1)
        self.stores = StorePicker(self, "operatorStoresList", every=self.tr("Every store"))
        column = QVBoxLayout()
        column.addWidget(label(self.tr("Works at"), self, role="fieldName"))
        column.addWidget(self.stores, 1)
        row.addLayout(column, 1)
        box.addLayout(row)
        hint = self.tr("A cashier sells and redeems; a manager also reverses, approves and "
                       "issues cards; an admin also manages people, stores and programs.")
        self.role.setToolTip(hint)
        box.addWidget(self.message)
        actions = QHBoxLayout()
        self.disable_button = button(self.tr("Disable"), "", self,
                                     object_name="disableOperatorButton", danger=True)
        self.pin_button = button(self.tr("Reset PIN"), "", self, object_name="resetPinButton")
        self.save_button = button(self.tr("Save role and stores"), "", self,
                                  object_name="saveOperatorButton")
        self.add_button = button(self.tr("Add operator"), "", self,
                                 object_name="addOperatorButton", primary=True)
        for b in (self.disable_button, self.pin_button, self.save_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.add_button)
        box.addLayout(actions)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.pin_button.clicked.connect(self.reset_pin)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.table.itemSelectionChanged.connect(self._picked)

    def _role_text(self, role: str) -> str:
        return {"cashier": self.tr("Cashier"), "manager": self.tr("Manager"),
                "admin": self.tr("Admin")}[role]

    def refresh(self) -> None:
        self.run(self.tr("Loading the operators…"), self._load, self._show)

    async def _load(self) -> tuple[list[Any], list[Any]]:
        client = self.office.client
        return await client.operators(), await client.locations()

    def _show(self, loaded: tuple[list[Any], list[Any]]) -> None:
        people, stores = loaded
        self.stores.set_stores([s.code for s in stores])
        self.people = {p.name: p for p in people}
        fill_table(self.table, [
            (p.name, self._role_text(p.role), self._stores_text(p.locations),
             self.tr("Disabled") if p.disabled else self.tr("Active")) for p in people])

    def _stores_text(self, codes: list[str]) -> str:
        return self.tr("Every store") if ALL_STORES in codes else ", ".join(codes)

    def _picked(self) -> None:
        row = self.table.currentRow()
        names = list(self.people)
        person = self.people[names[row]] if 0 <= row < len(names) else None
        if person is None:
            return
        self.name.setText(person.name)
        self.role.setCurrentIndex(ROLES.index(person.role))
        self.stores.tick(person.locations)
        self.disable_button.setText(self.tr("Enable") if person.disabled else self.tr("Disable"))

    def _new_pin(self) -> str | None:
        pin = self.pin.text().strip()
        if not pin.isdigit() or not 4 <= len(pin) <= 12:
            self.say(self.tr("The PIN has 4 to 12 digits."), error=True)
            return None
        if self.pin_again.text().strip() != pin:
            self.say(self.tr("The two PINs are not the same. Type the PIN again."), error=True)
            self.pin_again.clear()
            return None
        return pin

    def _chosen(self) -> tuple[str, list[str]] | None:
        stores = self.stores.ticked()
        if not stores:
            self.say(self.tr("Tick the stores this operator works at."), error=True)
            return None
        return str(self.role.currentData()), stores

    def add(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.say(self.tr("Enter the operator's name."), error=True)
            return
        chosen, pin = self._chosen(), self._new_pin()
        if chosen is None or pin is None:
            return
        role, stores = chosen
        self.run(self.tr("Adding the operator…"),
                 lambda: self.office.client.add_operator(name, pin, role, stores),
                 lambda p: self._done(self.tr("%1 can sign in now.").replace("%1", p.name)))

    def _selected(self) -> str | None:
        name = self.name.text().strip()
        if name not in self.people:
            self.say(self.tr("Pick an operator in the list first."), error=True)
            return None
        return name

    def save(self) -> None:
        name, chosen = self._selected(), self._chosen()
        if name is None or chosen is None:
            return
        role, stores = chosen
        self.run(self.tr("Saving…"),
                 lambda: self.office.client.update_operator(name, role=role, locations=stores),
                 lambda p: self._done(self.tr("%1 saved.").replace("%1", p.name)))

    def reset_pin(self) -> None:
        name = self._selected()
        pin = self._new_pin() if name is not None else None
        if name is None or pin is None:
            return
        self.run(self.tr("Setting the new PIN…"),
                 lambda: self.office.client.update_operator(name, pin=pin),
                 lambda p: self._done(self.tr("New PIN set for %1.").replace("%1", p.name)))

    def toggle_disabled(self) -> None:
        name = self._selected()
        if name is None:
            return
        disabled = not self.people[name].disabled
        self.run(self.tr("Saving…"),
                 lambda: self.office.client.update_operator(name, disabled=disabled),
                 lambda p: self._done((self.tr("%1 can no longer sign in.") if p.disabled
                                       else self.tr("%1 can sign in again.")).replace(
                                           "%1", p.name)))

    def _done(self, text: str) -> None:
        self.pin.clear()
        self.pin_again.clear()
        self.refresh()
        self.say(text)
