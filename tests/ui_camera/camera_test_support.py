"""Helpers of the camera tests: card frames as a webcam would deliver them."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from app.bench.scan_decode import camera_frame
from app.domain.codes import new_token, qr_payload

MULTIMEDIA_MISSING = "QtMultimedia is not installed (it comes in the PySide6-Addons wheel)"
FRAME_W, FRAME_H = 1280, 720


def rgb_frame(payload: str | None, seed: int = 0) -> np.ndarray:
    """A 1280x720 RGB webcam-like frame showing ``payload`` (or an empty desk for None)."""
    if payload is None:
        frame = camera_frame(qr_payload(new_token()), seed=seed)
        frame[:, 500:] = frame[:, :1, :]  # wipe the code: only the desk's left edge repeats
        return np.ascontiguousarray(frame)
    return camera_frame(payload, seed=seed)


def rgb_image(rgb: np.ndarray) -> QImage:
    """An owned QImage (RGBX8888) of an RGB array."""
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).convertToFormat(
        QImage.Format.Format_RGBX8888)
