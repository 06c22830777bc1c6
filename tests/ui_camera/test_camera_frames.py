"""From QVideoFrame to the decoder's array, for each pixel format cameras and files deliver."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from camera_test_support import MULTIMEDIA_MISSING, rgb_frame
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


def red_yuv_frame(gray: np.ndarray, fmt: QVideoFrameFormat.PixelFormat) -> QVideoFrame:
    """Like `yuv_frame`, with a red tint in the chroma (U low, V high)."""
    frame = yuv_frame(gray, fmt)
    assert frame.map(QVideoFrame.MapMode.ReadWrite)
    try:
        pf = QVideoFrameFormat.PixelFormat
        if fmt in (pf.Format_NV12, pf.Format_NV21):
            uv = np.frombuffer(frame.bits(1), np.uint8, count=frame.mappedBytes(1))
            u_first = fmt == pf.Format_NV12
            uv[0::2], uv[1::2] = (90, 240) if u_first else (240, 90)
        elif fmt in (pf.Format_YUV420P, pf.Format_YV12):
            first = np.frombuffer(frame.bits(1), np.uint8, count=frame.mappedBytes(1))
            second = np.frombuffer(frame.bits(2), np.uint8, count=frame.mappedBytes(2))
            first[:], second[:] = (90, 240) if fmt == pf.Format_YUV420P else (240, 90)
        else:
            bpl = frame.bytesPerLine(0)
            rows = np.frombuffer(frame.bits(0), np.uint8, count=bpl * H).reshape(H, bpl)
            u_at, v_at = (1, 3) if fmt == pf.Format_YUYV else (0, 2)
            rows[:, u_at:2 * W:4], rows[:, v_at:2 * W:4] = 90, 240
    finally:
        frame.unmap()
    return frame


@pytest.mark.parametrize("name", ["Format_NV12", "Format_NV21", "Format_YUV420P",
                                  "Format_YV12", "Format_YUYV", "Format_UYVY"])
def test_camera_yuv_frames_get_a_colour_preview(qapp: object, payload: str, name: str) -> None:
    gray = np.full((H, W), 128, np.uint8)
    frame = red_yuv_frame(gray, getattr(QVideoFrameFormat.PixelFormat, name))
    _, preview = read_frame(frame, QSize(320, 180))
    assert preview is not None
    assert preview.size() == QSize(320, 180)
    pixel = preview.pixelColor(160, 90)
    assert pixel.red() > pixel.green() + 60
    assert pixel.red() > pixel.blue() + 60
