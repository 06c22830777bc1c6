"""Stores: `GET|POST /v1/locations`, `PATCH /v1/locations/{code}` (rename)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.domain import rules
from app.domain.model import Role
from app.ledger import people
from app.protocol.backoffice import LocationIn, LocationOut, LocationPatch, LocationsOut
from app.server.deps import Context, CurrentActor, IdempotencyKey

router = APIRouter(prefix="/v1/locations", tags=["locations"])
Code = Annotated[str, Path(min_length=1, max_length=40, description="store code")]


@router.get("", response_model=LocationsOut)
def list_locations(context: Context, actor: CurrentActor) -> LocationsOut:
    """Every store of the merchant (manager, admin)."""
    rules.require_role(actor, Role.MANAGER, "list stores")
    return LocationsOut(locations=[LocationOut(code=loc.code, name=loc.name)
                                   for loc in people.list_locations(context.ledger.engine)])


@router.post("", status_code=201, response_model=LocationOut)
def add_location(body: LocationIn, context: Context, actor: CurrentActor,
                 key: IdempotencyKey = None) -> LocationOut:
    """Add a store (admin); `code` is what operators sign in at (upper case)."""
    with context.attempt(actor, "add_location", key=key):
        loc = people.add_location(context.ledger, actor, body.code, body.name, request_id=key)
    return LocationOut(code=loc.code, name=loc.name)


@router.patch("/{code}", response_model=LocationOut)
def rename_location(code: Code, body: LocationPatch, context: Context, actor: CurrentActor,
                    key: IdempotencyKey = None) -> LocationOut:
    """Rename a store (admin); its code stays (the journal refers to it)."""
    with context.attempt(actor, "rename_location", key=key):
        loc = people.rename_location(context.ledger, actor, code, body.name, request_id=key)
    return LocationOut(code=loc.code, name=loc.name)
