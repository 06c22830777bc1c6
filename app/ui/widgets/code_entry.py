"""The large card-code field: typed digits, pasted text, QR payloads and wedge scanners.

A keyboard-wedge barcode scanner types the code as fast keystrokes ending in Enter, so it
needs nothing special beyond a field that has focus and submits on Enter. The Luhn check digit
is checked as the cashier types; a mistyped code never leaves the counter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.codes import (
    CODE_LENGTH,
    QR_PAYLOAD_PREFIX,
    format_code,
    is_valid_code,
    parse_card_ref,
)
from app.domain.errors import GiftDeskError
from app.ui import messages, theme
from app.ui.i18n import translate

MAX_INPUT_CHARS = 120
_SEPARATORS = re.compile(r"[\s\-]+")


class CodeState(Enum):
    EMPTY = "empty"
    TYPING = "typing"  # digits so far, not yet 12
    READY = "ready"  # a whole, valid code, or a QR payload or token
    BAD = "bad"  # cannot be a card: refused before any network call


@dataclass(frozen=True)
class CodeCheck:
    """The local verdict on what is in the field, and the sentence that says so."""

    state: CodeState
    message: str


def check_code_text(text: str) -> CodeCheck:
    """Judge the field's text without asking the ledger (Luhn digit, length, QR format)."""
    stripped = text.strip()
    if not stripped:
        return CodeCheck(CodeState.EMPTY, translate("CodeEntry",
                                                    "Type the 12 digits, or scan the card."))
    digits = _SEPARATORS.sub("", stripped)
    if digits.isascii() and digits.isdigit():
        if len(digits) < CODE_LENGTH:
            return CodeCheck(CodeState.TYPING, translate("CodeEntry", "%1 of %2 digits").replace(
                "%1", str(len(digits))).replace("%2", str(CODE_LENGTH)))
        if len(digits) > CODE_LENGTH:
            return CodeCheck(CodeState.BAD, translate(
                "CodeEntry", "Too many digits: a card code has %1, this has %2.").replace(
                "%1", str(CODE_LENGTH)).replace("%2", str(len(digits))))
        if not is_valid_code(digits):
            return CodeCheck(CodeState.BAD, messages.sentence(messages.MISTYPED_CODE))
        return CodeCheck(CodeState.READY, translate("CodeEntry", "Code checks out. Press Enter."))
    try:
        parse_card_ref(stripped)
    except GiftDeskError:
        if stripped.upper().startswith(QR_PAYLOAD_PREFIX):
            return CodeCheck(CodeState.BAD, translate("CodeEntry",
                                                      "This QR code is not a GiftDesk card."))
        return CodeCheck(CodeState.BAD, translate("CodeEntry",
                                                  "That is not a card code: enter the 12 digits "
                                                  "or scan the QR code."))
    return CodeCheck(CodeState.READY, translate("CodeEntry", "QR code read. Press Enter."))


def group_digits(text: str) -> str:
    """A complete 12-digit code typed without separators, grouped: "1234 5678 9012"."""
    if len(text) == CODE_LENGTH and text.isascii() and text.isdigit():
        return format_code(text)
    return text


def clean_pasted(text: str) -> str:
    """The first non-empty line of pasted text, trimmed."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:MAX_INPUT_CHARS]
    return ""


class CodeEntry(QLineEdit):
    """Emits `submitted(text)` on Enter for a code that passes the local check, else `refused`."""

    submitted = Signal(str)
    refused = Signal(str)
    checked = Signal(object)  # CodeCheck, on every change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEntry")
        self.setFont(theme.font(theme.CODE_POINT_SIZE, bold=True, mono=True))
        self.setMaxLength(MAX_INPUT_CHARS)
        self.setPlaceholderText("0000 0000 0000")
        self.setAccessibleName(self.tr("Card code"))
        self.setClearButtonEnabled(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._check = check_code_text("")
        self.textChanged.connect(self._on_text)
        self.returnPressed.connect(self.try_submit)

    @property
    def check(self) -> CodeCheck:
        return self._check

    def _on_text(self, text: str) -> None:
        grouped = group_digits(text)
        if grouped != text and self.cursorPosition() == len(text):
            self.setText(grouped)  # read back in groups of four, as printed on the card
            return
        self._check = check_code_text(text)
        self._show_state({CodeState.BAD: "bad", CodeState.READY: "good"}
                         .get(self._check.state, ""))
        self.checked.emit(self._check)

    def _show_state(self, state: str) -> None:
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def mark_refused(self) -> None:
        """The code passed the local check but was refused (no such card, a PIN needed…):
        the border turns red with the sentence until the text changes."""
        self._show_state("bad")

    def try_submit(self) -> None:
        """Submit the text if it passes the local check; otherwise say why not."""
        if self._check.state is CodeState.READY:
            self.submitted.emit(self.text().strip())
        elif self._check.state is CodeState.TYPING:
            typed = len(_SEPARATORS.sub("", self.text().strip()))
            self.refused.emit(self.tr("A card code has %1 digits: %2 typed so far.").replace(
                "%1", str(CODE_LENGTH)).replace("%2", str(typed)))
        else:
            self.refused.emit(self._check.message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Paste only the first line of the clipboard, trimmed (QR payloads, codes)."""
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            event.accept()
            return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> None:
        """Replace the selection (or insert at the cursor) with cleaned pasted text."""
        self.insert(clean_pasted(text))

    def reset(self) -> None:
        """Empty the field and take the focus: ready for the next card."""
        self.clear()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
