"""`Event`: a list of callbacks, the Qt-free stand-in for a signal."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

Callback = Callable[..., Any]


class Event:
    """Callbacks called in the order they were connected, synchronously, on `emit`.

    A callback that raises is reported to `sys.excepthook` and the others still run, as Qt
    does for a slot (so pytest-qt fails a test on it, and the flow's own state stays whole).
    """

    def __init__(self) -> None:
        self._callbacks: list[Callback] = []

    def connect(self, callback: Callback) -> Callback:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callback) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            try:
                callback(*args)
            except Exception:
                sys.excepthook(*sys.exc_info())
