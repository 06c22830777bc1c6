"""History: the last card's journal, and this terminal's shift (redemptions and totals)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import format as fmt
from app.ui.i18n import PLURALS, QT_TRANSLATE_NOOP, translate
from app.ui.screens.base import Screen, button, label
from app.ui.screens.reverse import redemption_units
from app.ui.widgets.busy_indicator import BusyIndicator

if TYPE_CHECKING:
    from app.protocol.models import (
        CardOut,
        RedemptionOut,
        ShiftReportOut,
        ShiftTotalOut,
        TransactionOut,
    )

_C = "HistoryScreen"  # the words of the tables, translated where they are shown
_JOURNAL_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryScreen", "Time"), QT_TRANSLATE_NOOP("HistoryScreen", "Transaction"),
    QT_TRANSLATE_NOOP("HistoryScreen", "What"), QT_TRANSLATE_NOOP("HistoryScreen", "Amount"),
    QT_TRANSLATE_NOOP("HistoryScreen", "Balance after"), QT_TRANSLATE_NOOP("HistoryScreen", "By"),
    QT_TRANSLATE_NOOP("HistoryScreen", "Where"), QT_TRANSLATE_NOOP("HistoryScreen", "Notes"))
_SHIFT_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryScreen", "Time"), QT_TRANSLATE_NOOP("HistoryScreen", "Transaction"),
    QT_TRANSLATE_NOOP("HistoryScreen", "Card"), QT_TRANSLATE_NOOP("HistoryScreen", "Amount"),
    QT_TRANSLATE_NOOP("HistoryScreen", "By"), QT_TRANSLATE_NOOP("HistoryScreen", "Status"))
_KIND_WORDS = {
    "redeem": QT_TRANSLATE_NOOP("HistoryScreen", "Redeemed"),
    "capture": QT_TRANSLATE_NOOP("HistoryScreen", "Redeemed (hold)"),
    "reverse": QT_TRANSLATE_NOOP("HistoryScreen", "Reversed"),
    "issue": QT_TRANSLATE_NOOP("HistoryScreen", "Issued"),
    "sell": QT_TRANSLATE_NOOP("HistoryScreen", "Sold"),
    "activate": QT_TRANSLATE_NOOP("HistoryScreen", "Activated"),
    "load": QT_TRANSLATE_NOOP("HistoryScreen", "Loaded"),
    "hold": QT_TRANSLATE_NOOP("HistoryScreen", "Held"),
    "release": QT_TRANSLATE_NOOP("HistoryScreen", "Hold released"),
    "hold_expire": QT_TRANSLATE_NOOP("HistoryScreen", "Hold expired"),
    "lock": QT_TRANSLATE_NOOP("HistoryScreen", "Locked"),
    "unlock": QT_TRANSLATE_NOOP("HistoryScreen", "Unlocked"),
    "void": QT_TRANSLATE_NOOP("HistoryScreen", "Voided"),
    "close": QT_TRANSLATE_NOOP("HistoryScreen", "Closed"),
    "expire": QT_TRANSLATE_NOOP("HistoryScreen", "Expired"),
    "adjust": QT_TRANSLATE_NOOP("HistoryScreen", "Adjusted"),
    "update": QT_TRANSLATE_NOOP("HistoryScreen", "Details changed"),
    "pin_failed": QT_TRANSLATE_NOOP("HistoryScreen", "Wrong card PIN")}


def _table(parent: QWidget, name: str, columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([translate(_C, c) for c in columns])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    # The last column (notes) wraps, and rows grow to show all of it.
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]], right: tuple[int, ...]
          ) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def _total_text(total: ShiftTotalOut) -> str:
    """The shift's totals signed as the card history signs them (what the cards lost: -,
    what reversals put back: +), so both tabs read the same way."""
    def units(value: int) -> str:
        text = fmt.units_text(value, kind=total.kind, currency=total.currency,
                              item_label=total.item_label)
        return f"+{text}" if value > 0 else text

    return (f"{PLURALS.redemptions(total.redemptions)} {units(-total.redeemed)}  ·  "
            f"{PLURALS.reversals(total.reversals)} {units(total.reversed)}  ·  "
            + translate("HistoryScreen", "net %1").replace("%1", units(-total.net)))


def _signed(delta: int, card: CardOut) -> str:
    """A change to the card with its sign either way: "+$12.50" back on, "-$10.00" taken."""
    text = fmt.value_text(delta, card)
    return f"+{text}" if delta > 0 else text


class HistoryScreen(Screen):
    """Two tabs; Enter or F7 on a redemption row asks to reverse it."""

    title = QT_TRANSLATE_NOOP("Screen", "History")
    busy_words = QT_TRANSLATE_NOOP("Screen", "Loading…")
    refreshRequested = Signal()
    reverseRequested = Signal(int)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("historyScreen", parent)
        self.card: CardOut | None = None
        self._journal: list[TransactionOut] = []
        self._shift: list[RedemptionOut] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("History"), self, role="title"))
        top.addStretch(1)
        self.busy_indicator = BusyIndicator(self)
        top.addWidget(self.busy_indicator)
        outer.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("historyTabs")
        card_tab = QWidget(self.tabs)
        card_box = QVBoxLayout(card_tab)
        self.card_title = label(self.tr("Scan a card to see its history."), card_tab,
                                object_name="historyCardTitle")
        self.card_title.setWordWrap(True)
        card_box.addWidget(self.card_title)
        self.journal = _table(card_tab, "journalTable", _JOURNAL_COLUMNS)
        card_box.addWidget(self.journal, 1)
        self.tabs.addTab(card_tab, self.tr("&Card history"))

        shift_tab = QWidget(self.tabs)
        shift_box = QVBoxLayout(shift_tab)
        self.totals = label("", shift_tab, object_name="shiftTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        shift_box.addWidget(self.totals)
        self.shift = _table(shift_tab, "shiftTable", _SHIFT_COLUMNS)
        shift_box.addWidget(self.shift, 1)
        self.tabs.addTab(shift_tab, self.tr("This &shift"))
        outer.addWidget(self.tabs, 1)

        self.message = label("", self, role="error", object_name="historyMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        actions = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Esc", self, object_name="historyBackButton")
        self.refresh_button = button(self.tr("Refresh"), "F5", self, object_name="refreshButton")
        self.reverse_button = button(self.tr("Reverse selected"), "F7", self,
                                     object_name="historyReverseButton")
        actions.addWidget(self.back_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        actions.addWidget(self.reverse_button)
        outer.addLayout(actions)

        self.back_button.clicked.connect(self.backRequested)
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.journal.activated.connect(lambda _i: self.reverse_selected())
        self.shift.activated.connect(lambda _i: self.reverse_selected())
        self.shortcut(Qt.Key.Key_Escape, self.backRequested.emit)
        self.shortcut(Qt.Key.Key_F5, self.refreshRequested.emit)
        # F7 is the window's shortcut: it calls reverse_selected() while this screen shows.
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.journal.itemSelectionChanged.connect(self._update_actions)
        self.shift.itemSelectionChanged.connect(self._update_actions)
        self._update_actions()

    def enter(self) -> None:
        table = self.journal if self.tabs.currentIndex() == 0 else self.shift
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        if table.rowCount() and not table.selectedItems():
            table.selectRow(0)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def show_journal(self, card: CardOut | None, entries: list[TransactionOut]) -> None:
        self.card = card
        self._journal = list(reversed(entries))  # newest first
        if card is None:
            self.card_title.setText(self.tr("Scan a card to see its history."))
        else:
            self.card_title.setText(self.tr("Card %1 — %2: balance %3").replace(
                "%1", fmt.code_text(card.code)).replace("%2", card.program_name).replace(
                "%3", fmt.value_text(card.balance, card)))
        rows = []
        for t in self._journal:
            amount = _signed(t.delta, card) if card and t.delta else ""
            notes = "; ".join(x for x in (t.reporting_code, t.reference, t.comment) if x)
            if t.approved_by:
                notes = self.tr("approved by %1").replace("%1", t.approved_by) + (
                    f"; {notes}" if notes else "")
            rows.append((fmt.time_text(t.created_at), str(t.id), translate(_C,
                                                                           _KIND_WORDS.get(t.kind,
                                                                                           t.kind)),
                         amount, fmt.value_text(t.balance_after, card) if card else "",
                         t.operator, f"{t.location} / {t.terminal}", notes))
        _fill(self.journal, rows, right=(3, 4))
        self._update_actions()

    def show_shift(self, report: ShiftReportOut | None, redemptions: list[RedemptionOut],
                   *, training: bool = False, shift_id: int | None = None) -> None:
        """This terminal's shift: since the till's open shift `shift_id` began, else since
        this session signed in, as the ledger's shift report counts it. In training the list
        holds practice redemptions, which no total counts, so no totals are shown beside
        them."""
        self._shift = sorted(redemptions, key=lambda r: r.created_at, reverse=True)
        rows = [(fmt.time_text(r.created_at), str(r.id), fmt.code_text(r.card),
                 f"-{redemption_units(r)}", r.operator,
                 self._status_word(r)) for r in self._shift]
        _fill(self.shift, rows, right=(3,))
        lines = []
        if report is not None:
            since = (self.tr("%1 / %2, since signing in at %3") if shift_id is None else
                     self.tr("%1 / %2, shift %4 open since %3").replace("%4", str(shift_id)))
            lines.append(since.replace("%1", report.location).replace(
                "%2", report.terminal).replace("%3", fmt.time_text(report.since)))
            if training:
                lines.append(self.tr("Training mode: practice redemptions only. They count in "
                                     "no total, so none is shown."))
            else:
                lines.extend(_total_text(t) for t in report.totals)
                if not report.totals:
                    lines.append(self.tr("No redemptions yet in this shift."))
        self.totals.setText("\n".join(lines))
        self._update_actions()

    def _status_word(self, r: RedemptionOut) -> str:
        if r.status == "reversed":
            return self.tr("Reversed (+%1)").replace("%1", redemption_units(r))
        return self.tr("Done (practice)") if r.training else self.tr("Done")

    def _selected_redemption_id(self) -> int | None:
        if self.tabs.currentIndex() == 0:
            rows = self.journal.selectionModel().selectedRows()
            if rows and self._journal[rows[0].row()].kind in ("redeem", "capture"):
                return self._journal[rows[0].row()].id
            return None
        rows = self.shift.selectionModel().selectedRows()
        if rows and self._shift[rows[0].row()].status == "completed":
            return self._shift[rows[0].row()].id
        return None

    def _update_actions(self) -> None:
        self.reverse_button.setEnabled(self._selected_redemption_id() is not None
                                       and not self.busy)

    def reverse_selected(self) -> None:
        rid = self._selected_redemption_id()
        if rid is not None and not self.busy:
            self.reverseRequested.emit(rid)

    def show_error(self, text: str) -> None:
        self.message.setText(text)

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.refresh_button.setEnabled(not busy)
        self._update_actions()
