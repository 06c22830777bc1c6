"""The books: what the shop owes on cards as of a moment (liability, managers), the till's
shift a cashier opens and closes, and the Z report of that shift or of a day at this store or
one terminal; all printable and as PDF."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.screens.base import Screen, button, label, set_role
from app.ui.widgets.busy_indicator import BusyIndicator

if TYPE_CHECKING:
    from app.ui.flow.books import Table


class BooksScreen(Screen):
    """Emits `liabilityRequested(datetime)`, `zRequested(date | None, terminal)` (None: the
    till's open shift), `openShiftRequested()`, `closeShiftRequested()`."""

    title = QT_TRANSLATE_NOOP("Screen", "Books")
    busy_words = QT_TRANSLATE_NOOP("Screen", "Reading the books…")
    liabilityRequested = Signal(object)
    zRequested = Signal(object, str)
    printRequested = Signal()
    pdfRequested = Signal()
    journalRequested = Signal(object)
    openShiftRequested = Signal()
    closeShiftRequested = Signal()
    liabilityFiltered = Signal(object, object, object)  # program, currency, store (None: all)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("booksScreen", parent)
        self.table_shown: Table | None = None
        self._shift_known = self._shift_open = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(label(self.tr("The books"), self, role="title"))

        ask = QFrame(self)
        ask.setObjectName("cardPanel")
        rows = QVBoxLayout(ask)
        rows.setContentsMargins(20, 12, 20, 12)
        liability_row = QHBoxLayout()
        self.as_of = QDateTimeEdit(ask)
        self.as_of.setObjectName("booksAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd HH:mm")
        as_of_label = label(self.tr("&Liability as of"), ask, role="fieldName")
        as_of_label.setBuddy(self.as_of)
        self.liability_button = button(self.tr("Show liability"), "F5", ask,
                                       object_name="liabilityButton", primary=True)
        liability_row.addWidget(as_of_label)
        liability_row.addWidget(self.as_of)
        liability_row.addStretch(1)
        liability_row.addWidget(self.liability_button)
        rows.addLayout(liability_row)
        z_row = QHBoxLayout()
        self.day = QDateEdit(ask)
        self.day.setObjectName("booksDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        day_label = label(self.tr("&Z report of the day"), ask, role="fieldName")
        day_label.setBuddy(self.day)
        self.terminal = QLineEdit(ask)
        self.terminal.setObjectName("booksTerminal")
        self.terminal.setPlaceholderText(self.tr("all terminals"))
        self.terminal.setMaxLength(40)
        self.terminal.setMinimumWidth(200)
        terminal_label = label(self.tr("&Terminal"), ask, role="fieldName")
        terminal_label.setBuddy(self.terminal)
        for name in (as_of_label, day_label, terminal_label):
            name.setMinimumWidth(name.sizeHint().width())
        self.z_button = button(self.tr("Show Z report"), "F4", ask, object_name="zButton")
        self.shift_button = button(self.tr("Z report of this shift"), "Ctrl+H", ask,
                                   object_name="shiftButton")
        self.open_shift_button = button(self.tr("Open shift"), "Ctrl+O", ask,
                                        object_name="openShiftButton")
        self.close_shift_button = button(self.tr("Close shift"), "Ctrl+E", ask,
                                         object_name="closeShiftButton")
        z_row.addWidget(day_label)
        z_row.addWidget(self.day)
        z_row.addSpacing(12)
        z_row.addWidget(terminal_label)
        z_row.addWidget(self.terminal)
        z_row.addStretch(1)
        z_row.addWidget(self.z_button)
        rows.addLayout(z_row)
        shift_row = QHBoxLayout()
        self.shift_state = label("", ask, role="hint", object_name="booksShiftState")
        self.shift_state.setWordWrap(True)
        rows.addWidget(self.shift_state)  # its own line: long in German, never squeezed
        shift_row.addStretch(1)
        shift_row.addWidget(self.open_shift_button)
        shift_row.addWidget(self.close_shift_button)
        shift_row.addWidget(self.shift_button)
        rows.addLayout(shift_row)
        outer.addWidget(ask)

        self.heading = label("", self, object_name="booksHeading")
        self.heading.setFont(theme.font(theme.BASE_POINT_SIZE + 4, bold=True))
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.filters = QWidget(self)
        self.filters.setObjectName("liabilityFilters")
        filter_row = QHBoxLayout(self.filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        self.program_filter = self._filter(filter_row, self.tr("&Program"), "programFilter")
        self.currency_filter = self._filter(filter_row, self.tr("C&urrency"), "currencyFilter")
        self.store_filter = self._filter(filter_row, self.tr("St&ore"), "storeFilter")
        filter_row.addStretch(1)
        self.filters.hide()
        outer.addWidget(self.filters)
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("booksTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        outer.addWidget(self.table, 1)
        self.note = label("", self, role="hint", object_name="booksNote")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        self.message = label("", self, role="error", object_name="booksMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        bottom = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Esc", self, object_name="booksBackButton")
        self.print_button = button(self.tr("Print"), "Ctrl+P", self,
                                   object_name="booksPrintButton")
        self.pdf_button = button(self.tr("Save PDF"), "Ctrl+S", self,
                                 object_name="booksPdfButton")
        self.journal_button = button(self.tr("Journal of the day as CSV"), "Ctrl+J", self,
                                     object_name="booksJournalButton")
        self.busy_indicator = BusyIndicator(self)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.journal_button)
        bottom.addStretch(1)
        bottom.addWidget(self.busy_indicator)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.pdf_button)
        outer.addLayout(bottom)

        self.liability_button.clicked.connect(self._liability)
        self.z_button.clicked.connect(self._z)
        self.shift_button.clicked.connect(self._shift)
        self.journal_button.clicked.connect(self._journal)
        self.shortcut("Ctrl+H", self._shift)
        self.open_shift_button.clicked.connect(self._open_shift)
        self.close_shift_button.clicked.connect(self._close_shift)
        self.shortcut("Ctrl+O", self._open_shift)
        self.shortcut("Ctrl+E", self._close_shift)
        self.shortcut("Ctrl+J", self._journal)
        self.back_button.clicked.connect(self.backRequested)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._pdf)
        self.shortcut(Qt.Key.Key_F5, self._liability)
        self.shortcut(Qt.Key.Key_F4, self._z)
        self.shortcut(Qt.Key.Key_Escape, self.backRequested.emit)
        self.shortcut("Ctrl+P", self._print)
        self.shortcut("Ctrl+S", self._pdf)
        self.terminal.returnPressed.connect(self._z)

    def _filter(self, row: QHBoxLayout, text: str, name: str) -> QComboBox:
        combo = QComboBox(self.filters)
        combo.setObjectName(name)
        combo.setMinimumWidth(140)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption = label(text, self.filters, role="fieldName")
        caption.setBuddy(combo)
        row.addWidget(caption)
        row.addWidget(combo)
        row.addSpacing(12)
        combo.currentIndexChanged.connect(lambda _i: self._filtered())
        return combo

    def set_liability_choices(self, programs: list[str], currencies: list[str],
                              stores: list[str]) -> None:
        """Fresh choices for a fresh liability: every line shown until one is narrowed."""
        for combo, everything, values in (
                (self.program_filter, self.tr("All programs"), programs),
                (self.currency_filter, self.tr("All currencies"), currencies),
                (self.store_filter, self.tr("All stores"), stores)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)

    def _filtered(self) -> None:
        self.liabilityFiltered.emit(self.program_filter.currentData(),
                                    self.currency_filter.currentData(),
                                    self.store_filter.currentData())

    def start(self, terminal: str = "") -> None:
        self.as_of.setDateTime(QDateTime.currentDateTime())
        self.day.setDate(QDate.currentDate())
        self.terminal.setText(terminal)
        self.message.clear()
        self._has_table(False)
        self.show_shift(None, known=False)

    def show_shift(self, text: str | None, *, known: bool = True, is_open: bool = False
                   ) -> None:
        """The till's shift as the ledger has it; until it answers, no shift button works."""
        self._shift_known, self._shift_open = known, is_open
        self.shift_state.setText(text or self.tr("Reading the shift…"))
        self._update_shift_buttons()

    def _update_shift_buttons(self) -> None:
        ready = self._shift_known and not self.busy
        self.open_shift_button.setEnabled(ready and not self._shift_open)
        self.close_shift_button.setEnabled(ready and self._shift_open)
        self.shift_button.setEnabled(ready and self._shift_open)

    def enter(self) -> None:
        self.liability_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _has_table(self, shown: bool) -> None:
        self.print_button.setEnabled(shown)
        self.pdf_button.setEnabled(shown)
        if not shown:
            self.table_shown = None
            self.heading.setText(self.tr("Choose a report above."))
            self.note.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.filters.hide()

    def show_table(self, table: Table) -> None:
        self.table_shown = table
        self.message.clear()
        self.heading.setText(f"{table.title} — {table.subtitle}")
        self.table.clear()
        self.table.setColumnCount(len(table.columns))
        self.table.setHorizontalHeaderLabels(list(table.columns))
        self.table.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= (2 if len(table.columns) > 3 else 1):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        self.filters.setVisible(len(table.columns) > 3)
        if len(table.columns) > 3:  # the liability: every cell readable (scrolling if need be)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note.setText(table.note)
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)

    def _liability(self) -> None:
        if not self.busy:
            moment: datetime = self.as_of.dateTime().toPython()  # type: ignore[assignment]
            self.liabilityRequested.emit(moment.astimezone())

    def _z(self) -> None:
        if not self.busy:
            day: date = self.day.date().toPython()  # type: ignore[assignment]
            self.zRequested.emit(day, self.terminal.text().strip())

    def _shift(self) -> None:
        if self.shift_button.isEnabled():
            self.zRequested.emit(None, self.terminal.text().strip())

    def _open_shift(self) -> None:
        if self.open_shift_button.isEnabled():
            self.openShiftRequested.emit()

    def _close_shift(self) -> None:
        if self.close_shift_button.isEnabled():
            self.closeShiftRequested.emit()

    def _journal(self) -> None:
        if not self.busy:
            day: date = self.day.date().toPython()  # type: ignore[assignment]
            self.journalRequested.emit(day)

    def show_saved(self, text: str) -> None:
        set_role(self.message, "ok")
        self.message.setText(text)

    def _print(self) -> None:
        if self.table_shown is not None:
            self.printRequested.emit()

    def _pdf(self) -> None:
        if self.table_shown is not None:
            self.pdfRequested.emit()

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        for b in (self.liability_button, self.z_button, self.journal_button):
            b.setEnabled(not busy)
        self._update_shift_buttons()
