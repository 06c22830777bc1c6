"""Sign-in: operator, PIN, location and terminal. Focus starts here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.screens.base import Screen, button, field_label, label, set_role
from app.ui.widgets.busy_indicator import BusyIndicator


class SignInScreen(Screen):
    """Emits `submitted(operator, pin, location, terminal)`; the PIN is cleared after use."""

    title = QT_TRANSLATE_NOOP("Screen", "Sign in")
    busy_indicator: BusyIndicator
    submitted = Signal(str, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("signInScreen", parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        panel = QFrame(self)
        panel.setObjectName("signInPanel")
        panel.setMinimumWidth(520)
        panel.setMaximumWidth(640)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        box = QVBoxLayout(panel)
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(12)
        box.addWidget(label(self.tr("GiftDesk — sign in"), panel, role="title"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        self.operator = QLineEdit(panel)
        self.operator.setObjectName("operatorEdit")
        self.operator.setAccessibleName(self.tr("Operator"))
        self.operator.setMaxLength(60)
        self.pin = QLineEdit(panel)
        self.pin.setObjectName("pinEdit")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.location = QLineEdit(panel)
        self.location.setObjectName("locationEdit")
        self.location.setAccessibleName(self.tr("Location"))
        self.location.setMaxLength(40)
        self.terminal = QLineEdit(panel)
        self.terminal.setObjectName("terminalEdit")
        self.terminal.setAccessibleName(self.tr("Terminal"))
        self.terminal.setMaxLength(40)
        for text, edit in ((self.tr("&Operator"), self.operator), (self.tr("&PIN"), self.pin),
                           (self.tr("&Location"), self.location),
                           (self.tr("&Terminal"), self.terminal)):
            form.addRow(field_label(text, edit, panel), edit)
            edit.returnPressed.connect(self._on_enter)
        box.addLayout(form)

        self.message = label("", panel, role="error", object_name="signInMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        box.addWidget(self.message)
        self.notice = label("", panel, role="notice", object_name="keyringNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        box.addWidget(self.notice)

        actions = QHBoxLayout()
        self.busy_indicator = BusyIndicator(panel)
        actions.addWidget(self.busy_indicator, 1)
        actions.addStretch(0)
        self.sign_in_button = button(self.tr("Sign in"), "Enter", panel, object_name="signInButton",
                                     primary=True)
        self.sign_in_button.clicked.connect(self._submit)
        actions.addWidget(self.sign_in_button)
        box.addLayout(actions)
        self.demo_hint = label(
            self.tr("New demo ledger: cashier / 1111, manager / 9999 at STORE-1."),
                               panel, role="hint", object_name="signInHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.hide()
        box.addWidget(self.demo_hint)
        self.setTabOrder(self.operator, self.pin)
        self.setTabOrder(self.pin, self.location)
        self.setTabOrder(self.location, self.terminal)
        self.setTabOrder(self.terminal, self.sign_in_button)

    def fill(self, *, operator: str, location: str, terminal: str) -> None:
        """Prefill the remembered operator, location and terminal."""
        self.operator.setText(operator)
        self.location.setText(location)
        self.terminal.setText(terminal)

    def enter(self) -> None:
        self.pin.clear()
        target = self.pin if self.operator.text().strip() else self.operator
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fields(self) -> list[QLineEdit]:
        return [self.operator, self.pin, self.location, self.terminal]

    def _on_enter(self) -> None:
        """Enter moves to the first empty field, and signs in when none is left."""
        empty = [e for e in self._fields() if not e.text().strip()]
        if not empty:
            self._submit()
            return
        if empty[0].hasFocus():
            self.show_error(self._fill_in([empty[0]]))
        empty[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _fill_in(self, empty: list[QLineEdit]) -> str:
        """"Fill in: Operator, PIN." by the fields' (translated) names, whatever the grammar."""
        return self.tr("Fill in: %1.").replace("%1", ", ".join(e.accessibleName() for e in empty))

    def _submit(self) -> None:
        if self.busy:
            return
        missing = [e for e in self._fields() if not e.text().strip()]
        if missing:
            self.show_error(self._fill_in(missing))
            return
        self.message.hide()
        self.submitted.emit(self.operator.text().strip(), self.pin.text().strip(),
                            self.location.text().strip().upper(),
                            self.terminal.text().strip().upper())

    def show_error(self, text: str) -> None:
        """Say what is wrong; the PIN is cleared and takes the focus after a refusal."""
        set_role(self.message, "error")
        self.message.setText(text)
        self.message.show()

    def refuse(self, text: str) -> None:
        self.show_error(text)
        self.pin.clear()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_demo_hint(self, show: bool, cards: list[tuple[str, str]] | None = None) -> None:
        """On a demo ledger (only), say how to sign in to it and which cards to try."""
        from app.ui import format as fmt

        text = self.tr("Demo ledger: cashier / 1111, manager / 9999 at STORE-1; "
                       "admin / 0000 anywhere.")
        if cards:
            text += "\n" + self.tr("Cards to try:") + "\n" + "\n".join(
                f"{fmt.code_text(code)}  {what}" for code, what in cards)
        self.demo_hint.setText(text)
        self.demo_hint.setVisible(show)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_progress(self, spinner: BusyIndicator, busy: bool, words: str) -> None:
        """Sign-in shows progress only with words (starting the ledger, signing in)."""
        self.set_waiting(words if busy else "")

    def set_waiting(self, words: str) -> None:
        """Show progress (starting the ledger, signing in); empty words hide it."""
        if words:
            self.busy_indicator.start(words)
        else:
            self.busy_indicator.stop()

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.sign_in_button.setEnabled(not busy)
