"""The card's whole life through the real app on the real embedded ledger: sell, activate,
load, redeem, refund, cancel, lock, unlock, adjust, transfer, close; receipts; the books."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from giftdesk_ui_support import Counter, grouped, in_language, journal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.embedded import LEDGER_FILE
from app.ui.screens.override_dialog import ManagerOverrideDialog


def make_program(data_dir: Path, cards: int = 1, **spec: Any) -> tuple[int, list[str]]:
    """A program set up by an admin in the ledger file, with unsold cards."""
    from app.ledger.db import make_engine
    from app.ledger.demo import ADMIN
    from app.ledger.engine import Ledger
    from app.ledger.results import ProgramSpec

    engine = make_engine(f"sqlite:///{data_dir / LEDGER_FILE}")
    try:
        ledger = Ledger(engine)
        program = ledger.create_program(ADMIN, ProgramSpec(**{"currency": "USD", **spec}))
        made = ledger.generate_cards(ADMIN, program.id, cards, pending=True)
    finally:
        engine.dispose()
    return program.id, [c.code for c in made]


def open_action(counter: Counter, name: str) -> None:
    """From the card screen: F3, then the action's number key."""
    w = counter.window
    assert w.current is w.card
    counter.key(Qt.Key.Key_F3)
    menu = w.card_actions.menu
    counter.wait(lambda: w.current is menu)
    names = [op.name for op in menu.operations]
    assert name in names, names
    counter.type(str(names.index(name) + 1))
    counter.wait(lambda: w.current is w.card_actions.form)


def send(counter: Counter, **fields: str) -> None:
    """Fill the form's fields and press Enter; wait for the outcome or a refusal."""
    form = counter.window.card_actions.form
    for name, text in fields.items():
        edit = form.edits[name]
        edit.setFocus()
        edit.clear()  # type: ignore[attr-defined]
        counter.type(text)
    form.message_label.clear()
    counter.enter()
    counter.wait(lambda: form.outcome is not None or bool(form.message_label.text())
                 or override_dialog() is not None)


def done(counter: Counter) -> None:
    """Esc on the outcome: back to the card as the ledger has it now."""
    w = counter.window
    counter.key(Qt.Key.Key_Escape)
    counter.wait(lambda: w.current is w.card and not w.cards.busy)


def override_dialog() -> ManagerOverrideDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ManagerOverrideDialog) and widget.isVisible():
            return widget
    return None


def approve(counter: Counter, pin: str = "9999") -> None:
    counter.wait(lambda: override_dialog() is not None)
    dialog = override_dialog()
    assert dialog is not None
    counter.wait(lambda: counter.focused() is dialog.operator)
    counter.type("manager")
    counter.enter()
    counter.type(pin)
    counter.enter()


def test_sell_the_unsold_demo_card_from_its_card_screen(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    w = counter.window
    code = demo["not sold yet"]
    counter.sign_in()
    counter.scan(code)
    assert w.current is w.card
    open_action(counter, "sell")
    form = w.card_actions.form
    assert "$50.00" in form.hint.text()  # the program's value when left empty
    assert counter.focused() is form.edits["value"]
    send(counter, value="30", recipient="Ben")
    assert form.result.text() == "Sold. The card is active."
    assert "Balance now: $30.00" in form.details.text()
    receipt = w.card_actions.last_receipt_html()
    assert receipt is not None
    assert code[-4:] in receipt
    assert code[:8] not in receipt  # masked but for the last 4 digits
    assert "STORE-1 / " in receipt
    pdf = w.card_actions.save_pdf()
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")
    done(counter)
    assert w.card.value.text().endswith("$30.00")
    assert journal(data_dir / LEDGER_FILE, code)[-1] == ("sell", 3000, 3000)


def choose(counter: Counter, name: str) -> None:
    """From the result or scan screen: scan the card again, then open the action."""
    open_action(counter, name)


def refused(counter: Counter, sentence: str) -> None:
    form = counter.window.card_actions.form
    assert form.outcome is None
    assert form.message_label.text() == sentence


def test_the_whole_life_of_a_card_at_the_counter(counter: Counter, data_dir: Path) -> None:
    """Sell (with an activation code), activate, load, redeem, refund, cancel, lock, unlock,
    adjust, transfer, close: a cashier, with a manager approving what needs one; each refusal
    says its sentence; the journal holds exactly what the screens said."""
    _, (code, spare) = make_program(data_dir, cards=2, name="Shop Card", default_value=2500,
                                    activation="allocate", reloadable=True, max_balance=10000)
    db = data_dir / LEDGER_FILE
    w = counter.window
    form = w.card_actions.form
    counter.sign_in()

    # Sell: F3 away from a card sells one; Ctrl+N takes the program's next unsold card.
    counter.key(Qt.Key.Key_F3)
    counter.wait(lambda: w.current is form)
    assert form.op is not None
    assert form.op.name == "sell"
    counter.wait(lambda: form.program.count() > 0)
    form.program.setCurrentIndex(form.program.findText("Shop Card"))
    form.code.setFocus()
    counter.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: form.card is not None and form.card.code == code)
    send(counter, value="40", recipient="Ben")
    assert form.result.text() == "Sold. The card waits for activation with its code."
    assert form.secret.isVisible()
    token = (form.outcome.secret("Activation code") if form.outcome else None) or ""
    assert token
    assert f"Activation code: {token}" in form.secret.text()
    receipt = w.card_actions.outcome_receipt
    assert receipt is not None
    assert token in receipt
    assert code[:8] not in receipt
    kept = w.card_actions.last_receipt_html()  # the copy for reprints: never the secret
    assert kept is not None
    assert token not in kept
    assert "Sell a card — COPY" in kept
    assert token not in (data_dir / "receipts" / "last-receipt.html").read_text()
    done(counter)
    assert w.card.badge.words == "Not activated yet"

    # Activate: a wrong code is refused with its sentence, the right one works.
    open_action(counter, "activate")
    send(counter, token="WRONG-CODE")
    refused(counter, "The activation code is not right.")
    send(counter, token=token)
    assert form.result.text() == "Activated. The card can be used."
    done(counter)

    # Load: never above the program's maximum balance.
    open_action(counter, "load")
    assert "at most $100.00" in form.hint.text()
    send(counter, amount="70")
    refused(counter, "That would put more on the card than it may hold.")
    send(counter, amount="10", reference="INV-7")
    assert "Balance now: $50.00" in form.details.text()
    done(counter)

    # Redeem, as every day.
    counter.enter()
    counter.type("15")
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    transaction = w.result.field_text("transaction")
    counter.key(Qt.Key.Key_Escape)
    counter.wait(lambda: w.current is w.scan)
    counter.scan(code)

    # Refund onto the card, tied to the redemption: at most what it took.
    open_action(counter, "refund")
    send(counter, amount="20", redemption=transaction)
    refused(counter, "That is more than is left to refund of this redemption. Lower the amount.")
    send(counter, amount="5", redemption=transaction)
    assert "Balance now: $40.00" in form.details.text()
    done(counter)

    # Cancel the last load; the sale before it is partly spent and cannot be cancelled.
    open_action(counter, "cancel")
    send(counter)
    assert "Balance now: $30.00" in form.details.text()
    done(counter)
    open_action(counter, "cancel")
    send(counter)
    refused(counter, "Part of that value has been spent already, so it cannot be cancelled.")
    counter.key(Qt.Key.Key_Escape)  # back to the actions
    counter.wait(lambda: w.current is w.card_actions.menu)
    counter.key(Qt.Key.Key_Escape)
    counter.wait(lambda: w.current is w.card)

    # Lock (any operator, with a reason).
    open_action(counter, "lock")
    send(counter, reason="")
    refused(counter, "Enter the reason: it goes into the journal.")
    send(counter, reason="reported lost")
    assert form.result.text() == "The card is locked."
    done(counter)
    assert w.card.badge.words == "Locked"

    # Unlock needs a manager: a wrong PIN brings the dialog back with its sentence.
    open_action(counter, "unlock")
    send(counter, reason="found again")
    approve(counter, pin="1234")
    counter.wait(lambda: (d := override_dialog()) is not None and "not right" in d.message.text())
    approve(counter)
    counter.wait(lambda: form.outcome is not None)
    assert form.result.text() == "The card is unlocked."
    assert "Approved by: manager" in form.details.text()
    done(counter)

    # Adjust down, with the manager's approval.
    open_action(counter, "adjust")
    form.direction.setCurrentIndex(1)
    send(counter, amount="5", reason="counted twice")
    approve(counter)
    counter.wait(lambda: form.outcome is not None)
    assert "Taken off: $5.00" in form.details.text()
    assert "Balance now: $25.00" in form.details.text()
    done(counter)

    # Transfer the balance to a new card (the old one is closed); Done shows the new card.
    open_action(counter, "transfer")
    send(counter, target=code)
    approve(counter)
    counter.wait(lambda: bool(form.message_label.text()))
    refused(counter, "The balance cannot go to the same card. Scan the new card.")
    send(counter, target=spare)
    approve(counter)
    counter.wait(lambda: form.outcome is not None)
    assert form.result.text() == "The balance is on the new card; this card is closed."
    done(counter)
    assert w.card.field_text("code") == grouped(spare)
    assert w.card.value.text().endswith("$25.00")

    # Close the new card: its balance is written off, and the screen says so.
    open_action(counter, "close")
    send(counter, reason="customer moved away")
    approve(counter)
    counter.wait(lambda: form.outcome is not None)
    assert form.result.text() == ("The card is closed. Its balance of $25.00 is written off.")
    done(counter)
    assert w.card.badge.words == "Closed"

    assert journal(db, code) == [
        ("sell", 4000, 4000), ("activate", 0, 4000), ("load", 1000, 5000),
        ("redeem", -1500, 3500), ("refund", 500, 4000), ("cancel", -1000, 3000),
        ("lock", 0, 3000), ("unlock", 0, 3000), ("adjust", -500, 2500),
        ("transfer_out", -2500, 0)]
    assert journal(db, spare)[-2:] == [("transfer_in", 2500, 2500), ("close", -2500, 0)]


def test_a_pin_card_sold_by_next_card_shows_its_pin_once(counter: Counter,
                                                         data_dir: Path) -> None:
    _, (code,) = make_program(data_dir, name="PIN Card", default_value=3000, pin_required=True)
    w = counter.window
    form = w.card_actions.form
    counter.sign_in()
    counter.key(Qt.Key.Key_F3)
    counter.wait(lambda: w.current is form and form.program.count() > 1)
    assert counter.focused() is form.code
    counter.enter()  # Enter on an empty code: sell the next card of the first program
    counter.wait(lambda: form.card is not None)
    form.program.setCurrentIndex(form.program.findText("PIN Card"))
    counter.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: form.card is not None and form.card.code == code)
    assert "$30.00" in form.hint.text()
    send(counter, value="")
    assert form.outcome is not None
    pin = form.outcome.pin
    assert pin is not None
    assert form.secret.text().startswith(f"Card PIN: {pin}")
    assert f"Card PIN</td><td width='55%' align='right'><b>{pin}" in (
        w.card_actions.outcome_receipt or "")
    kept = w.card_actions.last_receipt_html()
    assert kept is not None
    assert "Card PIN</td><td width='55%' align='right'><b>(not on copies)" in kept
    done(counter)  # the card is read again with its new PIN
    assert w.card.value.text().endswith("$30.00")
    assert journal(data_dir / LEDGER_FILE, code)[-1] == ("sell", 3000, 3000)


def test_a_manager_voids_and_changes_validity_without_a_dialog(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QDate

    w = counter.window
    form = w.card_actions.form
    counter.sign_in("manager", "9999")
    code = demo["active, $25.50"]
    counter.scan(code)
    open_action(counter, "validity")
    soon = date.today() + timedelta(days=3)
    assert form.no_end.isChecked()  # the card has no end date yet
    form.no_end.setChecked(False)
    form.valid_until.setDate(QDate(soon.year, soon.month, soon.day))
    form.send_button.setFocus()
    counter.enter()
    counter.wait(lambda: form.outcome is not None)
    assert override_dialog() is None
    assert form.result.text() == "The validity is changed."
    done(counter)
    assert w.card.field_text("validity").endswith("· Expires in 3 days")

    open_action(counter, "void")
    assert "$25.50 will be written off" in form.hint.text()
    send(counter, reason="damaged, replaced")
    assert form.result.text() == "The card is voided. Its balance of $25.50 is written off."
    pdf = w.card_actions.save_pdf()
    assert pdf is not None
    assert pdf.parent == data_dir / "receipts"
    done(counter)
    assert w.card.badge.words == "Voided"
    assert journal(data_dir / LEDGER_FILE, code)[-1] == ("void", -2550, 0)


def test_the_last_receipt_is_the_redemption_and_survives_a_restart(
        make_counter: Any, demo: dict[str, str], data_dir: Path) -> None:
    counter = make_counter()
    w = counter.window
    counter.sign_in()
    code = demo["active, $50.00"]
    counter.scan(code)
    counter.enter()
    counter.type("12")
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    receipt = w.card_actions.last_receipt_html()
    assert receipt is not None
    assert "$12.00" in receipt
    assert "Gift card redemption — COPY" in receipt
    assert f"•••• •••• {code[-4:]}" in receipt
    assert code[:4] not in receipt.split("Transaction")[1]
    again = make_counter()
    assert again.window.card_actions.last_receipt_html() == receipt


def test_the_books_for_a_manager_and_not_for_a_cashier(
        make_counter: Any, demo: dict[str, str], data_dir: Path) -> None:
    counter = make_counter()
    w = counter.window
    counter.sign_in()
    counter.key(Qt.Key.Key_F8)
    books = w.card_actions.books_screen
    counter.wait(lambda: w.current is books)
    assert books.terminal.text() == "TILL-1"  # a cashier's Z report is their terminal's
    counter.key(Qt.Key.Key_F5)
    counter.wait(lambda: bool(books.message.text()))
    assert books.message.text() == "You are not allowed to do this here. Ask a manager."
    counter.key(Qt.Key.Key_F4)
    counter.wait(lambda: books.table_shown is not None)
    assert books.note.text() == "Nothing happened in this period. Training rows left out: 0."

    counter.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: w.current is w.sign_in)
    w.sign_in.operator.setFocus()
    w.sign_in.operator.clear()
    counter.sign_in("manager", "9999")
    counter.key(Qt.Key.Key_F8)
    counter.wait(lambda: w.current is books)
    counter.key(Qt.Key.Key_F5)
    counter.wait(lambda: books.table_shown is not None and books.table.columnCount() == 10)
    rows = {(books.table.item(r, 0).text(), books.table.item(r, 1).text()):
            books.table.item(r, 9).text() for r in range(books.table.rowCount())}
    assert rows[("Gift Card", "HQ")] == "$95.50"  # 50.00 + 25.50 + 20.00 locked; expired gone
    assert books.note.text().startswith(
        "Owed in all: 5 × Coffee, $105.50. Training cards are left out.")
    assert not books.filters.isHidden()
    programs = [books.program_filter.itemText(i) for i in range(books.program_filter.count())]
    assert programs[0] == "All programs"
    assert "Gift Card" in programs
    every = books.table.rowCount()
    books.program_filter.setCurrentIndex(programs.index("Gift Card"))
    counter.wait(lambda: books.table.rowCount() < every)
    assert {books.table.item(r, 0).text() for r in range(books.table.rowCount())} == {
        "Gift Card"}
    assert "— only Gift Card" in books.heading.text()
    assert books.note.text().startswith("Owed on the lines shown: ")
    assert "Coffee" not in books.note.text()
    books.store_filter.setCurrentIndex(books.store_filter.findText("HQ"))
    counter.wait(lambda: "only Gift Card, HQ" in books.heading.text())
    assert books.table.rowCount() == 1
    assert books.table.item(0, 9).text() == "$95.50"
    w.grab().save(str(data_dir / "liability.png"))
    books.program_filter.setCurrentIndex(0)
    books.store_filter.setCurrentIndex(0)
    counter.wait(lambda: books.table.rowCount() == every)
    assert books.note.text().startswith("Owed in all: ")
    pdf = w.card_actions.save_report_pdf()
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")


def test_sell_then_redeem_against_a_ledger_served_over_a_socket(
        make_counter: Any, demo: dict[str, str], tmp_path: Path, data_dir: Path) -> None:
    import shutil

    from giftdesk_ui_support import LedgerServer, free_port

    server_db = tmp_path / "server" / LEDGER_FILE
    server_db.parent.mkdir()
    shutil.copy(data_dir / LEDGER_FILE, server_db)
    server = LedgerServer(f"sqlite:///{server_db}", free_port()).start()
    try:
        counter = make_counter(ledger_url=server.url, directory=tmp_path / "till")
        w = counter.window
        form = w.card_actions.form
        counter.sign_in()
        code = demo["not sold yet"]
        counter.scan(code)
        open_action(counter, "sell")
        send(counter, value="20")
        assert form.result.text() == "Sold. The card is active."
        done(counter)
        counter.enter()
        counter.type("7.50")
        counter.enter()
        counter.enter()
        counter.wait(lambda: w.current is w.result)
        assert w.result.balance.text() == "New balance $12.50"
        assert journal(server_db, code) == [("sell", 2000, 2000), ("redeem", -750, 1250)]
    finally:
        server.stop()


def test_the_new_words_in_german_with_plurals(qapp: object) -> None:
    from datetime import UTC, datetime, timedelta

    from app.protocol.models import CardOut
    from app.ui import messages
    from app.ui.flow.card_ops import OPERATIONS, expiry_warning

    now = datetime(2026, 12, 6, 12, tzinfo=UTC)
    card = CardOut(code="123456789012", token="t", qr_payload="q", program_id=1,
                   kind="monetary", status="active", currency="EUR", balance=100,
                   initial_value=100, item_label=None, valid_from=None,
                   valid_until=now + timedelta(days=3), sender=None, recipient=None,
                   message=None, training=False)
    with in_language("de"):
        assert expiry_warning(card, now) == "Läuft in 3 Tagen ab"
        one_day = card.model_copy(update={"valid_until": now + timedelta(days=1)})
        assert expiry_warning(one_day, now) == "Läuft in 1 Tag ab"
        assert OPERATIONS["transfer"].title == "Guthaben übertragen"
        from app.ui.flow.card_ops import Receipt
        from app.ui.receipt import action_receipt_html

        copy = action_receipt_html(Receipt("Karte verkaufen", (), now,
                                           secrets=(("Karten-PIN", "4821"),)), copy=True)
        assert "Karte verkaufen — KOPIE" in copy
        assert "(nicht auf Kopien)" in copy
        assert "4821" not in copy
        assert "Vielen Dank" in copy
        assert messages.sentence("already_spent") == (
            "Ein Teil dieses Werts ist schon ausgegeben, daher kann er nicht zurückgenommen "
            "werden.")
    assert expiry_warning(card, now) == "Expires in 3 days"


def test_a_cashier_opens_a_shift_redeems_and_closes_it_with_its_z_report(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    w = counter.window
    counter.sign_in()
    counter.key(Qt.Key.Key_F8)
    books = w.card_actions.books_screen
    counter.wait(lambda: books.shift_state.text() == "No shift is open at this till.")
    assert not books.shift_button.isEnabled()
    assert not books.close_shift_button.isEnabled()
    counter.key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: books.shift_state.text().startswith("Shift "))
    shift_id = w.card_actions.books.shift.id  # type: ignore[union-attr]
    assert books.shift_state.text().endswith(" by cashier.")
    assert not books.open_shift_button.isEnabled()
    counter.key(Qt.Key.Key_Escape)
    counter.wait(lambda: w.current is w.scan)
    counter.scan(demo["active, $50.00"])
    counter.enter()
    counter.type("4")
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)

    counter.key(Qt.Key.Key_F8)
    counter.wait(lambda: w.current is books and books.shift_button.isEnabled())
    # History's "This shift" is the same shift as the Z report's, and says so.
    counter.key(Qt.Key.Key_F6)
    counter.wait(lambda: w.current is w.history_screen)
    counter.wait(lambda: w.history_screen.shift.rowCount() == 1)
    counter.wait(lambda: f", shift {shift_id} open since " in w.history_screen.totals.text())
    assert "1 redemption -$4.00" in w.history_screen.totals.text()
    counter.key(Qt.Key.Key_F8)
    counter.wait(lambda: w.current is books and books.shift_button.isEnabled())
    counter.key(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: books.table_shown is not None)
    assert books.heading.text().startswith(f"Z report of shift {shift_id} — STORE-1 / TILL-1, ")
    assert cells(books) == [["Redeemed", "1", "$4.00"]]
    assert books.note.text() == "Training rows left out: 0."
    counter.key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: books.shift_state.text() == "No shift is open at this till.")
    counter.wait(lambda: books.table_shown is not None and not books.busy)
    assert books.heading.text().startswith(f"Z report of shift {shift_id} — ")
    assert cells(books) == [["Redeemed", "1", "$4.00"]]
    assert not books.shift_button.isEnabled()
    assert books.open_shift_button.isEnabled()
    pdf = w.card_actions.save_report_pdf()
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")
    report = w.card_actions._report()
    assert report is not None
    assert "Training rows left out: 0." in report[1]


def test_no_shift_in_training_mode_and_the_screen_says_why(make_counter: Any) -> None:
    counter = make_counter(training=True)
    w = counter.window
    counter.sign_in()
    counter.key(Qt.Key.Key_F8)
    books = w.card_actions.books_screen
    counter.wait(lambda: w.current is books)
    assert books.shift_state.text() == (
        "Training mode: shifts are opened and closed outside training.")
    assert not books.open_shift_button.isEnabled()
    assert not books.close_shift_button.isEnabled()
    assert not books.shift_button.isEnabled()


def cells(books: Any) -> list[list[str]]:
    table = books.table
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(3)]
            for r in range(table.rowCount())]


def test_a_manager_exports_the_day_journal_and_sees_the_day(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    w = counter.window
    counter.sign_in("manager", "9999")
    counter.scan(demo["active, $50.00"])
    counter.enter()
    counter.type("4")
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    counter.key(Qt.Key.Key_F8)
    books = w.card_actions.books_screen
    counter.wait(lambda: w.current is books)
    counter.key(Qt.Key.Key_F4)
    counter.wait(lambda: books.table_shown is not None)
    assert ["Redeemed", "1", "$4.00"] in cells(books)
    counter.key(Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: books.message.text().startswith("Saved: "))
    path = Path(books.message.text().removeprefix("Saved: "))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert path.parent == data_dir / "reports"
    assert any(",redeem," in line and "-400" in line for line in lines[1:]), lines


def test_sell_a_typed_code_in_the_currency_of_its_program(counter: Counter,
                                                          data_dir: Path) -> None:
    _, (code,) = make_program(data_dir, name="Yen Card", default_value=5000, currency="JPY")
    w = counter.window
    form = w.card_actions.form
    counter.sign_in()
    counter.key(Qt.Key.Key_F3)
    counter.wait(lambda: w.current is form)
    counter.type(code)
    send(counter, value="3.5")  # yen have no decimals
    assert form.message_label.text() == (
        "That amount has too many digits after the decimal mark.")
    send(counter, value="3000")
    assert form.result.text() == "Sold. The card is active."
    assert "Balance now: ¥3,000" in form.details.text()
    assert journal(data_dir / LEDGER_FILE, code)[-1] == ("sell", 3000, 3000)


def test_only_reloadable_cards_offer_a_load_and_reprint_needs_a_receipt(
        counter: Counter, demo: dict[str, str]) -> None:
    w = counter.window
    counter.sign_in()
    counter.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.ShiftModifier)
    assert w.statusBar().currentMessage() == "No receipt to print yet."
    counter.scan(demo["active promo, STORE-1 only, 30 days"])
    counter.key(Qt.Key.Key_F3)
    menu = w.card_actions.menu
    counter.wait(lambda: w.current is menu and bool(w.card_actions.ops.programs))
    counter.wait(lambda: "load" not in [op.name for op in menu.operations])
    assert menu.button_for("refund") is not None
    counter.key(Qt.Key.Key_Escape)
    counter.wait(lambda: w.current is w.card)
