"""What every route works with: the ledger, sign-in, the guessing limit, key claims, audit."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from app.domain.codes import CardRef, parse_card_ref
from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.domain.model import Actor, Kind
from app.ledger import audit
from app.ledger.auth import Auth, decoy_pin_check
from app.ledger.engine import Ledger, actor_scope
from app.ledger.idempotency import KeyClaims
from app.ledger.ratelimit import IN_FLIGHT_WAIT_S, GuessLimiter
from app.protocol.models import Pin
from app.server.settings import ApiSettings

log = logging.getLogger("giftdesk.api")
_MAX_KINDS = 100_000


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

    def __post_init__(self) -> None:
        engine, clock, s = self.ledger.engine, self.ledger.clock, self.settings
        # A duplicate in another server process is told at once that the first still runs.
        self.ledger.refuse_in_flight = True
        self.auth = Auth(engine, clock, s.session_ttl, s.session_cache)
        self.limiter = GuessLimiter(engine, clock, s.guess_policy())
        self.claims = KeyClaims(engine, clock)

    async def stop(self) -> None:
        """The app's lifespan ends: close what the context opened."""
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
                key: str | None = None, pin: str | None = None) -> Iterator[None]:
        """Run one request's work: guessing limit, key claim, and an audit entry if refused.

        A request that names a card is a guess at it: it reserves an attempt on its operator's
        and till's counters before anything looks the card up, and keeps it if the card is
        unknown or its PIN wrong or missing. An unknown card with a PIN given costs a PIN
        check too, so both take about as long. (The ledger's writer queues its changes for
        the database itself.)
        """
        reservation = None
        if card is not None:
            reservation = self.limiter.reserve(self.limiter.card(actor),
                                               wait_s=IN_FLIGHT_WAIT_S)
        scope = str(actor_scope(actor))
        try:
            with self.claims.claim(scope, key):
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
        if reservation is not None:  # a right guess: its attempts stay in hand a moment
            self.limiter.settle(reservation, None, spare=True)

    # ----------------------------------------------------------------- card kinds

    def card_kind(self, ref: CardRef, training: bool) -> Kind:
        """Whether a card holds money or items: cached, as a program with cards never changes
        its kind (`program_field_locked`)."""
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
