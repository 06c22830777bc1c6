"""The counter flow, keyboard only, on the real main window and the real embedded ledger."""

from __future__ import annotations

from pathlib import Path

from giftdesk_ui_support import Counter, journal
from PySide6.QtCore import Qt

from app.embedded import LEDGER_FILE


def test_keyboard_only_redemption(counter: Counter, demo: dict[str, str], data_dir: Path
                                  ) -> None:
    w = counter.window
    code = demo["active, $50.00"]
    counter.sign_in("cashier", "1111")

    counter.type(code[:4] + " " + code[4:8] + "-" + code[8:])  # spaces and dashes are fine
    counter.enter()
    counter.wait(lambda: w.current is w.card)
    assert w.card.value.text() == "Balance $50.00"
    assert w.card.badge.words == "Active — can be used"
    assert counter.focused() is w.card.redeem_button

    counter.enter()  # Enter on the card opens redeem, the amount selected
    assert w.current is w.redeem
    assert counter.focused() is w.redeem.amount
    assert w.redeem.amount.selectedText() == "50.00"
    counter.type("12.5")  # typing replaces the selected amount
    counter.enter()  # Enter asks to confirm
    assert w.current is w.confirm
    assert "$12.50" in w.confirm.question.text()
    counter.enter()  # Enter confirms
    counter.wait(lambda: w.current is w.result)
    assert w.result.headline.text() == "Redeemed $12.50"
    assert w.result.balance.text() == "New balance $37.50"
    assert w.result.field_text("transaction").isdigit()
    assert journal(data_dir / LEDGER_FILE, code)[-1] == ("redeem", -1250, 3750)

    counter.key(Qt.Key.Key_Escape)  # Esc (or Enter) on the result: an empty code field
    assert w.current is w.scan
    assert w.scan.code.text() == ""
    assert counter.focused() is w.scan.code
