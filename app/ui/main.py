"""Start the counter app: window first, then everything slow, off the UI thread.

`giftdesk [--data-dir DIR] [--ledger URL] [--training] [--camera-file FILE]`

Order matters for a cashier who starts the app: Qt and the sign-in screen only, the window
shown and painted (the form takes keys from here on), then asyncio and qasync, then the
ledger (migrations, demo data, FastAPI, SQLAlchemy) in a worker thread.
"""

from __future__ import annotations

import time

_STARTED = time.time()

import logging  # noqa: E402  (the start time is taken before anything is imported)
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from app.ui.options import Options, parse_options  # noqa: E402

if TYPE_CHECKING:
    import asyncio

    from app.ui.main_window import MainWindow

log = logging.getLogger("app.ui")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app until its window is closed; returns the exit status."""
    options = parse_options(list(sys.argv[1:] if argv is None else argv))
    try:
        options.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"giftdesk: cannot use the data directory {options.data_dir}: {exc.strerror}",
              file=sys.stderr)
        return 2
    return run(options)


def run(options: Options) -> int:
    """Show the window, then start the asyncio loop (qasync) on Qt's event loop."""
    from PySide6.QtWidgets import QApplication

    from app.ui import theme
    from app.ui.main_window import MainWindow
    from app.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "giftdesk"])
    assert isinstance(app, QApplication)
    app.setApplicationName("GiftDesk")
    app.setQuitOnLastWindowClosed(False)
    theme.apply(app)
    settings = AppSettings(options.data_dir)  # --camera-file is for this run: never saved
    from app.ui import language

    language.install(settings.language)
    window = MainWindow(options, settings)
    window.resize(1024, 768)
    window.show()
    window.activateWindow()
    app.processEvents()  # shown, painted, focus in the form: keys are taken from here on
    ready_s = time.time() - _STARTED
    if options.exit_when_ready:
        print(f"READY window {time.time():.6f}", flush=True)
        from app.ui import i18n, messages  # the bundle's smoke test reads the language

        print(f"LANGUAGE {i18n.locale()} {i18n.money_text(123456, 'EUR')} | "
              f"{messages.sentence('card_expired')}", flush=True)

    from app.ui.logs import install_excepthook, setup_logging

    setup_logging(options.data_dir)
    install_excepthook()
    log.info("started; data dir %s; window ready for input after %.3f s", options.data_dir,
             ready_s)

    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(_log_loop_error)
    if options.exit_when_ready:
        _exit_when_ledger_ready(window)
    window.start()
    try:
        with loop:
            loop.run_until_complete(window.wait_closed())
    finally:
        asyncio.set_event_loop(None)
    return 0


def _log_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, object]) -> None:
    exc = context.get("exception")
    log.error("asyncio: %s", context.get("message"),
              exc_info=exc if isinstance(exc, BaseException) else None)


def _exit_when_ledger_ready(window: MainWindow) -> None:
    """For `giftdesk bench ui`: say when the ledger is ready too (seconds since the epoch, to
    compare with the parent's clock), then close."""
    from PySide6.QtCore import QTimer

    def ledger_ready() -> None:
        print(f"READY ledger {time.time():.6f}", flush=True)
        QTimer.singleShot(0, window.close)

    window.ledgerReady.connect(ledger_ready)
