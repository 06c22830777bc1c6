"""Training mode, history, settings and receipts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from giftdesk_ui_support import Counter, journal
from PySide6.QtCore import QRect, Qt

from app.embedded import LEDGER_FILE
from app.ui import theme
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
    # The badge is training's own, never the green "Done" of a real redemption.
    assert w.result.badge.words == "Practice only"
    assert w.result.badge.colour == theme.TRAINING != theme.OK
    assert w.result.badge.ink.lightnessF() < 0.2  # dark words on the amber
    assert w.result.balance.text() == "Practice balance $40.00"  # the copy's, not the card's
    counter.key(Qt.Key.Key_F6)
    seen.add(w.current)
    # The shift tab lists practice redemptions and shows no real totals above them.
    history = w.history_screen
    history.show_tab(1)
    counter.wait(lambda: history.shift.rowCount() == 1 and bool(history.totals.text()))
    assert history.shift.item(0, 5).text() == "Done (practice)"
    assert "practice redemptions only" in history.totals.text()
    assert "redemption $" not in history.totals.text()
    counter.key(Qt.Key.Key_F9)
    seen.add(w.current)
    assert w.training_banner.isVisible()
    assert w.settings_screen.training.isChecked()
    # One spelling of "practice" (US English, as the app's English is).
    words = (w.training_banner.text + w.settings_screen.training.text()).lower()
    assert "practice" in words
    assert "practise" not in words
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
    assert "1 redemption -$5.00" in w.history_screen.totals.text()
    # "This shift" is the ledger's shift report: since this session signed in, said so.
    assert ", since signing in at " in w.history_screen.totals.text()
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
    # Said on the result screen, whole (wrapped), not cut off in the status bar.
    saved = w.result.saved
    counter.wait(saved.isVisible)
    assert saved.text() == f"Receipt saved: {path}"
    assert saved.height() >= saved.heightForWidth(saved.width())
    assert w.result.rect().contains(saved.geometry().translated(saved.parentWidget().pos()))
    counter.enter()  # the next card: the message goes with the receipt it was about
    counter.wait(lambda: w.current is w.scan)
    counter.scan(demo["active, $25.50"])
    counter.enter()
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    assert not saved.isVisible()


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


def test_history_shows_reversals_with_a_sign_and_whole_notes(counter: Counter,
                                                             demo: dict[str, str]) -> None:
    w = counter.window
    code = demo["active, $25.50"]
    note = ("customer paid part by card and part by voucher, see the paper slip in the "
            "drawer under today's date")
    counter.sign_in("manager", "9999")
    counter.scan(code)
    counter.enter()
    counter.type("5")
    w.redeem.comment.setText(note)
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    counter.key(Qt.Key.Key_F7)
    counter.wait(lambda: counter.focused() is w.reverse.reason)
    counter.type("wrong card")
    counter.enter()
    counter.wait(lambda: w.reverse.outcome.isVisible())
    counter.key(Qt.Key.Key_Escape)
    if w.current is w.result:
        counter.key(Qt.Key.Key_Escape)
    counter.wait(lambda: counter.focused() is w.scan.code)
    counter.scan(code)
    counter.key(Qt.Key.Key_F6)
    table = w.history_screen.journal
    counter.wait(lambda: table.rowCount() >= 3 and table.item(0, 2).text() == "Reversed")
    assert table.item(0, 3).text() == "+$5.00"
    assert table.item(1, 3).text() == "-$5.00"
    notes = table.item(1, 7)
    assert notes.text().endswith(note)
    # The whole note shows: its column wraps it and the row is tall enough for it.
    rect = table.visualItemRect(notes)
    needed = table.fontMetrics().boundingRect(
        QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, notes.text())
    assert rect.height() >= needed.height()
    counter.wait(lambda: w.history_screen.shift.rowCount() == 1)
    w.history_screen.show_tab(1)
    # Signed as the card history signs them: taken -, put back +.
    assert w.history_screen.shift.item(0, 3).text() == "-$5.00"
    assert w.history_screen.shift.item(0, 5).text() == "Reversed (+$5.00)"
    assert w.history_screen.totals.text().endswith(
        "1 redemption -$5.00  ·  1 reversal +$5.00  ·  net $0.00")


def test_ctrl_p_asks_for_the_printer_once_then_prints_straight_to_it(
        counter: Counter, demo: dict[str, str], data_dir: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    w = counter.window
    pdf = tmp_path / "till-printer.pdf"
    asked: list[QWidget | None] = []

    def choose(printer: QPrinter, parent: QWidget | None) -> bool:
        """What the cashier does in Qt's print dialog: picks the printer (a PDF file)."""
        asked.append(parent)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return True

    w.receipt_printer.choose = choose
    counter.sign_in()
    for code in (demo["active, $50.00"], demo["active, $25.50"]):
        counter.scan(code)
        counter.enter()
        counter.type("1")
        counter.enter()
        counter.enter()
        counter.wait(lambda: w.current is w.result)
        counter.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert pdf.read_bytes().startswith(b"%PDF")
        assert w.result.saved.text() == f"Receipt printed: {pdf}"
        pdf.unlink()
        counter.enter()
        counter.wait(lambda: w.current is w.scan)
    assert asked == [w]  # asked for the first receipt only
    assert AppSettings(data_dir).receipt_file == str(pdf)  # kept for the next start too

    # Settings names the printer, and can have Ctrl+P ask again.
    counter.key(Qt.Key.Key_F9)
    assert w.current is w.settings_screen
    assert w.settings_screen.printer_name.text() == str(pdf)
    w.settings_screen.ask_printer.setChecked(True)
    counter.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: w.current is w.scan)
    assert w.receipt_printer.remembered() is None
    assert AppSettings(data_dir).receipt_file == ""

    # A remembered printer that is gone is asked for again.
    AppSettings(data_dir).receipt_printer = "A printer since unplugged"
    assert w.receipt_printer.remembered() is None
