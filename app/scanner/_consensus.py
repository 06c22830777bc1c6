"""Turn a stream of per-frame QR reads into single, deliberate scan events."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence


class ScanConsensus:
    """Accept a payload once enough frames agree on it, and not again too soon.

    Rules, applied to each frame passed to `feed` (``now`` is monotonic seconds):

    * A frame that shows exactly one distinct payload is a read of that payload.
    * A payload is accepted, and `feed` returns it, when ``required`` reads of it fall within
      ``window`` seconds (the first and the last of them at most ``window`` apart).
    * A read of a different payload, or a frame showing several different payloads (which one
      did the customer mean?), resets the agreement built so far.
    * A frame with no payload neither counts nor resets: cameras miss frames; reads older than
      ``window`` simply stop counting.
    * Once accepted, a payload is ignored for ``cooldown`` seconds from the moment of
      acceptance; reads of it in that time count for nothing (they still reset another
      payload's agreement). After the cooldown it needs ``required`` fresh reads again.

    Feed only payloads you would act on (e.g. those `parse_card_ref` accepts), so a stray
    poster QR in view does not block every scan.
    """

    def __init__(self, required: int = 2, window: float = 1.5, cooldown: float = 3.0) -> None:
        if required < 1:
            raise ValueError("required must be at least 1.")
        if window < 0 or cooldown < 0:
            raise ValueError("window and cooldown must not be negative.")
        self.required = required
        self.window = window
        self.cooldown = cooldown
        self._candidate: str | None = None
        self._reads: deque[float] = deque()
        self._accepted_at: dict[str, float] = {}

    def feed(self, payloads: Sequence[str], now: float) -> str | None:
        """Record one frame's payloads; return a payload the moment it is accepted."""
        if isinstance(payloads, str):
            raise TypeError("feed takes a sequence of payloads, not a single string.")
        distinct = list(dict.fromkeys(p for p in payloads if p))
        if not distinct:
            return None
        if len(distinct) > 1:
            self._clear_candidate()
            return None
        payload = distinct[0]
        self._forget_cooldowns(now)
        if payload in self._accepted_at:
            self._clear_candidate()
            return None
        if payload != self._candidate:
            self._clear_candidate()
            self._candidate = payload
        self._reads.append(now)
        while self._reads and now - self._reads[0] > self.window:
            self._reads.popleft()
        if len(self._reads) < self.required:
            return None
        self._clear_candidate()
        self._accepted_at[payload] = now
        return payload

    def reset(self) -> None:
        """Forget agreement and cooldowns, e.g. when the camera is switched off and on."""
        self._clear_candidate()
        self._accepted_at.clear()

    def _clear_candidate(self) -> None:
        self._candidate = None
        self._reads.clear()

    def _forget_cooldowns(self, now: float) -> None:
        expired = [p for p, t in self._accepted_at.items() if now - t >= self.cooldown]
        for p in expired:
            del self._accepted_at[p]
