"""Benchmark of QR decoding on a camera-like 1280x720 frame (Qt-free; numpy only).

`run_scan_decode_bench` times `decode_qr` on an RGB frame against calling zxing-cpp directly on
the same array, so the cost of the wrapper (validation, colour handling) stays visible.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import zxingcpp

from app.domain.codes import new_token, qr_payload
from app.render import qr_modules
from app.scanner import decode_qr


def camera_frame(payload: str, *, width: int = 1280, height: int = 720, module_px: float = 5.0,
                 angle_deg: float = 7.0, seed: int = 0) -> np.ndarray:
    """An RGB uint8 frame like a webcam's: a printed QR, slightly turned, on a desk.

    Uneven lighting, a little blur and sensor noise; the code sits right of centre.
    """
    rng = np.random.default_rng(seed)
    modules = qr_modules(payload, border=4)
    n = modules.shape[0]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    cx, cy = width * 0.58, height * 0.5
    a = math.radians(angle_deg)
    # Inverse mapping: frame pixel -> module coordinates on the card.
    u = (math.cos(a) * (xs - cx) + math.sin(a) * (ys - cy)) / module_px + n / 2
    v = (-math.sin(a) * (xs - cx) + math.cos(a) * (ys - cy)) / module_px + n / 2
    inside = (u >= 0) & (u < n) & (v >= 0) & (v < n)
    ui = np.clip(u.astype(np.int32), 0, n - 1)
    vi = np.clip(v.astype(np.int32), 0, n - 1)
    dark = inside & modules[vi, ui]
    desk = 95 + 40 * xs / width + 15 * np.sin(ys / 37.0)
    gray = np.where(inside, np.where(dark, 38.0, 222.0), desk)
    light = 0.82 + 0.22 * (1 - ((xs - width * 0.3) ** 2 + (ys - height * 0.2) ** 2)
                           / (width**2 + height**2))
    gray = gray * light
    gray = (gray + np.roll(gray, 1, 0) + np.roll(gray, 1, 1) + np.roll(gray, (1, 1), (0, 1))) / 4
    gray = gray + rng.normal(0, 4.0, gray.shape)
    tint = np.array([1.03, 1.0, 0.93], dtype=np.float32)
    rgb = np.clip(gray[..., None] * tint, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(rgb)


@dataclass(frozen=True)
class Timing:
    """Wall-clock statistics of repeated calls, in milliseconds."""

    median_ms: float
    p99_ms: float
    runs: int


@dataclass(frozen=True)
class ScanDecodeResult:
    """Timings per decoder, and whether each found the payload in the frame."""

    width: int
    height: int
    timings: dict[str, Timing]
    found: dict[str, bool]


def time_call(fn: Callable[[], object], repeats: int = 50, warmup: int = 3) -> Timing:
    """Median and 99th percentile (nearest rank) of ``repeats`` calls after ``warmup`` calls."""
    if repeats < 1:
        raise ValueError("repeats must be at least 1.")
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, math.ceil(0.99 * len(samples)) - 1)]
    return Timing(statistics.median(samples), p99, repeats)


def run_scan_decode_bench(repeats: int = 50, *, width: int = 1280, height: int = 720,
                          seed: int = 0) -> ScanDecodeResult:
    """Time `decode_qr` and raw zxing-cpp (QR only, and all formats) on one RGB frame."""
    payload = qr_payload(new_token())
    frame = camera_frame(payload, width=width, height=height, seed=seed)
    qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    decoders: dict[str, Callable[[], list[str]]] = {
        "decode_qr": lambda: decode_qr(frame),
        "zxingcpp_qr": lambda: [b.text for b in zxingcpp.read_barcodes(frame, formats=qr)],
        "zxingcpp_all": lambda: [b.text for b in zxingcpp.read_barcodes(frame)],
    }
    timings = {name: time_call(fn, repeats) for name, fn in decoders.items()}
    found = {name: payload in fn() for name, fn in decoders.items()}
    return ScanDecodeResult(width, height, timings, found)


def format_report(result: ScanDecodeResult) -> str:
    """Human-readable lines: one per decoder with median and p99."""
    lines = [f"QR decode on a {result.width}x{result.height} RGB frame:"]
    for name, t in result.timings.items():
        status = "found" if result.found[name] else "NOT FOUND"
        lines.append(f"  {name:<13} median {t.median_ms:7.2f} ms   p99 {t.p99_ms:7.2f} ms"
                     f"   ({t.runs} runs, {status})")
    return "\n".join(lines)


def main(quick: bool = False) -> int:
    """Print the report (``quick``: 10 runs instead of 100); 1 if a decoder missed the code."""
    result = run_scan_decode_bench(10 if quick else 100)
    print(format_report(result))
    return 0 if all(result.found.values()) else 1
