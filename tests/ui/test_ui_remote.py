"""A remote ledger over a real socket: unreachable, and stopped in the middle of a redemption."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from giftdesk_ui_support import (
    Counter,
    LedgerServer,
    LoseRedemptionAnswer,
    free_port,
    grouped,
    journal,
)

from app.embedded import LEDGER_FILE, EmbeddedLedger


@pytest.fixture
def server_db(tmp_path: Path, template_ledger: EmbeddedLedger) -> Path:
    target = tmp_path / "server" / LEDGER_FILE
    target.parent.mkdir()
    shutil.copy(template_ledger.path, target)
    return target


@pytest.fixture
def servers() -> Iterator[list[LedgerServer]]:
    running: list[LedgerServer] = []
    yield running
    for server in running:
        server.stop()


def serve(servers: list[LedgerServer], db: Path, port: int,
          wrapper: LoseRedemptionAnswer | None = None) -> LedgerServer:
    server = LedgerServer(f"sqlite:///{db}", port, wrapper).start()
    servers.append(server)
    return server


def test_unreachable_ledger_shows_a_banner_and_keeps_the_input(
        make_counter: Callable[..., Counter], demo: dict[str, str], server_db: Path,
        servers: list[LedgerServer]) -> None:
    port = free_port()
    server = serve(servers, server_db, port)
    counter = make_counter(ledger_url=server.url)
    w = counter.window
    counter.sign_in()
    assert w.ledger_label.text() == f"Remote ledger {server.url}"
    # At 1024 wide the shortcut hints show whole; the address gives way (whole as tooltip).
    bar = w.statusBar()
    counter.wait(lambda: w.hints.isVisible()  # and laid out again (the ledger gave way)
                 and w.hints.width() >= w.hints.sizeHint().width())
    for part in (w.who, w.hints):
        assert part.width() >= part.sizeHint().width(), part.objectName()
        assert bar.rect().contains(part.geometry()), part.objectName()
    assert bar.rect().contains(w.ledger_label.geometry())
    assert w.ledger_label.toolTip() == f"Remote ledger {server.url}"
    server.stop()

    code = demo["active, $50.00"]
    counter.type(code)
    counter.enter()
    counter.wait(lambda: w.connection_banner.isVisible())
    assert "The ledger cannot be reached" in w.connection_banner.text
    counter.wait(lambda: not w.cards.busy)
    assert w.current is w.scan
    assert w.scan.code.text() == grouped(code)  # kept, grouped as on the card
    assert "cannot be reached" in w.scan.feedback.text()

    serve(servers, server_db, port)
    counter.wait(lambda: not w.connection_banner.isVisible())  # probed until back
    counter.enter()
    counter.wait(lambda: w.current is w.card)
    assert w.card.value.text() == "Balance $50.00"


def test_ledger_stopped_mid_redemption_is_resolved_exactly_once(
        make_counter: Callable[..., Counter], demo: dict[str, str], server_db: Path,
        servers: list[LedgerServer]) -> None:
    port = free_port()
    lose = LoseRedemptionAnswer(None)
    server = serve(servers, server_db, port, lose)
    counter = make_counter(ledger_url=server.url)
    w = counter.window
    code = demo["active, $50.00"]
    counter.sign_in()
    counter.scan(code)
    counter.enter()
    counter.type("15")
    counter.enter()
    assert w.current is w.confirm

    lose.armed = True
    counter.enter()  # confirm: the ledger redeems, then dies before answering
    counter.wait(lose.committed.is_set)
    server.stop()
    assert journal(server_db, code)[-1] == ("redeem", -1500, 3500)

    # The app cannot know yet: it says so, offers nothing else, and keeps asking.
    counter.wait(lambda: w.confirm.locked)
    assert w.current is w.confirm
    assert "Checking whether it went through" in w.confirm.message.text()
    assert w.connection_banner.isVisible()
    assert not w.confirm.confirm_button.isVisible()
    assert not w.confirm.cancel_pending_button.isVisible()  # it reached the ledger
    from PySide6.QtCore import Qt

    counter.key(Qt.Key.Key_F2)
    counter.key(Qt.Key.Key_Escape)
    assert w.current is w.confirm  # nothing else is offered

    serve(servers, server_db, port)  # the ledger is back
    counter.wait(lambda: w.current is w.result)
    assert w.result.headline.text() == "Redeemed $15.00"
    assert w.result.balance.text() == "New balance $35.00"
    assert "confirms this redemption went through, once" in w.result.note.text()
    assert not w.connection_banner.isVisible()
    redemptions = [row for row in journal(server_db, code) if row[0] == "redeem"]
    assert redemptions == [("redeem", -1500, 3500)]  # exactly once
    client = w.backend.client
    assert client is not None
    counter.wait(lambda: True)
    assert w.result.field_text("transaction").isdigit()


def test_redemption_that_never_reached_the_ledger_can_be_cancelled(
        make_counter: Callable[..., Counter], demo: dict[str, str], server_db: Path,
        servers: list[LedgerServer], qt_loop: asyncio.AbstractEventLoop) -> None:
    from PySide6.QtCore import Qt

    port = free_port()
    server = serve(servers, server_db, port)
    counter = make_counter(ledger_url=server.url)
    w = counter.window
    code = demo["active, $25.50"]
    counter.sign_in()
    counter.scan(code)
    counter.enter()
    counter.type("5")
    counter.enter()
    server.stop()  # gone before the redemption is sent: it cannot reach the ledger
    # A failed health check first, so that no kept-alive connection makes the client think
    # the request might have got through (it then, rightly, offers no cancel).
    probe = qt_loop.create_task(w.backend.check_now())
    counter.wait(probe.done)
    assert probe.result() is False
    counter.enter()
    counter.wait(lambda: w.confirm.locked)
    counter.wait(lambda: w.confirm.cancel_pending_button.isVisible())
    counter.enter()  # Enter never cancels by accident
    assert w.confirm.locked
    counter.key(Qt.Key.Key_Escape)
    counter.wait(lambda: w.current is w.redeem)
    assert w.redeem.message.text().startswith("Redemption cancelled")
    client = w.backend.client
    assert client is not None

    serve(servers, server_db, port)
    counter.wait(lambda: not w.connection_banner.isVisible())
    assert [row for row in journal(server_db, code) if row[0] == "redeem"] == []
    counter.enter()  # the form is still filled in: try again, now it goes through
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    assert w.result.balance.text() == "New balance $20.50"
    assert [row for row in journal(server_db, code) if row[0] == "redeem"] == [
        ("redeem", -500, 2050)]


def test_switch_to_a_remote_ledger_in_settings(
        make_counter: Callable[..., Counter], server_db: Path,
        servers: list[LedgerServer]) -> None:
    from PySide6.QtCore import Qt

    server = serve(servers, server_db, free_port())
    counter = make_counter()
    w = counter.window
    counter.sign_in("manager", "9999")  # where money goes: a manager's to change
    assert w.ledger_label.text() == "Embedded ledger"
    counter.key(Qt.Key.Key_F9)
    w.settings_screen.remote.setChecked(True)
    w.settings_screen.url.setFocus()
    counter.type(server.url)
    counter.key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    counter.wait(lambda: w.settings_screen.test_result.text().startswith("Connected."))
    counter.enter()  # Enter in a field saves
    counter.wait(lambda: w.current is w.sign_in and w.ledger_ready)
    assert w.ledger_label.text() == f"Remote ledger {server.url}"
    counter.sign_in("manager", "9999")


def test_redemption_interrupted_by_a_closed_app_is_resolved_at_the_next_start(
        make_counter: Callable[..., Counter], demo: dict[str, str], server_db: Path,
        servers: list[LedgerServer], qt_loop: asyncio.AbstractEventLoop) -> None:
    """The till is switched off while the answer is missing: at the next start the outbox
    entry is resolved before anything else is offered."""
    port = free_port()
    lose = LoseRedemptionAnswer(None)
    server = serve(servers, server_db, port, lose)
    first = make_counter(ledger_url=server.url)
    w = first.window
    code = demo["active, 5 × Coffee"]
    first.sign_in()
    first.scan(code)
    first.enter()
    first.type("2")
    first.enter()
    lose.armed = True
    first.enter()
    first.wait(lose.committed.is_set)
    server.stop()
    first.wait(lambda: w.confirm.locked)
    w.close()  # switched off, outcome unknown: everything of this run stops
    off = qt_loop.create_task(w.shutdown())
    first.wait(off.done)

    serve(servers, server_db, port)
    second = make_counter(ledger_url=server.url)  # same data dir: same outbox, same keyring
    w2 = second.window
    second.wait(lambda: w2.current is w2.result)  # session restored, entry resolved
    second.wait(lambda: w2.result.headline.text() == "Redeemed 2 × Coffee")
    assert "interrupted earlier" in w2.result.note.text()
    assert [row for row in journal(server_db, code) if row[0] == "redeem"] == [
        ("redeem", -2, 3)]
    second.enter()
    assert w2.current is w2.scan
