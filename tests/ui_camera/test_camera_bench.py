"""`giftdesk bench scan --quick` runs end to end and prints its three figures."""

from __future__ import annotations

import pytest
from camera_test_support import MULTIMEDIA_MISSING

pytest.importorskip("PySide6.QtMultimedia", reason=MULTIMEDIA_MISSING)

from app.bench import scan


@pytest.mark.slow
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_camera_bench_quick_run_prints_every_figure(
        qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    if scan.pyside_loses_references():
        pytest.skip("this PySide6 build loses references on every call; the benchmark's "
                    "hundreds of thousands of calls would crash the interpreter")
    assert scan.main(quick=True) == 0
    out = capsys.readouterr().out
    assert "raw on the RGB array" in out
    assert "raw on the Y plane" in out
    assert "target: conversion + decode <= 1.5x raw zxing-cpp" in out
    assert "zxing-cpp try_invert (second pass on every miss)" in out
    assert "a light-on-dark card in view: read on frame" in out
    assert "frames read per second" in out
    assert "longest stall" in out
    assert "NOT" not in out  # the card was found and scanned in every part


def test_camera_bench_is_registered(qapp: object) -> None:
    from app.cli.bench import BENCHES

    assert BENCHES["scan"] == "app.bench.scan"
