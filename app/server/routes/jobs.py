"""Card batch jobs: `GET /v1/jobs/{id}`, `GET /v1/jobs/{id}/cards`, `POST …/cancel`.

`POST /v1/programs/{id}/cards` with more than `JOB_THRESHOLD` cards answers 202 with a job.
"""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.requests import HTTPConnection
from starlette.responses import Response, StreamingResponse

from app.domain import rules
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Role
from app.ledger.codec import to_jsonable
from app.ledger.jobs import PAGE_MAX, JobInfo, JobRunner
from app.protocol.backoffice import JobCardsOut, JobOut
from app.server import convert
from app.server.deps import MAX_ID, Context, CurrentActor, CurrentPlaces, Places, api_context

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])
JobId = Annotated[str, Path(min_length=1, max_length=36, description="job id")]
# Above this many cards a batch runs as a job (a few seconds of work at most in the request).
JOB_THRESHOLD = 5_000
_lock = threading.Lock()


def runner(request: HTTPConnection) -> JobRunner:
    """The app's job runner (one per app), created on first use."""
    state = request.app.state
    with _lock:
        jobs: JobRunner | None = getattr(state, "jobs", None)
        if jobs is None:
            state.jobs = jobs = JobRunner(api_context(request).ledger)
    return jobs


def _visible(request: HTTPConnection, places: Places, job_id: str) -> JobInfo:
    """The job, if it was started at a store the operator may act at; any other is answered
    as if there were none."""
    job = runner(request).get(job_id)
    if not places.may(job.location):
        raise refuse(ErrorCode.JOB_NOT_FOUND, "There is no such job.")
    return job


def job_out(job: JobInfo) -> JobOut:
    return JobOut.model_validate(to_jsonable(job))


@router.get("/{job_id}", response_model=JobOut)
def get_job(job_id: JobId, request: HTTPConnection, context: Context,
            actor: CurrentActor, places: CurrentPlaces) -> JobOut:
    """A job's status and progress (`done` of `quantity`); poll until it is done, failed or
    cancelled."""
    rules.require_role(actor, Role.MANAGER, "follow card batches")
    return job_out(_visible(request, places, job_id))


@router.get("/{job_id}/cards", response_model=JobCardsOut)
def job_cards(job_id: JobId, request: HTTPConnection, actor: CurrentActor,
              places: CurrentPlaces,
              after: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
              limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = PAGE_MAX) -> Response:
    """A finished job's cards in the order made, `limit` at a time (`after`: next_cursor)."""
    rules.require_role(actor, Role.MANAGER, "read card batches")
    _visible(request, places, job_id)
    made, cursor = runner(request).cards(job_id, after=after, limit=limit)
    # Validated in one call and serialized once (a million cards are a hundred pages).
    page = JobCardsOut.model_validate({"cards": to_jsonable(made), "next_cursor": cursor})
    return convert.json_response(page)


@router.get("/{job_id}/cards.csv", response_class=StreamingResponse, responses={
    200: {"content": {"text/csv": {}}, "description": "code,token,qr_payload,status"}})
def job_cards_csv(job_id: JobId, request: HTTPConnection, actor: CurrentActor
                  ) -> StreamingResponse:
    """A finished job's cards as one CSV file (as `giftdesk cards generate` writes it),
    streamed: the quick way to save a large batch."""
    rules.require_role(actor, Role.MANAGER, "read card batches")
    lines = runner(request).csv(job_id)
    return StreamingResponse(lines, media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="cards-{job_id[:8]}.csv"'})


@router.post("/{job_id}/cancel", response_model=JobOut)
def cancel_job(job_id: JobId, request: HTTPConnection, context: Context, actor: CurrentActor,
               places: CurrentPlaces) -> JobOut:
    """Stop a running batch at its next chunk: the cards made before stay, and the job ends
    `cancelled` with `done` saying how many (poll it until it has ended)."""
    with context.attempt(actor, "cancel_job"):
        rules.require_role(actor, Role.MANAGER, "cancel card batches")
        _visible(request, places, job_id)
        return job_out(runner(request).cancel(actor, job_id))
