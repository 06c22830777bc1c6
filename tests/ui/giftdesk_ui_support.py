"""Helpers of the counter-app tests: drive the window by keyboard, read the ledger file,
serve the ledger over a real socket."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.embedded import LEDGER_FILE
from app.ui import i18n, language
from app.ui.main_window import MainWindow

WAIT_MS = 20_000


def grouped(code: str) -> str:
    """A 12-digit code as the code field shows it once complete: "1234 5678 9012"."""
    return f"{code[:4]} {code[4:8]} {code[8:]}"


def audit_rows(data_dir: Path) -> int:
    """Rows in the ledger's audit log (refused and failed requests)."""
    with contextlib.closing(sqlite3.connect(data_dir / LEDGER_FILE)) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def journal(db_file: Path, code: str) -> list[tuple[str, int, int]]:
    """A card's journal rows (kind, delta, balance after), read straight from the file."""
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        return [(str(k), int(d), int(b)) for k, d, b in conn.execute(
            "SELECT j.kind, j.delta, j.balance_after FROM journal j JOIN cards c "
            "ON c.id = j.card_id WHERE c.code = ? AND c.training = 0 ORDER BY j.id", (code,))]


class Counter:
    """The main window plus helpers that drive it the way a cashier does: by keyboard."""

    def __init__(self, window: MainWindow, qtbot: QtBot) -> None:
        self.window = window
        self.qtbot = qtbot

    def wait(self, condition: Callable[[], Any], timeout: int = WAIT_MS) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()

    def type(self, text: str) -> None:
        """Type into whatever has the focus, key by key, as a keyboard (or a wedge scanner)
        would: each key goes to the widget that has the focus when it arrives."""
        for char in text:
            widget = self.focused()
            assert widget is not None, "nothing has the keyboard focus"
            self.qtbot.keyClicks(widget, char)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
            ) -> None:
        widget = self.focused()
        assert widget is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(widget, key, modifier)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)

    def sign_in(self, operator: str = "cashier", pin: str = "1111") -> None:
        w = self.window
        self.wait(lambda: w.ledger_ready)
        assert self.focused() in (w.sign_in.operator, w.sign_in.pin)
        if self.focused() is w.sign_in.operator:
            w.sign_in.operator.clear()
            self.type(operator)
            self.enter()
        assert self.focused() is w.sign_in.pin
        self.type(pin)
        self.enter()
        self.wait(lambda: w.current is w.scan)
        assert self.focused() is w.scan.code

    def scan(self, code: str) -> None:
        """Type a code and Enter; wait for the card screen (or an answer on the scan screen)."""
        w = self.window
        assert self.focused() is w.scan.code
        self.type(code)
        self.enter()
        self.wait(lambda: w.current is w.card or (not w.cards.busy and w.current is w.scan
                                                  and "card" in w.scan.feedback.text()))


# ---------------------------------------------------------------- a remote ledger


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LoseRedemptionAnswer:
    """ASGI wrapper: when armed, the next redemption is carried out by the ledger but its
    answer never leaves (as if the server died right after committing)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.armed = False
        self.committed = threading.Event()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (self.armed and scope["type"] == "http" and scope["method"] == "POST"
                and scope["path"] == "/v1/redemptions"):
            self.armed = False

            async def swallow(message: dict[str, Any]) -> None:
                del message

            await self.app(scope, receive, swallow)
            self.committed.set()
            await asyncio.sleep(3600)  # never answers; stopping the server cuts it off
            return
        await self.app(scope, receive, send)


class LedgerServer:
    """`create_app(db_url)` served by uvicorn on a real socket, in a background thread."""

    def __init__(self, db_url: str, port: int, wrapper: LoseRedemptionAnswer | None = None
                 ) -> None:
        import uvicorn

        from app.server import create_app

        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        app: Any = create_app(db_url)
        if wrapper is not None:
            wrapper.app = app
            app = wrapper
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                ws="none", lifespan="on", access_log=False,
                                timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn", daemon=True)

    def start(self) -> LedgerServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the ledger server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@contextlib.contextmanager
def in_language(code: str) -> Iterator[None]:
    """The app as `giftdesk` starts it with this Language; English again afterwards."""
    assert language.install(code, system="C") == code
    try:
        yield
    finally:
        language.install("en", system="C")
        i18n.configure(translator=None, locale_name=i18n.MAIN_REGION["en"])
