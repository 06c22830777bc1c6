"""Frames from one QVideoSink, read off the UI thread, agreed on, announced once.

The UI thread only notes each new frame (a reference-counted handle, no pixels copied) and hands
it to a single worker thread. At most one frame is being read at a time; frames that arrive
meanwhile replace each other, so the worker always takes the newest and a slow read never
builds a queue. zxing-cpp releases the GIL while it decodes (measured: a pure-Python loop on the
UI thread kept its pace while the worker decoded), so the UI does not stall behind it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from app.domain.codes import parse_card_ref
from app.domain.errors import GiftDeskError
from app.scanner import FrameReader, ScanConsensus, decode_qr
from app.ui.camera._frames import preview_image, with_luma

log = logging.getLogger(__name__)

TIMING_SAMPLES = 512


def is_card_payload(text: str) -> bool:
    """True for what the code field would accept: a card's QR payload, token or 12 digits."""
    try:
        parse_card_ref(text)
    except GiftDeskError:
        return False
    return True


def read_frame(frame: QVideoFrame, preview_size: QSize | None = None,
               reader: FrameReader | None = None) -> tuple[list[str], QImage | None]:
    """The QR payloads in ``frame`` and, if ``preview_size`` is given, a preview image.

    With ``reader`` (the pipeline's), one pass in the reader's current polarity; without,
    both polarities, as `decode_qr` reads a single picture.
    """

    def use(luma: np.ndarray, color: QImage | None) -> tuple[list[str], QImage | None]:
        payloads = reader.read(luma) if reader is not None else decode_qr(luma)
        preview = preview_image(luma, color, preview_size) if preview_size else None
        return payloads, preview

    return with_luma(frame, use, preview_size)


@dataclass(frozen=True)
class FrameResult:
    """What the worker made of one frame."""

    payloads: list[str]
    preview: QImage | None
    work_ms: float  # mapping, luma, decode and preview, on the worker
    arrived: float  # the pipeline clock when the frame reached the sink
    error: str = ""


@dataclass
class PipelineStats:
    """Counters since the pipeline was made (or `reset_stats`)."""

    frames_seen: int = 0
    frames_read: int = 0
    frames_dropped: int = 0  # replaced by a newer frame before a worker was free
    errors: int = 0
    work_ms: deque[float] = field(default_factory=lambda: deque(maxlen=TIMING_SAMPLES))
    latency_ms: deque[float] = field(default_factory=lambda: deque(maxlen=TIMING_SAMPLES))


def _work(frame: QVideoFrame, preview_size: QSize | None, arrived: float,
          reader: FrameReader) -> FrameResult:
    start = time.perf_counter()
    try:
        payloads, preview = read_frame(frame, preview_size, reader)
    except Exception as exc:  # a bad frame must not stop scanning; say why in the log
        log.warning("could not read a %s video frame: %s", frame.pixelFormat().name, exc)
        return FrameResult([], None, (time.perf_counter() - start) * 1000, arrived, repr(exc))
    return FrameResult(payloads, preview, (time.perf_counter() - start) * 1000, arrived)


class ScanPipeline(QObject):
    """Reads the frames that reach `sink` while running; emits `payload_scanned` once agreed.

    Only card payloads (`is_card_payload`) take part in the agreement; a frame showing some
    other QR code emits `foreign_code` instead, so the panel can say so.
    """

    payload_scanned = Signal(str)
    preview_changed = Signal(QImage)
    frame_read = Signal(list)  # the card payloads of each frame read, possibly []
    foreign_code = Signal(str)
    _finished = Signal(object)

    def __init__(self, sink: QVideoSink | None = None, *,
                 consensus: ScanConsensus | None = None,
                 accept: Callable[[str], bool] = is_card_payload,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = sink if sink is not None else QVideoSink(self)
        self.consensus = consensus if consensus is not None else ScanConsensus()
        self.preview_size: QSize | None = QSize(640, 360)
        self.stats = PipelineStats()
        self._accept = accept
        # Used on the single worker thread only (one frame at a time), so it needs no lock.
        self.reader = FrameReader(accept)
        self._clock = clock
        self._running = False
        self._closed = False
        self._lock = threading.Lock()
        self._in_flight = False
        self._pending: tuple[QVideoFrame, float] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qr-decode")
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.sink.videoFrameChanged.connect(self._on_frame)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def busy(self) -> bool:
        """A frame is being read on the worker."""
        return self._in_flight

    def start(self) -> None:
        """Read the frames that arrive from now on."""
        if not self._closed:
            self._running = True

    def stop(self) -> None:
        """Ignore frames, forget a waiting one; cards already read stay held until the camera,
        watching again, sees them gone."""
        self._running = False
        self.consensus.pause()
        if self._pending is not None:
            self._pending = None
            self.stats.frames_dropped += 1

    def reset_stats(self) -> None:
        self.stats = PipelineStats()

    def close(self) -> None:
        """Stop for good and let the worker thread end (without waiting for it)."""
        self.stop()
        with self._lock:
            self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    @Slot(QVideoFrame)
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not self._running or not frame.isValid():
            return
        self.stats.frames_seen += 1
        arrived = self._clock()
        if self._in_flight:
            if self._pending is not None:
                self.stats.frames_dropped += 1
            self._pending = (QVideoFrame(frame), arrived)
            return
        self._submit(QVideoFrame(frame), arrived)

    def _submit(self, frame: QVideoFrame, arrived: float) -> None:
        with self._lock:
            if self._closed:
                return
            self._in_flight = True
            future = self._executor.submit(_work, frame, self.preview_size, arrived,
                                           self.reader)
        future.add_done_callback(self._deliver)

    def _deliver(self, future: Future[FrameResult]) -> None:
        """On the worker: hand the result to the UI thread, unless the pipeline is closed."""
        with self._lock:
            if self._closed:
                return
            try:
                self._finished.emit(future)
            except RuntimeError:  # the Qt object is already gone (closed by deletion)
                log.debug("scan pipeline deleted while a frame was being read")

    @Slot(object)
    def _on_finished(self, future: Future[FrameResult]) -> None:
        self._in_flight = False
        if future.cancelled():
            return
        result = future.result()
        if self._running:
            self._take(result)
        if self._pending is not None and self._running:
            frame, arrived = self._pending
            self._pending = None
            self._submit(frame, arrived)

    def _take(self, result: FrameResult) -> None:
        stats = self.stats
        stats.frames_read += 1
        stats.work_ms.append(result.work_ms)
        stats.latency_ms.append((self._clock() - result.arrived) * 1000)
        if result.error:
            stats.errors += 1
        if result.preview is not None:
            self.preview_changed.emit(result.preview)
        cards = [p for p in result.payloads if self._accept(p)]
        if not cards and result.payloads:
            self.foreign_code.emit(result.payloads[0])
        self.frame_read.emit(cards)
        accepted = self.consensus.feed(cards, result.arrived)
        if accepted is not None:
            log.info("card scanned by the camera")
            self.payload_scanned.emit(accepted)
