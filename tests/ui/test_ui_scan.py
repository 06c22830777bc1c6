"""The code field: the Luhn check before any request, QR payloads, pasted text, wedges."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from giftdesk_ui_support import Counter, audit_rows, grouped, journal
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.domain.codes import luhn_check_digit
from app.embedded import LEDGER_FILE
from app.ui.widgets.code_entry import CodeState, check_code_text


def spy_client(counter: Counter, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every card the client is asked to validate."""
    client = counter.window.backend.client
    assert client is not None
    calls: list[str] = []
    original = client.validate

    async def validate(card: str, **kw: Any) -> Any:
        calls.append(card)
        return await original(card, **kw)

    monkeypatch.setattr(client, "validate", validate)
    return calls


def mistype(code: str) -> str:
    wrong = str((int(code[-1]) + 3) % 10)
    assert luhn_check_digit(code[:-1]) != wrong
    return code[:-1] + wrong


def test_mistyped_code_is_caught_before_any_request(
        counter: Counter, demo: dict[str, str], data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w = counter.window
    code = demo["active, $50.00"]
    counter.sign_in()
    calls = spy_client(counter, monkeypatch)
    audited = audit_rows(data_dir)
    before = journal(data_dir / LEDGER_FILE, code)

    counter.type(mistype(code)[:11])
    assert w.scan.feedback.text() == "11 of 12 digits"
    counter.type(mistype(code)[11])
    assert w.scan.code.check.state is CodeState.BAD
    assert w.scan.feedback.text() == (
        "This code has a typo: the last digit does not match. Check the digits.")
    assert w.scan.code.property("state") == "bad"
    counter.enter()
    counter.key(Qt.Key.Key_Return)
    assert w.current is w.scan
    assert w.scan.code.text() == grouped(mistype(code))  # kept, to correct
    counter.window.repaint()

    assert calls == []
    assert audit_rows(data_dir) == audited  # the ledger heard nothing
    assert journal(data_dir / LEDGER_FILE, code) == before

    # Correcting the last digit works.
    counter.key(Qt.Key.Key_End)
    counter.key(Qt.Key.Key_Backspace)
    counter.type(code[-1])
    assert w.scan.code.check.state is CodeState.READY
    counter.enter()
    counter.wait(lambda: w.current is w.card)
    assert calls == [grouped(code)]


def test_short_code_says_how_many_digits(counter: Counter, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    w = counter.window
    counter.sign_in()
    calls = spy_client(counter, monkeypatch)
    counter.type("1234 5678")
    counter.enter()
    assert w.scan.feedback.text() == "A card code has 12 digits: 8 typed so far."
    assert calls == []


def test_qr_payload_from_a_keyboard_wedge_scanner(counter: Counter, demo: dict[str, str],
                                                  data_dir: Path) -> None:
    """A wedge scanner types the QR payload fast and ends with Enter."""
    import sqlite3

    w = counter.window
    code = demo["active, $50.00"]
    with sqlite3.connect(data_dir / LEDGER_FILE) as conn:
        (token,) = conn.execute("SELECT token FROM cards WHERE code = ?", (code,)).fetchone()
    counter.sign_in("manager", "9999")  # shown the card's QR code: a role that issues cards
    counter.type(f"GIFTDESK1:{token}")
    assert w.scan.feedback.text() == "QR code read. Press Enter."
    counter.enter()
    counter.wait(lambda: w.current is w.card)
    assert w.card.field_text("code") == f"{code[:4]} {code[4:8]} {code[8:]}"
    assert w.card.qr.payload == f"GIFTDESK1:{token}"

    # The next card's scan, while the card screen shows, starts a new card by itself.
    counter.type(code)
    assert w.current is w.scan
    assert w.scan.code.text() == grouped(code)
    counter.enter()
    counter.wait(lambda: w.current is w.card)


def test_pasted_text_keeps_the_first_line(counter: Counter, demo: dict[str, str]) -> None:
    w = counter.window
    code = demo["active, $25.50"]
    counter.sign_in()
    QGuiApplication.clipboard().setText(f"  {code[:6]}-{code[6:]}  \nsecond line\n")
    counter.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert w.scan.code.text() == f"{code[:6]}-{code[6:]}"
    counter.enter()
    counter.wait(lambda: w.current is w.card)
    assert w.card.value.text() == "Balance $25.50"


def test_unknown_code_is_answered_by_the_ledger(counter: Counter) -> None:
    w = counter.window
    counter.sign_in()
    body = "99999999999"
    counter.type(body + luhn_check_digit(body))
    counter.enter()
    counter.wait(lambda: "No card has this code" in w.scan.feedback.text())
    assert w.current is w.scan
    assert w.scan.code.selectedText() == grouped(body + luhn_check_digit(body))  # to rescan
    # The field's border agrees with the red sentence: no green "checks out" beside it.
    assert w.scan.code.property("state") == "bad"
    assert w.scan.feedback.property("role") == "error"
    counter.type("1")  # typing again: the local check speaks for the field once more
    assert w.scan.code.property("state") == ""


@pytest.mark.parametrize(("text", "state"), [
    ("", CodeState.EMPTY), ("1234", CodeState.TYPING), ("1234 5678 9012 3", CodeState.BAD),
    ("GIFTDESK1:short", CodeState.BAD), ("hello there", CodeState.BAD),
])
def test_local_check(text: str, state: CodeState) -> None:
    assert check_code_text(text).state is state
