"""Operator sign-in: sessions with hashed, expiring bearer tokens, and manager approvals.

PINs are checked with Argon2 (`security.verify_pin`); a session token carries 256 random bits
and is stored only as its SHA-256. Unknown operators and wrong PINs take the same time and get
the same answer, so operator names cannot be probed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import Engine, delete, insert, or_, select, update

from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import Actor, Role
from app.ledger import directory, security
from app.ledger.directory import Operator
from app.ledger.schema import locations, operators, sessions

DEFAULT_SESSION_TTL = timedelta(hours=12)
BAD_CREDENTIALS = "The operator name or PIN is not right."
BAD_APPROVAL = ("The manager's name or PIN is not right, or they may not approve at this "
                "location.")


@dataclass(frozen=True)
class Session:
    """A signed-in operator at one location and terminal."""

    operator: Operator
    location: str
    terminal: str
    created_at: datetime
    expires_at: datetime

    def actor(self, *, training: bool = False) -> Actor:
        """Who acts in this session: its operator at its location and terminal."""
        return Actor(operator=self.operator.name, role=self.operator.role,
                     location=self.location, terminal=self.terminal, training=training)


@dataclass(frozen=True)
class SignedIn:
    token: str  # shown once; only its hash is stored
    session: Session
    merchant: str


@cache
def _decoy_hash() -> str:
    return security.hash_pin("00000000")


def decoy_pin_check(pin: str) -> None:
    """Spend the time of a real PIN check, so a miss cannot be told from a wrong PIN."""
    security.verify_pin(_decoy_hash(), pin)


def _credential_error(code: ErrorCode, detail: str, outcome: str) -> GiftDeskError:
    """A refusal whose audit outcome may be more precise than what the caller is told."""
    return refuse(code, detail, audit_outcome=outcome)


def normalize_location(location: str) -> str:
    return location.strip().upper()


class Auth:
    """Signs operators in and out and resolves bearer tokens and manager approvals."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime],
                 session_ttl: timedelta = DEFAULT_SESSION_TTL,
                 cache_for: timedelta = timedelta(0)) -> None:
        self.engine = engine
        self.clock = clock
        self.session_ttl = session_ttl
        # Sessions read from the database are trusted for `cache_for` in this process: a
        # sign-out elsewhere (or a changed operator) takes up to that long to reach it.
        self.cache_for = cache_for
        self._cache: dict[str, tuple[Session, datetime]] = {}

    def _verified(self, name: str, pin: str) -> Operator | None:
        """The active operator with this name and PIN, or None (in constant-ish time)."""
        with self.engine.connect() as conn:
            found = directory.find_operator(conn, name)
        if found is None:
            decoy_pin_check(pin)
            return None
        operator, pin_hash = found
        if not security.verify_pin(pin_hash, pin) or not operator.active:
            return None
        return operator

    def sign_in(self, name: str, pin: str, location: str, terminal: str) -> SignedIn:
        location, terminal = normalize_location(location), terminal.strip()
        if not terminal:
            raise refuse(ErrorCode.VALIDATION_ERROR, "Name the terminal (till) you work at.")
        with self.engine.connect() as conn:
            known = conn.execute(select(locations.c.id).where(
                locations.c.code == location)).first()
        if known is None:
            raise refuse(ErrorCode.LOCATION_NOT_FOUND, f"There is no location {location}.")
        operator = self._verified(name, pin)
        if operator is None:
            raise _credential_error(ErrorCode.UNAUTHORIZED, BAD_CREDENTIALS, "unauthorized")
        if not operator.may_work_at(location):
            raise refuse(ErrorCode.LOCATION_NOT_ALLOWED,
                         f"{operator.name} may not work at {location}.")
        token = security.new_session_token()
        now = self.clock()
        session = Session(operator, location, terminal, now, now + self.session_ttl)
        with self.engine.begin() as conn:
            conn.execute(insert(sessions).values(
                token_hash=security.hash_secret(token), operator_id=operator.id,
                location=location, terminal=terminal, created_at=now,
                expires_at=session.expires_at))
            merchant = directory.merchant_name(conn)
        return SignedIn(token, session, merchant)

    def cached_session(self, token: str) -> Session | None:
        """The session of a token checked less than `cache_for` ago, if still live."""
        found = self._cache.get(security.hash_secret(token))
        if found is None:
            return None
        session, checked_until = found
        now = self.clock()
        if now >= checked_until or now >= session.expires_at:
            return None
        return session

    def session(self, token: str) -> Session:
        """The live session of a bearer token, or `unauthorized`."""
        cached = self.cached_session(token)
        if cached is not None:
            return cached
        query = (select(sessions.c.location, sessions.c.terminal, sessions.c.created_at,
                        sessions.c.expires_at, sessions.c.revoked_at, operators.c.id,
                        operators.c.name, operators.c.role, operators.c.locations.label("allowed"),
                        operators.c.active)
                 .join(operators, operators.c.id == sessions.c.operator_id)
                 .where(sessions.c.token_hash == security.hash_secret(token)))
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="DEFERRED")
            with conn.begin():
                row = conn.execute(query).first()
        if row is None or row.revoked_at is not None or row.expires_at <= self.clock():
            raise refuse(ErrorCode.UNAUTHORIZED, "Your session has ended; sign in again.")
        operator = Operator(row.id, row.name, Role.parse(row.role),
                            tuple(json.loads(row.allowed)), row.active)
        if not operator.active or not operator.may_work_at(row.location):
            raise refuse(ErrorCode.UNAUTHORIZED,
                         "Your operator account changed; sign in again.")
        session = Session(operator, row.location, row.terminal, row.created_at, row.expires_at)
        if self.cache_for:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[security.hash_secret(token)] = (session, self.clock() + self.cache_for)
        return session

    def merchant(self) -> str:
        with self.engine.connect() as conn:
            return directory.merchant_name(conn)

    def sign_out(self, token: str) -> None:
        self._cache.pop(security.hash_secret(token), None)
        with self.engine.begin() as conn:
            conn.execute(update(sessions).where(
                sessions.c.token_hash == security.hash_secret(token),
                sessions.c.revoked_at.is_(None)).values(revoked_at=self.clock()))

    def approver(self, name: str, pin: str, location: str) -> Operator:
        """A manager or admin approving one request at `location` with their own PIN."""
        operator = self._verified(name, pin)
        if operator is None:
            raise _credential_error(ErrorCode.FORBIDDEN, BAD_APPROVAL, "unauthorized")
        if operator.role < Role.MANAGER or not operator.may_work_at(location):
            raise _credential_error(ErrorCode.FORBIDDEN, BAD_APPROVAL, "forbidden")
        return operator

    def purge(self, *, keep: timedelta = timedelta(days=7)) -> int:
        """Delete sessions that ended more than `keep` ago; returns how many."""
        cutoff = self.clock() - keep
        with self.engine.begin() as conn:
            return int(conn.execute(delete(sessions).where(or_(
                sessions.c.expires_at < cutoff, sessions.c.revoked_at < cutoff))).rowcount)
