"""What every route works with: the ledger, sign-in, the guessing limit, key claims, audit."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from app.domain.codes import CardRef, parse_card_ref
from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import Actor, Kind
from app.ledger import audit
from app.ledger.auth import Auth, decoy_pin_check
from app.ledger.db import is_sqlite
from app.ledger.engine import Ledger, actor_scope
from app.ledger.everyday import Attempt
from app.ledger.group_commit import GroupCommit
from app.ledger.guesses import Reservation
from app.ledger.idempotency import KeyClaims
from app.ledger.pg_async import AsyncEveryday
from app.ledger.ratelimit import IN_FLIGHT_WAIT_S, GuessLimiter
from app.ledger.results import Redemption
from app.ledger.writelock import WriteQueue
from app.protocol.models import Pin
from app.server.settings import ApiSettings

log = logging.getLogger("giftdesk.api")
_MAX_KINDS = 100_000
# Where the everyday path leaves its guess reservation for the route (the request's state).
HANDOVER = "giftdesk_guess_reservation"


def _card_code(ref: str | None) -> str | None:
    """The 12-digit code named by a reference, for the audit log (None for a token)."""
    if ref is None:
        return None
    try:
        parsed = parse_card_ref(ref)
    except GiftDeskError:
        return None
    return parsed.value if parsed.kind == "code" else None


@dataclass
class ApiContext:
    """One app's state, shared by its requests (`app.state.context`)."""

    ledger: Ledger
    settings: ApiSettings
    auth: Auth = field(init=False)
    limiter: GuessLimiter = field(init=False)
    claims: KeyClaims = field(init=False)
    _kinds: dict[tuple[str, str], Kind] = field(init=False, default_factory=dict)
    _kinds_lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    _sqlite_writes: WriteQueue | None = field(init=False, default=None)
    _pg_async: AsyncEveryday | None = field(init=False, default=None)
    _group_commit: GroupCommit | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        engine, clock, s = self.ledger.engine, self.ledger.clock, self.settings
        # A duplicate in another server process is told at once that the first still runs.
        self.ledger.refuse_in_flight = True
        self.auth = Auth(engine, clock, s.session_ttl, s.session_cache)
        self.limiter = GuessLimiter(engine, clock, s.guess_policy())
        self.claims = KeyClaims(engine, clock)
        if is_sqlite(engine):
            self._sqlite_writes = WriteQueue(engine.url.database)
            self._group_commit = GroupCommit(self.ledger, self._sqlite_writes)
        elif engine.dialect.name == "postgresql":
            self._pg_async = AsyncEveryday(self.ledger)

    def start(self) -> None:
        """The app's lifespan starts: on PostgreSQL, everyday redemptions go async."""
        if self._pg_async is not None:
            self._pg_async.start()

    async def stop(self) -> None:
        """The app's lifespan ends: close what `start()` opened."""
        if self._pg_async is not None:
            await self._pg_async.stop()
        self.limiter.close()

    # ----------------------------------------------------------------- audit

    def record(self, entry: audit.AuditEntry) -> None:
        try:
            audit.record(self.ledger.engine, entry, self.ledger.clock())
        except Exception:  # the refusal is still answered; the log line keeps the facts
            log.exception("could not write the audit log: %s", entry)

    def record_refusal(self, actor: Actor, action: str, exc: GiftDeskError,
                       card: str | None = None) -> None:
        self.record(audit.AuditEntry(
            action=action, outcome=str(exc.extra.get("audit_outcome", exc.code.value)),
            operator=actor.operator, location=actor.location, terminal=actor.terminal,
            approved_by=actor.approved_by, card_code=_card_code(card), detail=exc.detail))

    # ----------------------------------------------------------------- attempts

    @contextmanager
    def attempt(self, actor: Actor, action: str, *, card: str | None = None,
                key: str | None = None, pin: str | None = None, writes: bool = True,
                reserved: Reservation | None = None) -> Iterator[None]:
        """Run one request's work: guessing limit, key claim, and an audit entry if refused.

        A request that names a card is a guess at it: it reserves an attempt on its operator's
        and till's counters before anything looks the card up (`reserved`: one the everyday
        path made already), and keeps it if the card is unknown or its PIN wrong or missing.
        An unknown card with a PIN given costs a PIN check too, so both take about as long.
        On SQLite, the changes of every server process queue here for the database's one
        write lock (`WriteQueue`), instead of all polling for it.
        """
        reservation = None
        if card is not None:
            reservation = reserved or self.limiter.reserve(self.limiter.card(actor),
                                                           wait_s=IN_FLIGHT_WAIT_S)
        scope = str(actor_scope(actor))
        queue = self._sqlite_writes.turn() if writes and self._sqlite_writes else nullcontext()
        try:
            with self.claims.claim(scope, key), queue:
                yield
        except GiftDeskError as exc:
            if exc.code is ErrorCode.CARD_NOT_FOUND and pin:
                decoy_pin_check(pin)
            if reservation is not None:
                self.limiter.settle(reservation, exc)
            if exc.code is not ErrorCode.REQUEST_IN_PROGRESS:  # a duplicate, not a refusal
                self.record_refusal(actor, action, exc, card)
            raise
        except BaseException as exc:
            if reservation is not None:
                self.limiter.settle(reservation, exc)
            raise
        if reservation is not None:
            self.limiter.settle(reservation, None)

    # ----------------------------------------------------------------- everyday redemptions

    async def redeem_everyday(self, attempt: Attempt,
                              handover: dict[str, Any] | None = None) -> Redemption | None:
        """An everyday redemption (`app.ledger.everyday`) on the event loop, with what
        `attempt()` does around a request (the guessing limit, the key's claim, the SQLite
        write queue, there with a group commit); None, with nothing written, leaves the request
        to the general path, which then uses the attempt reserved here (`handover`)."""
        actor, key = attempt.actor, attempt.request_id
        try:
            reservation = await asyncio.to_thread(self.limiter.reserve,
                                                  self.limiter.card(actor))
        except GiftDeskError:  # over the limit: the general path answers so
            return None
        result: Redemption | None = None
        try:
            if key is None or self.claims.try_claim(attempt.scope, key):
                try:
                    if self._pg_async is not None:
                        result = await self._pg_async.redeem(attempt)
                    elif self._group_commit is not None:
                        result = await self._group_commit.redeem(attempt)
                finally:
                    if key is not None:
                        self.claims.release(attempt.scope, key)
        finally:
            if result is not None:
                await asyncio.to_thread(self.limiter.settle, reservation, None)
            elif handover is not None:
                handover[HANDOVER] = reservation
            else:
                await asyncio.to_thread(self.limiter.settle, reservation, None)
        return result

    # ----------------------------------------------------------------- card kinds

    def card_kind(self, ref: CardRef, training: bool) -> Kind:
        """Whether a card holds money or items (a card's program never changes: cached)."""
        key = (ref.kind, ref.value)
        kind = self._kinds.get(key)
        if kind is None:
            kind = self.ledger.get_card(ref, training=training).kind
            with self._kinds_lock:
                if len(self._kinds) >= _MAX_KINDS:
                    self._kinds.clear()
                self._kinds[key] = kind
        return kind

    def units(self, actor: Actor, ref: CardRef, amount: int | None, quantity: int | None,
              pin: Pin | None) -> int:
        """`amount` for a card that holds money, `quantity` for one that holds items."""
        kind = self.card_kind(ref, actor.training)
        if kind is Kind.MONETARY and quantity is not None:
            detail = ("This card holds money: send amount (in minor units), not quantity.")
        elif kind is Kind.ITEM and amount is not None:
            detail = "This card holds items: send quantity (a number of items), not amount."
        else:
            units = amount if amount is not None else quantity
            assert units is not None
            return units
        # Say so only to someone who may see the card: check its PIN (if it has one) first.
        self.ledger.validate(actor, ref, pin=pin)
        raise refuse(ErrorCode.INVALID_AMOUNT, detail)
