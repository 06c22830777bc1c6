"""Merchant, locations and operators: who may act where, with which role."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select

from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, Role
from app.ledger import security
from app.ledger.db import read_only
from app.ledger.engine import utcnow
from app.ledger.schema import locations, merchants, operators

ALL_LOCATIONS = "*"
# The actor of command-line administration (`giftdesk init`, `giftdesk cards …`).
SYSTEM_ACTOR = Actor(operator="system", role=Role.ADMIN, location="HQ", terminal="cli")


@dataclass(frozen=True)
class Operator:
    id: int
    name: str
    role: Role
    locations: tuple[str, ...]
    active: bool

    def may_work_at(self, location: str) -> bool:
        return ALL_LOCATIONS in self.locations or location in self.locations


def ensure_merchant(engine: Engine, name: str) -> int:
    """The ledger's merchant (one per ledger); created with `name` if there is none yet."""
    with engine.begin() as conn:
        existing = conn.execute(select(merchants.c.id).order_by(merchants.c.id)).scalar()
        if existing is not None:
            return int(existing)
        return int(conn.execute(insert(merchants).values(name=name, created_at=utcnow())
                                .returning(merchants.c.id)).scalar_one())


def merchant_name(conn: Connection) -> str:
    return str(conn.execute(select(merchants.c.name).order_by(merchants.c.id)).scalar() or "")


def add_location(engine: Engine, code: str, name: str, merchant_id: int = 1) -> None:
    code = code.strip().upper()
    if not code or len(code) > 40:
        raise refuse(ErrorCode.VALIDATION_ERROR, "A location code has 1 to 40 characters.")
    with engine.begin() as conn:
        if conn.execute(select(locations.c.id).where(locations.c.code == code)).first():
            raise refuse(ErrorCode.VALIDATION_ERROR, f"Location {code} exists already.")
        conn.execute(insert(locations).values(merchant_id=merchant_id, code=code, name=name))


def list_locations(engine: Engine) -> list[tuple[str, str]]:
    with read_only(engine) as conn:
        return [(r.code, r.name) for r in conn.execute(
            select(locations.c.code, locations.c.name).order_by(locations.c.code))]


def add_operator(engine: Engine, name: str, pin: str, role: Role,
                 where: tuple[str, ...], merchant_id: int = 1) -> Operator:
    name = name.strip().lower()
    if not name or len(name) > 60:
        raise refuse(ErrorCode.VALIDATION_ERROR, "An operator name has 1 to 60 characters.")
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise refuse(ErrorCode.VALIDATION_ERROR, "An operator PIN is 4 to 12 digits.")
    with engine.begin() as conn:
        if conn.execute(select(operators.c.id).where(operators.c.name == name)).first():
            raise refuse(ErrorCode.VALIDATION_ERROR, f"Operator {name} exists already.")
        known = {r for r in conn.execute(select(locations.c.code)).scalars()}
        unknown = [w for w in where if w != ALL_LOCATIONS and w not in known]
        if unknown:
            raise refuse(ErrorCode.LOCATION_NOT_FOUND, f"Unknown location(s): {unknown}.")
        op_id = conn.execute(insert(operators).values(
            merchant_id=merchant_id, name=name, pin_hash=security.hash_pin(pin),
            role=role.label, locations=json.dumps(list(where)), active=True,
            created_at=utcnow()).returning(operators.c.id)).scalar_one()
    return Operator(op_id, name, role, where, True)


def find_operator(conn: Connection, name: str) -> tuple[Operator, str] | None:
    """The operator and its PIN hash, or None."""
    row = conn.execute(select(operators).where(
        operators.c.name == name.strip().lower())).first()
    if row is None:
        return None
    return (Operator(row.id, row.name, Role.parse(row.role), tuple(json.loads(row.locations)),
                     row.active), row.pin_hash)
