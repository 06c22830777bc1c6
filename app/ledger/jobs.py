"""Large card batches as jobs: the request answers at once, the batch runs in the background.

A job is a row in `jobs`. Its batch is made in chunks (about `CHUNK_S` of work each), each one
transaction through the ledger's one writer that also moves the job's row on (`done`, then
`status`): other writes (a sale, a cancel, another till's redemption) go in between chunks,
and a poll, from any server process, reads the progress of what is committed. A cancel is a
change of the row too; the next chunk sees it and ends the job `cancelled`, keeping the cards
of the chunks before it. A job whose process stopped is reported as failed, with the cards of
its committed chunks. An ended job's cards are read page by page, or as one streamed CSV.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, func, insert, select, update

from app.domain import rules
from app.domain.codes import QR_PAYLOAD_PREFIX, qr_payload
from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import Actor, CardStatus, Role
from app.domain.money import check_amount
from app.ledger import audit
from app.ledger.db import read_only
from app.ledger.engine import MAX_GENERATE, Ledger
from app.ledger.people import change
from app.ledger.results import GeneratedCard
from app.ledger.schema import cards, jobs

# A job whose row has not moved for this long belongs to a process that stopped.
STALE_AFTER = timedelta(minutes=10)
# A job's chunk holds SQLite's write lock for about CHUNK_S: a cancel or another till's write
# waits that long at most. Its size follows how long the last one took: each chunk rewrites
# most pages of the card indexes (codes are random), which grow with the batch, so small
# chunks cost a lot (fixed 25,000-card chunks: a million cards 1.5x as long as in one
# transaction; one-second chunks about 1.2x; a second and a half about 1.1x).
CHUNK_S = 1.5
FIRST_CHUNK = 5_000
MAX_CHUNK = 250_000
PAGE_MAX = 10_000
CSV_HEADER = "code,token,qr_payload,status\n"
_STATUS = {status.value: status for status in CardStatus}  # faster than CardStatus(text)
# A job in one of these statuses runs no more (not to be confused with a card's ended
# statuses, `app.domain.card_actions.ENDED`).
FINISHED = ("done", "failed", "cancelled")
R = TypeVar("R")


@dataclass(frozen=True)
class JobInfo:
    id: str
    kind: str
    status: str  # queued, running, done, failed, cancelled
    program_id: int
    quantity: int
    pending: bool
    value: int | None
    done: int
    error_code: str | None
    error_detail: str | None
    operator: str
    location: str
    created_at: datetime
    updated_at: datetime


def _raw(conn: Connection, job_id: str, *, lock: bool = False) -> Any:
    """A job's row in a write transaction (locked on PostgreSQL: its chunk and a cancel
    take turns)."""
    query = select(jobs).where(jobs.c.id == job_id)
    return conn.execute(query.with_for_update() if lock else query).one()


def _info(row: Any) -> JobInfo:
    return JobInfo(id=row.id, kind=row.kind, status=row.status, program_id=row.program_id,
                   quantity=row.quantity, pending=row.pending, value=row.value, done=row.done,
                   error_code=row.error_code, error_detail=row.error_detail,
                   operator=row.operator, location=row.location, created_at=row.created_at,
                   updated_at=row.updated_at)


class JobRunner:
    """Creates jobs and runs their batches on a background thread of this process."""

    def __init__(self, ledger: Ledger, *, chunk: int | None = None) -> None:
        """`chunk`: cards per transaction (by default, as many as take about `CHUNK_S`)."""
        if chunk is not None and chunk < 1:
            raise ValueError("a chunk has at least one card")
        self.ledger = ledger
        self.chunk = chunk
        self._threads: dict[str, threading.Thread] = {}

    def submit(self, actor: Actor, program_id: int, quantity: int, *, pending: bool,
               value: int | None, request_id: str | None = None) -> JobInfo:
        rules.require_role(actor, Role.MANAGER, "generate cards")
        if actor.training:
            raise refuse(ErrorCode.VALIDATION_ERROR, "Training mode cannot generate cards.")
        quantity = check_amount(quantity, what="quantity", maximum=MAX_GENERATE)
        program = self.ledger.get_program(program_id)  # program_not_found
        job_id = str(uuid.uuid4())
        started: list[str] = []

        def body(conn: Connection, now: datetime) -> JobInfo:
            conn.execute(insert(jobs).values(
                id=job_id, kind="generate_cards", status="queued", program_id=program.id,
                quantity=quantity, pending=pending, value=value, done=0,
                operator=actor.operator, location=actor.location, terminal=actor.terminal,
                created_at=now, updated_at=now))
            started.append(job_id)
            return _info(conn.execute(select(jobs).where(jobs.c.id == job_id)).one())

        params = {"program_id": program_id, "quantity": quantity, "pending": pending,
                  "value": value}
        job = change(self.ledger, actor, request_id, "generate_cards_job", params, JobInfo, body)
        if started:
            thread = threading.Thread(target=self._run, args=(job, actor),
                                      name=f"job-{job.id[:8]}", daemon=True)
            self._threads[job.id] = thread
            thread.start()
        return job

    def wait(self, job_id: str, timeout_s: float | None = None) -> None:
        """For tests and shutdown: wait until this process's thread of the job ends."""
        thread = self._threads.get(job_id)
        if thread is not None:
            thread.join(timeout_s)

    def _write(self, actor: Actor, op: str, job_id: str,
               body: Callable[[Connection, datetime], R], result_type: type[R],
               on: Connection | None = None) -> R:
        """One change of the job (and its cards) through the ledger's one writer."""
        return self.ledger._change(actor, None, op, {"job": job_id}, result_type, body, on=on)

    def _run(self, job: JobInfo, actor: Actor) -> None:
        """The batch, chunk by chunk, until it is done or cancelled (a refusal or an error
        ends it failed, audited with its code)."""
        # The job's own connection: its chunks find SQLite's cache of the card indexes as
        # the chunk before left it (a pooled one comes cold, after another's write). It is
        # closed at the end, with that cache.
        own: Connection | None = None
        try:
            own = self.ledger.engine.connect()
            if not self._start(actor, job.id):
                return  # it runs, or ran, already
            size = self.chunk or FIRST_CHUNK
            while True:
                began = time.perf_counter()
                if self._chunk(actor, job, own, size).status != "running":
                    break
                if self.chunk is None:
                    took = max(time.perf_counter() - began, 0.001)
                    size = max(FIRST_CHUNK, min(MAX_CHUNK, 4 * size,
                                                int(size * CHUNK_S / took)))
        except GiftDeskError as exc:
            self._fail(actor, job.id, exc.code.value, exc.detail)
        except Exception as exc:  # the job says so; the server carries on
            self._fail(actor, job.id, "internal_error",
                       f"The batch failed: {type(exc).__name__}.")
        finally:
            if own is not None:
                own.invalidate()  # not back to the pool with a batch-sized page cache
                own.close()

    def _start(self, actor: Actor, job_id: str) -> bool:
        """Queued → running, once: False if the job was started already."""
        def body(conn: Connection, now: datetime) -> bool:
            return bool(conn.execute(update(jobs).where(
                jobs.c.id == job_id, jobs.c.status == "queued").values(
                status="running", updated_at=now)).rowcount)
        return self._write(actor, "start_job", job_id, body, bool)

    def _chunk(self, actor: Actor, job: JobInfo, own: Connection, size: int) -> JobInfo:
        """The next chunk of the batch and the job's progress, in one transaction; or the job
        ended cancelled (asked for since the last chunk) or done."""
        def body(conn: Connection, now: datetime) -> JobInfo:
            row = _raw(conn, job.id, lock=True)
            if row.status != "running":
                return _info(row)
            ending: dict[str, Any] = {}
            if row.cancel_requested:
                ending = {"status": "cancelled"}
            else:
                at = row.batch_at or now
                made = self.ledger.insert_batch(
                    conn, actor, job.program_id, min(size, job.quantity - row.done),
                    pending=job.pending, value=job.value, at=at, now=now,
                    cache_for=job.quantity, keep_cache=conn is own)
                if not made:  # never spin: every code of the chunk was taken (a broken RNG)
                    raise RuntimeError("a chunk of the batch made no card")
                ending = {"done": row.done + len(made), "batch_at": at}
                if ending["done"] >= job.quantity:
                    ending["status"] = "done"
            conn.execute(update(jobs).where(jobs.c.id == job.id)
                         .values(updated_at=now, **ending))
            info = _info(_raw(conn, job.id))
            if info.status in FINISHED:
                self._audit_end(conn, actor, info, now)
            return info
        return self._write(actor, "generate_cards_chunk", job.id, body, JobInfo, on=own)

    def _fail(self, actor: Actor, job_id: str, code: str, detail: str) -> None:
        """The job ends failed; the cards of its committed chunks stay, and `done` says how
        many."""
        def body(conn: Connection, now: datetime) -> JobInfo:
            conn.execute(update(jobs).where(jobs.c.id == job_id, jobs.c.status.in_(
                ("queued", "running"))).values(status="failed", error_code=code[:40],
                                               error_detail=detail[:500], updated_at=now))
            info = _info(_raw(conn, job_id))
            self._audit_end(conn, actor, info, now)
            return info
        self._write(actor, "fail_job", job_id, body, JobInfo)

    @staticmethod
    def _audit_end(conn: Connection, actor: Actor, row: JobInfo, now: datetime) -> None:
        """A job's cards are audited once, when it ends: who asked, where, how many."""
        audit.record_in(conn, actor, "generate_cards", now, json.dumps({
            "job": row.id, "program_id": row.program_id, "quantity": row.quantity,
            "pending": row.pending, "value": row.value, "made": row.done}),
            outcome="ok" if row.status == "done" else row.error_code or row.status)

    def get(self, job_id: str) -> JobInfo:
        with read_only(self.ledger.engine) as conn:
            row = conn.execute(select(jobs).where(jobs.c.id == job_id)).first()
        if row is None:
            raise refuse(ErrorCode.JOB_NOT_FOUND, "There is no such job.")
        job = _info(row)
        if job.status in ("queued", "running") and job.id not in self._threads and \
                self.ledger.clock() - job.updated_at > STALE_AFTER:
            return replace(job, status="failed", error_code="internal_error",
                           error_detail=f"The ledger stopped while this job ran; the {job.done} "
                                        "cards made before were kept.")
        return job

    def cancel(self, actor: Actor, job_id: str) -> JobInfo:
        """Ask a job to stop at its next chunk (one short change, audited): the cards of the
        chunks before stay. Any server process may ask; the one that runs it sees it."""
        rules.require_role(actor, Role.MANAGER, "cancel card batches")
        self.get(job_id)  # job_not_found

        def body(conn: Connection, now: datetime) -> JobInfo:
            status = _raw(conn, job_id, lock=True).status
            if status not in ("queued", "running"):
                raise refuse(ErrorCode.JOB_NOT_CANCELLABLE, f"This job is {status} already.")
            conn.execute(update(jobs).where(jobs.c.id == job_id)
                         .values(cancel_requested=True, updated_at=now))
            return _info(_raw(conn, job_id))

        return change(self.ledger, actor, None, "cancel_job", {"job": job_id}, JobInfo, body)

    def cards(self, job_id: str, *, after: int = 0,
              limit: int = PAGE_MAX) -> tuple[list[GeneratedCard], int | None]:
        """A page of an ended job's cards (in the order made) and the cursor of the next."""
        job = self._finished(job_id)
        rows, cursor = self._rows(job, after, max(1, min(limit, PAGE_MAX)))
        return [GeneratedCard(code, token, qr_payload(token), _STATUS[status])
                for _id, code, token, status in rows], cursor

    def csv(self, job_id: str) -> Iterator[str]:
        """An ended job's cards as CSV text (code,token,qr_payload,status, as `giftdesk
        cards generate` writes), a page of lines at a time. Checks the job at once; reads
        its cards as the text is taken."""
        job = self._finished(job_id)

        def lines() -> Iterator[str]:
            yield CSV_HEADER
            after: int | None = 0
            while after is not None:
                rows, after = self._rows(job, after, PAGE_MAX)
                yield "".join(f"{code},{token},{QR_PAYLOAD_PREFIX}{token},{status}\n"
                              for _id, code, token, status in rows)

        return lines()

    def _finished(self, job_id: str) -> JobInfo:
        """The job, once it has ended: done, or cancelled or failed with the cards of its
        committed chunks (`done` of them), which are kept and listed like a done job's."""
        job = self.get(job_id)
        if job.status not in FINISHED:
            raise refuse(ErrorCode.REQUEST_IN_PROGRESS,
                         f"This job is {job.status}; its cards are there once it has ended.")
        return job

    def _rows(self, job: JobInfo, after: int,
              limit: int) -> tuple[list[Any], int | None]:
        """Up to `limit` (id, code, token, status) of the job's cards after id `after`, and
        the cursor of the next ones (None: these were the last)."""
        with read_only(self.ledger.engine) as conn:
            batch = (cards.c.created_at == _batch_at(conn, job.id),
                     cards.c.training.is_(False))
            if after == 0:  # the first page starts at the batch's first card
                first = conn.execute(select(func.min(cards.c.id)).where(
                    cards.c.program_id == job.program_id, *batch)).scalar()
                after = 0 if first is None else first - 1
            # `program_id + 0`: walk the primary key from `after` (the cards of a batch are
            # close together) rather than the program's index, which would read and sort
            # every card of the program for each page (100 pages for a million cards).
            rows = conn.execute(select(cards.c.id, cards.c.code, cards.c.token, cards.c.status)
                                .where((cards.c.program_id + 0) == job.program_id, *batch,
                                       cards.c.id > after)
                                .order_by(cards.c.id).limit(limit + 1)).all()
        page = list(rows[:limit])
        return page, (page[-1].id if len(rows) > limit else None)


def _batch_at(conn: Connection, job_id: str) -> datetime | None:
    """When a job's batch went in: its cards, and only they, share that `created_at`."""
    at: datetime | None = conn.execute(select(jobs.c.batch_at).where(jobs.c.id == job_id)).scalar()
    return at

