"""Settings that change where money goes, saved while nobody is signed in: a manager's or an
admin's name and PIN, checked by the real ledger; the address of a dead ledger alone may
change without one."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from giftdesk_ui_support import Counter, LedgerServer, free_port
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.embedded import LEDGER_FILE, EmbeddedLedger
from app.ui.screens.override_dialog import ManagerOverrideDialog
from app.ui.settings import AppSettings


def approval_dialog(old: ManagerOverrideDialog | None = None) -> ManagerOverrideDialog | None:
    for widget in QApplication.topLevelWidgets():
        if (isinstance(widget, ManagerOverrideDialog) and widget.isVisible()
                and widget is not old):
            return widget
    return None


def sign_in_guesses(data_dir: Path, operator: str) -> int:
    """Refused sign-ins of `operator` the ledger counted (its audit log)."""
    with contextlib.closing(sqlite3.connect(data_dir / LEDGER_FILE)) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_log WHERE action = 'sign_in' "
                                "AND operator = ?", (operator,)).fetchone()[0])


def open_settings_signed_out(counter: Counter) -> None:
    w = counter.window
    counter.wait(lambda: w.ledger_ready)
    counter.key(Qt.Key.Key_F9)
    counter.wait(lambda: w.current is w.settings_screen)


def approve(counter: Counter, name: str, pin: str,
            old: ManagerOverrideDialog | None = None) -> ManagerOverrideDialog:
    """Type `name` and `pin` into the approval dialog once it shows (a new one after `old`)."""
    counter.wait(lambda: approval_dialog(old) is not None)
    dialog = approval_dialog(old)
    assert dialog is not None
    dialog.activateWindow()
    counter.wait(lambda: counter.focused() in (dialog.operator, dialog.pin))
    if dialog.operator.text() != name:
        dialog.operator.setFocus()
        dialog.operator.clear()
        counter.type(name)
        counter.enter()
    assert counter.focused() is dialog.pin
    counter.type(pin)
    counter.enter()
    return dialog


def test_nobody_signed_in_changes_the_store_only_with_a_managers_pin(
        counter: Counter, data_dir: Path) -> None:
    w = counter.window
    screen = w.settings_screen
    open_settings_signed_out(counter)
    assert screen.location.isEnabled()  # seen and typed, but saved only once approved
    assert screen.money_note.isVisible()
    assert "manager's or an admin's name and PIN" in screen.money_note.text()
    screen.location.setFocus()
    screen.location.setText("STORE-2")
    counter.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    guesses = sign_in_guesses(data_dir, "manager")
    first = approve(counter, "manager", "1234")  # a wrong PIN: refused, nothing changed
    counter.wait(lambda: approval_dialog(first) is not None)
    dialog = approval_dialog(first)
    assert dialog is not None
    explain = dialog.findChild(QLabel, "overrideExplain")
    assert explain is not None
    assert explain.text().endswith("location STORE-1 → STORE-2.")
    assert dialog.message.text() == "Wrong operator or PIN. Check them and try again."
    assert dialog.operator.text() == "manager"  # the name stays, the PIN is asked again
    assert sign_in_guesses(data_dir, "manager") == guesses + 1  # a guess like any sign-in
    assert AppSettings(data_dir).location == "STORE-1"
    assert w.current is w.settings_screen

    approve(counter, "cashier", "1111", old=first)  # a cashier's right PIN approves nothing
    counter.wait(lambda: (d := approval_dialog(dialog)) is not None
                 and d.message.text() != "")
    refused = approval_dialog(dialog)
    assert refused is not None
    assert refused.message.text() == ("cashier is a cashier: only a manager or an admin can "
                                      "approve this.")
    assert AppSettings(data_dir).location == "STORE-1"

    approve(counter, "manager", "9999", old=dialog)
    counter.wait(lambda: approval_dialog() is None)
    counter.wait(lambda: w.current is w.sign_in)
    assert AppSettings(data_dir).location == "STORE-2"
    assert w.sign_in.location.text() == "STORE-2"
    assert w.session is None  # the approval signed in and straight out again
    assert w.backend.client is not None
    assert w.backend.client.session is None


def test_cancelling_the_approval_saves_nothing(counter: Counter, data_dir: Path) -> None:
    w = counter.window
    screen = w.settings_screen
    open_settings_signed_out(counter)
    screen.training.setChecked(True)
    screen.save_button.click()
    counter.wait(lambda: approval_dialog() is not None)
    dialog = approval_dialog()
    assert dialog is not None
    dialog.reject()
    counter.wait(lambda: screen.message.text().startswith("Not saved"))
    assert not AppSettings(data_dir).training
    assert not w.training_banner.isVisible()


def test_the_address_of_an_unreachable_ledger_changes_without_approval(
        make_counter: Callable[..., Counter], tmp_path: Path,
        template_ledger: EmbeddedLedger) -> None:
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    counter = make_counter(ledger_url=dead, directory=tmp_path / "till")
    w = counter.window
    screen = w.settings_screen
    open_settings_signed_out(counter)
    counter.wait(lambda: "cannot be reached" in screen.money_note.text())

    screen.location.setText("STORE-2")  # anything else still needs a PIN nobody can check
    screen.save_button.click()
    counter.wait(lambda: screen.message.text().startswith("Not saved: the ledger cannot be "
                                                          "reached"))
    assert approval_dialog() is None
    assert AppSettings(tmp_path / "till").location == "STORE-1"

    db = tmp_path / "server" / LEDGER_FILE
    db.parent.mkdir()
    shutil.copy(template_ledger.path, db)
    server = LedgerServer(f"sqlite:///{db}", free_port()).start()
    try:
        screen.location.setText("STORE-1")
        screen.url.setText(server.url)
        screen.save_button.click()
        counter.wait(lambda: w.current is w.sign_in and w.ledger_ready
                     and w.ledger_label.text() == f"Remote ledger {server.url}")
        assert approval_dialog() is None
        assert AppSettings(tmp_path / "till").ledger_url == server.url
        counter.sign_in()  # the till works again
    finally:
        server.stop()
