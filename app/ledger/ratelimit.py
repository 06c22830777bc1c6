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

A guess that turns out right gives its attempts back. A request naming a card that turns out
right keeps its attempts in hand for a moment (`SPARE_S`) instead: the next request of the same
till in this process takes them without a round trip to the counters, and what nobody took is
given back then. Held attempts stay counted, so holding them only ever makes the limit
stricter for a moment, never looser; at a busy till it saves two writes per request.
"""

from __future__ import annotations

import logging
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

log = logging.getLogger(__name__)
FIVE_MINUTES = timedelta(minutes=5)
# A card request finding a counter full while this process has attempts in flight on it waits
# this long for them to be settled (a busy till's requests are mostly no guesses at all)
# before it is refused; with none in flight here it is refused at once.
IN_FLIGHT_WAIT_S = 2.0
_RETRY_EVERY_S = 0.02
# How long attempts given back by a right guess stay in hand for this process's next request.
SPARE_S = 0.25


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
        self._spare: Counter[str] = Counter()  # counted attempts in hand, not in use
        self._spare_at: dict[str, float] = {}  # when each key's last one came in hand
        self._closed = threading.Event()
        self._giver: threading.Thread | None = None

    def close(self) -> None:
        self._closed.set()
        if self._giver is not None:
            self._giver.join()
        self._give_back_spares(older_than=-1.0)
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
        keys = sorted({c.key[:KEY_SIZE] for c in counted})
        while True:
            reservation = self._take_spares(keys)
            if reservation is None:
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

    def settle(self, reservation: Reservation, error: BaseException | None, *,
               spare: bool = False) -> None:
        """After the check: a right guess (or no guess at all) gives its attempts back, or,
        with `spare`, keeps them in hand for a moment (see the module)."""
        try:
            if error is None or not (isinstance(error, GiftDeskError) and keep(error)):
                if spare:
                    self._hold(reservation)
                else:
                    self.guesses.release(reservation)
        finally:
            with self._lock:
                self._in_flight.subtract(reservation.keys)
                for key in reservation.keys:
                    if self._in_flight[key] <= 0:
                        del self._in_flight[key]

    def _take_spares(self, keys: Sequence[str]) -> Reservation | None:
        """An attempt on every key from those in hand, if there is one for each."""
        with self._lock:
            if not keys or any(self._spare[key] <= 0 for key in keys):
                return None
            for key in keys:
                self._spare[key] -= 1
        return Reservation(tuple(keys))

    def _hold(self, reservation: Reservation) -> None:
        now = time.monotonic()
        with self._lock:
            if self._closed.is_set():
                held = False
            else:
                held = True
                for key in reservation.keys:
                    self._spare[key] += 1
                    self._spare_at[key] = now
                if self._giver is None:
                    self._giver = threading.Thread(target=self._give_back_loop,
                                                   name="guess-spares", daemon=True)
                    self._giver.start()
        if not held:
            self.guesses.release(reservation)

    def _give_back_loop(self) -> None:
        while not self._closed.wait(SPARE_S / 2):
            try:
                self._give_back_spares(older_than=SPARE_S)
            except Exception:  # the database away for a moment: try again next time
                log.warning("could not give back guess attempts", exc_info=True)

    def _give_back_spares(self, older_than: float) -> None:
        """Give back the attempts in hand that nobody took for `older_than` seconds."""
        now = time.monotonic()
        with self._lock:
            due = [key for key, n in self._spare.items()
                   if n > 0 and now - self._spare_at.get(key, 0.0) > older_than]
            keys = [key for key in due for _ in range(self._spare.pop(key))]
            # Forget every key with nothing in hand (taken by a request since): a till or a
            # made-up terminal seen once must not stay in memory for good.
            for key in [k for k, n in self._spare.items() if n <= 0]:
                del self._spare[key]
            for key in [k for k in self._spare_at if k not in self._spare]:
                del self._spare_at[key]
        if keys:
            self.guesses.release(Reservation(tuple(sorted(keys))))

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
