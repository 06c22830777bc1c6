"""The outbox: every ledger-changing request is written here, with its idempotency key,
before it is sent, so that its outcome can always be learned later (after a lost answer, a
lost connection or a crash) by sending it again with the same key.

A small SQLite file in the app's data dir (WAL, synchronous=FULL: an entry is on disk before
the request leaves). PINs are never written here: the client keeps them in the keyring.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

State = Literal["pending", "done", "refused", "discarded"]
OUTBOX_FILE = "outbox.sqlite3"
KEEP_FINISHED = timedelta(days=30)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    ledger_id TEXT NOT NULL,
    op TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT,
    secret_fields TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    operator TEXT NOT NULL,
    location TEXT NOT NULL,
    terminal TEXT NOT NULL,
    training INTEGER NOT NULL DEFAULT 0,
    manager TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    reached INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    status INTEGER,
    outcome TEXT,
    finished_at TEXT
);
CREATE INDEX IF NOT EXISTS ix_requests_state ON requests (ledger_id, state, id);
"""


@dataclass(frozen=True)
class PendingRequest:
    """One ledger-changing request as the outbox remembers it.

    `reached` is False while the ledger has certainly not received it (never sent, or every
    attempt failed to connect); `state` is "pending" until its outcome is known.
    """

    id: int
    key: str
    ledger_id: str
    op: str
    method: str
    path: str
    body: dict[str, Any] | None
    secret_fields: tuple[str, ...]
    created_at: datetime
    operator: str
    location: str
    terminal: str
    training: bool
    manager: str | None
    state: State
    attempts: int
    reached: bool
    last_error: str | None
    status: int | None
    outcome: dict[str, Any] | None
    finished_at: datetime | None

    def is_stale(self, now: datetime, retention: timedelta) -> bool:
        """Older than the ledger promises to remember idempotency keys."""
        return now - self.created_at > retention

    @property
    def description(self) -> str:
        """A short line for a person: what was asked, by whom."""
        body = self.body or {}
        what = body.get("card") or self.path
        units = body.get("amount") or body.get("quantity")
        extra = f" {units}" if units is not None else ""
        return f"{self.op}{extra} ({what}) by {self.operator} at {self.location}/{self.terminal}"


class Outbox:
    """The outbox file; thread-safe (the client calls it from worker threads)."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / OUTBOX_FILE
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                     timeout=10)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        with self._lock:
            self._conn.executescript(_SCHEMA)
        self.purge()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def add(self, *, key: str, ledger_id: str, op: str, method: str, path: str,
            body: dict[str, Any] | None, secret_fields: tuple[str, ...], operator: str,
            location: str, terminal: str, training: bool, manager: str | None
            ) -> PendingRequest:
        """Write a request before it is sent; durable when this returns."""
        with self._tx() as conn:
            cursor = conn.execute(
                "INSERT INTO requests (key, ledger_id, op, method, path, body, secret_fields,"
                " created_at, operator, location, terminal, training, manager)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (key, ledger_id, op, method, path,
                 None if body is None else json.dumps(body), json.dumps(list(secret_fields)),
                 _now(), operator, location, terminal, int(training), manager))
            entry_id = cursor.lastrowid
        assert entry_id is not None
        return self._get(entry_id)

    def begin_attempt(self, entry_id: int) -> PendingRequest:
        """Count an attempt; from now on the ledger may have received the request."""
        with self._tx() as conn:
            conn.execute("UPDATE requests SET attempts = attempts + 1, reached = 1"
                         " WHERE id = ?", (entry_id,))
        return self._get(entry_id)

    def failed(self, entry_id: int, *, reached: bool, error: str) -> PendingRequest:
        """An attempt got no usable answer; `reached` False when it surely never arrived."""
        with self._tx() as conn:
            conn.execute("UPDATE requests SET reached = ?, last_error = ? WHERE id = ?",
                         (int(reached), error[:500], entry_id))
        return self._get(entry_id)

    def finish(self, entry_id: int, state: State, *, status: int | None,
               outcome: dict[str, Any] | None) -> PendingRequest:
        """The outcome is known (done, refused) or a person gave the request up (discarded)."""
        with self._tx() as conn:
            conn.execute("UPDATE requests SET state = ?, status = ?, outcome = ?,"
                         " finished_at = ? WHERE id = ? AND state = 'pending'",
                         (state, status, None if outcome is None else json.dumps(outcome),
                          _now(), entry_id))
        return self._get(entry_id)

    def get(self, entry_id: int) -> PendingRequest | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM requests WHERE id = ?",
                                     (entry_id,)).fetchone()
        return None if row is None else _entry(row)

    def _get(self, entry_id: int) -> PendingRequest:
        entry = self.get(entry_id)
        if entry is None:
            raise KeyError(entry_id)
        return entry

    def pending(self, ledger_id: str) -> list[PendingRequest]:
        """Requests of this ledger whose outcome is not known yet, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM requests WHERE ledger_id = ? AND state = 'pending' ORDER BY id",
                (ledger_id,)).fetchall()
        return [_entry(r) for r in rows]

    def purge(self, older_than: timedelta = KEEP_FINISHED) -> int:
        """Forget finished requests after a while; pending ones are never dropped."""
        cutoff = (datetime.now(UTC) - older_than).isoformat()
        with self._tx() as conn:
            return conn.execute("DELETE FROM requests WHERE state != 'pending'"
                                " AND finished_at < ?", (cutoff,)).rowcount


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _entry(row: sqlite3.Row) -> PendingRequest:
    return PendingRequest(
        id=row["id"], key=row["key"], ledger_id=row["ledger_id"], op=row["op"],
        method=row["method"], path=row["path"],
        body=None if row["body"] is None else json.loads(row["body"]),
        secret_fields=tuple(json.loads(row["secret_fields"])),
        created_at=datetime.fromisoformat(row["created_at"]), operator=row["operator"],
        location=row["location"], terminal=row["terminal"], training=bool(row["training"]),
        manager=row["manager"], state=row["state"], attempts=row["attempts"],
        reached=bool(row["reached"]), last_error=row["last_error"], status=row["status"],
        outcome=None if row["outcome"] is None else json.loads(row["outcome"]),
        finished_at=(None if row["finished_at"] is None
                     else datetime.fromisoformat(row["finished_at"])))
