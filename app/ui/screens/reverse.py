"""Reverse a redemption: by transaction number, or picked from this terminal's day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import format as fmt
from app.ui import messages, theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.screens.base import Screen, button, label, set_role
from app.ui.widgets.busy_indicator import BusyIndicator

if TYPE_CHECKING:
    from app.protocol.models import RedemptionOut

_COLUMNS = (QT_TRANSLATE_NOOP("ReverseScreen", "Time"),
            QT_TRANSLATE_NOOP("ReverseScreen", "Transaction"),
            QT_TRANSLATE_NOOP("ReverseScreen", "Card"), QT_TRANSLATE_NOOP("ReverseScreen",
                                                                          "Amount"),
            QT_TRANSLATE_NOOP("ReverseScreen", "By"), QT_TRANSLATE_NOOP("ReverseScreen", "Status"))


def redemption_units(r: RedemptionOut, item_label: str | None = None) -> str:
    """What a redemption took: "$20.00" or "2 × Coffee"."""
    units = r.quantity if r.kind == "item" else r.amount
    return fmt.units_text(units, kind=r.kind, currency=r.currency,
                          item_label=item_label or r.item_label)


class ReverseScreen(Screen):
    """Emits `findRequested(id)`, `reverseRequested(redemption, reason)`; shows the outcome."""

    title = QT_TRANSLATE_NOOP("Screen", "Reverse")
    busy_words = QT_TRANSLATE_NOOP("Screen", "Reversing…")
    findRequested = Signal(int)
    listRequested = Signal()
    reverseRequested = Signal(object, str)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("reverseScreen", parent)
        self.redemption: RedemptionOut | None = None
        self._today: list[RedemptionOut] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(label(self.tr("Reverse a redemption"), self, role="title"))

        find_row = QHBoxLayout()
        id_label = label(self.tr("&Transaction"), self, role="fieldName")
        self.transaction = QLineEdit(self)
        self.transaction.setObjectName("transactionEdit")
        self.transaction.setAccessibleName(self.tr("Transaction number"))
        self.transaction.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.transaction.setMaximumWidth(220)
        id_label.setBuddy(self.transaction)
        self.find_button = button(self.tr("Find"), "Enter", self, object_name="findButton")
        find_row.addWidget(id_label)
        find_row.addWidget(self.transaction)
        find_row.addWidget(self.find_button)
        find_row.addStretch(1)
        outer.addLayout(find_row)

        panel = QFrame(self)
        panel.setObjectName("cardPanel")
        box = QVBoxLayout(panel)
        box.setContentsMargins(20, 14, 20, 14)
        self.summary = label(self.tr("Type a transaction number, or pick one from today's list."),
                             panel, object_name="reverseSummary")
        self.summary.setFont(theme.font(theme.BASE_POINT_SIZE + 4, bold=True))
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.outcome = label("", panel, object_name="reverseOutcome")
        self.outcome.setFont(theme.font(theme.HEADLINE_POINT_SIZE + 4, bold=True))
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        box.addWidget(self.outcome)
        reason_row = QHBoxLayout()
        reason_label = label(self.tr("&Reason (required)"), panel, role="fieldName")
        self.reason = QLineEdit(panel)
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(500)
        reason_label.setBuddy(self.reason)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        box.addLayout(reason_row)
        self.message = label("", panel, role="error", object_name="reverseMessage")
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        actions = QHBoxLayout()
        self.busy_indicator = BusyIndicator(panel)
        actions.addWidget(self.busy_indicator)
        actions.addStretch(1)
        self.reverse_button = button(self.tr("Reverse"), "Enter", panel,
                                     object_name="reverseButton", danger=True)
        actions.addWidget(self.reverse_button)
        box.addLayout(actions)
        outer.addWidget(panel)

        outer.addWidget(label(self.tr("This terminal's redemptions today (Enter picks one)"), self,
                              role="fieldName"))
        self.table = QTableWidget(0, len(_COLUMNS), self)
        self.table.setObjectName("todayTable")
        self.table.setHorizontalHeaderLabels([translate("ReverseScreen", c) for c in _COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        outer.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Esc", self, object_name="reverseBackButton")
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        outer.addLayout(bottom)

        self.transaction.returnPressed.connect(self._find)
        self.find_button.clicked.connect(self._find)
        self.reason.returnPressed.connect(self._reverse)
        self.reverse_button.clicked.connect(self._reverse)
        self.back_button.clicked.connect(self.backRequested)
        self.table.activated.connect(lambda index: self._pick(index.row()))
        self.table.doubleClicked.connect(lambda index: self._pick(index.row()))
        self.shortcut(Qt.Key.Key_Escape, self.backRequested.emit)
        self.setTabOrder(self.transaction, self.find_button)
        self.setTabOrder(self.find_button, self.reason)
        self.setTabOrder(self.reason, self.reverse_button)
        self.setTabOrder(self.reverse_button, self.table)
        self.setTabOrder(self.table, self.back_button)
        self._show_selected()

    # ------------------------------------------------------------------ filling

    def start(self, redemption: RedemptionOut | None = None) -> None:
        """Open the screen, optionally with one redemption already chosen."""
        self.transaction.clear()
        self.reason.clear()
        self.message.clear()
        self.outcome.hide()
        self.redemption = redemption
        if redemption is not None:
            self.transaction.setText(str(redemption.id))
        self._show_selected()
        self.listRequested.emit()

    def enter(self) -> None:
        target = self.reason if self.redemption is not None else self.transaction
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_today(self, redemptions: list[RedemptionOut]) -> None:
        self._today = list(redemptions)
        self.table.setRowCount(len(self._today))
        for row, r in enumerate(self._today):
            status = self.tr("Reversed") if r.status == "reversed" else self.tr("Done")
            values = (fmt.time_text(r.created_at).rsplit(" ", 1)[-1], str(r.id),
                      fmt.code_text(r.card), redemption_units(r), r.operator, status)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def show_found(self, redemption: RedemptionOut) -> None:
        self.redemption = redemption
        self.message.clear()
        self.outcome.hide()
        self._show_selected()
        if redemption.status == "completed":
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_reversed(self, redemption: RedemptionOut, balance_text: str) -> None:
        """The outcome: value back on the card and the balance it has now."""
        self.redemption = redemption
        self._show_selected(just_reversed=True)
        set_role(self.outcome, "ok")
        text = self.tr("Reversed: %1 is back on card %2. Balance now %3.").replace(
            "%1", redemption_units(redemption)).replace(
            "%2", fmt.code_text(redemption.card)).replace("%3", balance_text)
        if redemption.reversal_approved_by:
            text += " " + self.tr("Approved by %1.").replace(
                "%1", redemption.reversal_approved_by)
        self.outcome.setText(text)
        self.outcome.show()
        self.reason.clear()
        self.back_button.setText(self.tr("Next card") + "   [Esc]")
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.listRequested.emit()

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)

    def _show_selected(self, *, just_reversed: bool = False) -> None:
        """The chosen transaction; once reversed here, the outcome alone says so (one state)."""
        r = self.redemption
        self.back_button.setText(self.tr("Back") + "   [Esc]")
        if r is None:
            self.summary.setText(
                self.tr("Type a transaction number, or pick one from today's list."))
            self.reason.setEnabled(False)
            self.reverse_button.setEnabled(False)
            return
        when = fmt.time_text(r.created_at)
        text = self.tr("Transaction %1: %2 from card %3, %4, by %5 at %6 / %7.")
        for number, value in enumerate((str(r.id), redemption_units(r), fmt.code_text(r.card),
                                        when, r.operator, r.location, r.terminal), start=1):
            text = text.replace(f"%{number}", value)
        if r.status == "reversed" and not just_reversed:
            text += " " + self._reversed_text(r)
        self.summary.setText(text)
        can = r.status == "completed"
        self.reason.setEnabled(can)
        self.reverse_button.setEnabled(can and not self.busy)

    def _reversed_text(self, r: RedemptionOut) -> str:
        """Who reversed it, and the manager who approved it when that was someone else."""
        by = r.reversed_by or ""
        approver = r.reversal_approved_by or ""
        if approver and approver.lower() != by.lower():
            return self.tr("Already reversed by %1, approved by %2.").replace(
                "%1", by).replace("%2", approver)
        if by:
            return self.tr("Already reversed by %1.").replace("%1", by)
        return self.tr("Already reversed.")

    # ------------------------------------------------------------------ actions

    def _find(self) -> None:
        text = self.transaction.text().strip()
        if self.busy:
            return
        if not text.isdigit():
            self.show_error(self.tr("Type the transaction number printed on the receipt."))
            return
        if self.redemption is not None and str(self.redemption.id) == text:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.findRequested.emit(int(text))

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self._today):
            self.transaction.setText(str(self._today[row].id))
            self.show_found(self._today[row])

    def _reverse(self) -> None:
        if self.busy or self.redemption is None or self.redemption.status != "completed":
            return
        reason = self.reason.text().strip()
        if not reason:
            self.show_error(messages.sentence(messages.REASON_MISSING))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.message.clear()
        self.reverseRequested.emit(self.redemption, reason)

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.find_button.setEnabled(not busy)
        can = not busy and self.redemption is not None and \
            self.redemption.status == "completed"
        self.reverse_button.setEnabled(can)
