"""The Qt-free part of `giftdesk bench scan`: a synthetic camera frame and decode timings."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from app.bench.scan_decode import camera_frame, format_report, run_scan_decode_bench, time_call
from app.scanner import decode_qr


@pytest.mark.parametrize("angle", [0.0, 7.0, 33.0])
def test_synthetic_camera_frame_holds_a_readable_code(payload: str, angle: float) -> None:
    frame = camera_frame(payload, angle_deg=angle, seed=3)
    assert frame.shape == (720, 1280, 3)
    assert frame.dtype == np.uint8
    assert frame.flags.c_contiguous
    assert decode_qr(frame) == [payload]


def test_bench_reports_every_decoder_finding_the_code() -> None:
    result = run_scan_decode_bench(repeats=3)
    assert set(result.timings) == {"decode_qr", "zxingcpp_qr", "zxingcpp_all"}
    assert all(result.found.values())
    for timing in result.timings.values():
        assert 0 < timing.median_ms <= timing.p99_ms
        assert timing.runs == 3
    report = format_report(result)
    assert "1280x720" in report
    assert report.count("median") == 3
    assert "NOT FOUND" not in report


def test_time_call_takes_median_and_nearest_rank_p99() -> None:
    durations = itertools.cycle([0.0] * 98 + [0.02] * 2)  # two slow calls in a hundred
    timing = time_call(lambda: _sleep(next(durations)), repeats=100, warmup=0)
    assert timing.median_ms < 5
    assert timing.p99_ms >= 20  # the 99th of 100 sorted samples is a slow one
    with pytest.raises(ValueError, match="repeats"):
        time_call(lambda: None, repeats=0)


def _sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)
