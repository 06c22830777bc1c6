"""The card as a cashier reads it from a metre away: what it is worth, and whether it works."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui import card_words, messages, theme
from app.ui import format as fmt
from app.ui.flow.card_ops import expiry_warning
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.screens.base import Screen, button, label
from app.ui.widgets.qr_view import QrView
from app.ui.widgets.status_badge import StatusBadge

if TYPE_CHECKING:
    from app.protocol.models import ValidationOut


QR_SIDE = 210
ISSUING_ROLES = frozenset({"manager", "admin"})
"""Who may see and export a card's QR code: it is a bearer secret, as good as the card."""


class CardScreen(Screen):
    """Shows one validation answer; offers Redeem only for a card that can be redeemed."""

    title = QT_TRANSLATE_NOOP("Screen", "Card")
    type_ahead = True
    redeemRequested = Signal()
    historyRequested = Signal()
    nextCardRequested = Signal()
    exportRequested = Signal()
    actionsRequested = Signal()  # sell, load, refund, lock… (app.ui.card_actions)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("cardScreen", parent)
        self.validation: ValidationOut | None = None
        self.role = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)

        panel = QFrame(self)
        panel.setObjectName("cardPanel")
        outer.addWidget(panel, 1)
        body = QHBoxLayout(panel)
        body.setContentsMargins(24, 18, 24, 18)
        body.setSpacing(24)

        left = QVBoxLayout()
        left.setSpacing(8)
        body.addLayout(left, 3)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.badge = StatusBadge(panel)
        top.addWidget(self.badge)
        self.program = label("", panel, role="hint", object_name="cardProgram")
        self.program.setFont(theme.font(theme.BASE_POINT_SIZE + 4, bold=True))
        top.addWidget(self.program)
        top.addStretch(1)
        left.addLayout(top)

        self.value = QLabel(panel)
        self.value.setObjectName("cardValue")
        self.value.setFont(theme.font(theme.BALANCE_POINT_SIZE, bold=True))
        self.value.setWordWrap(True)
        self.value.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        left.addWidget(self.value)
        self.reason = label("", panel, object_name="cardReason")
        self.reason.setFont(theme.font(theme.BASE_POINT_SIZE + 4, bold=True))
        self.reason.setWordWrap(True)
        left.addWidget(self.reason)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self._fields: dict[str, QLabel] = {}
        rows = [("code", self.tr("Card")), ("eligible", self.tr("Can be used now")),
                ("balance", self.tr("Balance")), ("kind", self.tr("Kind")),
                ("validity", self.tr("Valid")), ("sender", self.tr("From")),
                ("recipient", self.tr("To")), ("message", self.tr("Message")),
                ("restrictions", self.tr("Terms"))]
        for row, (key, name) in enumerate(rows):
            title = label(name, panel, role="fieldName")
            title.setFont(theme.font(theme.BASE_POINT_SIZE + 2))
            title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = label("", panel, object_name=f"card_{key}")
            value.setWordWrap(True)
            value.setFont(theme.font(theme.BASE_POINT_SIZE + 3,
                                     bold=key in ("eligible", "code")))
            grid.addWidget(title, row, 0)
            grid.addWidget(value, row, 1)
            self._fields[key] = value
            self._fields[f"{key}_title"] = title
        grid.setColumnStretch(1, 1)
        left.addLayout(grid)
        left.addStretch(1)

        right = QVBoxLayout()
        body.addLayout(right, 0)
        self.qr = QrView(panel)
        self.qr.setFixedSize(QR_SIDE, QR_SIDE)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.qr_caption = label(self.tr("Card QR code"), panel, role="hint")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.qr_caption)
        right.addStretch(1)

        actions = QHBoxLayout()
        actions.setSpacing(12)
        self.next_button = button(self.tr("Next card"), "Esc", self, object_name="nextCardButton")
        self.history_button = button(self.tr("History"), "F6", self,
                                     object_name="cardHistoryButton")
        self.export_button = button(self.tr("Export card"), "Ctrl+E", self,
                                    object_name="exportCardButton")
        self.redeem_button = button(self.tr("Redeem"), "Enter", self, object_name="redeemButton",
                                    primary=True)
        actions.addWidget(self.next_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.export_button)
        self.actions_button = button(self.tr("Actions"), "F3", self,
                                     object_name="cardActionsButton")
        self.actions_button.clicked.connect(self.actionsRequested)
        actions.addWidget(self.actions_button)
        actions.addStretch(1)
        actions.addWidget(self.redeem_button)
        outer.addLayout(actions)

        self.next_button.clicked.connect(self.nextCardRequested)
        self.history_button.clicked.connect(self.historyRequested)
        self.export_button.clicked.connect(self._export)
        self.shortcut("Ctrl+E", self._export)
        self.redeem_button.clicked.connect(self._redeem)
        self.on_enter_key(self._on_enter)
        self.shortcut(Qt.Key.Key_Escape, self.nextCardRequested.emit)
        self.shortcut(Qt.Key.Key_F4, self._redeem)

    @property
    def can_redeem(self) -> bool:
        return self.validation is not None and self.validation.is_redeemable

    @property
    def may_show_qr(self) -> bool:
        """The QR code (a bearer secret) is shown and exported only for a card that can be
        used (its status and dates allow it) and only to a role that issues cards."""
        v = self.validation
        return (v is not None and self.role in ISSUING_ROLES and v.redeemable_status
                and v.in_redeemable_period)

    def show_validation(self, validation: ValidationOut, *, role: str = "") -> None:
        """Fill the screen from a validation answer, for an operator of `role`."""
        self.validation = validation
        self.role = role
        card = validation.card
        look = fmt.status_look(validation)
        self.badge.set_status(look.words, look.icon, look.colour)
        training = self.tr("  ·  TRAINING CARD") if card.training else ""
        self.program.setText(card.program_name + training)
        self.value.setText(card_words.value_words(validation))
        colour = "#111111" if validation.is_redeemable else look.colour.name()
        self.value.setStyleSheet(f"color: {colour};")
        # What the card is worth is the biggest thing here; a refusal is big, but smaller.
        size = theme.BALANCE_POINT_SIZE if validation.is_redeemable else \
            theme.BALANCE_POINT_SIZE - 12
        self.value.setFont(theme.font(size, bold=True))
        if validation.is_redeemable:
            self.reason.hide()
        else:
            why = messages.sentence(validation.reason or "card_not_redeemable")
            self.reason.setText(self.tr("%1 Nothing can be redeemed from it.").replace("%1", why))
            self.reason.setStyleSheet(f"color: {theme.BAD.name()};")
            self.reason.show()
        eligible = (validation.eligible_item_quantity if card.kind == "item"
                    else validation.eligible_value)
        balance = fmt.value_text(card.balance, card)
        balance += card_words.on_hold_words(card)
        self._set("code", fmt.code_text(card.code))
        self._set("eligible", fmt.value_text(eligible or 0, card))
        self._set("balance", balance)
        self._set("kind", fmt.kind_text(card))
        self._set("validity", fmt.validity_text(card))
        warning = expiry_warning(card)  # "Expires in 3 days"
        if warning:
            self._set("validity", f"{fmt.validity_text(card)} · {warning}")
        self._set("sender", card.sender or "")
        self._set("recipient", card.recipient or "")
        self._set("message", card.message or "")
        self._set("restrictions", "\n".join(f"• {term}" for term in card_words.terms(validation)))
        shown = self.may_show_qr
        self.qr.set_payload(card.qr_payload if shown else "")
        self.qr.fit(QR_SIDE)
        for part in (self.qr, self.qr_caption, self.export_button):
            part.setVisible(shown)
        self.redeem_button.setVisible(validation.is_redeemable)
        self.redeem_button.setEnabled(validation.is_redeemable)

    def _set(self, key: str, text: str) -> None:
        self._fields[key].setText(text)
        self._fields[key].setVisible(bool(text))
        self._fields[f"{key}_title"].setVisible(bool(text))

    def field_text(self, key: str) -> str:
        return self._fields[key].text()

    def enter(self) -> None:
        target = self.redeem_button if self.can_redeem else self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_enter(self) -> None:
        """Enter redeems a usable card; on any other card it goes to the next card."""
        focused = self.focusWidget()
        if focused in (self.next_button, self.history_button):
            focused.click()
        elif self.can_redeem:
            self._redeem()
        else:
            self.nextCardRequested.emit()

    def _export(self) -> None:
        if self.may_show_qr:
            self.exportRequested.emit()

    def _redeem(self) -> None:
        if self.can_redeem and not self.busy:
            self.redeemRequested.emit()
