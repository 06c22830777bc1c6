"""Camera-like test frames: segno QR codes warped, blurred and lit with OpenCV and numpy."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import pytest
import segno

from app.domain.codes import new_token, qr_payload

FRAME_W, FRAME_H = 1280, 720


@pytest.fixture
def payload() -> str:
    """A fresh card payload, GIFTDESK1:<token>."""
    return qr_payload(new_token())


def code_image(payload: str, module_px: int = 8, *, dark: int = 20, light: int = 235,
               border: int = 4) -> np.ndarray:
    """The QR code as a grayscale image, ``module_px`` pixels per module, with quiet zone."""
    modules = np.array(segno.make_qr(payload, error="m").matrix, dtype=bool)
    modules = np.pad(modules, border)
    big = np.kron(modules, np.ones((module_px, module_px), dtype=bool))
    return np.where(big, dark, light).astype(np.uint8)


def desk(seed: int = 0, width: int = FRAME_W, height: int = FRAME_H) -> np.ndarray:
    """A grayscale, unevenly lit, textured background like a counter top."""
    rng = np.random.default_rng(seed)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    base = 90 + 50 * xs / width + 20 * np.sin(ys / 23.0) * np.cos(xs / 41.0)
    texture = cv2.GaussianBlur(rng.normal(0, 25, (height, width)).astype(np.float32), (0, 0), 3)
    return np.clip(base + texture, 0, 255).astype(np.uint8)


def place(code: np.ndarray, transform: np.ndarray, *, seed: int = 0) -> np.ndarray:
    """Warp ``code`` (3x3 homography, code pixels -> frame pixels) onto a 1280x720 desk."""
    background = desk(seed)
    warped = cv2.warpPerspective(code, transform, (FRAME_W, FRAME_H), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.full_like(code, 255), transform, (FRAME_W, FRAME_H),
                               flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                               borderValue=0).astype(np.float32) / 255
    frame = warped * mask + background * (1 - mask)
    return np.clip(frame, 0, 255).astype(np.uint8)


def rotation(code: np.ndarray, degrees: float, center: tuple[float, float],
             scale: float = 1.0) -> np.ndarray:
    """Homography turning ``code`` by ``degrees`` about its centre, centred at ``center``."""
    h, w = code.shape
    affine = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, scale)
    affine[0, 2] += center[0] - w / 2
    affine[1, 2] += center[1] - h / 2
    return np.vstack([affine, [0, 0, 1]])


def perspective(code: np.ndarray, corners: list[tuple[float, float]]) -> np.ndarray:
    """Homography sending the code's corners (tl, tr, br, bl) to ``corners`` in the frame."""
    h, w = code.shape
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    return cv2.getPerspectiveTransform(src, np.array(corners, dtype=np.float32))


@pytest.fixture
def make_frame() -> Callable[..., np.ndarray]:
    """Build a grayscale frame holding ``payload`` turned by ``degrees`` at ``center``."""

    def build(payload: str, *, module_px: int = 6, degrees: float = 0.0,
              center: tuple[float, float] = (FRAME_W / 2, FRAME_H / 2), seed: int = 0,
              **colors: int) -> np.ndarray:
        code = code_image(payload, module_px, **colors)
        return place(code, rotation(code, degrees, center), seed=seed)

    return build


@pytest.fixture
def warp_frame() -> Callable[..., np.ndarray]:
    """Build a grayscale frame with ``payload``'s corners (tl, tr, br, bl) at ``corners``."""

    def build(payload: str, corners: list[tuple[float, float]], *, module_px: int = 6,
              seed: int = 0) -> np.ndarray:
        code = code_image(payload, module_px)
        return place(code, perspective(code, corners), seed=seed)

    return build


@pytest.fixture
def to_rgb() -> Callable[[np.ndarray], np.ndarray]:
    """Turn a grayscale frame into a warm-tinted RGB one, as webcams deliver."""

    def convert(gray: np.ndarray) -> np.ndarray:
        tint = np.array([1.05, 1.0, 0.9], dtype=np.float32)
        return np.clip(gray[..., None].astype(np.float32) * tint, 0, 255).astype(np.uint8)

    return convert


@pytest.fixture
def render_code() -> Callable[..., np.ndarray]:
    """`code_image`: the bare QR code as a grayscale image."""
    return code_image


@pytest.fixture
def background() -> Callable[..., np.ndarray]:
    """`desk`: a 1280x720 grayscale background without any code."""
    return desk
