"""Card finder: search by code, name or reference; open the card (manager and admin)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.ui import format as fmt
from app.ui.backoffice.office import Office, Tab, fill_table, table
from app.ui.i18n import translate
from app.ui.screens.base import button

STATUSES = ("pending", "allocated", "active", "locked", "expired", "depleted", "void", "closed")


def status_words(status: str) -> str:
    """A card status as the card screen words it ("Not sold yet" for pending)."""
    look = fmt._STATUS.get(status)
    return translate("format", look.words) if look is not None else status


class FinderTab(Tab):
    """Emits `openRequested(code)` for the card to show on the card screen."""

    openRequested = Signal(str)

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, "finderTab", parent)
        self.found: list[Any] = []
        self.next_cursor: str | None = None
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit(self)
        self.query.setObjectName("finderQueryEdit")
        self.query.setMaxLength(100)
        self.query.setPlaceholderText(self.tr("Code (or its first digits), recipient, sender "
                                              "or reference"))
        self.status = QComboBox(self)
        self.status.setObjectName("finderStatusBox")
        self.status.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status.addItem(status_words(status), status)
        self.search_button = button(self.tr("Search"), "Enter", self,
                                    object_name="finderSearchButton", primary=True)
        row.addWidget(self.query, 1)
        row.addWidget(self.status)
        row.addWidget(self.search_button)
        box.addLayout(row)
        self.table = table(self, "finderTable", [
            self.tr("Code"), self.tr("Program"), self.tr("Status"), self.tr("Balance"),
            self.tr("Recipient"), self.tr("Sender")])
        box.addWidget(self.table, 1)
        box.addWidget(self.message)
        actions = QHBoxLayout()
        self.more_button = button(self.tr("More"), "", self, object_name="finderMoreButton")
        self.open_button = button(self.tr("Open card"), "", self, object_name="finderOpenButton")
        actions.addWidget(self.more_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        box.addLayout(actions)
        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.more_button.clicked.connect(self.more)
        self.open_button.clicked.connect(self.open_card)
        self.table.doubleClicked.connect(lambda _i: self.open_card())
        self.more_button.setEnabled(False)

    def refresh(self) -> None:
        self.query.setFocus()

    def search(self) -> None:
        self.found, self.next_cursor = [], None
        self._page()

    def more(self) -> None:
        if self.next_cursor is not None:
            self._page()

    def _page(self) -> None:
        q = self.query.text().strip() or None
        status, cursor = self.status.currentData(), self.next_cursor
        self.run(self.tr("Searching…"), lambda: self.office.client.find_cards(
            q, status=status, cursor=cursor), self._show)

    def _show(self, page: Any) -> None:
        self.found += page.cards
        self.next_cursor = page.next_cursor
        self.more_button.setEnabled(self.next_cursor is not None)
        fill_table(self.table, [
            (fmt.code_text(c.code), c.program_name, status_words(c.status),
             fmt.value_text(c.balance, c), c.recipient or "", c.sender or "")
            for c in self.found])
        if not self.found:
            self.say(self.tr("No card matches."))
        else:
            self.table.selectRow(0)

    def open_card(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.found):
            self.openRequested.emit(self.found[row].code)
        else:
            self.say(self.tr("Pick a card in the list first."), error=True)
