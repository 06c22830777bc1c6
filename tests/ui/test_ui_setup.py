"""First run: a new data dir (or an empty remote ledger) asks for a set-up; demo data only on
request; the sign-in screen shows demo PINs and cards only on a demo ledger."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from backoffice_support import fill_setup
from giftdesk_ui_support import Counter, LedgerServer, free_port
from PySide6.QtCore import Qt


def test_first_run_sets_up_a_real_ledger_and_signs_the_admin_in(
        make_counter: Callable[..., Counter], tmp_path: Path) -> None:
    counter = make_counter(directory=tmp_path / "new")
    w = counter.window
    screen = fill_setup(counter, pin_again="2460")
    assert screen.message.text() == "The two PINs are not the same. Type the PIN again."
    assert counter.focused() is screen.pin_again
    assert not screen.pin_again.text()
    counter.type("2468")
    counter.enter()
    counter.wait(lambda: w.current is w.scan)
    assert w.session is not None
    assert (w.session.operator, w.session.role, w.session.location) == ("rosa", "admin", "MAIN")
    assert w.session.merchant == "Rosa's Books"
    assert w.backend.info is not None
    assert not w.backend.info.demo
    w.sign_out()
    counter.wait(lambda: w.current is w.sign_in)
    assert not w.sign_in.demo_hint.isVisible()


def test_demo_data_is_an_explicit_choice(make_counter: Callable[..., Counter],
                                         tmp_path: Path) -> None:
    counter = make_counter(directory=tmp_path / "new")
    w = counter.window
    counter.wait(lambda: w.current is w.setup_gate.screen)
    screen = w.setup_gate.setup
    assert screen.demo_button.isVisible()
    counter.qtbot.mouseClick(screen.demo_button, Qt.MouseButton.LeftButton)
    counter.wait(lambda: w.current is w.sign_in and w.ledger_ready
                 and w.sign_in.demo_hint.isVisible())
    hint = w.sign_in.demo_hint.text()
    assert "cashier / 1111" in hint
    assert "expired" in hint
    assert "active, $50.00" in hint
    counter.sign_in("cashier", "1111")
    assert w.session is not None
    assert w.session.merchant == "Demo Coffee"


@pytest.fixture
def empty_remote(tmp_path: Path) -> Iterator[LedgerServer]:
    from app.ledger.db import make_engine
    from app.ledger.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'remote.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    server = LedgerServer(url, free_port()).start()
    yield server
    server.stop()


def test_an_empty_remote_ledger_is_set_up_from_the_app(
        make_counter: Callable[..., Counter], empty_remote: LedgerServer,
        tmp_path: Path) -> None:
    counter = make_counter(ledger_url=empty_remote.url, directory=tmp_path / "client")
    w = counter.window
    counter.wait(lambda: w.current is w.setup_gate.screen)
    assert not w.setup_gate.setup.demo_button.isVisible()  # never demo data on a server
    fill_setup(counter)
    counter.wait(lambda: w.current is w.scan)
    assert w.session is not None
    assert w.session.operator == "rosa"


def test_the_demo_ledger_says_how_to_sign_in(counter: Counter) -> None:
    w = counter.window
    counter.wait(lambda: w.ledger_ready)
    assert w.current is w.sign_in
    info = w.backend.info
    assert info is not None
    assert info.set_up
    assert info.demo
    assert w.sign_in.demo_hint.isVisible()
    assert "manager / 9999" in w.sign_in.demo_hint.text()
