"""One queue for the writers of a SQLite ledger file, across threads and server processes.

SQLite lets one transaction write at a time. A writer that finds the file locked sleeps in
SQLite's busy handler (1, 2, 5, 10 … 100 ms) and tries again, so under load the write lock
often sits unused while every waiter sleeps. Waiting here instead, on a blocking lock that
hands over the moment it is released (a thread lock, then `flock` on a lock file next to the
database for the other processes), keeps the writes back to back.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: the thread lock alone
    fcntl = None  # type: ignore[assignment]


class WriteQueue:
    """Writers queue here for a SQLite file; one at a time goes through `turn()`."""

    def __init__(self, database: str | None) -> None:
        self._threads = threading.Lock()
        self._file: int | None = None  # a file descriptor, closed with the queue
        if fcntl is None or database in (None, "", ":memory:"):
            return
        try:
            self._file = os.open(f"{database}-writers.lock",
                                 os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError:  # a read-only folder: SQLite's own busy handler still queues them
            return
        weakref.finalize(self, os.close, self._file)

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold the queue's turn: this process's other threads and other processes wait."""
        with self._threads:
            if self._file is None:
                yield
                return
            fcntl.flock(self._file, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._file, fcntl.LOCK_UN)

