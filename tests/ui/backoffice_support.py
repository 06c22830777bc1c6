"""Helpers of the set-up and back-office tests: type the set-up, press a tab's buttons."""

from __future__ import annotations

from giftdesk_ui_support import Counter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from app.ui.setup.screen import SetupScreen


def fill_setup(counter: Counter, *, pin_again: str = "2468") -> SetupScreen:
    """Type the set-up form by keyboard, field after field (Tab), and press Enter."""
    w = counter.window
    counter.wait(lambda: w.current is w.setup_gate.screen)
    screen = w.setup_gate.setup
    assert counter.focused() is screen.merchant
    for text in ("Rosa's Books",):
        counter.type(text)
    screen.currency.setCurrentText("EUR")
    screen.location.setFocus()
    counter.type("main")
    counter.key(Qt.Key.Key_Tab)
    counter.type("High Street")
    counter.key(Qt.Key.Key_Tab)
    counter.type("rosa")
    counter.key(Qt.Key.Key_Tab)
    counter.type("2468")
    counter.key(Qt.Key.Key_Tab)
    counter.type(pin_again)
    counter.enter()
    return screen


def click(counter: Counter, widget: QAbstractButton) -> None:
    """Press a button once the back office has no call running (its tabs are greyed then)."""
    idle(counter)
    assert widget.isVisible(), f"{widget.objectName()} is not on screen"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    counter.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def idle(counter: Counter) -> None:
    """Until the back office has no call running."""
    office = counter.window.back_office.office
    counter.wait(lambda: not office.busy)
