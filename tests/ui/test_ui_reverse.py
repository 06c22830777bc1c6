"""Reversals: a manager directly, a cashier through the manager-override dialog."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from giftdesk_ui_support import Counter, journal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.embedded import LEDGER_FILE
from app.ui.screens.override_dialog import ManagerOverrideDialog


def redeem(counter: Counter, code: str, amount: str) -> str:
    """Redeem by keyboard; returns the transaction id shown on the result."""
    w = counter.window
    counter.scan(code)
    counter.enter()
    counter.type(amount)
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    return w.result.field_text("transaction")


def test_manager_reverses_from_the_result(counter: Counter, demo: dict[str, str],
                                          data_dir: Path) -> None:
    w = counter.window
    code = demo["active, $50.00"]
    counter.sign_in("manager", "9999")
    transaction = redeem(counter, code, "20")
    counter.key(Qt.Key.Key_F7)
    assert w.current is w.reverse
    assert w.reverse.transaction.text() == transaction
    assert counter.focused() is w.reverse.reason
    counter.enter()  # no reason: refused
    assert w.reverse.message.text() == "Enter the reason for the reversal."
    counter.type("customer changed their mind")
    counter.enter()
    counter.wait(lambda: w.reverse.outcome.isVisible())
    assert w.reverse.outcome.text() == (
        f"Reversed: $20.00 is back on card {code[:4]} {code[4:8]} {code[8:]}. "
        "Balance now $50.00.")
    assert journal(data_dir / LEDGER_FILE, code)[-2:] == [("redeem", -2000, 3000),
                                                          ("reverse", 2000, 5000)]
    counter.key(Qt.Key.Key_Escape)
    assert w.current is w.result or w.current is w.scan


def override_dialog(counter: Counter) -> ManagerOverrideDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ManagerOverrideDialog) and widget.isVisible():
            return widget
    return None


def manager_named(counter: Counter) -> ManagerOverrideDialog:
    """The override dialog once it shows, "manager" typed as its name; the PIN is next."""
    counter.wait(lambda: override_dialog(counter) is not None)
    dialog = override_dialog(counter)
    assert dialog is not None
    counter.wait(lambda: counter.focused() is dialog.operator)
    counter.type("manager")
    counter.enter()
    assert counter.focused() is dialog.pin
    return dialog


def assert_nothing_overlaps(dialog: ManagerOverrideDialog) -> None:
    """The dialog's parts sit one under the other, each whole inside the dialog."""
    parts = [dialog.operator, dialog.pin, dialog.message, dialog.approve_button]
    for part in parts:
        assert part.isVisible()
        assert dialog.rect().contains(part.geometry()), part.objectName()
        assert part.height() >= part.minimumSizeHint().height(), part.objectName()
    for upper, lower in pairwise(parts):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper.objectName(),
                                                                    lower.objectName())


def test_cashier_reverses_with_a_manager_override(counter: Counter, demo: dict[str, str],
                                                  data_dir: Path) -> None:
    w = counter.window
    code = demo["active, $25.50"]
    counter.sign_in("cashier", "1111")
    transaction = redeem(counter, code, "5")
    counter.key(Qt.Key.Key_Escape)
    assert w.current is w.scan

    # From this terminal's redemptions today.
    counter.key(Qt.Key.Key_F7)
    assert w.current is w.reverse
    counter.wait(lambda: w.reverse.table.rowCount() == 1)
    assert w.reverse.table.item(0, 1).text() == transaction
    w.reverse.table.setFocus()
    w.reverse.table.selectRow(0)
    counter.enter()  # Enter picks the row
    assert w.reverse.redemption is not None
    assert str(w.reverse.redemption.id) == transaction
    assert counter.focused() is w.reverse.reason
    counter.type("wrong card")
    counter.enter()

    dialog = manager_named(counter)
    counter.type("1234")  # a wrong PIN: refused, and the dialog comes back
    counter.enter()
    counter.wait(lambda: (d := override_dialog(counter)) is not None and d is not dialog)
    dialog = override_dialog(counter)
    assert dialog is not None
    assert "not right" in dialog.message.text()
    assert journal(data_dir / LEDGER_FILE, code)[-1] == ("redeem", -500, 2050)
    # The name stays; the PIN is asked again, and nothing on the dialog overlaps.
    assert dialog.operator.text() == "manager"
    counter.wait(lambda: counter.focused() is dialog.pin)
    assert_nothing_overlaps(dialog)
    counter.type("9999")
    counter.enter()

    counter.wait(lambda: w.reverse.outcome.isVisible())
    assert "Balance now $25.50" in w.reverse.outcome.text()
    # One state, naming who approved it: no "already reversed" beside the success.
    assert w.reverse.outcome.text().endswith("Approved by manager.")
    assert "reversed" not in w.reverse.summary.text().lower()
    assert journal(data_dir / LEDGER_FILE, code)[-1] == ("reverse", 500, 2550)
    counter.wait(lambda: w.reverse.table.item(0, 5).text() == "Reversed")


def test_a_reversal_found_later_names_who_approved_it(counter: Counter, demo: dict[str, str]
                                                      ) -> None:
    w = counter.window
    code = demo["active, $50.00"]
    counter.sign_in("cashier", "1111")
    transaction = redeem(counter, code, "3")
    counter.key(Qt.Key.Key_F7)
    counter.type("wrong card")
    counter.enter()
    manager_named(counter)
    counter.type("9999")
    counter.enter()
    counter.wait(lambda: w.reverse.outcome.isVisible())

    counter.key(Qt.Key.Key_Escape)
    counter.key(Qt.Key.Key_F7)
    assert w.current is w.reverse
    counter.wait(lambda: counter.focused() is w.reverse.transaction)
    counter.type(transaction)
    counter.enter()
    counter.wait(lambda: "Already reversed" in w.reverse.summary.text())
    assert w.reverse.summary.text().endswith(
        "Already reversed by cashier, approved by manager.")
    assert not w.reverse.outcome.isVisible()
    assert not w.reverse.reverse_button.isEnabled()
