"""Training mode, history, settings and receipts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from giftdesk_ui_support import Counter, journal
from PySide6.QtCore import Qt

from app.embedded import LEDGER_FILE
from app.ui.settings import AppSettings


def test_training_mode_is_impossible_to_miss_and_changes_no_real_card(
        make_counter: Callable[..., Counter], demo: dict[str, str], data_dir: Path) -> None:
    counter = make_counter(training=True)
    w = counter.window
    code = demo["active, $50.00"]
    before = journal(data_dir / LEDGER_FILE, code)
    assert w.training_banner.isVisible()
    assert "TRAINING MODE" in w.training_banner.text
    counter.sign_in()
    seen = {w.current}
    counter.scan(code)
    seen.add(w.current)
    counter.enter()
    seen.add(w.current)
    counter.type("10")
    counter.enter()
    seen.add(w.current)
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    seen.add(w.current)
    assert w.training_banner.isVisible()
    assert "TRAINING" in w.result.field_text("details")
    assert "[TRAINING]" in w.windowTitle()
    counter.key(Qt.Key.Key_F6)
    seen.add(w.current)
    counter.key(Qt.Key.Key_F9)
    seen.add(w.current)
    assert w.training_banner.isVisible()
    assert w.settings_screen.training.isChecked()
    assert len(seen) == 7
    assert journal(data_dir / LEDGER_FILE, code) == before  # the real card is untouched


def test_history_shows_the_card_journal_and_the_shift(counter: Counter,
                                                      demo: dict[str, str]) -> None:
    w = counter.window
    code = demo["active, $25.50"]
    counter.sign_in("manager", "9999")
    counter.scan(code)
    counter.enter()
    counter.type("5")
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    counter.key(Qt.Key.Key_F6)
    assert w.current is w.history_screen
    counter.wait(lambda: w.history_screen.journal.rowCount() >= 2)
    assert w.history_screen.journal.item(0, 2).text() == "Redeemed"
    assert w.history_screen.journal.item(0, 3).text() == "-$5.00"
    assert w.history_screen.journal.item(0, 4).text() == "$20.50"
    counter.wait(lambda: w.history_screen.shift.rowCount() == 1)
    assert "1 redemption $5.00" in w.history_screen.totals.text()
    # F7 on the selected redemption opens the reversal with it.
    w.history_screen.journal.setFocus()
    w.history_screen.journal.selectRow(0)
    counter.key(Qt.Key.Key_F7)
    counter.wait(lambda: w.current is w.reverse and w.reverse.redemption is not None)
    counter.wait(lambda: counter.focused() is w.reverse.reason)
    counter.key(Qt.Key.Key_Escape)
    assert w.current is w.history_screen


def test_receipt_pdf(counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    w = counter.window
    counter.sign_in()
    counter.scan(demo["active, $50.00"])
    counter.enter()
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    counter.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.ShiftModifier)
    path = data_dir / "receipts" / f"receipt-{w.result.field_text('transaction')}.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert path.stat().st_size > 1000


def test_settings_test_connection_and_training(counter: Counter, data_dir: Path) -> None:
    w = counter.window
    counter.sign_in("manager", "9999")
    counter.key(Qt.Key.Key_F9)
    assert w.current is w.settings_screen
    assert w.settings_screen.embedded.isChecked()
    assert w.settings_screen.camera_group.isVisible()
    counter.key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: w.settings_screen.test_result.text().startswith("Connected."))
    w.settings_screen.training.setChecked(True)
    counter.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert w.training_banner.isVisible()
    assert AppSettings(data_dir).training
    assert w.current is w.scan
    assert w.backend.client is not None
    assert w.backend.client.training


def test_settings_remote_needs_an_address(counter: Counter) -> None:
    w = counter.window
    counter.sign_in("manager", "9999")
    counter.key(Qt.Key.Key_F9)
    w.settings_screen.remote.setChecked(True)
    w.settings_screen.url.clear()
    counter.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert w.current is w.settings_screen
    assert "remote ledger's address" in w.settings_screen.message.text()
    counter.key(Qt.Key.Key_Escape)
    assert w.current is w.scan
