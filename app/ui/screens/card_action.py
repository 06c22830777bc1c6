"""One action on a card (sell, load, refund, lock…): a form with only the fields the action
needs, then what changed, a secret shown once (activation code, PIN), print and PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.flow.card_ops import mask_code, units
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.screens.base import Screen, button, label, set_role
from app.ui.widgets.busy_indicator import BusyIndicator

if TYPE_CHECKING:
    from app.protocol.models import CardOut, ProgramOut
    from app.ui.flow.card_ops import Operation, Outcome

_FIELDS = ("code", "value", "direction", "amount", "token", "redemption", "target",
           "valid_until", "sender", "recipient", "message", "reason", "reference")


class CardActionScreen(Screen):
    """Emits `submitted(Operation, dict)` with the typed text by field name."""

    title = QT_TRANSLATE_NOOP("Screen", "Card action")
    busy_words = QT_TRANSLATE_NOOP("Screen", "Sending to the ledger…")
    submitted = Signal(object, dict)
    nextPendingRequested = Signal(int)
    backRequested = Signal()
    doneRequested = Signal()
    printRequested = Signal()
    pdfRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("cardActionScreen", parent)
        self.op: Operation | None = None
        self.card: CardOut | None = None
        self.outcome: Outcome | None = None
        self._programs: list[ProgramOut] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        panel = QFrame(self)
        panel.setObjectName("cardPanel")
        outer.addWidget(panel, 1)
        box = QVBoxLayout(panel)
        box.setContentsMargins(32, 18, 32, 18)
        box.setSpacing(8)
        self.heading = label("", panel, role="title", object_name="actionHeading")
        box.addWidget(self.heading)
        self.summary = label("", panel, object_name="actionSummary")
        self.summary.setFont(theme.font(theme.BASE_POINT_SIZE + 3, bold=True))
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.edits: dict[str, QWidget] = {}
        code_row = QHBoxLayout()
        self.code = self._edit("code", 40)
        self.program = QComboBox(panel)
        self.program.setObjectName("actionProgramCombo")
        self.program.setAccessibleName(self.tr("Program"))
        self.next_pending_button = button(self.tr("Next card"), "Ctrl+N", panel,
                                          object_name="nextPendingButton")
        code_row.addWidget(self.code, 2)
        code_row.addWidget(self.program, 2)
        code_row.addWidget(self.next_pending_button)
        self.direction = QComboBox(panel)
        self.direction.setObjectName("actionDirectionCombo")
        self.direction.addItem(self.tr("Add to the balance"), "up")
        self.direction.addItem(self.tr("Take off the balance"), "down")
        self.valid_until = QDateEdit(panel)
        self.valid_until.setObjectName("actionValidUntil")
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.no_end = QCheckBox(self.tr("No end date"), panel)
        self.no_end.setObjectName("actionNoEnd")
        self.no_end.toggled.connect(lambda on: self.valid_until.setEnabled(not on))
        date_row = QHBoxLayout()
        date_row.addWidget(self.valid_until)
        date_row.addWidget(self.no_end)
        date_row.addStretch(1)
        names = {"code": self.tr("Card"), "value": self.tr("Value"),
                 "direction": self.tr("Correction"), "amount": self.tr("Amount"),
                 "token": self.tr("Activation code"), "redemption": self.tr("Transaction"),
                 "target": self.tr("New card"), "valid_until": self.tr("Valid until"),
                 "sender": self.tr("From"), "recipient": self.tr("To"),
                 "message": self.tr("Message"), "reason": self.tr("Reason"),
                 "reference": self.tr("Reference")}
        self._labels: dict[str, QLabel] = {}
        for name in _FIELDS:
            title = label(names[name], panel, role="fieldName")
            self._labels[name] = title
            if name == "code":
                self.form.addRow(title, code_row)
                self.edits[name] = self.code
            elif name == "direction":
                self.form.addRow(title, self.direction)
                self.edits[name] = self.direction
            elif name == "valid_until":
                self.form.addRow(title, date_row)
                self.edits[name] = self.valid_until
            else:
                edit = self._edit(name, 500 if name in ("message", "reason") else 60)
                if name == "redemption":
                    edit.setValidator(QIntValidator(1, 2_000_000_000, edit))
                self.form.addRow(title, edit)
            title.setBuddy(self.edits[name])
        box.addLayout(self.form)
        self.hint = label("", panel, role="hint", object_name="actionHint")
        self.hint.setWordWrap(True)
        box.addWidget(self.hint)
        self.message_label = label("", panel, role="error", object_name="actionMessage")
        self.message_label.setWordWrap(True)
        box.addWidget(self.message_label)

        self.result = label("", panel, role="ok", object_name="actionResult")
        self.result.setFont(theme.font(theme.HEADLINE_POINT_SIZE, bold=True))
        self.result.setWordWrap(True)
        box.addWidget(self.result)
        self.details = label("", panel, object_name="actionDetails")
        self.details.setFont(theme.font(theme.BASE_POINT_SIZE + 2))
        self.details.setWordWrap(True)
        box.addWidget(self.details)
        self.secret = label("", panel, role="notice", object_name="actionSecret")
        self.secret.setFont(theme.font(theme.HEADLINE_POINT_SIZE, bold=True))
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret.setWordWrap(True)
        box.addWidget(self.secret)
        box.addStretch(1)

        actions = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Esc", self, object_name="actionBackButton")
        self.print_button = button(self.tr("Print receipt"), "Ctrl+P", self,
                                   object_name="actionPrintButton")
        self.pdf_button = button(self.tr("Save PDF"), "Ctrl+S", self,
                                 object_name="actionPdfButton")
        self.busy_indicator = BusyIndicator(self)
        self.send_button = button("", "Enter", self, object_name="actionSendButton",
                                  primary=True)
        actions.addWidget(self.back_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        actions.addStretch(1)
        actions.addWidget(self.busy_indicator)
        actions.addWidget(self.send_button)
        outer.addLayout(actions)

        self.back_button.clicked.connect(self._back)
        self.print_button.clicked.connect(self.printRequested)
        self.pdf_button.clicked.connect(self.pdfRequested)
        self.send_button.clicked.connect(self._send)
        self.next_pending_button.clicked.connect(self._next_pending)
        self.on_enter_key(self._on_enter)
        self.shortcut(Qt.Key.Key_Escape, self._back)
        self.shortcut("Ctrl+N", self._next_pending)
        self.shortcut("Ctrl+P", self._print)
        self.shortcut("Ctrl+S", self._pdf)

    def _edit(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"action_{name}")
        edit.setMaxLength(max_length)
        self.edits[name] = edit
        return edit

    # ------------------------------------------------------------------ filling

    def start(self, op: Operation, card: CardOut | None, programs: list[ProgramOut],
              program: ProgramOut | None = None) -> None:
        """A fresh form for `op` on `card` (None: sell a card still to be scanned)."""
        self.op, self.card, self.outcome = op, card, None
        self.title = op.title
        self.heading.setText(op.title + (self.tr("  (manager)") if op.manager else ""))
        for name in _FIELDS:
            edit = self.edits[name]
            if isinstance(edit, QLineEdit):
                edit.clear()
                edit.setEnabled(True)
            self.form.setRowVisible(self._labels[name], name in op.fields
                                    and not (name == "code" and card is not None))
        self.direction.setCurrentIndex(0)
        self.no_end.setChecked(card is not None and card.valid_until is None)
        until = card.valid_until.astimezone() if card is not None and card.valid_until \
            else None
        self.valid_until.setDate(QDate(until.year, until.month, until.day) if until
                                 else QDate.currentDate().addYears(1))
        self.set_programs(programs)
        self.show_card(card, program)
        self.message_label.clear()
        self.result.hide()
        self.details.hide()
        self.secret.hide()
        self.print_button.hide()
        self.pdf_button.hide()
        self.send_button.setText(f"{self._verb(op)}   [Enter]")
        self.send_button.show()
        self.send_button.setProperty("danger", op.name in ("void", "close", "lock"))
        self.send_button.style().unpolish(self.send_button)
        self.send_button.style().polish(self.send_button)
        self.back_button.setText(self.tr("Back") + "   [Esc]")

    def _verb(self, op: Operation) -> str:
        from app.ui.i18n import translate

        return translate("card_ops", op.verb)

    def set_programs(self, programs: list[ProgramOut]) -> None:
        """The programs whose next unsold card the cashier can take (selling only)."""
        self._programs = list(programs)
        current = self.program.currentData()
        self.program.clear()
        for p in self._programs:
            self.program.addItem(p.name, p.id)
        if current is not None:
            self.program.setCurrentIndex(max(0, self.program.findData(current)))

    def show_card(self, card: CardOut | None, program: ProgramOut | None = None) -> None:
        """The card the action is for; selling fills the value hint from its program."""
        self.card = card
        if card is None:
            self.summary.setText(self.tr("Scan or type the unsold card, or take the next "
                                         "card of a program."))
            self.hint.clear()
            return
        self.summary.setText(self.tr("Card %1 · %2 · balance %3").replace(
            "%1", mask_code(card.code)).replace("%2", card.program_name).replace(
            "%3", units(card.balance, card)))
        if self.op is not None and self.op.name == "sell":
            self.code.setText(card.code)
            default = program.default_value if program is not None else card.initial_value
            self.hint.setText(self.tr("Leave the value empty to sell it at %1.").replace(
                "%1", units(default, card)))
        elif self.op is not None and self.op.name == "load" and program is not None \
                and program.max_balance is not None:
            self.hint.setText(self.tr("This card may hold at most %1.").replace(
                "%1", units(program.max_balance, card)))
        elif self.op is not None and self.op.name in ("void", "close") and card.balance:
            self.hint.setText(self.tr("Its balance of %1 will be written off.").replace(
                "%1", units(card.balance, card)))
        elif self.op is not None and self.op.name == "transfer":
            self.hint.setText(self.tr("The whole balance moves to the new card; this card "
                                      "is closed."))
        elif self.op is not None and self.op.name == "refund":
            self.hint.setText(self.tr("Give the transaction number of the redemption, or a "
                                      "reason (a refund without one needs a manager)."))
        else:
            self.hint.clear()

    def enter(self) -> None:
        if self.outcome is not None:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for name in _FIELDS:
            widget = self.edits[name]
            if self.op is not None and name in self.op.fields and widget.isVisible() \
                    and widget.isEnabled() and name != "direction":
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.send_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict[str, str]:
        """What the cashier typed, by field name."""
        form: dict[str, str] = {}
        for name, widget in self.edits.items():
            if isinstance(widget, QLineEdit):
                form[name] = widget.text()
        form["direction"] = str(self.direction.currentData())
        form["valid_until"] = "" if self.no_end.isChecked() else \
            self.valid_until.date().toString("yyyy-MM-dd")
        if self.card is not None:
            form["code"] = self.card.code
        return form

    def show_error(self, text: str) -> None:
        set_role(self.message_label, "error")
        self.message_label.setText(text)

    def show_outcome(self, outcome: Outcome) -> None:
        """What changed; the secret (shown this once) stays on screen until Done."""
        self.outcome = outcome
        self.card = outcome.card
        self.message_label.clear()
        self.hint.clear()
        for name in _FIELDS:
            widget = self.edits[name]
            if isinstance(widget, QLineEdit):
                widget.setEnabled(False)
        self.result.setText(outcome.headline)
        self.result.show()
        self.details.setText("\n".join(f"{k}: {v}" for k, v in outcome.rows))
        self.details.show()
        if outcome.secrets:
            self.secret.setText("\n".join(
                self.tr("%1: %2 — shown only this once; it is on the receipt.").replace(
                    "%1", name).replace("%2", value) for name, value in outcome.secrets))
            self.secret.show()
        self.summary.setText(self.tr("Card %1 · %2").replace(
            "%1", mask_code(outcome.card.code)).replace("%2", outcome.card.program_name))
        self.send_button.hide()
        self.print_button.show()
        self.pdf_button.show()
        self.back_button.setText(self.tr("Done") + "   [Esc]")
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ keys

    def _on_enter(self) -> None:
        focused = self.focusWidget()
        if self.outcome is not None:
            self._back()
        elif focused in (self.back_button, self.next_pending_button, self.print_button,
                         self.pdf_button):
            focused.click()
        elif focused is self.code and not self.code.text().strip():
            self._next_pending()
        else:
            self._send()

    def _send(self) -> None:
        if self.busy or self.op is None or self.outcome is not None:
            return
        self.message_label.clear()
        self.submitted.emit(self.op, self.values())

    def _next_pending(self) -> None:
        if self.busy or self.op is None or self.op.name != "sell" or self.outcome is not None \
                or not self.form.isRowVisible(self._labels["code"]) \
                or self.program.currentData() is None:
            return
        self.nextPendingRequested.emit(int(self.program.currentData()))

    def _print(self) -> None:
        if self.outcome is not None:
            self.printRequested.emit()

    def _pdf(self) -> None:
        if self.outcome is not None:
            self.pdfRequested.emit()

    def _back(self) -> None:
        if self.busy:
            return
        if self.outcome is not None:
            self.doneRequested.emit()
        else:
            self.backRequested.emit()

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.send_button.setEnabled(not busy)
        self.next_pending_button.setEnabled(not busy)
