"""Turn a stream of per-frame QR reads into single, deliberate scan events."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class _Held:
    """An accepted payload, blocked until the camera has watched it be gone long enough."""

    absent_since: float | None = None
    absent_frames: int = 0


class ScanConsensus:
    """Accept a payload once enough frames agree on it, and again only after it left the view.

    Rules, applied to each frame passed to `feed` (``now`` is monotonic seconds):

    * A frame that shows exactly one distinct payload is a read of that payload.
    * A payload is accepted, and `feed` returns it, when ``required`` reads of it fall within
      ``window`` seconds (the first and the last of them at most ``window`` apart).
    * A read of a different payload, or a frame showing several different payloads (which one
      did the customer mean?), resets the agreement built so far.
    * A frame with no payload neither counts nor resets agreement: cameras miss frames; reads
      older than ``window`` simply stop counting.
    * An accepted payload is *held*: reads of it count for nothing (they still reset another
      payload's agreement) until it has been out of view, that is absent from at least
      ``gone_frames`` frames in a row spanning at least ``gone_after`` seconds. A card the
      customer keeps holding up therefore never reopens; taken away and shown again, it does.
    * `pause` (the camera stopped watching, e.g. another screen is shown) restarts that count:
      a card that was held while nobody looked is still in view when the camera comes back.

    Feed only payloads you would act on (e.g. those `parse_card_ref` accepts), so a stray
    poster QR in view does not block every scan.
    """

    def __init__(self, required: int = 2, window: float = 1.5, gone_after: float = 0.8,
                 gone_frames: int = 3) -> None:
        if required < 1:
            raise ValueError("required must be at least 1.")
        if window < 0 or gone_after < 0 or gone_frames < 0:
            raise ValueError("window, gone_after and gone_frames must not be negative.")
        self.required = required
        self.window = window
        self.gone_after = gone_after
        self.gone_frames = gone_frames
        self._candidate: str | None = None
        self._reads: deque[float] = deque()
        self._held: dict[str, _Held] = {}

    @property
    def held(self) -> frozenset[str]:
        """The accepted payloads not yet seen to leave the view."""
        return frozenset(self._held)

    def feed(self, payloads: Sequence[str], now: float) -> str | None:
        """Record one frame's payloads; return a payload the moment it is accepted."""
        if isinstance(payloads, str):
            raise TypeError("feed takes a sequence of payloads, not a single string.")
        distinct = list(dict.fromkeys(p for p in payloads if p))
        self._watch_held(distinct, now)
        if not distinct:
            return None
        if len(distinct) > 1:
            self._clear_candidate()
            return None
        payload = distinct[0]
        if payload in self._held:
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
        self._held[payload] = _Held()
        return payload

    def pause(self) -> None:
        """The camera stops watching: held payloads must be seen gone afresh after it."""
        self._clear_candidate()
        for held in self._held.values():
            held.absent_since, held.absent_frames = None, 0

    def reset(self) -> None:
        """Forget agreement and held payloads, e.g. when the camera is switched to another."""
        self._clear_candidate()
        self._held.clear()

    def _clear_candidate(self) -> None:
        self._candidate = None
        self._reads.clear()

    def _watch_held(self, shown: list[str], now: float) -> None:
        gone = []
        for payload, held in self._held.items():
            if payload in shown:
                held.absent_since, held.absent_frames = None, 0
                continue
            if held.absent_since is None:
                held.absent_since = now
            held.absent_frames += 1
            if (held.absent_frames >= self.gone_frames
                    and now - held.absent_since >= self.gone_after):
                gone.append(payload)
        for payload in gone:
            del self._held[payload]
