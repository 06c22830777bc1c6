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
flight at once count too: each limit is far above what one till sends at a time.

A guess that turns out right gives its attempts back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine

from app.domain.errors import GiftDeskError
from app.domain.model import Actor
from app.ledger.guesses import Counted, Guesses, Limit, Reservation, keep

FIVE_MINUTES = timedelta(minutes=5)


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

    def reserve(self, counted: Sequence[Counted]) -> Reservation:
        """Attempts on every counter, or `rate_limited` (with `retry_after_s`)."""
        return self.guesses.reserve(counted)

    def settle(self, reservation: Reservation, error: BaseException | None) -> None:
        """After the check: a right guess (or no guess at all) gives its attempts back."""
        if error is None or not (isinstance(error, GiftDeskError) and keep(error)):
            self.guesses.release(reservation)

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
