"""People and stores of a real merchant: first set-up, locations and operators.

Every change runs through the ledger's one writer (`Ledger._change`): one transaction,
idempotent by request id, with an audit row written in that same transaction (who, where,
when). PINs are hashed before the transaction starts (Argon2 is slow; SQLite's write lock is
not held for it) and never enter a request's fingerprint.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, func, insert, select, update

from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, Role
from app.domain.money import check_currency
from app.ledger import security
from app.ledger.audit import record_in as audit_in
from app.ledger.db import read_only
from app.ledger.directory import ALL_LOCATIONS
from app.ledger.engine import Ledger
from app.ledger.schema import locations, merchants, operators, sessions

R = TypeVar("R")
# The actor of the first set-up: nobody is signed in yet.
SETUP_ACTOR = Actor(operator="setup", role=Role.ADMIN, location="SETUP", terminal="setup")


@dataclass(frozen=True)
class Location:
    code: str
    name: str


@dataclass(frozen=True)
class OperatorInfo:
    """An operator as an admin sees them (never the PIN)."""

    name: str
    role: str
    locations: tuple[str, ...]
    disabled: bool


@dataclass(frozen=True)
class LedgerInfo:
    """What a client needs to know before anyone signs in."""

    merchant: str
    currency: str | None
    demo: bool
    set_up: bool  # at least one operator exists: set-up is closed
    locations: tuple[str, ...]


@dataclass(frozen=True)
class SetupResult:
    merchant: str
    currency: str
    location: Location
    admin: OperatorInfo


def change(ledger: Ledger, actor: Actor, request_id: str | None, op: str,
           params: dict[str, Any], result_type: type[R],
           body: Callable[[Connection, datetime], R], *, audit: str | None = None) -> R:
    """One audited write through the ledger's writer (its transaction and idempotency)."""

    def audited(conn: Connection, now: datetime) -> R:
        result = body(conn, now)
        audit_in(conn, actor, op, now, audit or json.dumps(params, default=str))
        return result

    return ledger._change(actor, request_id, op, params, result_type, audited)


# ----------------------------------------------------------------- checks

def location_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not code or len(code) > 40 or not code.isprintable() or "," in code or code == "*":
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     "A store code has 1 to 40 characters, without commas (e.g. STORE-1).")
    return code


def location_name(name: str, code: str) -> str:
    name = (name or "").strip() or code
    if len(name) > 120:
        raise refuse(ErrorCode.VALIDATION_ERROR, "A store name has at most 120 characters.")
    return name


def operator_name(name: str) -> str:
    name = (name or "").strip().lower()
    if not name or len(name) > 50 or not name.isprintable() or name.startswith("key:"):
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     "An operator name has 1 to 50 characters (it is their sign-in name).")
    return name


def check_pin(pin: str) -> str:
    if not (isinstance(pin, str) and pin.isdigit() and 4 <= len(pin) <= 12):
        raise refuse(ErrorCode.VALIDATION_ERROR, "An operator PIN is 4 to 12 digits.")
    return pin


def role_of(role: str | Role) -> Role:
    if isinstance(role, Role):
        return role
    try:
        return Role.parse(str(role))
    except KeyError:
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     "A role is cashier, manager or admin.") from None


def where_of(codes: Sequence[str]) -> tuple[str, ...]:
    """Location codes as stored: upper case, sorted, no repeats; "*" means every store."""
    cleaned = {str(c).strip().upper() for c in codes if str(c).strip()}
    if ALL_LOCATIONS in cleaned:
        return (ALL_LOCATIONS,)
    if not cleaned:
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     "Name at least one store (or * for every store).")
    return tuple(sorted(location_code(c) for c in cleaned))


def _known_locations(conn: Connection, where: Sequence[str]) -> None:
    known = set(conn.execute(select(locations.c.code)).scalars())
    unknown = sorted(w for w in where if w != ALL_LOCATIONS and w not in known)
    if unknown:
        raise refuse(ErrorCode.LOCATION_NOT_FOUND,
                     f"There is no store {', '.join(unknown)}; add it first.")


def _info(row: Any) -> OperatorInfo:
    return OperatorInfo(name=row.name, role=Role.parse(row.role).label,
                        locations=tuple(json.loads(row.locations)), disabled=not row.active)


# ----------------------------------------------------------------- reads

def ledger_info(engine: Engine) -> LedgerInfo:
    with read_only(engine) as conn:
        merchant = conn.execute(select(merchants).order_by(merchants.c.id)).first()
        count = conn.execute(select(func.count()).select_from(operators)).scalar_one()
        codes = tuple(conn.execute(select(locations.c.code).order_by(locations.c.code))
                      .scalars())
    return LedgerInfo(merchant=merchant.name if merchant else "",
                      currency=merchant.currency if merchant else None,
                      demo=bool(merchant.demo) if merchant else False,
                      set_up=count > 0, locations=codes)


def list_locations(engine: Engine) -> list[Location]:
    with read_only(engine) as conn:
        return [Location(r.code, r.name) for r in conn.execute(
            select(locations.c.code, locations.c.name).order_by(locations.c.code))]


def list_operators(engine: Engine) -> list[OperatorInfo]:
    with read_only(engine) as conn:
        return [_info(r) for r in conn.execute(select(operators).order_by(operators.c.name))]


# ----------------------------------------------------------------- set-up

def set_up(ledger: Ledger, *, merchant: str, currency: str, location: str,
           location_label: str = "", admin: str, pin: str, demo: bool = False,
           actor: Actor = SETUP_ACTOR, request_id: str | None = None) -> SetupResult:
    """The first set-up of an empty ledger: the merchant, the first store, the first admin.

    Only while the ledger has no operator: afterwards the answer is `already_set_up`.
    """
    merchant = (merchant or "").strip()
    if not merchant or len(merchant) > 120:
        raise refuse(ErrorCode.VALIDATION_ERROR, "The shop's name has 1 to 120 characters.")
    currency = check_currency(currency)
    code = location_code(location)
    label = location_name(location_label, code)
    name = operator_name(admin)
    pin_hash = security.hash_pin(check_pin(pin))

    def body(conn: Connection, now: datetime) -> SetupResult:
        if conn.dialect.name == "postgresql":  # two set-ups at once: one waits, then refuses
            conn.execute(select(func.pg_advisory_xact_lock(7_406_001)))
        if conn.execute(select(func.count()).select_from(operators)).scalar_one():
            raise refuse(ErrorCode.ALREADY_SET_UP,
                         "This ledger is set up already; sign in as an admin to change it.")
        merchant_id = conn.execute(select(merchants.c.id).order_by(merchants.c.id)).scalar()
        if merchant_id is None:
            merchant_id = conn.execute(insert(merchants).values(
                name=merchant, currency=currency, demo=demo, created_at=now)
                .returning(merchants.c.id)).scalar_one()
        else:
            conn.execute(update(merchants).where(merchants.c.id == merchant_id)
                         .values(name=merchant, currency=currency, demo=demo))
        if conn.execute(select(locations.c.id).where(locations.c.code == code)).first() is None:
            conn.execute(insert(locations).values(merchant_id=merchant_id, code=code,
                                                  name=label))
        conn.execute(insert(operators).values(
            merchant_id=merchant_id, name=name, pin_hash=pin_hash, role=Role.ADMIN.label,
            locations=json.dumps([ALL_LOCATIONS]), active=True, created_at=now))
        return SetupResult(merchant, currency, Location(code, label),
                           OperatorInfo(name, Role.ADMIN.label, (ALL_LOCATIONS,), False))

    params = {"merchant": merchant, "currency": currency, "location": code, "label": label,
              "admin": name, "demo": demo}
    return change(ledger, actor, request_id, "set_up", params, SetupResult, body)


def mark_demo(engine: Engine, currency: str = "USD") -> None:
    """The ledger holds demo data: the sign-in screen may show the demo PINs."""
    with engine.begin() as conn:
        conn.execute(update(merchants).values(demo=True))
        conn.execute(update(merchants).where(merchants.c.currency.is_(None))
                     .values(currency=currency))


# ----------------------------------------------------------------- locations

def add_location(ledger: Ledger, actor: Actor, code: str, name: str = "",
                 request_id: str | None = None) -> Location:
    _require(actor, Role.ADMIN, "add stores")
    code = location_code(code)
    label = location_name(name, code)

    def body(conn: Connection, now: datetime) -> Location:
        if conn.execute(select(locations.c.id).where(locations.c.code == code)).first():
            raise refuse(ErrorCode.LOCATION_EXISTS, f"There is a store {code} already.")
        merchant_id = conn.execute(select(merchants.c.id).order_by(merchants.c.id)).scalar()
        if merchant_id is None:
            raise refuse(ErrorCode.VALIDATION_ERROR, "Set the ledger up first.")
        conn.execute(insert(locations).values(merchant_id=merchant_id, code=code, name=label))
        return Location(code, label)

    return change(ledger, actor, request_id, "add_location", {"code": code, "name": label},
                  Location, body)


def rename_location(ledger: Ledger, actor: Actor, code: str, name: str,
                    request_id: str | None = None) -> Location:
    _require(actor, Role.ADMIN, "rename stores")
    code = location_code(code)
    label = location_name(name, code)

    def body(conn: Connection, now: datetime) -> Location:
        done = conn.execute(update(locations).where(locations.c.code == code)
                            .values(name=label)).rowcount
        if not done:
            raise refuse(ErrorCode.LOCATION_NOT_FOUND, f"There is no store {code}.")
        return Location(code, label)

    return change(ledger, actor, request_id, "rename_location", {"code": code, "name": label},
                  Location, body)


# ----------------------------------------------------------------- operators

def add_operator(ledger: Ledger, actor: Actor, name: str, pin: str, role: str | Role,
                 where: Sequence[str], request_id: str | None = None) -> OperatorInfo:
    _require(actor, Role.ADMIN, "add operators")
    name, level, places = operator_name(name), role_of(role), where_of(where)
    pin_hash = security.hash_pin(check_pin(pin))

    def body(conn: Connection, now: datetime) -> OperatorInfo:
        if conn.execute(select(operators.c.id).where(operators.c.name == name)).first():
            raise refuse(ErrorCode.OPERATOR_EXISTS, f"There is an operator {name} already.")
        _known_locations(conn, places)
        conn.execute(insert(operators).values(
            merchant_id=conn.execute(select(merchants.c.id).order_by(merchants.c.id)).scalar()
            or 1, name=name, pin_hash=pin_hash, role=level.label,
            locations=json.dumps(list(places)), active=True, created_at=now))
        return OperatorInfo(name, level.label, places, False)

    params = {"name": name, "role": level.label, "locations": list(places), "pin": True}
    return change(ledger, actor, request_id, "add_operator", params, OperatorInfo, body)


def update_operator(ledger: Ledger, actor: Actor, name: str, *, role: str | Role | None = None,
                    where: Sequence[str] | None = None, disabled: bool | None = None,
                    pin: str | None = None, request_id: str | None = None) -> OperatorInfo:
    """Change an operator's role, stores, PIN or whether they may sign in. Disabling, a new
    PIN, a new role or fewer stores end their sessions (they sign in again)."""
    _require(actor, Role.ADMIN, "change operators")
    name = operator_name(name)
    values: dict[str, Any] = {}
    if role is not None:
        values["role"] = role_of(role).label
    if where is not None:
        values["locations"] = json.dumps(list(where_of(where)))
    if disabled is not None:
        values["active"] = not disabled
    pin_hash = security.hash_pin(check_pin(pin)) if pin is not None else None
    if pin_hash is not None:
        values["pin_hash"] = pin_hash
    if not values:
        raise refuse(ErrorCode.VALIDATION_ERROR, "Nothing to change.")
    if name == actor.operator and (disabled or values.get("role", "admin") != "admin"):
        raise refuse(ErrorCode.LAST_ADMIN,
                     "You cannot disable yourself or lower your own role; ask another admin.")

    def body(conn: Connection, now: datetime) -> OperatorInfo:
        row = conn.execute(select(operators).where(operators.c.name == name)
                           .with_for_update()).first()
        if row is None:
            raise refuse(ErrorCode.OPERATOR_NOT_FOUND, f"There is no operator {name}.")
        if "locations" in values:
            _known_locations(conn, json.loads(values["locations"]))
        losing_admin = row.role == "admin" and row.active and (
            values.get("role", "admin") != "admin" or values.get("active") is False)
        if losing_admin:
            admins = conn.execute(select(func.count()).select_from(operators).where(
                operators.c.role == "admin", operators.c.active.is_(True))).scalar_one()
            if admins <= 1:
                raise refuse(ErrorCode.LAST_ADMIN,
                             f"{name} is the last admin; make another admin first.")
        conn.execute(update(operators).where(operators.c.id == row.id).values(**values))
        if set(values) & {"active", "pin_hash", "role", "locations"}:
            conn.execute(update(sessions).where(sessions.c.operator_id == row.id,
                                                sessions.c.revoked_at.is_(None))
                         .values(revoked_at=now))
        return _info(conn.execute(select(operators).where(operators.c.id == row.id)).one())

    params = {"name": name, **{k: v for k, v in values.items() if k != "pin_hash"},
              "pin": pin_hash is not None}
    return change(ledger, actor, request_id, "update_operator", params, OperatorInfo, body)


def _require(actor: Actor, role: Role, action: str) -> None:
    from app.domain import rules

    rules.require_role(actor, role, action)
