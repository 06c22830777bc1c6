"""The pinned PySide6 keeps Python's reference counts right on this interpreter.

PySide6 6.12 on CPython 3.11 drops a reference to None/True/False on every void or bool Qt
call and every signal emit; a busy spinner then aborts the app within seconds. This runs the
calls a shift makes in minutes, in a child process so that a crash is a failure, not a lost run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

class Emitter(QObject):
    fired = Signal()

app = QApplication([])
emitter, widget = Emitter(), QWidget()
before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
for _ in range(50_000):
    emitter.fired.emit()
    widget.setVisible(False)
    widget.isVisible()
after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
print([a - b for a, b in zip(after, before)])
"""


def test_many_qt_calls_neither_crash_nor_leak_singleton_references() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    drift = [int(x) for x in done.stdout.strip().strip("[]").split(",")]
    assert all(abs(d) < 100 for d in drift), drift
