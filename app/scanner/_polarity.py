"""Read camera frames for dark-on-light and light-on-dark codes at the cost of one pass each.

A light-on-dark code (a phone in dark mode, an inverted print) needs a second zxing-cpp pass on
the inverted picture, and zxing-cpp's own ``try_invert`` pays for it on every frame without a
code, which is nearly every frame a counter camera sees. A camera shows the same scene frame
after frame, so `FrameReader` reads each frame once, in one polarity: it keeps the polarity
that last found a card, through a few missed frames too (a card moving or out of focus is
missed now and then), and, while it finds nothing, alternates. A light-on-dark card is then
read within two frames of being shown to an idle camera and on every frame after; a
dark-on-light card costs at most one frame (a few tens of milliseconds) more to be first
seen; a miss costs one pass.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.scanner._decode import decode_qr

STAY_FOR_MISSES = 4  # frames missed in the polarity that found a card before alternating


class FrameReader:
    """Reads successive frames of one camera; not for use from several threads at once."""

    def __init__(self, accept: Callable[[str], bool] = bool) -> None:
        self._accept = accept
        self.inverted = False  # the polarity the next frame is read in
        self._stay = 0  # misses left before alternating again
        self._buffer: np.ndarray | None = None

    def read(self, luma: np.ndarray) -> list[str]:
        """The QR payloads in a grayscale frame (any strides), read in the current polarity."""
        if self.inverted:
            if luma.ndim != 2:
                raise ValueError(f"FrameReader needs a grayscale (H, W) frame, not {luma.shape}.")
            if self._buffer is None or self._buffer.shape != luma.shape:
                self._buffer = np.empty(luma.shape, np.uint8)
            texts = decode_qr(np.subtract(255, luma, out=self._buffer, dtype=np.uint8),
                              try_invert=False)
        else:
            texts = decode_qr(luma, try_invert=False)
        if any(self._accept(t) for t in texts):
            self._stay = STAY_FOR_MISSES
        elif self._stay:
            self._stay -= 1
        else:
            self.inverted = not self.inverted
        return texts
