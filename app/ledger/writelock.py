"""One queue for the writers of a SQLite ledger file, across threads and server processes.

SQLite lets one transaction write at a time. A writer that finds the file locked sleeps in
SQLite's busy handler (1, 2, 5, 10 … 100 ms) and tries again, so under load the write lock
often sits unused while every waiter sleeps. Waiting here instead, on a blocking lock that
hands over the moment it is released (a thread lock, then `flock` on a lock file next to the
database for the other processes), keeps the writes back to back.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from functools import partial

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: the thread lock alone
    fcntl = None  # type: ignore[assignment]


class WriteQueue:
    """Writers queue here for a SQLite file; one at a time goes through `turn()`."""

    def __init__(self, database: str | None) -> None:
        self._threads = threading.Lock()
        self._file: int | None = None  # a file descriptor, closed with the queue
        self._coroutines: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None
        self._waiter: ThreadPoolExecutor | None = None
        if fcntl is None or database in (None, "", ":memory:"):
            return
        try:
            self._file = os.open(f"{database}-writers.lock",
                                 os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError:  # a read-only folder: SQLite's own busy handler still queues them
            return
        weakref.finalize(self, os.close, self._file)

    @asynccontextmanager
    async def turn_on_loop(self) -> AsyncIterator[None]:
        """`turn()` for a coroutine. The loop's coroutines queue on an asyncio lock; the one
        in front takes a free turn at once, on the loop, and waits for a busy one in a thread
        of its own, so that the loop goes on serving meanwhile."""
        async with self._loop_lock():
            threads = self._threads
            await self._acquire(partial(threads.acquire, blocking=False), threads.acquire,
                                threads.release)
            try:
                if self._file is None:
                    yield
                    return
                fd = self._file
                await self._acquire(partial(_try_flock, fd),
                                    partial(fcntl.flock, fd, fcntl.LOCK_EX),
                                    partial(fcntl.flock, fd, fcntl.LOCK_UN))
                try:
                    yield
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                threads.release()

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._coroutines is None or self._coroutines[0] is not loop:
            self._coroutines = (loop, asyncio.Lock())
        return self._coroutines[1]

    async def _acquire(self, now: Callable[[], bool], blocking: Callable[[], object],
                       release: Callable[[], object]) -> None:
        """Take a lock: with `now()` if it is free, else with `blocking()` in the queue's
        waiting thread. A caller cancelled meanwhile still waits for the thread, then lets
        the lock go and is cancelled: a lock is never left taken, nor let go out of turn."""
        if now():
            return
        if self._waiter is None:
            self._waiter = ThreadPoolExecutor(1, thread_name_prefix="giftdesk-write-queue")
        waiting = asyncio.get_running_loop().run_in_executor(self._waiter, blocking)
        try:
            await asyncio.shield(waiting)
        except asyncio.CancelledError:
            while not waiting.done():
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.shield(waiting)
            if waiting.exception() is None:
                release()
            raise

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


def _try_flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
