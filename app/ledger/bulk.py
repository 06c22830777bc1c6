"""Bulk card generation: up to a million cards in one transaction, at close to raw speed.

Goes below SQLAlchemy Core to the driver's `executemany` with prepared tuples: per-row
statement compilation would cost more than the database's own work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from app.domain.codes import new_card_codes, new_tokens, qr_payload
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, CardStatus, EntryKind, Program
from app.ledger.results import GeneratedCard
from app.ledger.schema import cards, programs

CHUNK = 50_000
_CARD_COLUMNS = ("code", "token", "program_id", "status", "balance", "held", "initial_value",
                 "valid_from", "valid_until", "training", "failed_pin_count", "created_at")
_SQLITE_MAX_VARS = 30_000
_BULK_CACHE_KIB = 256 * 1024


def _placeholder(conn: Connection) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def _bind(conn: Connection, column: str, value: Any) -> Any:
    """A value as the driver wants it, through the column type's own bind processing."""
    processor = cards.c[column].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return processor(value) if processor else value


def insert_cards(conn: Connection, program: Program, quantity: int, *, pending: bool,
                 value: int, valid_from: datetime | None, valid_until: datetime | None,
                 now: datetime, actor: Actor,
                 progress: Callable[[int], None] | None = None,
                 journal_at: datetime | None = None,
                 cache_for: int | None = None, keep_cache: bool = False
                 ) -> list[GeneratedCard]:
    """New cards of `program` created at `now` (active ones with an `issue` row each, naming
    `actor`, dated `journal_at` or `now`). `cache_for`: how many cards the whole batch
    has, when this is one chunk of a larger one; `keep_cache`: leave the connection's bigger
    page cache for the next chunk (a job's own connection, closed when the job ends)."""
    _check_open(conn, program)
    ph = _placeholder(conn)
    sql = (f"INSERT INTO cards ({', '.join(_CARD_COLUMNS)}) "
           f"VALUES ({', '.join([ph] * len(_CARD_COLUMNS))}) ON CONFLICT DO NOTHING")
    status = CardStatus.PENDING if pending else CardStatus.ACTIVE
    balance = 0 if pending else value
    fixed = (program.id, status.value, balance, 0, value,
             _bind(conn, "valid_from", valid_from), _bind(conn, "valid_until", valid_until),
             False, 0, _bind(conn, "created_at", now))
    last_id = None if pending else conn.execute(select(func.max(cards.c.id))).scalar()
    with _bulk_cache(conn, cache_for or quantity, restore=not keep_cache):
        made = _insert_chunks(conn, sql, fixed, quantity, status, progress)
    if not pending:
        _journal_issues(conn, program, now, actor, after_id=last_id or 0,
                        at=journal_at or now)
    return made


def _check_open(conn: Connection, program: Program) -> None:
    """Refuse new cards of a retired program (read here, not from a process's cache of
    programs, so a retirement by another server process counts at once)."""
    retired = conn.execute(select(programs.c.retired_at).where(
        programs.c.id == program.id)).scalar()
    if retired is not None:
        raise refuse(ErrorCode.PROGRAM_RETIRED,
                     f"The program {program.name} is retired: it issues no new cards.")


@contextmanager
def _bulk_cache(conn: Connection, quantity: int, *, restore: bool = True) -> Iterator[None]:
    """On SQLite, a page cache big enough for the card indexes while a large batch goes in.

    Codes and tokens are random, so every insert lands on another index page; with the
    default 2 MB cache SQLite keeps spilling and re-reading them (a third of the time of a
    million cards). The connection's own setting comes back afterwards.
    """
    if conn.dialect.name != "sqlite" or quantity < 10_000:
        yield
        return
    previous = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    kib = min(_BULK_CACHE_KIB, quantity // 4)  # about 250 bytes of index and row per card
    conn.exec_driver_sql(f"PRAGMA cache_size=-{kib}")
    try:
        yield
    finally:
        if restore:
            conn.exec_driver_sql(f"PRAGMA cache_size={previous}")


def _insert_chunks(conn: Connection, sql: str, fixed: tuple[Any, ...], quantity: int,
                   status: CardStatus, progress: Callable[[int], None] | None
                   ) -> list[GeneratedCard]:
    made: list[GeneratedCard] = []
    while len(made) < quantity:
        n = min(CHUNK, quantity - len(made))
        codes, tokens = new_card_codes(n), new_tokens(n)
        rows = [(code, token, *fixed) for code, token in zip(codes, tokens, strict=True)]
        inserted = conn.exec_driver_sql(sql, rows).rowcount
        if inserted != n:  # a code already in use (rare): keep only what went in
            kept = _existing_tokens(conn, tokens)
            pairs = [(c, t) for c, t in zip(codes, tokens, strict=True) if t in kept]
        else:
            pairs = list(zip(codes, tokens, strict=True))
        made.extend(GeneratedCard(code=c, token=t, qr_payload=qr_payload(t), status=status)
                    for c, t in pairs)
        if progress is not None:
            progress(len(made))
    return made


def _existing_tokens(conn: Connection, tokens: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(tokens), _SQLITE_MAX_VARS):
        part = tokens[i:i + _SQLITE_MAX_VARS]
        found.update(conn.execute(select(cards.c.token).where(
            cards.c.token.in_(part), cards.c.training.is_(False))).scalars())
    return found


def _journal_issues(conn: Connection, program: Program, now: datetime, actor: Actor, *,
                    after_id: int, at: datetime) -> None:
    """One `issue` row per card of this batch (created at `now`, ids above `after_id`: the
    cards this transaction added), dated `at`, in a single INSERT … SELECT."""
    ph = _placeholder(conn)
    sql = (
        "INSERT INTO journal (card_id, kind, operator, location, terminal, amount, delta, "
        "held_delta, balance_after, training, created_at) "
        f"SELECT id, {ph}, {ph}, {ph}, {ph}, balance, balance, 0, balance, training, {ph} "
        f"FROM cards WHERE id > {ph} AND program_id = {ph} AND created_at = {ph} "
        f"AND status = {ph} AND training = "
        + ("0" if conn.dialect.name == "sqlite" else "false") +
        " AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.card_id = cards.id)"
    )
    conn.exec_driver_sql(sql, (EntryKind.ISSUE.value, actor.operator, actor.location,
                               actor.terminal, _bind(conn, "created_at", at), after_id,
                               program.id, _bind(conn, "created_at", now),
                               CardStatus.ACTIVE.value))
