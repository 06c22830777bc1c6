"""From QVideoFrame to the decoder's array, for each pixel format cameras and files deliver."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from conftest import MULTIMEDIA_MISSING, rgb_frame
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

pytest.importorskip("PySide6.QtMultimedia", reason=MULTIMEDIA_MISSING)

from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from app.ui.camera._frames import luma_of_mapped
from app.ui.camera._pipeline import read_frame

W, H = 1280, 720


def luma(rgb: np.ndarray) -> np.ndarray:
    weights = np.array([0.299, 0.587, 0.114], dtype=np.float32)
    return np.clip(rgb.astype(np.float32) @ weights, 0, 255).astype(np.uint8)


def yuv_frame(gray: np.ndarray, fmt: QVideoFrameFormat.PixelFormat) -> QVideoFrame:
    """A frame in a YUV format whose luma is ``gray`` and whose chroma is neutral."""
    frame = QVideoFrame(QVideoFrameFormat(QSize(W, H), fmt))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    try:
        for plane in range(frame.planeCount()):
            data = np.frombuffer(frame.bits(plane), np.uint8, count=frame.mappedBytes(plane))
            data[:] = 128
        bpl = frame.bytesPerLine(0)
        rows = np.frombuffer(frame.bits(0), np.uint8, count=bpl * H).reshape(H, bpl)
        if fmt == QVideoFrameFormat.PixelFormat.Format_YUYV:
            rows[:, 0:2 * W:2] = gray
        elif fmt == QVideoFrameFormat.PixelFormat.Format_UYVY:
            rows[:, 1:2 * W:2] = gray
        else:
            rows[:, :W] = gray
    finally:
        frame.unmap()
    return frame


YUV_FORMATS = ["Format_NV12", "Format_YUV420P", "Format_YUYV", "Format_UYVY", "Format_Y8"]


@pytest.mark.parametrize("name", YUV_FORMATS)
def test_camera_yuv_frames_are_read_from_their_luma_without_conversion(
        qapp: object, payload: str, name: str) -> None:
    gray = luma(rgb_frame(payload))
    frame = yuv_frame(gray, getattr(QVideoFrameFormat.PixelFormat, name))
    assert frame.map(QVideoFrame.MapMode.ReadOnly)
    try:
        read = luma_of_mapped(frame)
        assert read is not None
        assert np.array_equal(read, gray)
    finally:
        frame.unmap()
    payloads, preview = read_frame(frame, QSize(320, 180))
    assert payloads == [payload]
    assert preview is not None
    assert preview.size() == QSize(320, 180)


@pytest.mark.parametrize("image_format", ["Format_RGBX8888", "Format_RGB32", "Format_ARGB32"])
def test_camera_rgb_frames_are_read_from_their_green_channel(
        qapp: object, payload: str, image_format: str,
        frame_image: Callable[..., QImage]) -> None:
    image = frame_image(payload).convertToFormat(getattr(QImage.Format, image_format))
    frame = QVideoFrame(image)
    assert frame.map(QVideoFrame.MapMode.ReadOnly)
    try:
        read = luma_of_mapped(frame)
        assert read is not None
        assert read.shape == (H, W)
        green = rgb_frame(payload)[:, :, 1]
        assert np.array_equal(read, green)
    finally:
        frame.unmap()
    payloads, preview = read_frame(frame, QSize(640, 360))
    assert payloads == [payload]
    assert preview is not None
    assert not preview.isGrayscale()  # RGB sources keep a colour preview
    assert preview.size() == QSize(640, 360)


def test_camera_frames_without_a_code_read_as_nothing(qapp: object,
                                                      frame_image: Callable[..., QImage]
                                                      ) -> None:
    assert read_frame(QVideoFrame(frame_image(None))) == ([], None)
