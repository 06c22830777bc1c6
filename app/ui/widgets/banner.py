"""A full-width strip above every screen: training mode, ledger unreachable, notices."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """A message across the window, with an optional action button; hidden until shown."""

    actionTriggered = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(self)
        self.button.setObjectName(f"{object_name}Action")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never steals the cashier's focus
        self.button.hide()
        self.button.clicked.connect(self.actionTriggered)
        layout.addWidget(self.button)
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str, action: str | None = None) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.button.setVisible(action is not None)
        if action is not None:
            self.button.setText(action)
        self.show()
