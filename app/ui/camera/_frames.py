"""From a QVideoFrame to what the decoder reads (a grayscale numpy array) and a small preview.

Runs on the decode worker thread. Most frames need no colour conversion at all: cameras and
video files deliver YUV, whose Y plane *is* the grayscale picture, so the frame is mapped and
the plane is read in place. 32-bit RGB frames (pictures pushed from QImage) give their green
channel, the bulk of luma, in one strided copy. Only unusual formats go through
`QVideoFrame.toImage()`. Measured on a 1280x720 frame: Y plane 0 ms, green channel 0.3 ms,
against 4.4 ms for `toImage().convertToFormat(Format_Grayscale8)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

PF = QVideoFrameFormat.PixelFormat
T = TypeVar("T")

# Plane 0 holds 8-bit luma, one byte per pixel.
_Y_PLANE = frozenset({PF.Format_NV12, PF.Format_NV21, PF.Format_YUV420P, PF.Format_YUV422P,
                      PF.Format_YV12, PF.Format_IMC1, PF.Format_IMC2, PF.Format_IMC3,
                      PF.Format_IMC4, PF.Format_Y8})
# Plane 0 holds 16-bit little-endian luma with the significant bits at the top: use the high byte.
_Y_PLANE_16 = frozenset({PF.Format_P010, PF.Format_P016, PF.Format_Y16})
# Packed formats: (byte offset of a luma sample, bytes from one luma sample to the next).
_PACKED_LUMA = {
    PF.Format_YUYV: (0, 2), PF.Format_UYVY: (1, 2),
    PF.Format_AYUV: (1, 4), PF.Format_AYUV_Premultiplied: (1, 4),
    PF.Format_BGRA8888: (1, 4), PF.Format_BGRA8888_Premultiplied: (1, 4),
    PF.Format_BGRX8888: (1, 4), PF.Format_RGBA8888: (1, 4), PF.Format_RGBX8888: (1, 4),
    PF.Format_ARGB8888: (2, 4), PF.Format_ARGB8888_Premultiplied: (2, 4),
    PF.Format_XRGB8888: (2, 4), PF.Format_ABGR8888: (2, 4), PF.Format_XBGR8888: (2, 4),
}
_RGB32 = frozenset(f for f, (_, step) in _PACKED_LUMA.items() if step == 4
                   and f not in (PF.Format_AYUV, PF.Format_AYUV_Premultiplied))


def _plane(frame: QVideoFrame, plane: int, rows: int) -> np.ndarray:
    """A mapped plane as a (rows, bytesPerLine) uint8 view (valid until unmap)."""
    bpl = frame.bytesPerLine(plane)
    return np.frombuffer(frame.bits(plane), np.uint8, count=bpl * rows).reshape(rows, bpl)


def luma_of_mapped(frame: QVideoFrame) -> np.ndarray | None:
    """The luma of a frame mapped for reading, as a 2-D uint8 array, or None if unsupported.

    The array may be a view on the mapped memory: use it before `unmap()`.
    """
    fmt = frame.pixelFormat()
    w, h = frame.width(), frame.height()
    if fmt in _Y_PLANE:
        return _plane(frame, 0, h)[:, :w]
    if fmt in _Y_PLANE_16:
        return _plane(frame, 0, h)[:, 1:2 * w:2]
    if fmt in _PACKED_LUMA:
        offset, step = _PACKED_LUMA[fmt]
        return _plane(frame, 0, h)[:, offset:step * w:step]
    return None


def with_luma(frame: QVideoFrame, use: Callable[[np.ndarray, QImage | None], T]) -> T:
    """Call ``use(luma, color_image)`` with the frame's luma, mapping the frame around it.

    ``color_image`` is a QImage over the same pixels when they are RGB (for the preview), else
    None; both are only valid during the call. Frames that cannot be mapped, or in formats read
    here, are converted with `toImage()` first.
    """
    if frame.map(QVideoFrame.MapMode.ReadOnly):
        try:
            luma = luma_of_mapped(frame)
            if luma is not None:
                color = None
                if frame.pixelFormat() in _RGB32:
                    image_format = QVideoFrameFormat.imageFormatFromPixelFormat(
                        frame.pixelFormat())
                    if image_format != QImage.Format.Format_Invalid:
                        color = QImage(frame.bits(0), frame.width(), frame.height(),
                                       frame.bytesPerLine(0), image_format)
                return use(luma, color)
        finally:
            frame.unmap()
    image = frame.toImage().convertToFormat(QImage.Format.Format_RGBX8888)
    if image.isNull():
        raise ValueError(f"cannot read video frames in {frame.pixelFormat().name}")
    rgbx = np.frombuffer(image.constBits(), np.uint8, count=image.bytesPerLine() * image.height())
    rows = rgbx.reshape(image.height(), image.bytesPerLine())
    return use(rows[:, 1:4 * image.width():4], image)


def preview_image(luma: np.ndarray, color: QImage | None, size: QSize) -> QImage:
    """An owned RGB32 copy of the picture scaled to fit ``size`` (colour if there is, else gray)."""
    if color is None:
        gray = np.ascontiguousarray(luma)
        color = QImage(gray.data, gray.shape[1], gray.shape[0], gray.shape[1],
                       QImage.Format.Format_Grayscale8)
    scaled = color.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.FastTransformation)
    # RGB32 is what widgets paint fastest (no per-pixel conversion on the UI thread), and the
    # conversion makes a copy that owns its pixels (scaled() may share the soon-unmapped ones).
    return scaled.convertToFormat(QImage.Format.Format_RGB32)
