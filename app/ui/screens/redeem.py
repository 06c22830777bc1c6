"""Redeem: the amount (prefilled with what is eligible, selected), and optional details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import format as fmt
from app.ui import messages, theme
from app.ui.draft import RedemptionDraft
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.screens.base import Screen, button, field_label, label, set_role
from app.ui.widgets.amount_entry import AmountEntry

if TYPE_CHECKING:
    from app.protocol.models import ValidationOut


class RedeemScreen(Screen):
    """Emits `continueRequested(RedemptionDraft)` when the form is complete and in range."""

    title = QT_TRANSLATE_NOOP("Screen", "Redeem")
    continueRequested = Signal(object)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("redeemScreen", parent)
        self.validation: ValidationOut | None = None
        self._card_pin: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        panel = QFrame(self)
        panel.setObjectName("cardPanel")
        outer.addWidget(panel, 1)
        box = QVBoxLayout(panel)
        box.setContentsMargins(32, 20, 32, 20)
        box.setSpacing(10)

        self.heading = label("", panel, role="title", object_name="redeemHeading")
        box.addWidget(self.heading)
        self.available = label("", panel, object_name="redeemAvailable")
        self.available.setFont(theme.font(theme.HEADLINE_POINT_SIZE, bold=True))
        box.addWidget(self.available)

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(10)
        self.amount = AmountEntry(panel)
        self.amount.setMinimumHeight(56)
        self.amount.setMaximumWidth(360)
        self.amount_label = field_label(self.tr("&Amount"), self.amount, panel)
        self.amount_label.setFont(theme.font(theme.BASE_POINT_SIZE + 4, bold=True))
        form.addRow(self.amount_label, self.amount)
        self.reporting_code = self._edit("reportingCodeEdit", self.tr("Reporting code"), 40)
        self.reporting_label = field_label(self.tr("Reporting &code"), self.reporting_code, panel)
        form.addRow(self.reporting_label, self.reporting_code)
        self.reference = self._edit("referenceEdit", self.tr("Reference"), 100)
        ref_label = field_label(self.tr("R&eference"), self.reference, panel)
        form.addRow(ref_label, self.reference)
        self.comment = self._edit("commentEdit", self.tr("Comment"), 500)
        comment_label = field_label(self.tr("Co&mment"), self.comment, panel)
        form.addRow(comment_label, self.comment)
        box.addLayout(form)
        self.message = label("", panel, role="error", object_name="redeemMessage")
        self.message.setWordWrap(True)
        self.message.setFont(theme.font(theme.BASE_POINT_SIZE + 2, bold=True))
        box.addWidget(self.message)
        box.addStretch(1)

        actions = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Esc", self, object_name="redeemBackButton")
        self.continue_button = button(self.tr("Continue"), "Enter", self,
                                      object_name="redeemContinueButton", primary=True)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.continue_button)
        outer.addLayout(actions)

        for edit in (self.amount, self.reporting_code, self.reference, self.comment):
            edit.returnPressed.connect(self._continue)
        self.amount.valueChanged.connect(lambda _v: self._check(quiet=True))
        self.back_button.clicked.connect(self.backRequested)
        self.continue_button.clicked.connect(self._continue)
        self.shortcut(Qt.Key.Key_Escape, self.backRequested.emit)
        self.setTabOrder(self.amount, self.reporting_code)
        self.setTabOrder(self.reporting_code, self.reference)
        self.setTabOrder(self.reference, self.comment)
        self.setTabOrder(self.comment, self.continue_button)
        self.setTabOrder(self.continue_button, self.back_button)

    def _edit(self, name: str, accessible: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        return edit

    @property
    def reporting_code_required(self) -> bool:
        return self.validation is not None and self.validation.card.reporting_code_required

    def start(self, validation: ValidationOut, card_pin: str | None = None) -> None:
        """A fresh form for this card: amount = everything eligible (items too), selected."""
        self.validation = validation
        self._card_pin = card_pin or None
        card = validation.card
        items = card.kind == "item"
        eligible = (validation.eligible_item_quantity if items
                    else validation.eligible_value) or 0
        self.amount.configure(currency=card.currency, maximum=eligible,
                              item_label=card.item_label if items else None)
        full_only = not card.partial_redemption
        self.amount.setReadOnly(full_only)
        self.amount.set_value(eligible)
        self.heading.setText(self.tr("Redeem from card %1").replace("%1", fmt.code_text(card.code)))
        limit = fmt.value_text(eligible, card)
        self.available.setText(self.tr("Available: %1").replace("%1", limit) + (
            self.tr("  (must be used in full)") if full_only else ""))
        self.amount_label.setText(self.tr("&Items") if items else self.tr("&Amount (%1)").replace(
            "%1", card.currency))
        required = self.reporting_code_required
        self.reporting_label.setText(self.tr("Reporting &code (required)") if required
                                     else self.tr("Reporting &code"))
        for edit in (self.reporting_code, self.reference, self.comment):
            edit.clear()
        self.message.clear()

    def enter(self) -> None:
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.amount.selectAll()

    def _check(self, *, quiet: bool = False) -> str | None:
        """The first problem of the form as a sentence, shown under it; None when complete.

        While typing (`quiet`) an empty field is not pointed out; an amount above the limit
        or one with too many decimals is, at once.
        """
        problem = self.amount.problem()
        if quiet:
            if self.amount.value() is None and not self.amount.text().strip():
                problem = None  # nothing typed yet: nothing to point out
        elif problem is None and self.reporting_code_required and \
                not self.reporting_code.text().strip():
            problem = messages.sentence(messages.REPORTING_CODE_MISSING)
        set_role(self.message, "error")
        self.message.setText(problem or "")
        return problem

    def _continue(self) -> None:
        if self.busy or self.validation is None:
            return
        problem = self._check()
        if problem is not None:
            target = self.amount if self.amount.problem() else self.reporting_code
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            target.selectAll()
            return
        units = self.amount.value()
        assert units is not None
        self.continueRequested.emit(RedemptionDraft(
            card=self.validation.card, units=units, card_pin=self._card_pin,
            reporting_code=self.reporting_code.text().strip() or None,
            reference=self.reference.text().strip() or None,
            comment=self.comment.text().strip() or None))

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.amount.selectAll()
