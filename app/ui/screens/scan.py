"""Scan or enter a card: the large code field, the local check, and a place for the camera."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.screens.base import Screen, button, label, set_role
from app.ui.widgets.busy_indicator import BusyIndicator
from app.ui.widgets.code_entry import CodeCheck, CodeEntry, CodeState


class ScanScreen(Screen):
    """Emits `submitted(card_text, card_pin)` for a code that passed the local check."""

    title = QT_TRANSLATE_NOOP("Screen", "Scan or enter a card")
    busy_words = QT_TRANSLATE_NOOP("Screen", "Checking the card…")
    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("scanScreen", parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(24)

        column = QVBoxLayout()
        column.setSpacing(14)
        outer.addLayout(column, 3)
        column.addStretch(1)
        column.addWidget(label(self.tr("Scan the card, or type its 12 digits"), self, role="title",
                               object_name="scanTitle"))
        self.code = CodeEntry(self)
        self.code.setMinimumHeight(72)
        column.addWidget(self.code)
        self.feedback = label("", self, role="hint", object_name="scanFeedback")
        self.feedback.setFont(theme.font(theme.BASE_POINT_SIZE + 3))
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(self.feedback.fontMetrics().height() * 2 + 4)
        column.addWidget(self.feedback)

        self.pin_row = QWidget(self)
        pin_layout = QHBoxLayout(self.pin_row)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        pin_label = label(self.tr("Card &PIN"), self.pin_row, role="fieldName")
        self.card_pin = QLineEdit(self.pin_row)
        self.card_pin.setObjectName("cardPinEdit")
        self.card_pin.setAccessibleName(self.tr("Card PIN"))
        self.card_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.card_pin.setMaxLength(12)
        self.card_pin.returnPressed.connect(self._submit)
        pin_label.setBuddy(self.card_pin)
        pin_layout.addWidget(pin_label)
        pin_layout.addWidget(self.card_pin, 1)
        self.pin_row.hide()
        column.addWidget(self.pin_row)

        actions = QHBoxLayout()
        self.busy_indicator = BusyIndicator(self)
        actions.addWidget(self.busy_indicator)
        actions.addStretch(1)
        self.check_button = button(self.tr("Check card"), "Enter", self, object_name="checkButton",
                                   primary=True)
        self.check_button.clicked.connect(self.code.try_submit)
        actions.addWidget(self.check_button)
        column.addLayout(actions)
        self.camera_note = label("", self, role="hint", object_name="cameraNote")
        self.camera_note.setWordWrap(True)
        self.camera_note.hide()
        column.addWidget(self.camera_note)
        column.addStretch(2)

        # Issue 5 (webcam scanning) puts the camera preview here via set_camera_widget().
        self.camera_slot = QFrame(self)
        self.camera_slot.setObjectName("cameraSlot")
        self._camera_layout = QVBoxLayout(self.camera_slot)
        self._camera_layout.setContentsMargins(0, 0, 0, 0)
        self.camera_slot.hide()
        outer.addWidget(self.camera_slot, 2)

        self.code.checked.connect(self._on_check)
        self.code.submitted.connect(self._on_code)
        self.code.refused.connect(self.show_error)
        self.shortcut(Qt.Key.Key_Escape, self.clear)
        self._on_check(self.code.check)

    def set_camera_widget(self, widget: QWidget | None) -> None:
        """Show a camera preview beside the code field (None removes it)."""
        layout = self._camera_layout
        while layout.count():
            item = layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.setParent(None)
        if widget is not None:
            layout.addWidget(widget)
        self.camera_slot.setVisible(widget is not None)

    def set_camera_note(self, text: str) -> None:
        """A quiet line under the code field, e.g. that camera scanning is off ("" hides it)."""
        self.camera_note.setText(translate("camera", text))
        self.camera_note.setVisible(bool(text))

    def enter(self) -> None:
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code.selectAll()

    def clear(self) -> None:
        """An empty code field with the focus: ready for the next card."""
        self.code.reset()
        self.card_pin.clear()
        self.pin_row.hide()
        self._on_check(self.code.check)

    def ask_card_pin(self, text: str) -> None:
        """The card needs its PIN: show the PIN field and say why."""
        self.pin_row.show()
        self.card_pin.clear()
        self.card_pin.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_error(text)

    def _on_code(self, _text: str) -> None:
        if self.pin_row.isVisible() and not self.card_pin.text().strip():
            self.card_pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._submit()

    def _submit(self) -> None:
        if self.busy:
            return
        if self.code.check.state is not CodeState.READY:
            self.code.try_submit()
            return
        self.submitted.emit(self.code.text().strip(), self.card_pin.text().strip())

    def _on_check(self, check: CodeCheck) -> None:
        set_role(self.feedback, {CodeState.BAD: "error", CodeState.READY: "ok"}
                 .get(check.state, "hint"))
        self.feedback.setText(check.message)

    def show_error(self, text: str) -> None:
        """A refusal (local or from the ledger); the code stays, selected for a rescan."""
        set_role(self.feedback, "error")
        self.feedback.setText(text)
        self.code.mark_refused()
        if not self.card_pin.hasFocus():
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)
            self.code.selectAll()

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.check_button.setEnabled(not busy)
        self.code.setReadOnly(busy)
