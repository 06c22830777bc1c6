"""Fixtures of the camera tests: card frames as a webcam would deliver them, as QVideoFrames.

Frames come from `app.bench.scan_decode.camera_frame` (a segno QR code, turned, lit unevenly,
blurred and noisy, on a 1280x720 desk) and go through the real QVideoSink path. Machines without
QtMultimedia (the PySide6-Addons wheel) skip the tests that need it, each saying so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from camera_test_support import FRAME_H, FRAME_W, rgb_frame, rgb_image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from app.domain.codes import new_token, qr_payload


@pytest.fixture
def payload() -> str:
    """A fresh card payload, GIFTDESK1:<token>."""
    return qr_payload(new_token())


@pytest.fixture
def frame_image() -> Callable[..., QImage]:
    """``frame_image(payload or None, seed=0)``: a camera-like QImage."""

    def make(payload: str | None, seed: int = 0) -> QImage:
        return rgb_image(rgb_frame(payload, seed))

    return make


@pytest.fixture
def save_frames(tmp_path: Path) -> Callable[..., Path]:
    """Write camera-like PNGs (one per payload, None for an empty desk) into a new folder."""

    def save(payloads: list[str | None], name: str = "pictures") -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for i, p in enumerate(payloads):
            assert rgb_image(rgb_frame(p, seed=i)).save(str(folder / f"frame{i:03d}.png"))
        return folder

    return save


@pytest.fixture
def write_video(tmp_path: Path) -> Callable[..., Path]:
    """Write a video with OpenCV (as a test tool only): ``frames`` copies of the payload's
    frame, 30 fps; ``name`` picks the container (.avi: MJPG, .mp4: mp4v)."""

    def write(payload: str | None, name: str = "card.avi", frames: int = 20) -> Path:
        import cv2

        path = tmp_path / name
        fourcc = "MJPG" if name.endswith(".avi") else "mp4v"
        writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*fourcc), 30,
                                 (FRAME_W, FRAME_H))
        assert writer.isOpened(), f"OpenCV cannot write {name}"
        for i in range(frames):
            writer.write(cv2.cvtColor(rgb_frame(payload, seed=i % 3), cv2.COLOR_RGB2BGR))
        writer.release()
        return path

    return write


@pytest.fixture
def preview_size() -> QSize:
    return QSize(320, 180)
