"""Confirm a redemption: one last look before value leaves the card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.ui import format as fmt
from app.ui import theme
from app.ui.draft import RedemptionDraft
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.screens.base import Screen, button, label, set_role
from app.ui.widgets.busy_indicator import BusyIndicator


class ConfirmScreen(Screen):
    """Emits `confirmed(draft)` on Enter; Esc goes back to the form (unless in flight)."""

    title = QT_TRANSLATE_NOOP("Screen", "Confirm")
    busy_indicator: BusyIndicator
    busy_words = QT_TRANSLATE_NOOP("Screen", "Redeeming…")
    confirmed = Signal(object)
    backRequested = Signal()
    cancelPendingRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("confirmScreen", parent)
        self.draft: RedemptionDraft | None = None
        self._locked = False
        self._can_cancel = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        panel = QFrame(self)
        panel.setObjectName("confirmPanel")
        outer.addWidget(panel, 1)
        box = QVBoxLayout(panel)
        box.setContentsMargins(40, 28, 40, 28)
        box.setSpacing(14)
        box.addStretch(1)
        self.question = label("", panel, object_name="confirmQuestion")
        self.question.setFont(theme.font(theme.HEADLINE_POINT_SIZE + 6, bold=True))
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.question)
        self.details = label("", panel, object_name="confirmDetails")
        self.details.setFont(theme.font(theme.BASE_POINT_SIZE + 3))
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        box.addWidget(self.details)
        self.message = label("", panel, role="error", object_name="confirmMessage")
        self.message.setFont(theme.font(theme.BASE_POINT_SIZE + 3, bold=True))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        self.busy_indicator = BusyIndicator(panel)
        box.addWidget(self.busy_indicator, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)

        actions = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Esc", self, object_name="confirmBackButton")
        self.confirm_button = button(self.tr("Confirm redemption"), "Enter", self,
                                     object_name="confirmButton", primary=True)
        self.cancel_pending_button = button(self.tr("Cancel this redemption"), "Esc", self,
                                            object_name="cancelPendingButton", danger=True)
        self.cancel_pending_button.hide()
        actions.addWidget(self.back_button)
        actions.addWidget(self.cancel_pending_button)
        actions.addStretch(1)
        actions.addWidget(self.confirm_button)
        outer.addLayout(actions)
        self.back_button.clicked.connect(self._back)
        self.cancel_pending_button.clicked.connect(self.cancelPendingRequested)
        self.confirm_button.clicked.connect(self._confirm)
        self.on_enter_key(self._on_enter)
        self.shortcut(Qt.Key.Key_Escape, self._back)

    def start(self, draft: RedemptionDraft) -> None:
        self.draft = draft
        card = draft.card
        self.question.setText(self.tr("Take %1 off card %2?").replace("%1", draft.units_text)
                              .replace("%2", fmt.code_text(card.code)))
        after = card.available - draft.units
        lines = [self.tr("Balance after: %1").replace("%1", fmt.value_text(after, card))]
        if draft.reporting_code:
            lines.append(self.tr("Reporting code: %1").replace("%1", draft.reporting_code))
        if draft.reference:
            lines.append(self.tr("Reference: %1").replace("%1", draft.reference))
        if draft.comment:
            lines.append(self.tr("Comment: %1").replace("%1", draft.comment))
        self.details.setText("\n".join(lines))
        self.message.clear()
        self.set_locked(False)

    def enter(self) -> None:
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_enter(self) -> None:
        if self.focusWidget() is self.back_button:
            self._back()
        else:
            self._confirm()

    def _confirm(self) -> None:
        if self.draft is not None and not self.busy and not self._locked:
            self.confirmed.emit(self.draft)

    def _back(self) -> None:
        if self._locked:
            if self._can_cancel:
                self.cancelPendingRequested.emit()
        elif not self.busy:
            self.backRequested.emit()

    def start_pending(self) -> None:
        """No draft at hand: a request interrupted earlier (a crash) is being resolved."""
        self.draft = None
        self.question.setText(self.tr("Checking an interrupted redemption…"))
        self.details.clear()

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)

    def set_locked(self, locked: bool, words: str = "", *, can_cancel: bool = False) -> None:
        """While an interrupted redemption is being resolved, nothing else is offered
        (except cancelling one that certainly never reached the ledger)."""
        self._locked = locked
        self._can_cancel = locked and can_cancel
        self.back_button.setVisible(not locked)
        self.confirm_button.setVisible(not locked)
        self.cancel_pending_button.setVisible(self._can_cancel)
        self.back_button.setEnabled(not locked and not self.busy)
        self.confirm_button.setEnabled(not locked and not self.busy)
        if locked:
            set_role(self.message, "error")
            self.message.setText(words)
            self.busy_indicator.start(self.tr("Checking with the ledger…"))
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # Esc works; Enter does nothing
        elif not self.busy:
            self.busy_indicator.stop()

    @property
    def locked(self) -> bool:
        return self._locked

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.back_button.setEnabled(not busy and not self._locked)
        self.confirm_button.setEnabled(not busy and not self._locked)

    def show_progress(self, spinner: BusyIndicator, busy: bool, words: str) -> None:
        """While locked on an interrupted redemption the spinner keeps running."""
        if busy:
            spinner.start(words or self.busy_words)
        elif not self._locked:
            spinner.stop()
