"""`giftdesk bench ui`: how fast the counter app is ready, and how fast a card's answer shows.

Prints, from one run:

* the time from process start to a window ready for input (`python -m app --exit-when-ready`:
  the sign-in form shown, focused, its event loop running; the ledger keeps starting behind
  it) next to a bare PySide6 window's (a minimal script: QApplication, one line edit, shown),
  both on the offscreen platform, median of several starts; and, for information, when the
  embedded ledger behind the window became ready (first run: created and seeded);
* the time from a code's Enter to the card screen showing the answer (painted), on the
  embedded ledger, p50 and p99 over many validations, in this process.

Targets: window ready at most 2x the bare window; p50 under 50 ms.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_START_RATIO = 2.0
TARGET_P50_MS = 50.0

BARE_WINDOW = """\
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication([])
window = QMainWindow()
edit = QLineEdit(window)
window.setCentralWidget(edit)
window.resize(1024, 768)
window.show()
edit.setFocus()
app.processEvents()
print(f"READY window {time.time():.6f}", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _spawn(args: list[str], timeout_s: float = 120.0) -> dict[str, float]:
    """Run a child that prints "READY <what> <epoch seconds>" lines; seconds since spawn."""
    started = time.time()
    proc = subprocess.run(args, capture_output=True, text=True, env=_env(), timeout=timeout_s,
                          check=False)
    marks: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "READY":
            marks[parts[1]] = float(parts[2]) - started
    if proc.returncode != 0 or "window" not in marks:
        raise RuntimeError(f"{args[1:3]} failed ({proc.returncode}): {proc.stderr[-800:]}")
    return marks


def measure_start(runs: int) -> dict[str, Any]:
    """Window-ready times of the app and of a bare PySide6 window (seconds).

    Both count from spawning the process to the window shown, painted and its first events
    processed. The app's modules are byte-compiled first, as an installed app's are.
    """
    python = sys.executable
    subprocess.run([python, "-m", "compileall", "-q", str(Path(__file__).parents[1])],
                   check=False, capture_output=True)
    with tempfile.TemporaryDirectory(prefix="giftdesk-bench-ui-") as tmp:
        data_dir = Path(tmp) / "data"
        first = _spawn([python, "-m", "app", f"--data-dir={data_dir}", "--exit-when-ready"])
        app_runs: list[dict[str, float]] = []
        bare_runs: list[float] = []
        for _ in range(runs):  # interleaved, so both see the same machine load
            bare_runs.append(_spawn([python, "-c", BARE_WINDOW])["window"])
            app_runs.append(_spawn([python, "-m", "app", f"--data-dir={data_dir}",
                                    "--exit-when-ready"]))
    return {
        "first_window": first["window"], "first_ledger": first.get("ledger", float("nan")),
        "window": statistics.median(r["window"] for r in app_runs),
        "ledger": statistics.median(r.get("ledger", float("nan")) for r in app_runs),
        "bare": statistics.median(bare_runs),
    }


def measure_validations(count: int) -> list[float]:
    """Seconds from Enter in the code field to the card screen painted with the answer."""
    import keyring
    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.client import MemoryKeyring
    from app.ui import theme
    from app.ui.main_window import MainWindow
    from app.ui.options import Options
    from app.ui.settings import AppSettings

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # as the app: closing the window must not stop the loop
    theme.apply(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    samples: list[float] = []

    async def run(data_dir: Path) -> None:
        from app.embedded import prepare

        demo = prepare(data_dir)  # the demo data: a new data dir alone asks for a set-up
        window = MainWindow(Options(data_dir=data_dir), AppSettings(data_dir))
        window.resize(1024, 768)
        window.show()
        window.start()
        try:
            while not window.ledger_ready:
                await asyncio.sleep(0.01)
            codes = [c.code for c in demo.demo_cards
                     if c.description.startswith("active")]
            window.sessions.sign_in("cashier", "1111", "STORE-1", "TILL-1")
            while window.current is not window.scan:
                await asyncio.sleep(0.01)
            shown = asyncio.Event()
            window.cards.validated.connect(lambda *_a: shown.set())  # after the window's slot
            for i in range(count + 5):  # the first few warm up
                window.next_card()
                window.scan.code.setText(codes[i % len(codes)])
                shown.clear()
                t0 = time.perf_counter()
                QTest.keyClick(window.scan.code, Qt.Key.Key_Return)
                await shown.wait()
                window.repaint()  # the answer painted, not just set
                elapsed = time.perf_counter() - t0
                if window.current is not window.card:
                    raise RuntimeError("the card screen did not show")
                if i >= 5:
                    samples.append(elapsed)
        finally:
            window.close()
            await window.shutdown()

    try:
        with tempfile.TemporaryDirectory(prefix="giftdesk-bench-ui-") as tmp, loop:
            loop.run_until_complete(run(Path(tmp)))
    finally:
        asyncio.set_event_loop(None)
        keyring.set_keyring(previous)
    return samples


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def main(quick: bool = False) -> int:
    runs, count = (2, 15) if quick else (9, 50)
    start = measure_start(runs)
    ratio = start["window"] / start["bare"]
    print(f"start to window ready for input (offscreen, median of {runs}):")
    print(f"  giftdesk          {start['window'] * 1000:7.0f} ms")
    print(f"  bare PySide6      {start['bare'] * 1000:7.0f} ms")
    print(f"  ratio             {ratio:7.2f}x   (target <= {TARGET_START_RATIO:.1f}x) "
          f"{'OK' if ratio <= TARGET_START_RATIO else 'MISSED'}")
    print(f"  embedded ledger ready behind it: {start['ledger'] * 1000:.0f} ms "
          f"(first run, creating and seeding it: window {start['first_window'] * 1000:.0f} ms,"
          f" ledger {start['first_ledger'] * 1000:.0f} ms)")
    samples = measure_validations(count)
    p50 = _percentile(samples, 50) * 1000
    p99 = _percentile(samples, 99) * 1000
    print(f"code Enter to card screen painted (embedded ledger, {len(samples)} validations):")
    print(f"  p50 {p50:6.1f} ms   p99 {p99:6.1f} ms   (target p50 < {TARGET_P50_MS:.0f} ms) "
          f"{'OK' if p50 < TARGET_P50_MS else 'MISSED'}")
    return 0 if ratio <= TARGET_START_RATIO and p50 < TARGET_P50_MS else 1


if __name__ == "__main__":
    sys.exit(main(quick="--quick" in sys.argv))
