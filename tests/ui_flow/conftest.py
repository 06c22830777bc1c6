"""Fixtures of the flow tests: a real client on the real embedded ledger, no widgets.

Each test body runs on its own plain asyncio loop in a worker thread: the counter-app tests
leave a qasync loop marked running on the main thread for the whole session.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import shutil
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from flow_support import RunAsync

from app.client import MemoryKeyring
from app.embedded import LEDGER_FILE, EmbeddedLedger, prepare


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def flow_template(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedLedger:
    """The demo ledger, created once; tests work on copies."""
    return prepare(tmp_path_factory.mktemp("flow-template"))


@pytest.fixture
def demo(flow_template: EmbeddedLedger) -> dict[str, str]:
    """Demo card codes by description ("active, $50.00", "expired", …)."""
    return {c.description: c.code for c in flow_template.demo_cards}


@pytest.fixture
def data_dir(tmp_path: Path, flow_template: EmbeddedLedger) -> Path:
    """A data dir (ledger, outbox) with its own copy of the demo ledger."""
    target = tmp_path / "data"
    target.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = flow_template.path.with_name(LEDGER_FILE + suffix)
        if source.exists():
            shutil.copy(source, target / (LEDGER_FILE + suffix))
    return target


@pytest.fixture
def run_async() -> Iterator[RunAsync]:
    """Run an async test body to its end on a fresh event loop in a worker thread."""
    pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="flow-test")
    stuck: list[bool] = []

    def run(body: Callable[[], Coroutine[Any, Any, None]]) -> None:
        try:
            pool.submit(asyncio.run, body()).result(timeout=120)
        except concurrent.futures.TimeoutError:
            stuck.append(True)
            raise

    yield run
    # A body still running after its timeout fails its test; it must not hang the next ones.
    pool.shutdown(wait=not stuck, cancel_futures=True)
