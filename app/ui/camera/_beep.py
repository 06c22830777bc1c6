"""The good-read beep: a short WAV in resources/sounds/, played with QSoundEffect.

Sound is a courtesy: a computer without an audio output (or without QtMultimedia) scans in
silence, with one line in the log, never a Qt warning.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from app.ui import theme
from app.ui.camera._backend import audio_output_possible, multimedia_available

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

BEEP_WAV = theme.RESOURCES / "sounds" / "scan-ok.wav"
BEEP_HZ = 1760
BEEP_MS = 90
SAMPLE_RATE = 22050


def write_beep(path: Path = BEEP_WAV, *, hz: float = BEEP_HZ, ms: int = BEEP_MS,
               rate: int = SAMPLE_RATE) -> Path:
    """Write the beep: a mono 16-bit sine with 8 ms fades (no clicks). Returns ``path``."""
    n = rate * ms // 1000
    fade = rate * 8 // 1000
    samples = []
    for i in range(n):
        envelope = min(1.0, i / fade, (n - 1 - i) / fade)
        samples.append(round(0.45 * 32767 * envelope * math.sin(2 * math.pi * hz * i / rate)))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(struct.pack(f"<{n}h", *samples))
    return path


class Beeper(QObject):
    """Plays the beep if this computer can; otherwise does nothing (logged once)."""

    def __init__(self, path: Path = BEEP_WAV, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._effect: QSoundEffect | None = None
        self._prepared = False

    @property
    def available(self) -> bool:
        self._prepare()
        return self._effect is not None

    def play(self) -> None:
        self._prepare()
        if self._effect is not None:
            self._effect.play()

    def _prepare(self) -> None:
        if self._prepared:
            return
        self._prepared = True
        if not self.path.is_file():
            log.warning("scan beep %s missing: scanning stays silent", self.path)
            return
        if not multimedia_available() or not audio_output_possible():
            log.info("no audio output: scanning stays silent")
            return
        from PySide6.QtMultimedia import QSoundEffect

        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(self.path)))
        effect.setVolume(0.6)
        effect.statusChanged.connect(self._on_status)
        self._effect = effect

    def _on_status(self) -> None:
        effect = self._effect
        if effect is not None and effect.status() == effect.Status.Error:
            log.info("the scan beep cannot be played here: scanning stays silent")
            self._effect = None
            effect.deleteLater()
