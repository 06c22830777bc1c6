"""Manager override: a manager types their name and PIN to approve one reversal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.screens.base import button, field_label, label, set_role


class ManagerOverrideDialog(QDialog):
    """Window-modal; `accepted` means `credentials()` holds a manager's (operator, PIN)."""

    def __init__(self, what: str, parent: QWidget | None = None, *,
                 manager: str = "", explanation: str = "", title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("managerOverrideDialog")
        self.setWindowTitle(self.tr("Manager approval"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self._box = box = QVBoxLayout(self)
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.resize(520, 320)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        heading = label(title or self.tr("Manager approval needed"), self, role="title")
        heading.setWordWrap(True)  # a longer title (or language) takes two lines, not cut off
        box.addWidget(heading)
        explain = label(explanation or self.tr(
            "Only a manager can reverse a redemption. A manager approves this one reversal: "
            "%1").replace("%1", what), self, object_name="overrideExplain")
        explain.setWordWrap(True)
        box.addWidget(explain)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.operator = QLineEdit(manager, self)
        self.operator.setObjectName("managerOperatorEdit")
        self.operator.setAccessibleName(self.tr("Manager"))
        self.operator.setMaxLength(60)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("managerPinEdit")
        self.pin.setAccessibleName(self.tr("Manager PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        form.addRow(field_label(self.tr("&Manager"), self.operator, self), self.operator)
        form.addRow(field_label(self.tr("&PIN"), self.pin, self), self.pin)
        box.addLayout(form)
        self.message = label("", self, role="error", object_name="overrideMessage")
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        actions = QHBoxLayout()
        self.cancel_button = button(self.tr("Cancel"), "Esc", self,
                                    object_name="overrideCancelButton")
        self.approve_button = button(self.tr("Approve"), "Enter", self,
                                     object_name="overrideApproveButton", primary=True)
        for b in (self.cancel_button, self.approve_button):
            # Enter belongs to the fields (operator: next, PIN: approve), never to a button
            # that happens to be the dialog's default.
            b.setAutoDefault(False)
            b.setDefault(False)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.approve_button)
        box.addLayout(actions)
        self.cancel_button.clicked.connect(self.reject)
        self.approve_button.clicked.connect(self._approve)
        self.operator.returnPressed.connect(self._next)
        self.pin.returnPressed.connect(self._approve)
        (self.pin if manager else self.operator).setFocus(Qt.FocusReason.OtherFocusReason)
        # Tall enough for a title or explanation that wraps (a longer language), not clipped.
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def show_error(self, text: str) -> None:
        """Why the last try was refused; the name stays, the PIN is typed again."""
        set_role(self.message, "error")
        self.message.setText(text)
        self.pin.clear()
        if self.operator.text().strip():
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
        # Grow with what it says instead of squeezing the fields onto each other.
        self._box.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def credentials(self) -> tuple[str, str]:
        return self.operator.text().strip(), self.pin.text().strip()

    def _next(self) -> None:
        if self.operator.text().strip():
            self.pin.setFocus(Qt.FocusReason.TabFocusReason)

    def _approve(self) -> None:
        operator, pin = self.credentials()
        if not operator or not pin:
            set_role(self.message, "error")
            self.message.setText(self.tr("Enter the manager's name and PIN."))
            (self.operator if not operator else self.pin).setFocus()
            return
        self.accept()
