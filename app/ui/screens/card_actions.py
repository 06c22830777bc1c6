"""What can be done with the card at hand: one button per action, each with a number key;
manager actions say so (a cashier gets them through a manager's approval)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.flow.card_ops import expiry_warning, mask_code, units
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.screens.base import Screen, button, label

if TYPE_CHECKING:
    from app.protocol.models import CardOut
    from app.ui.flow.card_ops import Operation

COLUMNS = 2


class CardActionsScreen(Screen):
    """Emits `chosen(Operation)`; Esc goes back to the card."""

    title = QT_TRANSLATE_NOOP("Screen", "Card actions")
    chosen = Signal(object)
    backRequested = Signal()
    sellRequested = Signal()
    booksRequested = Signal()
    reprintRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("cardActionsScreen", parent)
        self.card: CardOut | None = None
        self.operations: list[Operation] = []
        self.buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        panel = QFrame(self)
        panel.setObjectName("cardPanel")
        outer.addWidget(panel, 1)
        self.box = QVBoxLayout(panel)
        self.box.setContentsMargins(32, 20, 32, 20)
        self.box.setSpacing(12)
        self.heading = label(self.tr("What should happen to this card?"), panel, role="title")
        self.box.addWidget(self.heading)
        self.summary = label("", panel, object_name="actionsSummary")
        self.summary.setFont(theme.font(theme.BASE_POINT_SIZE + 4, bold=True))
        self.summary.setWordWrap(True)
        self.box.addWidget(self.summary)
        self.none = label(self.tr("Nothing more can be done with this card."), panel,
                          role="hint", object_name="actionsNone")
        self.box.addWidget(self.none)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self.box.addLayout(self.grid)
        self.note = label(self.tr("Actions marked (manager) need a manager: a cashier is "
                                  "asked for a manager's name and PIN."), panel, role="hint")
        self.note.setWordWrap(True)
        self.box.addWidget(self.note)
        self.box.addStretch(1)

        bottom = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Esc", self, object_name="actionsBackButton")
        self.sell_button = button(self.tr("Sell another card"), "F3", self,
                                  object_name="actionsSellButton")
        self.reprint_button = button(self.tr("Reprint last receipt"), "Ctrl+Shift+R", self,
                                     object_name="actionsReprintButton")
        self.books_button = button(self.tr("Books"), "F8", self,
                                   object_name="actionsBooksButton")
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.books_button)
        bottom.addStretch(1)
        bottom.addWidget(self.reprint_button)
        bottom.addWidget(self.sell_button)
        outer.addLayout(bottom)
        self.back_button.clicked.connect(self.backRequested)
        self.sell_button.clicked.connect(self.sellRequested)
        self.books_button.clicked.connect(self.booksRequested)
        self.reprint_button.clicked.connect(self.reprintRequested)
        self.shortcut(Qt.Key.Key_Escape, self.backRequested.emit)
        for number in range(1, 10):
            self.shortcut(str(number), partial(self._choose, number - 1))

    def show_card(self, card: CardOut, operations: list[Operation], state: str) -> None:
        """The card's state (in words) and one button per action that makes sense for it."""
        self.card = card
        self.operations = list(operations)
        text = self.tr("Card %1 · %2 · %3").replace("%1", mask_code(card.code)) \
            .replace("%2", card.program_name).replace("%3", state)
        if card.status != "pending":
            text += " · " + self.tr("balance %1").replace("%1", units(card.balance, card))
        warning = expiry_warning(card)
        self.summary.setText(text + (f" · {warning}" if warning else ""))
        for b in self.buttons:
            self.grid.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        for index, op in enumerate(self.operations):
            words = op.title + (self.tr("  (manager)") if op.manager else "")
            b = button(words, str(index + 1), self, object_name=f"action_{op.name}",
                       danger=op.name in ("void", "close"))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, i=index: self._choose(i))
            self.grid.addWidget(b, index // COLUMNS, index % COLUMNS)
            if self.isVisible():  # shown now, not later: it may take the focus
                b.show()
            self.buttons.append(b)
        self.none.setVisible(not self.operations)

    def button_for(self, name: str) -> QPushButton | None:
        for op, b in zip(self.operations, self.buttons, strict=True):
            if op.name == name:
                return b
        return None

    def enter(self) -> None:
        target = self.buttons[0] if self.buttons else self.back_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, index: int) -> None:
        if not self.busy and 0 <= index < len(self.operations):
            self.chosen.emit(self.operations[index])
