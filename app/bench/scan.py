"""`giftdesk bench scan`: the camera path, from QVideoFrame to a scanned card.

Prints, from one run:

* the time per 1280x720 frame through the app's conversion and decode (QVideoFrame -> numpy
  -> `decode_qr`, as the pipeline's worker does it) next to raw zxing-cpp on the same pixels,
  for an RGB frame (what pictures and QImages give) and an NV12 frame (what webcams give);
* what reading light-on-dark codes costs on a frame without a card (nearly every frame a
  counter camera sees): one dark-on-light pass (no light-on-dark codes), zxing-cpp's own
  ``try_invert`` (a second pass on every miss), and the pipeline's `FrameReader` (one pass per
  frame, alternating polarity while it finds nothing), and how many frames the reader needs to
  read a light-on-dark card;
* the frames per second the pipeline reads when frames are pushed through the real QVideoSink
  as fast as the UI thread can push them (read vs dropped);
* the longest UI-thread stall while a real camera panel scans at 30 fps with its live preview,
  measured by a 1 ms timer on the UI thread (the largest gap between its ticks, less 1 ms).

Targets: at most 1.5x raw zxing-cpp; at least 30 frames per second; no stall over 16 ms.
"""

from __future__ import annotations

import itertools
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import zxingcpp

from app.bench.scan_decode import Timing, camera_frame
from app.domain.codes import new_token, qr_payload

WIDTH, HEIGHT = 1280, 720
TARGET_RATIO = 1.5
TARGET_FPS = 30.0
TARGET_STALL_MS = 16.0
_QR = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def raw_zxing(pixels: np.ndarray) -> list[str]:
    """zxing-cpp called directly, with the reader options `decode_qr` uses."""
    return [r.text for r in zxingcpp.read_barcodes(pixels, formats=_QR, try_rotate=True,
                                                   try_downscale=True, try_invert=False)]


@dataclass(frozen=True)
class FrameCost:
    label: str
    app: Timing
    raw: Timing
    raw_label: str
    found: bool

    @property
    def ratio(self) -> float:
        return self.app.median_ms / self.raw.median_ms


@dataclass(frozen=True)
class InvertCost:
    normal_only: Timing  # one dark-on-light pass: what the camera did before
    zxing_invert: Timing  # zxing-cpp's try_invert: a second, inverted pass on each miss
    alternating: Timing  # FrameReader on successive frames: one pass each
    inverted_found_after: int  # frames FrameReader took to read a light-on-dark card (0: never)


@dataclass(frozen=True)
class Throughput:
    seconds: float
    pushed: int
    read: int
    dropped: int
    found: bool

    @property
    def fps(self) -> float:
        return self.read / self.seconds


@dataclass(frozen=True)
class Stall:
    seconds: float
    longest_ms: float  # the largest gap between 1 ms probe ticks, less 1 ms
    p99_ms: float
    ticks: int
    frames_read: int
    scanned: bool
    idle_longest_ms: float  # the same probe with the camera off: this machine's own noise
    handler_max_ms: float  # the longest single call of the camera's UI-thread handlers (wall)
    handler_cpu_max_ms: float  # the same, in UI-thread CPU time
    handler_cpu_per_frame_ms: float  # their UI-thread CPU time per frame read


def _probe_gaps(seconds: float, app: Any) -> tuple[list[float], int]:
    """Run the event loop for ``seconds`` with a 1 ms timer; its tick gaps less 1 ms, sorted."""
    from PySide6.QtCore import Qt, QTimer

    ticks: list[float] = []
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(1)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # returns at once when idle; the sleep keeps the loop from spinning
        time.sleep(0.0002)
    probe.stop()
    gaps = sorted(max(0.0, (b - a) * 1000 - 1) for a, b in itertools.pairwise(ticks))
    return gaps or [math.inf], len(ticks)


def _p99(sorted_values: list[float]) -> float:
    return sorted_values[min(len(sorted_values) - 1, math.ceil(0.99 * len(sorted_values)) - 1)]


class _HandlerClock:
    """Times the camera's UI-thread handlers (patched on their classes for the bench run).

    Only outermost calls count (a picture tick calls the frame handler inside it). Wall time
    includes waiting for the GIL and for the CPU; thread CPU time is the work itself.
    """

    def __init__(self) -> None:
        self.wall_ms: list[float] = []
        self.cpu_ms: list[float] = []
        self._depth = 0
        self._saved: list[tuple[type, str, Any]] = []

    def clear(self) -> None:
        self.wall_ms.clear()
        self.cpu_ms.clear()

    def wrap(self, cls: type, name: str) -> None:
        original = getattr(cls, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            self._depth += 1
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.wall_ms.append((time.perf_counter() - wall) * 1000)
                    self.cpu_ms.append((time.thread_time() - cpu) * 1000)

        self._saved.append((cls, name, original))
        setattr(cls, name, timed)

    def restore(self) -> None:
        for cls, name, original in reversed(self._saved):
            setattr(cls, name, original)
        self._saved.clear()


def _app() -> Any:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "giftdesk"])


def _rgbx_image(rgb: np.ndarray) -> Any:
    from PySide6.QtGui import QImage

    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).convertToFormat(
        QImage.Format.Format_RGBX8888)


def _nv12_frame(gray: np.ndarray) -> Any:
    from PySide6.QtCore import QSize
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

    h, w = gray.shape
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), QVideoFrameFormat.PixelFormat.Format_NV12))
    if not frame.map(QVideoFrame.MapMode.WriteOnly):
        raise RuntimeError("cannot map a new NV12 frame")
    try:
        y_bpl, uv_bpl = frame.bytesPerLine(0), frame.bytesPerLine(1)
        y = np.frombuffer(frame.bits(0), np.uint8, count=y_bpl * h).reshape(h, y_bpl)
        y[:, :w] = gray
        np.frombuffer(frame.bits(1), np.uint8, count=uv_bpl * (h // 2))[:] = 128
    finally:
        frame.unmap()
    return frame


def _timing(samples: list[float]) -> Timing:
    samples = sorted(samples)
    p99 = samples[min(len(samples) - 1, math.ceil(0.99 * len(samples)) - 1)]
    return Timing(statistics.median(samples), p99, len(samples))


def paired_timings(app: Callable[[], object], raw: Callable[[], object], repeats: int,
                   warmup: int = 3) -> tuple[Timing, Timing]:
    """Time ``app`` and ``raw`` alternately, call by call, so both meet the same load."""
    for _ in range(warmup):
        app()
        raw()
    app_ms: list[float] = []
    raw_ms: list[float] = []
    for _ in range(repeats):
        for fn, out in ((app, app_ms), (raw, raw_ms)):
            start = time.perf_counter()
            fn()
            out.append((time.perf_counter() - start) * 1000)
    return _timing(app_ms), _timing(raw_ms)


def measure_frame_costs(payload: str, rgb: np.ndarray, repeats: int) -> list[FrameCost]:
    """Per-frame cost of the app's read (conversion + decode) against raw zxing-cpp."""
    from PySide6.QtCore import QSize
    from PySide6.QtMultimedia import QVideoFrame

    from app.scanner import FrameReader
    from app.ui.camera._pipeline import read_frame

    reader = FrameReader()  # as the pipeline reads: one pass, in the polarity that found the card
    read_frame = partial(read_frame, reader=reader)
    gray = np.ascontiguousarray(
        (rgb.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)).astype(np.uint8))
    rgbx = QVideoFrame(_rgbx_image(rgb))
    nv12 = _nv12_frame(gray)
    costs = []
    for label, frame, raw_input, raw_label in (
            ("RGBX8888 frame (pictures)", rgbx, rgb, "on the RGB array"),
            ("NV12 frame (webcam)", nv12, gray, "on the Y plane")):
        app, raw = paired_timings(partial(read_frame, frame), partial(raw_zxing, raw_input),
                                  repeats)
        found = read_frame(frame)[0] == [payload]
        costs.append(FrameCost(label, app, raw, raw_label, found))
    for label, frame, base in (("RGBX8888 + 640x360 preview (the worker's whole job)", rgbx,
                                costs[0]),
                               ("NV12 + 640x360 colour preview (the worker's whole job)", nv12,
                                costs[1])):
        raw_input = rgb if frame is rgbx else gray
        with_preview, raw = paired_timings(partial(read_frame, frame, QSize(640, 360)),
                                           partial(raw_zxing, raw_input), repeats)
        costs.append(FrameCost(label, with_preview, raw, base.raw_label, base.found))
    return costs


def measure_invert_cost(payload: str, repeats: int) -> InvertCost:
    """The cost of a miss three ways, on a desk frame without a card, timed in turn."""
    from app.scanner import FrameReader, decode_qr

    desk = np.ascontiguousarray(camera_frame(payload, module_px=0.01)[..., 1])
    reader = FrameReader()
    calls = (partial(decode_qr, desk, try_invert=False), partial(decode_qr, desk),
             partial(reader.read, desk))
    samples: list[list[float]] = [[], [], []]
    for i in range(repeats + 3):
        for fn, out in zip(calls, samples, strict=True):
            start = time.perf_counter()
            fn()
            if i >= 3:
                out.append((time.perf_counter() - start) * 1000)
    dark = np.ascontiguousarray(255 - camera_frame(payload)[..., 1])
    fresh = FrameReader()
    found_after = next((n for n in range(1, 5) if fresh.read(dark) == [payload]), 0)
    normal, invert, alternating = (_timing(x) for x in samples)
    return InvertCost(normal, invert, alternating, found_after)


def measure_throughput(payload: str, rgb: np.ndarray, seconds: float) -> Throughput:
    """Push frames into the sink as fast as possible; count what the pipeline reads."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QVideoFrame

    from app.ui.camera._pipeline import ScanPipeline

    app = QCoreApplication.instance()
    images = [_rgbx_image(camera_frame(payload, seed=i)) for i in range(4)]
    pipeline = ScanPipeline()
    pipeline.preview_size = None
    scanned: list[str] = []
    pipeline.payload_scanned.connect(scanned.append)
    pipeline.start()
    start = time.perf_counter()
    i = 0
    while time.perf_counter() - start < seconds:
        pipeline.sink.setVideoFrame(QVideoFrame(images[i % len(images)]))
        i += 1
        if app is not None:
            app.processEvents()
    elapsed = time.perf_counter() - start
    stats = pipeline.stats
    result = Throughput(elapsed, stats.frames_seen, stats.frames_read,
                        stats.frames_seen - stats.frames_read, bool(scanned))
    pipeline.close()
    pipeline.deleteLater()
    return result


def measure_stall(payload: str, rgb: np.ndarray, seconds: float) -> Stall:
    """A real CameraPanel scanning pictures at 30 fps, with live preview, while a 1 ms timer on
    the UI thread measures the gaps between its ticks; then the same probe with no camera."""
    from PySide6.QtCore import QCoreApplication

    from app.ui.camera import CameraChoice, CameraPanel
    from app.ui.camera._pipeline import ScanPipeline
    from app.ui.camera._preview import CameraPreview
    from app.ui.camera._sources import ImageSource

    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("measure_stall needs a QApplication")
    handlers = _HandlerClock()
    for cls, name in ((ScanPipeline, "_on_frame"), (ScanPipeline, "_on_finished"),
                      (CameraPreview, "paintEvent"), (ImageSource, "_tick")):
        handlers.wrap(cls, name)
    try:
        with tempfile.TemporaryDirectory(prefix="giftdesk-bench-") as folder:
            for i in range(8):
                _rgbx_image(camera_frame(payload, seed=i)).save(str(Path(folder) / f"f{i}.png"))
            panel = CameraPanel(CameraChoice.file(folder))
            panel.resize(640, 520)
            scanned: list[str] = []
            panel.payload_scanned.connect(scanned.append)
            panel.show()
            deadline = time.perf_counter() + 10
            while (panel.pipeline is None or panel.pipeline.stats.frames_read < 5) \
                    and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
            read_before = panel.pipeline.stats.frames_read if panel.pipeline else 0
            handlers.clear()
            gaps, ticks = _probe_gaps(seconds, app)
            wall_ms, cpu_ms = list(handlers.wall_ms), list(handlers.cpu_ms)
            read = (panel.pipeline.stats.frames_read if panel.pipeline else 0) - read_before
            panel.close_camera()
            panel.hide()
            panel.deleteLater()
            app.processEvents()
    finally:
        handlers.restore()
    idle, _ = _probe_gaps(min(seconds, 2.0), app)
    return Stall(seconds, gaps[-1], _p99(gaps), ticks, read, bool(scanned), idle[-1],
                 max(wall_ms, default=0.0), max(cpu_ms, default=0.0),
                 sum(cpu_ms) / max(1, read))


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def format_report(costs: list[FrameCost], throughput: Throughput, stall: Stall,
                  invert: InvertCost | None = None) -> str:
    lines = [f"Camera scan path on {WIDTH}x{HEIGHT} frames: median / p99 per frame of the "
             f"app's conversion + decode (QVideoFrame -> numpy -> decode_qr) next to raw "
             f"zxing-cpp (same reader options) on the same pixels, timed call by call in turn:"]
    for c in costs:
        status = "found" if c.found else "NOT FOUND"
        lines.append(
            f"  {c.label:<52} app {c.app.median_ms:6.2f} / {c.app.p99_ms:6.2f} ms   "
            f"raw {c.raw_label} {c.raw.median_ms:6.2f} / {c.raw.p99_ms:6.2f} ms   "
            f"= {c.ratio:4.2f}x  ({status})")
    worst = max(c.ratio for c in costs[:2])
    lines.append(f"  target: conversion + decode <= {TARGET_RATIO}x raw zxing-cpp: worst "
                 f"{worst:.2f}x  {_verdict(worst <= TARGET_RATIO)}")
    if invert is not None:
        i = invert

        def ms(t: Timing) -> str:
            return f"{t.median_ms:5.2f} / {t.p99_ms:5.2f} ms"

        lines.append("Light-on-dark codes, cost per frame without a card (median / p99):")
        lines.append(f"  dark-on-light pass only (no light-on-dark codes)     {ms(i.normal_only)}")
        lines.append(f"  zxing-cpp try_invert (second pass on every miss)     {ms(i.zxing_invert)}"
                     f"  = {i.zxing_invert.median_ms / i.normal_only.median_ms:4.2f}x")
        lines.append(f"  FrameReader, one pass per frame, alternating         {ms(i.alternating)}"
                     f"  = {i.alternating.median_ms / i.normal_only.median_ms:4.2f}x")
        found = (f"read on frame {i.inverted_found_after}" if i.inverted_found_after
                 else "NOT read in 4 frames")
        lines.append(f"  a light-on-dark card in view: {found}")
    t = throughput
    lines.append(
        f"Pipeline fed through the QVideoSink at max rate for {t.seconds:.1f} s: "
        f"{t.pushed} frames pushed, {t.read} read ({t.fps:.1f} fps), {t.dropped} dropped "
        f"as stale; card {'scanned' if t.found else 'NOT scanned'}")
    lines.append(f"  target: >= {TARGET_FPS:.0f} frames read per second  "
                 f"{_verdict(t.fps >= TARGET_FPS)}")
    s = stall
    lines.append(
        f"UI thread while a camera panel scans 30 fps pictures with live preview for "
        f"{s.seconds:.1f} s ({s.frames_read} frames read, {s.ticks} ticks of a 1 ms probe): "
        f"longest stall {s.longest_ms:.1f} ms, p99 {s.p99_ms:.2f} ms; card "
        f"{'scanned' if s.scanned else 'NOT scanned'}")
    lines.append(
        f"  the camera's own UI-thread handlers: {s.handler_cpu_per_frame_ms:.2f} ms CPU per "
        f"frame, longest call {s.handler_max_ms:.2f} ms ({s.handler_cpu_max_ms:.2f} ms CPU); "
        f"the same probe with the camera off: longest gap {s.idle_longest_ms:.1f} ms "
        f"(this machine's own noise)")
    lines.append(f"  target: no stall > {TARGET_STALL_MS:.0f} ms  "
                 f"{_verdict(s.longest_ms <= TARGET_STALL_MS)}")
    return "\n".join(lines)


def pyside_loses_references() -> bool:
    """True if void Qt calls would run None's reference count out in this process.

    PySide6 6.12.0 on CPython 3.11 (where None is not immortal yet) takes a reference to None
    on each call of a method returning nothing (and to True on each emit) that it never gave,
    until the interpreter aborts ("none_dealloc"); the project pins PySide6 below 6.12. Should
    such a build be installed anyway, this benchmark's hundreds of thousands of calls would
    crash, so it refuses to start instead.
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= 50 and sys.getrefcount(None) < 1 << 40


def main(quick: bool = False) -> int:
    """Print the report; 1 if the camera path cannot run or missed the card, else 0."""
    _app()
    if pyside_loses_references():
        import PySide6

        print(f"bench scan: PySide6 {PySide6.__version__} on Python "
              f"{sys.version.split()[0]} loses a reference to None on every call, which "
              "crashes long runs; use PySide6 < 6.12 or Python >= 3.12", file=sys.stderr)
        return 2
    from app.ui.camera import multimedia_available
    from app.ui.camera._backend import multimedia_missing_reason

    if not multimedia_available():
        print(f"bench scan: QtMultimedia is not available ({multimedia_missing_reason()}); "
              "install PySide6-Addons", file=sys.stderr)
        return 1
    payload = qr_payload(new_token())
    rgb = camera_frame(payload)
    costs = measure_frame_costs(payload, rgb, 10 if quick else 100)
    invert = measure_invert_cost(payload, 10 if quick else 100)
    throughput = measure_throughput(payload, rgb, 1.0 if quick else 3.0)
    stall = measure_stall(payload, rgb, 1.5 if quick else 5.0)
    print(format_report(costs, throughput, stall, invert))
    ok = (all(c.found for c in costs) and throughput.found and stall.scanned
          and invert.inverted_found_after > 0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(quick="--quick" in sys.argv))

