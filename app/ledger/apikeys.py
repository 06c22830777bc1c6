"""API keys of integrators (a POS, a web shop): sign in without a person's PIN.

A key is shown once when an admin creates it and stored only as its SHA-256; it carries a
name, a role and the stores it may act at, and works as `Authorization: Bearer <key>` like a
session token. It acts at its first store unless the request names another of its stores in
`X-Location`. A key is looked up on every request (never cached), so a revoked key is
refused at once by every server process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, Role
from app.ledger import security
from app.ledger.auth import Session
from app.ledger.directory import ALL_LOCATIONS, Operator
from app.ledger.engine import Ledger
from app.ledger.people import _known_locations, change, role_of, where_of
from app.ledger.schema import api_keys

PREFIX = "gdk_"
# An API key acts under this name in the journal and the audit log: "key:<its name>".
ACTOR_PREFIX = "key:"
KEY_TERMINAL = "api"


@dataclass(frozen=True)
class ApiKeyInfo:
    id: int
    name: str
    prefix: str  # the first characters of the key, to tell keys apart
    role: str
    locations: tuple[str, ...]
    created_by: str
    created_at: datetime
    revoked: bool


@dataclass(frozen=True)
class NewApiKey:
    info: ApiKeyInfo
    key: str | None  # shown once: a replay of the request that created it omits it


def is_api_key(token: str) -> bool:
    return token.startswith(PREFIX)


def _info(r: Any) -> ApiKeyInfo:
    return ApiKeyInfo(id=r.id, name=r.name, prefix=r.prefix, role=r.role,
                      locations=tuple(json.loads(r.locations)), created_by=r.created_by,
                      created_at=r.created_at, revoked=r.revoked_at is not None)


def _key_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 46 or not name.isprintable():
        raise refuse(ErrorCode.VALIDATION_ERROR, "An API key's name has 1 to 46 characters.")
    return name


def create(ledger: Ledger, actor: Actor, name: str, role: str | Role, where: Sequence[str],
           request_id: str | None = None) -> NewApiKey:
    """A new key (admin); the answer is the only time the key itself is shown."""
    from app.domain import rules

    rules.require_role(actor, Role.ADMIN, "create API keys")
    name, level, places = _key_name(name), role_of(role), where_of(where)
    if places == (ALL_LOCATIONS,):
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     "Name the stores an API key acts at (it acts at the first unless a "
                     "request sends X-Location).")
    key = PREFIX + security.new_session_token()
    made: list[str] = []  # the key, if this call made it (a replay does not show it again)

    def body(conn: Connection, now: datetime) -> NewApiKey:
        if conn.execute(select(api_keys.c.id).where(api_keys.c.name == name)).first():
            raise refuse(ErrorCode.API_KEY_EXISTS, f"There is an API key named {name} already.")
        _known_locations(conn, places)
        key_id = conn.execute(insert(api_keys).values(
            name=name, key_hash=security.hash_secret(key), prefix=key[:12], role=level.label,
            locations=json.dumps(list(places)), created_by=actor.operator, created_at=now)
            .returning(api_keys.c.id)).scalar_one()
        row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).one()
        made.append(key)
        return NewApiKey(_info(row), None)  # what the idempotency record keeps: no key

    params = {"name": name, "role": level.label, "locations": list(places)}
    result = change(ledger, actor, request_id, "create_api_key", params, NewApiKey, body)
    return replace(result, key=made[-1]) if made else result


def list_keys(engine: Engine) -> list[ApiKeyInfo]:
    with engine.connect() as conn:
        return [_info(r) for r in conn.execute(select(api_keys).order_by(api_keys.c.id))]


def revoke(ledger: Ledger, actor: Actor, key_id: int,
           request_id: str | None = None) -> ApiKeyInfo:
    from app.domain import rules

    rules.require_role(actor, Role.ADMIN, "revoke API keys")

    def body(conn: Connection, now: datetime) -> ApiKeyInfo:
        row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).first()
        if row is None:
            raise refuse(ErrorCode.API_KEY_NOT_FOUND, f"There is no API key {key_id}.")
        if row.revoked_at is None:
            conn.execute(update(api_keys).where(api_keys.c.id == key_id)
                         .values(revoked_at=now))
        return _info(conn.execute(select(api_keys).where(api_keys.c.id == key_id)).one())

    return change(ledger, actor, request_id, "revoke_api_key", {"id": key_id}, ApiKeyInfo,
                  body)


def session(engine: Engine, key: str, location: str | None) -> Session:
    """The session an API key stands for, at `location` (one of its stores) or its first."""
    with engine.connect() as conn:
        row = conn.execute(select(api_keys).where(
            api_keys.c.key_hash == security.hash_secret(key))).first()
    if row is None or row.revoked_at is not None:
        raise refuse(ErrorCode.UNAUTHORIZED, "This API key is not valid (or was revoked).")
    places = tuple(json.loads(row.locations))
    where = (location or places[0]).strip().upper()
    if where not in places:
        raise refuse(ErrorCode.LOCATION_NOT_ALLOWED,
                     f"This API key may not act at {where}; it may act at {', '.join(places)}.")
    operator = Operator(id=-int(row.id), name=ACTOR_PREFIX + row.name, role=Role.parse(row.role),
                        locations=places, active=True)
    return Session(operator, where, KEY_TERMINAL, row.created_at,
                   datetime.max.replace(tzinfo=row.created_at.tzinfo))
