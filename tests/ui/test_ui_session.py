"""Start, sign-in, remembered sessions and the keyring notice."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from giftdesk_ui_support import Counter
from keyring.backends import fail
from PySide6.QtCore import Qt

from app.ui.settings import AppSettings


def test_window_is_up_before_the_ledger(make_counter: Callable[..., Counter]) -> None:
    counter = make_counter()
    w = counter.window
    # The sign-in form takes input at once; the ledger starts behind it.
    assert w.isVisible()
    counter.wait(lambda: counter.focused() is w.sign_in.operator, timeout=1000)
    assert not w.ledger_ready
    assert w.sign_in.busy_indicator.words == "Starting the ledger…"
    counter.type("cashier")
    counter.enter()
    counter.type("1111")
    counter.enter()  # queued until the ledger is ready, then signed in
    counter.wait(lambda: w.current is w.scan)
    assert w.session is not None
    assert w.session.operator == "cashier"


def test_wrong_pin_says_so_plainly(counter: Counter) -> None:
    w = counter.window
    counter.wait(lambda: w.ledger_ready)
    counter.type("cashier")
    counter.enter()
    counter.type("0000")
    counter.enter()
    counter.wait(lambda: w.sign_in.message.isVisible())
    assert w.sign_in.message.text() == "Wrong operator or PIN. Check them and try again."
    assert w.current is w.sign_in
    assert counter.focused() is w.sign_in.pin
    assert w.sign_in.pin.text() == ""
    counter.type("1111")
    counter.enter()
    counter.wait(lambda: w.current is w.scan)


def test_cashier_of_another_store_is_refused(counter: Counter) -> None:
    w = counter.window
    counter.wait(lambda: w.ledger_ready)
    w.sign_in.location.setText("STORE-2")
    counter.type("cashier")
    counter.enter()
    counter.type("1111")
    counter.enter()
    counter.wait(lambda: w.sign_in.message.isVisible())
    assert w.sign_in.message.text().startswith("This operator may not work at this location.")


def test_sign_in_is_remembered(make_counter: Callable[..., Counter], data_dir: Path) -> None:
    first = make_counter()
    first.sign_in("manager", "9999")
    settings = AppSettings(data_dir)
    assert (settings.operator, settings.location, settings.terminal) == (
        "manager", "STORE-1", "TILL-1")
    first.window.close()

    second = make_counter()  # same data dir, token in the keyring: no sign-in needed
    w = second.window
    second.wait(lambda: w.current is w.scan)
    assert w.session is not None
    assert w.session.role == "manager"
    assert second.focused() is w.scan.code

    second.key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # sign out
    assert w.current is w.sign_in
    assert w.sign_in.operator.text() == "manager"
    assert second.focused() is w.sign_in.pin


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_the_app_says_it_will_ask_again(
        no_keyring: None, counter: Counter, data_dir: Path) -> None:
    w = counter.window
    counter.wait(lambda: w.ledger_ready)
    assert w.sign_in.notice.isVisible()
    assert "ask you to sign in again next time" in w.sign_in.notice.text()
    counter.sign_in()
    assert w.notice_banner.isVisible()
    assert "Nothing is saved in plain text" in w.notice_banner.text
    for path in data_dir.rglob("*"):
        if path.is_file() and path.suffix in (".ini", ".log", ".txt", ".json"):
            text = path.read_text(errors="replace")
            assert w.session is not None
            assert w.session.token not in text
