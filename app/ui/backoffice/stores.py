"""Stores: list, add, rename (admin)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.ui.backoffice.office import Office, Tab, fill_table, table
from app.ui.screens.base import button


class StoresTab(Tab):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, "storesTab", parent)
        self.codes: list[str] = []
        self.names: list[str] = []
        box = QVBoxLayout(self)
        self.table = table(self, "storesTable", [self.tr("Code"), self.tr("Name")])
        box.addWidget(self.table, 1)
        form = QFormLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("storeCodeEdit")
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(self.tr("Short code on receipts and reports, e.g. MALL"))
        self.name = QLineEdit(self)
        self.name.setObjectName("storeNameEdit")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("What staff call it, e.g. Mall kiosk"))
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        box.addLayout(form)
        box.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.rename_button = button(self.tr("Rename"), "", self, object_name="renameStoreButton")
        self.add_button = button(self.tr("Add store"), "", self, object_name="addStoreButton",
                                 primary=True)
        actions.addWidget(self.rename_button)
        actions.addWidget(self.add_button)
        box.addLayout(actions)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.table.itemSelectionChanged.connect(self._picked)

    def refresh(self) -> None:
        self.run(self.tr("Loading the stores…"), self.office.client.locations, self._show)

    def _show(self, stores: list[Any]) -> None:
        self.codes = [s.code for s in stores]
        self.names = [s.name for s in stores]
        fill_table(self.table, [(s.code, s.name) for s in stores])

    def _picked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.codes):
            self.code.setText(self.codes[row])
            self.name.setText(self.names[row])

    def add(self) -> None:
        code, name = self.code.text().strip().upper(), self.name.text().strip()
        if not code:
            self.say(self.tr("Enter the new store's code."), error=True)
            return
        self.run(self.tr("Adding the store…"),
                 lambda: self.office.client.add_location(code, name), self._added)

    def _added(self, store: Any) -> None:
        self.refresh()
        self.say(self.tr("Store %1 added.").replace("%1", store.code))

    def rename(self) -> None:
        code, name = self.code.text().strip().upper(), self.name.text().strip()
        if code not in self.codes or not name:
            self.say(self.tr("Pick a store in the list and type its new name."), error=True)
            return
        self.run(self.tr("Renaming the store…"),
                 lambda: self.office.client.rename_location(code, name), self._renamed)

    def _renamed(self, store: Any) -> None:
        self.refresh()
        self.say(self.tr("Store %1 is now called %2.").replace("%1", store.code)
                 .replace("%2", store.name))
