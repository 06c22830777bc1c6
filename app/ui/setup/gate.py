"""Between "the ledger is ready" and sign-in: a new ledger is set up first, a demo one says
how to sign in to it.

The set-up sends `POST /v1/setup` and signs the new admin in; "Try with demo data" fills this
computer's new ledger (never a remote one) and reopens it. The demo card codes are kept in the
data dir, so the sign-in screen of a demo ledger can show them on every start.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.ui.presenters.base import Presenter, describe
from app.ui.setup.screen import SetupForm, SetupScreen

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
DEMO_CARDS_FILE = "demo-cards.json"


def save_demo_cards(data_dir: Path, cards: list[Any]) -> None:
    """Remember the demo cards (code, program, description) for the sign-in screen."""
    rows = [{"code": c.code, "program": c.program, "description": c.description}
            for c in cards]
    try:
        (Path(data_dir) / DEMO_CARDS_FILE).write_text(json.dumps(rows), encoding="utf-8")
    except OSError:
        log.warning("demo card codes not saved", exc_info=True)


def load_demo_cards(data_dir: Path) -> list[tuple[str, str]]:
    """The demo cards as (code, description); [] when none were filled here."""
    try:
        rows = json.loads((Path(data_dir) / DEMO_CARDS_FILE).read_text(encoding="utf-8"))
        return [(str(r["code"]), str(r["description"])) for r in rows]
    except (OSError, ValueError, KeyError, TypeError):
        return []


class SetupGate(QObject):
    """Shows the set-up screen on a ledger nobody has set up; signs the new admin in."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.calls = Presenter(window.backend, self)
        self.screen: SetupScreen | None = None
        window.ledgerReady.connect(self._on_ready)

    @property
    def setup(self) -> SetupScreen:
        """The set-up screen, built the first time a new ledger needs it."""
        if self.screen is None:
            screen = SetupScreen()
            screen.submitted.connect(self._set_up)
            screen.demoRequested.connect(self._demo)
            self.calls.busyChanged.connect(screen.set_busy)
            self.window._add_screen("setup", screen)
            self.screen = screen
        return self.screen

    def _on_ready(self) -> None:
        w = self.window
        info = w.backend.info
        if w.backend.demo_cards:  # a demo ledger made by `prepare` on this first run
            save_demo_cards(w.options.data_dir, w.backend.demo_cards)
        if info is not None and not info.set_up:
            self.setup.offer_demo(not w.remote_url)
            self.setup.fill_currency(info.currency)
            w.show_screen(self.setup)
            return
        demo = info is not None and info.demo
        cards = load_demo_cards(w.options.data_dir) if demo else []
        w.sign_in.show_demo_hint(demo, cards)
        if w.current is self.screen:
            w.show_screen(w.sign_in)

    def _set_up(self, form: SetupForm) -> None:
        self.calls.spawn(self._send(form))

    async def _send(self, form: SetupForm) -> None:
        w = self.window
        try:
            await self.calls.call(self.tr("Setting up the ledger…"), self.calls.client.set_up(
                merchant=form.merchant, currency=form.currency, location=form.location,
                location_name=form.location_name, admin=form.admin, pin=form.pin))
        except Exception as exc:
            self.setup.show_error(describe(exc, context="set_up").sentence)
            return
        log.info("ledger set up: %s, store %s, admin %s", form.merchant, form.location,
                 form.admin)
        w.backend.info = await w.backend.ledger_info()
        terminal = w.settings.terminal
        w.settings.location = form.location
        w.sign_in.fill(operator=form.admin, location=form.location, terminal=terminal)
        w.sign_in.show_demo_hint(False, [])
        w.show_screen(w.sign_in)
        w.sessions.sign_in(form.admin, form.pin, form.location, terminal)

    def _demo(self) -> None:
        self.calls.spawn(self._fill_demo())

    async def _fill_demo(self) -> None:
        import asyncio

        from app import embedded

        w = self.window
        self.setup.set_busy(True, self.tr("Filling in the demo data…"))
        try:
            w.ledger_ready = False
            await w.backend.stop()
            cards = await asyncio.to_thread(embedded.fill_demo, w.options.data_dir)
            save_demo_cards(w.options.data_dir, cards)
            w.settings.location = "STORE-1"
            w.sign_in.fill(operator="cashier", location="STORE-1", terminal=w.settings.terminal)
        except Exception:
            log.exception("demo data not filled")
            self.setup.show_error(describe(RuntimeError("demo")).sentence)
        finally:
            self.setup.set_busy(False)
        await w._start()  # reopens the ledger; ledgerReady shows sign-in with the demo hint
