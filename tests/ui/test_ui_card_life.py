"""The card's whole life through the real app on the real embedded ledger: sell, activate,
load, redeem, refund, cancel, lock, unlock, adjust, transfer, close; receipts; the books."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from giftdesk_ui_support import Counter, journal
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
        program = ledger.create_program(ADMIN, ProgramSpec(currency="USD", **spec))
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
