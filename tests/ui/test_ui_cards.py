"""Cards that cannot be used, an item card, and a balance that is not enough."""

from __future__ import annotations

from pathlib import Path

import pytest
from giftdesk_ui_support import Counter, journal
from PySide6.QtCore import Qt

from app.domain.model import Actor, Role
from app.embedded import LEDGER_FILE
from app.ledger.db import make_engine
from app.ledger.engine import Ledger


@pytest.mark.parametrize(("description", "status", "why"), [
    ("expired", "Expired", "This card has expired."),
    ("locked by a manager", "Locked", "This card is locked."),
    ("not sold yet", "Not sold yet", "This card has not been sold or activated yet."),
])
def test_unusable_card_says_why_and_offers_no_redemption(
        counter: Counter, demo: dict[str, str], description: str, status: str,
        why: str) -> None:
    w = counter.window
    counter.sign_in()
    counter.scan(demo[description])
    assert w.current is w.card
    assert w.card.badge.words == status
    assert w.card.reason.text().startswith(why)
    assert not w.card.redeem_button.isVisible()
    assert not w.card.can_redeem
    counter.key(Qt.Key.Key_F4)  # the redeem shortcut does nothing here
    assert w.current is w.card
    counter.enter()  # Enter on a card that cannot be used: on to the next card
    assert w.current is w.scan
    assert counter.focused() is w.scan.code


def test_item_card_prefills_what_it_allows_and_redeems_one_item(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    w = counter.window
    code = demo["active, 5 × Coffee"]
    counter.sign_in()
    counter.scan(code)
    assert w.card.value.text() == "5 × Coffee left"
    assert w.card.field_text("kind") == "Items (Coffee)"
    counter.enter()
    # Prefilled with what the card allows, as money cards are, selected to type over.
    assert w.redeem.amount.text() == "5"
    assert w.redeem.amount.selectedText() == "5"
    counter.type("1")
    counter.enter()
    assert "1 × Coffee" in w.confirm.question.text()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    assert w.result.headline.text() == "Redeemed 1 × Coffee"
    assert w.result.balance.text() == "New balance 4 × Coffee"
    assert journal(data_dir / LEDGER_FILE, code)[-1] == ("redeem", -1, 4)


def test_amount_above_eligible_is_refused_before_sending(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    w = counter.window
    code = demo["active, $25.50"]
    counter.sign_in()
    counter.scan(code)
    counter.enter()
    counter.type("30")
    counter.enter()
    assert w.current is w.redeem  # never above what is eligible
    assert "At most $25.50" in w.redeem.message.text()
    assert counter.focused() is w.redeem.amount
    assert journal(data_dir / LEDGER_FILE, code)[-1][0] != "redeem"


def test_too_many_decimals_are_refused_with_a_sentence(
        counter: Counter, demo: dict[str, str], data_dir: Path) -> None:
    """1.999 is not quietly taken as 1.99: the field keeps what was typed and says why."""
    w = counter.window
    code = demo["active, $25.50"]
    counter.sign_in()
    counter.scan(code)
    counter.enter()
    counter.type("1.999")
    assert w.redeem.amount.text() == "1.999"
    sentence = "That amount has too many digits after the decimal mark."
    assert w.redeem.message.text() == sentence  # said while typing
    counter.enter()
    assert w.current is w.redeem
    assert w.redeem.message.text() == sentence
    assert counter.focused() is w.redeem.amount
    assert journal(data_dir / LEDGER_FILE, code)[-1][0] != "redeem"


def test_insufficient_balance_from_the_ledger(counter: Counter, demo: dict[str, str],
                                              data_dir: Path) -> None:
    """Another till spends the card between the check and the redemption."""
    w = counter.window
    code = demo["active, $25.50"]
    counter.sign_in()
    counter.scan(code)
    counter.enter()
    counter.type("25.50")
    counter.enter()
    assert w.current is w.confirm

    engine = make_engine(f"sqlite:///{data_dir / LEDGER_FILE}")
    try:
        other_till = Actor("manager", Role.MANAGER, "STORE-1", "TILL-9")
        Ledger(engine).redeem(other_till, code, 2000)
    finally:
        engine.dispose()

    counter.enter()
    counter.wait(lambda: w.current is w.redeem)
    assert w.redeem.message.text() == "Not enough on the card. Lower the amount."
    assert w.redeem.amount.text() == "25.50"  # the cashier's input is kept
    assert [row for row in journal(data_dir / LEDGER_FILE, code) if row[0] == "redeem"] == [
        ("redeem", -2000, 550)]


def test_card_with_a_pin_and_a_required_reporting_code(
        counter: Counter, data_dir: Path) -> None:
    """A program that asks for the card's PIN and a reporting code; sender, message shown."""
    from app.domain.model import Kind
    from app.ledger.demo import ADMIN
    from app.ledger.results import ProgramSpec

    engine = make_engine(f"sqlite:///{data_dir / LEDGER_FILE}")
    try:
        ledger = Ledger(engine)
        program = ledger.create_program(ADMIN, ProgramSpec(
            name="Staff Card", kind=Kind.MONETARY, currency="USD", default_value=3000,
            pin_required=True, reporting_code_required=True))
        (card,) = ledger.generate_cards(ADMIN, program.id, 1, pending=True)
        ledger.sell(ADMIN, card.code, sender="Ana", recipient="Ben",
                    message="Happy birthday!", pin="4321")
    finally:
        engine.dispose()

    w = counter.window
    counter.sign_in()
    counter.type(card.code)
    counter.enter()
    counter.wait(lambda: w.scan.pin_row.isVisible())
    assert counter.focused() is w.scan.card_pin
    assert "needs its PIN" in w.scan.feedback.text()
    counter.type("1111")  # wrong
    counter.enter()
    counter.wait(lambda: "Wrong card PIN" in w.scan.feedback.text())
    assert counter.focused() is w.scan.card_pin
    assert w.scan.card_pin.text() == ""
    counter.type("4321")
    counter.enter()
    counter.wait(lambda: w.current is w.card)
    assert w.card.value.text() == "Balance $30.00"
    assert w.card.field_text("sender") == "Ana"
    assert w.card.field_text("recipient") == "Ben"
    assert w.card.field_text("message") == "Happy birthday!"
    assert "Reporting code required" in w.card.field_text("restrictions")

    counter.enter()
    assert w.redeem.reporting_label.text() == "Reporting &code (required)"
    counter.type("7")
    counter.enter()  # no reporting code: refused here, before sending
    assert w.current is w.redeem
    assert w.redeem.message.text() == "Enter the reporting code: this card needs one."
    assert counter.focused() is w.redeem.reporting_code
    counter.type("STAFF-7")
    counter.enter()
    assert w.current is w.confirm
    assert "Reporting code: STAFF-7" in w.confirm.details.text()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    assert w.result.balance.text() == "New balance $23.00"
    assert "Reporting code: STAFF-7" in w.result.field_text("details")
    assert journal(data_dir / LEDGER_FILE, card.code)[-1] == ("redeem", -700, 2300)
