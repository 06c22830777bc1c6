"""Who is counted when someone guesses: the limits of sign-ins, approvals and card look-ups.

Every guess reserves an attempt on each of its counters before it is checked
(`app.ledger.guesses`), so a burst of guesses at once never checks more than a limit allows:

- a sign-in counts on the operator name it names (the target) and on the client's address
  (the source: nobody is signed in yet); never on the terminal it names, which anyone can
  name, and never on sessions that exist: a stranger's failed sign-ins refuse new sign-ins for
  that name for a while, and touch nobody who is signed in;
- a manager's approval (`X-Manager-Pin`) counts on the manager named (the same counter as their
  sign-ins: one PIN, one budget) and on the signed-in operator asking and their till;
- a request naming a card (an unknown code, a wrong or missing card PIN) counts on the
  session's operator at its till (location and terminal), and, with a higher limit, on the
  operator over all their sessions (so opening sessions at made-up terminals buys little);
  nobody else's guesses reach a till's counter. A card's own PINs are counted on the card
  (five wrong ones lock it, `rules.MAX_WRONG_PINS`).

An attempt is reserved while its guess is being checked, so the requests one counter has in
flight at once count too: a request naming a card that finds a counter full waits a moment
(`IN_FLIGHT_WAIT_S`) for attempts in flight to be given back before it is refused, so a busy
till or API key is slowed, not refused, by its own requests that were no guesses.

A guess that turns out right gives its attempts back.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine

from app.domain.errors import GiftDeskError
from app.domain.model import Actor
from app.ledger.guesses import KEY_SIZE, Counted, Guesses, Limit, Reservation, keep

FIVE_MINUTES = timedelta(minutes=5)
# A card request finding a counter full while this process has attempts in flight on it waits
# this long for them to be settled (a busy till's requests are mostly no guesses at all)
# before it is refused; with none in flight here it is refused at once.
IN_FLIGHT_WAIT_S = 2.0
_RETRY_EVERY_S = 0.02


@dataclass(frozen=True)
class GuessPolicy:
    """The limits (attempts per window, per counter)."""

    # PINs tried for one operator name
    per_name: Limit = field(default_factory=lambda: Limit(10, FIVE_MINUTES))
    # sign-ins failed from one client address
    per_address: Limit = field(default_factory=lambda: Limit(20, FIVE_MINUTES))
    # cards and approvals guessed by a signed-in operator at one till
    per_till: Limit = field(default_factory=lambda: Limit(10, FIVE_MINUTES))
    # ... and by one operator at all tills together
    per_operator: Limit = field(default_factory=lambda: Limit(50, FIVE_MINUTES))


class GuessLimiter:
    """Builds each guess's counters and reserves them around its check."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime],
                 policy: GuessPolicy) -> None:
        self.guesses = Guesses(engine, clock)
        self.policy = policy
        self._lock = threading.Lock()
        self._in_flight: Counter[str] = Counter()  # this process's unsettled attempts

    def close(self) -> None:
        self.guesses.close()

    def sign_in(self, name: str, address: str) -> list[Counted]:
        return [Counted(f"pin:{name.strip().lower()}", self.policy.per_name),
                Counted(f"addr:{address}", self.policy.per_address)]

    def card(self, actor: Actor) -> list[Counted]:
        return [Counted(f"op:{actor.operator}", self.policy.per_operator),
                Counted(f"till:{actor.location}/{actor.terminal}/{actor.operator}",
                        self.policy.per_till)]

    def approval(self, actor: Actor, manager: str) -> list[Counted]:
        return [Counted(f"pin:{manager.strip().lower()}", self.policy.per_name),
                *self.card(actor)]

    def reserve(self, counted: Sequence[Counted], wait_s: float = 0.0) -> Reservation:
        """Attempts on every counter, or `rate_limited` (with `retry_after_s`); a full
        counter is tried again for up to `wait_s` while this process has attempts in flight
        on it (they may be given back)."""
        deadline = time.monotonic() + wait_s
        keys = {c.key[:KEY_SIZE] for c in counted}
        while True:
            try:
                reservation = self.guesses.reserve(counted)
            except GiftDeskError:
                with self._lock:
                    pending = any(self._in_flight[key] for key in keys)
                if not pending or time.monotonic() + _RETRY_EVERY_S > deadline:
                    raise
                time.sleep(_RETRY_EVERY_S)
                continue
            with self._lock:
                self._in_flight.update(reservation.keys)
            return reservation

    def settle(self, reservation: Reservation, error: BaseException | None) -> None:
        """After the check: a right guess (or no guess at all) gives its attempts back."""
        try:
            if error is None or not (isinstance(error, GiftDeskError) and keep(error)):
                self.guesses.release(reservation)
        finally:
            with self._lock:
                self._in_flight.subtract(reservation.keys)
                for key in reservation.keys:
                    if self._in_flight[key] <= 0:
                        del self._in_flight[key]

    @contextmanager
    def guessing(self, counted: Sequence[Counted],
                 reserved: Reservation | None = None) -> Iterator[Reservation]:
        """Check a guess inside: reserved first (or already, `reserved`), settled after."""
        reservation = reserved if reserved is not None else self.reserve(counted)
        try:
            yield reservation
        except BaseException as exc:
            self.settle(reservation, exc)
            raise
        self.settle(reservation, None)
