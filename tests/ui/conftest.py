"""Fixtures of the counter-app tests: the real main window on the real embedded ledger.

Each test gets its own data dir holding a copy of a ledger seeded once per session with the
demo data, an in-memory keyring (installed explicitly: the stand-in for the OS keyring), and
the qasync loop running on Qt's event loop, which pytest-qt spins while tests wait.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from giftdesk_ui_support import WAIT_MS, Counter, in_language
from pytestqt.qtbot import QtBot

from app.client import MemoryKeyring
from app.embedded import LEDGER_FILE, EmbeddedLedger, prepare
from app.ui.main_window import MainWindow
from app.ui.options import Options
from app.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    with in_language("de"):
        yield


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    with in_language("fr"):
        yield


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    with in_language("es"):
        yield


@pytest.fixture(scope="session")
def template_ledger(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedLedger:
    """The demo ledger, created once; tests work on copies."""
    return prepare(tmp_path_factory.mktemp("template"))


@pytest.fixture
def demo(template_ledger: EmbeddedLedger) -> dict[str, str]:
    """Demo card codes by description ("active, $50.00", "expired", …)."""
    return {c.description: c.code for c in template_ledger.demo_cards}


@pytest.fixture
def data_dir(tmp_path: Path, template_ledger: EmbeddedLedger) -> Path:
    """A data dir with its own copy of the demo ledger."""
    target = tmp_path / "data"
    target.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = template_ledger.path.with_name(LEDGER_FILE + suffix)
        if source.exists():
            shutil.copy(source, target / (LEDGER_FILE + suffix))
    return target


@pytest.fixture
def make_counter(qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, data_dir: Path
                 ) -> Iterator[Callable[..., Counter]]:
    """Open the real main window (as `giftdesk --data-dir …` does) and close it after."""
    windows: list[MainWindow] = []

    def make(*, ledger_url: str | None = None, training: bool = False,
             directory: Path | None = None) -> Counter:
        options = Options(data_dir=directory or data_dir, ledger_url=ledger_url,
                          training=training)
        window = MainWindow(options, AppSettings(options.data_dir))
        window.resize(1024, 768)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        window.start()
        windows.append(window)
        return Counter(window, qtbot)

    yield make
    for window in windows:
        window.close()
        task = qt_loop.create_task(window.shutdown())
        qtbot.waitUntil(task.done, timeout=WAIT_MS)
        task.result()
        window.deleteLater()
    qtbot.wait(10)


@pytest.fixture
def counter(make_counter: Callable[..., Counter]) -> Counter:
    return make_counter()


