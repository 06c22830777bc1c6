"""Large card batches as jobs: the request answers at once, the batch runs in the background.

A job is a row in `jobs`; the batch itself is the ledger's one `generate_cards` (one
transaction: all cards or none), run once (its row goes from queued to running once).
Progress is kept in this process's memory while the batch runs (on SQLite the batch holds the
write lock, so it cannot be written elsewhere) and in the row on PostgreSQL; a cancel request
stops the batch at its next chunk and rolls all of it back (one that comes after the last chunk
is too late: the job ends done). A job whose process stopped is reported as failed. A finished
job's cards are read page by page, or as one streamed CSV.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from app.domain import rules
from app.domain.codes import QR_PAYLOAD_PREFIX, qr_payload
from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import Actor, CardStatus, Role
from app.domain.money import check_amount
from app.ledger.db import read_only
from app.ledger.engine import MAX_GENERATE, Ledger
from app.ledger.people import change
from app.ledger.results import GeneratedCard
from app.ledger.schema import cards, jobs

# A job whose row has not moved for this long belongs to a process that stopped.
STALE_AFTER = timedelta(minutes=10)
PAGE_MAX = 10_000
CSV_HEADER = "code,token,qr_payload,status\n"
_STATUS = {status.value: status for status in CardStatus}  # faster than CardStatus(text)


class Cancelled(Exception):
    """Raised from the batch's progress callback: the whole batch rolls back."""


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


def _info(row: Any) -> JobInfo:
    return JobInfo(id=row.id, kind=row.kind, status=row.status, program_id=row.program_id,
                   quantity=row.quantity, pending=row.pending, value=row.value, done=row.done,
                   error_code=row.error_code, error_detail=row.error_detail,
                   operator=row.operator, location=row.location, created_at=row.created_at,
                   updated_at=row.updated_at)


class JobRunner:
    """Creates jobs and runs their batches on a background thread of this process."""

    def __init__(self, ledger: Ledger,
                 around: Callable[[Actor], Any] | None = None) -> None:
        """`around(actor)`: a context manager the batch runs in (the server's write turn)."""
        self.ledger = ledger
        self.around = around
        self._progress: dict[str, int] = {}
        self._cancel: set[str] = set()
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

    def _set(self, job_id: str, **values: Any) -> None:
        with self.ledger.engine.begin() as conn:
            conn.execute(update(jobs).where(jobs.c.id == job_id)
                         .values(updated_at=self.ledger.clock(), **values))

    def _run(self, job: JobInfo, actor: Actor) -> None:
        if not self._start(job.id):
            return  # it runs, or ran, already
        sqlite = self.ledger.engine.dialect.name == "sqlite"

        def progress(done: int) -> None:
            self._progress[job.id] = done
            if job.id in self._cancel or (not sqlite and self._cancel_asked(job.id)):
                raise Cancelled
            if not sqlite:
                self._set(job.id, done=done)

        try:
            guard = self.around(actor) if self.around else _Null()
            with guard:
                # No request id: `_start` lets a job run once, and the idempotency record
                # of a keyed batch would keep all of its cards as JSON (100 MB a million).
                made = self.ledger.generate_cards(
                    actor, job.program_id, job.quantity, pending=job.pending, value=job.value,
                    progress=progress)
        except Cancelled:
            self._set(job.id, status="cancelled", done=0)
        except GiftDeskError as exc:
            self._set(job.id, status="failed", error_code=exc.code.value,
                      error_detail=exc.detail[:500])
        except Exception as exc:  # the job says so; the server carries on
            self._set(job.id, status="failed", error_code="internal_error",
                      error_detail=f"The batch failed: {type(exc).__name__}."[:500])
        else:
            with read_only(self.ledger.engine) as conn:
                batch_at = conn.execute(select(cards.c.created_at).where(
                    cards.c.code == made[0].code, cards.c.training.is_(False))).scalar()
            self._set(job.id, status="done", done=len(made), batch_at=batch_at)
        finally:
            self._progress.pop(job.id, None)
            self._cancel.discard(job.id)

    def _start(self, job_id: str) -> bool:
        """Queued → running, once: False if the job was started already."""
        with self.ledger.engine.begin() as conn:
            return bool(conn.execute(update(jobs).where(
                jobs.c.id == job_id, jobs.c.status == "queued").values(
                status="running", updated_at=self.ledger.clock())).rowcount)

    def _cancel_asked(self, job_id: str) -> bool:
        with read_only(self.ledger.engine) as conn:
            return bool(conn.execute(select(jobs.c.cancel_requested)
                                     .where(jobs.c.id == job_id)).scalar())

    def get(self, job_id: str) -> JobInfo:
        with read_only(self.ledger.engine) as conn:
            row = conn.execute(select(jobs).where(jobs.c.id == job_id)).first()
        if row is None:
            raise refuse(ErrorCode.JOB_NOT_FOUND, "There is no such job.")
        job = _info(row)
        if job.id in self._progress:
            return replace(job, done=self._progress[job.id])
        if job.status in ("queued", "running") and job.id not in self._threads and \
                self.ledger.clock() - job.updated_at > STALE_AFTER:
            return replace(job, status="failed", error_code="internal_error",
                           error_detail="The ledger stopped while this job ran; nothing of "
                                        "it was kept. Start it again.")
        return job

    def cancel(self, actor: Actor, job_id: str) -> JobInfo:
        rules.require_role(actor, Role.MANAGER, "cancel card batches")
        job = self.get(job_id)
        if job.status not in ("queued", "running"):
            raise refuse(ErrorCode.JOB_NOT_CANCELLABLE, f"This job is {job.status} already.")
        self._cancel.add(job_id)
        if self.ledger.engine.dialect.name != "sqlite":
            # Seen by the process that runs the batch. On SQLite the batch holds the write
            # lock, so only the process that runs it can cancel it (one server process).
            with self.ledger.engine.begin() as conn:
                conn.execute(update(jobs).where(jobs.c.id == job_id)
                             .values(cancel_requested=True))
        return self.get(job_id)

    def cards(self, job_id: str, *, after: int = 0,
              limit: int = PAGE_MAX) -> tuple[list[GeneratedCard], int | None]:
        """A page of a finished job's cards (in the order made) and the cursor of the next."""
        job = self._finished(job_id)
        rows, cursor = self._rows(job, after, max(1, min(limit, PAGE_MAX)))
        return [GeneratedCard(code, token, qr_payload(token), _STATUS[status])
                for _id, code, token, status in rows], cursor

    def csv(self, job_id: str) -> Iterator[str]:
        """A finished job's cards as CSV text (code,token,qr_payload,status, as `giftdesk
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
        job = self.get(job_id)
        if job.status != "done":
            raise refuse(ErrorCode.JOB_NOT_FOUND if job.status == "failed"
                         else ErrorCode.REQUEST_IN_PROGRESS,
                         f"This job is {job.status}; its cards are there once it is done.")
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


class _Null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
