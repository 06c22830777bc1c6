"""The result of a redemption: what was taken, the new balance, the transaction number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from app.ui import format as fmt
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.screens.base import Screen, button, label, set_role
from app.ui.widgets.status_badge import Icon, StatusBadge

if TYPE_CHECKING:
    from app.protocol.models import RedemptionOut


class ResultScreen(Screen):
    """Enter or Esc go on to the next card; Ctrl+P prints, F7 reverses."""

    title = QT_TRANSLATE_NOOP("Screen", "Redeemed")
    type_ahead = True
    nextCardRequested = Signal()
    printRequested = Signal()
    pdfRequested = Signal()
    reverseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("resultScreen", parent)
        self.redemption: RedemptionOut | None = None
        self.item_label: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        panel = QFrame(self)
        panel.setObjectName("resultPanel")
        outer.addWidget(panel, 1)
        box = QVBoxLayout(panel)
        box.setContentsMargins(32, 20, 32, 20)
        box.setSpacing(10)
        top = QHBoxLayout()
        self.badge = StatusBadge(panel)
        top.addWidget(self.badge)
        top.addStretch(1)
        box.addLayout(top)
        self.headline = label("", panel, object_name="resultHeadline")
        self.headline.setFont(theme.font(theme.HEADLINE_POINT_SIZE + 4, bold=True))
        self.headline.setWordWrap(True)
        box.addWidget(self.headline)
        self.balance = label("", panel, object_name="resultBalance")
        self.balance.setFont(theme.font(theme.BALANCE_POINT_SIZE, bold=True))
        self.balance.setWordWrap(True)
        box.addWidget(self.balance)
        self.note = label("", panel, role="notice", object_name="resultNote")
        self.note.setWordWrap(True)
        self.note.hide()
        box.addWidget(self.note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self._fields = {}
        for row, (key, name) in enumerate([("transaction", self.tr("Transaction")),
                                           ("card", self.tr("Card")),
                                           ("when", self.tr("Time")), ("who", self.tr("By")),
                                           ("details", self.tr("Details"))]):
            title = label(name, panel, role="fieldName")
            title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = label("", panel, object_name=f"result_{key}")
            value.setFont(theme.font(theme.BASE_POINT_SIZE + 2, bold=key == "transaction"))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, row, 0)
            grid.addWidget(value, row, 1)
            self._fields[key] = value
        grid.setColumnStretch(1, 1)
        box.addLayout(grid)
        self.saved = label("", panel, role="hint", object_name="resultSaved")
        self.saved.setWordWrap(True)  # a receipt's whole path, on as many lines as it takes
        self.saved.hide()
        box.addWidget(self.saved)
        box.addStretch(1)

        actions = QHBoxLayout()
        actions.setSpacing(12)
        self.print_button = button(self.tr("Print receipt"), "Ctrl+P", self,
                                   object_name="printButton")
        self.pdf_button = button(self.tr("Receipt PDF"), "Ctrl+Shift+P", self,
                                 object_name="pdfButton")
        self.reverse_button = button(self.tr("Reverse"), "F7", self,
                                     object_name="resultReverseButton")
        self.next_button = button(self.tr("Next card"), "Enter", self,
                                  object_name="resultNextButton",
                                  primary=True)
        for b in (self.print_button, self.pdf_button, self.reverse_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.next_button)
        outer.addLayout(actions)
        self.print_button.clicked.connect(self.printRequested)
        self.pdf_button.clicked.connect(self.pdfRequested)
        self.reverse_button.clicked.connect(self.reverseRequested)
        self.next_button.clicked.connect(self.nextCardRequested)
        self.on_enter_key(self._on_enter)
        self.shortcut(Qt.Key.Key_Escape, self.nextCardRequested.emit)
        self.shortcut("Ctrl+P", self.printRequested.emit)
        self.shortcut("Ctrl+Shift+P", self.pdfRequested.emit)

    def show_redemption(self, redemption: RedemptionOut, *, item_label: str | None,
                        note: str = "") -> None:
        """Fill the screen; `note` explains an outcome resolved after a dropped connection."""
        self.redemption = redemption
        self.item_label = item_label
        units = redemption.quantity if redemption.kind == "item" else redemption.amount

        def text(value: int | None) -> str:
            return fmt.units_text(value, kind=redemption.kind, currency=redemption.currency,
                                  item_label=item_label)

        if redemption.status == "reversed":
            self.badge.set_status(self.tr("Reversed"), Icon.WARNING, theme.WARN)
            self.headline.setText(self.tr("Redeemed %1, since reversed").replace("%1", text(units)))
            after = redemption.balance_after_reversal
            self.balance.setText(self.tr("Balance %1").replace("%1", text(after))
                                 if after is not None else "")
        elif redemption.training:  # never mistaken for a real one: training's own look
            self.badge.set_status(self.tr("Practice only"), Icon.TRAINING, theme.TRAINING)
            self.headline.setText(self.tr("Redeemed %1").replace("%1", text(units)))
            # The practice copy's balance: the real card did not change.
            self.balance.setText(self.tr("Practice balance %1").replace(
                "%1", text(redemption.balance_after)))
        else:
            self.badge.set_status(self.tr("Done"), Icon.CHECK, theme.OK)
            self.headline.setText(self.tr("Redeemed %1").replace("%1", text(units)))
            self.balance.setText(self.tr("New balance %1").replace(
                "%1", text(redemption.balance_after)))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.show_saved("")
        self._fields["transaction"].setText(str(redemption.id))
        self._fields["card"].setText(fmt.code_text(redemption.card))
        self._fields["when"].setText(fmt.time_text(redemption.created_at))
        who = self.tr("%1 at %2 / %3").replace("%1", redemption.operator).replace(
            "%2", redemption.location).replace("%3", redemption.terminal)
        self._fields["who"].setText(who)
        details = [f"{name}: {value}" for name, value in (
            (self.tr("Reporting code"), redemption.reporting_code),
            (self.tr("Reference"), redemption.reference),
            (self.tr("Comment"), redemption.comment)) if value]
        if redemption.training:
            details.insert(0, self.tr("TRAINING — no real card changed"))
        self._fields["details"].setText("\n".join(details) or "—")
        self.reverse_button.setEnabled(redemption.status == "completed")

    def show_saved(self, text: str, *, error: bool = False) -> None:
        """Where the receipt went (or why not), under the details rather than in the status
        bar, where the hints and the ledger's name cut it off."""
        set_role(self.saved, "error" if error else "hint")
        self.saved.setText(text)
        self.saved.setVisible(bool(text))

    def field_text(self, key: str) -> str:
        return self._fields[key].text()

    def enter(self) -> None:
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_enter(self) -> None:
        focused = self.focusWidget()
        if focused in (self.print_button, self.pdf_button, self.reverse_button):
            focused.click()
        else:
            self.nextCardRequested.emit()
