"""decode_qr on camera-like frames: the exact payload comes back, or nothing does."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import pytest

from app.domain.codes import new_token, qr_payload
from app.scanner import FrameReader, decode_qr

Frame = Callable[..., np.ndarray]
W, H = 1280, 720


@pytest.mark.parametrize("degrees", [0, 17, 45, 90, 160, 270])
def test_turned_code_is_read(make_frame: Frame, payload: str, degrees: float) -> None:
    assert decode_qr(make_frame(payload, degrees=degrees)) == [payload]


@pytest.mark.parametrize(
    "corners",
    [
        [(500, 180), (780, 230), (760, 540), (520, 500)],  # tilted away on the right
        [(430, 260), (850, 250), (760, 500), (520, 510)],  # card lying flat, seen from above
    ],
    ids=["tilted", "keystone"],
)
def test_code_in_perspective_is_read(warp_frame: Frame, payload: str,
                                     corners: list[tuple[float, float]]) -> None:
    assert decode_qr(warp_frame(payload, corners)) == [payload]


def test_out_of_focus_code_is_read(make_frame: Frame, payload: str) -> None:
    frame = cv2.GaussianBlur(make_frame(payload, module_px=8, degrees=8), (0, 0), 2.0)
    assert decode_qr(frame) == [payload]


def test_noisy_low_light_frame_is_read(make_frame: Frame, payload: str) -> None:
    rng = np.random.default_rng(7)
    frame = make_frame(payload, degrees=-12).astype(np.float32) * 0.6
    frame = np.clip(frame + rng.normal(0, 18, frame.shape), 0, 255).astype(np.uint8)
    assert decode_qr(frame) == [payload]


def test_low_contrast_code_is_read(make_frame: Frame, payload: str) -> None:
    frame = make_frame(payload, degrees=5, dark=115, light=150)
    assert decode_qr(frame) == [payload]


def test_small_code_far_from_camera_is_read(make_frame: Frame, payload: str) -> None:
    # 3 px per module: the whole code with its quiet zone is about 110 px wide.
    frame = make_frame(payload, module_px=3, degrees=10, center=(1050, 560))
    assert decode_qr(frame) == [payload]


def test_phone_screen_with_glare_is_read(render_code: Frame, background: Frame,
                                        payload: str) -> None:
    frame = _phone_with_glare(render_code(payload, 8), background(3))
    assert decode_qr(frame) == [payload]


def _phone_with_glare(code: np.ndarray, desk: np.ndarray) -> np.ndarray:
    """The code on a phone (dark bezel) with a bright reflection over its upper right."""
    frame = desk.astype(np.float32)
    h, w = code.shape
    top, left = (H - h) // 2, (W - w) // 2
    bezel = 28
    frame[top - bezel:top + h + bezel, left - bezel:left + w + bezel] = 15
    frame[top:top + h, left:left + w] = code
    ys, xs = np.mgrid[0:H, 0:W]
    cx, cy = left + 0.7 * w, top + 0.3 * h
    veil = 0.8 * np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * 90.0**2))
    return np.clip(frame * (1 - veil) + 252 * veil, 0, 255).astype(np.uint8)


# Input formats.


def test_rgb_and_rgba_frames_are_read(make_frame: Frame, to_rgb: Callable[[np.ndarray],
                                      np.ndarray], payload: str) -> None:
    rgb = to_rgb(make_frame(payload, degrees=20))
    rgba = np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])
    assert decode_qr(rgb) == [payload]
    assert decode_qr(rgba) == [payload]
    assert decode_qr(rgb[..., 1:2]) == [payload]  # (H, W, 1)


def test_strided_views_are_read(make_frame: Frame, to_rgb: Callable[[np.ndarray], np.ndarray],
                                payload: str) -> None:
    gray = make_frame(payload, module_px=8, degrees=30)
    rgb = to_rgb(gray)
    rgba = np.dstack([rgb, np.full(gray.shape, 255, np.uint8)])
    views = {
        "every other pixel": gray[::2, ::2],
        "crop": gray[100:650, 300:1000],
        "upside down": gray[::-1],
        "BGR as reversed channels": rgb[..., ::-1],
        "RGB part of an RGBA buffer": rgba[..., :3],
        "column-major": np.asfortranarray(rgb),
    }
    for name, view in views.items():
        assert not view.flags.c_contiguous, name
        assert decode_qr(view) == [payload], name


def test_frame_without_a_code_gives_nothing(background: Frame,
                                            to_rgb: Callable[[np.ndarray], np.ndarray]) -> None:
    assert decode_qr(background(1)) == []
    assert decode_qr(to_rgb(background(2))) == []
    assert decode_qr(np.zeros((1, 1), np.uint8)) == []


def test_same_code_twice_is_reported_once(render_code: Frame, background: Frame,
                                          payload: str) -> None:
    code = render_code(payload, 5)
    frame = background(4)
    h, w = code.shape
    frame[100:100 + h, 100:100 + w] = code
    frame[400:400 + h, 800:800 + w] = code
    assert decode_qr(frame) == [payload]


def test_two_different_codes_are_both_reported(render_code: Frame, background: Frame) -> None:
    first, second = qr_payload(new_token()), qr_payload(new_token())
    frame = background(5)
    a, b = render_code(first, 5), render_code(second, 5)
    frame[100:100 + a.shape[0], 100:100 + a.shape[1]] = a
    frame[400:400 + b.shape[0], 800:800 + b.shape[1]] = b
    found = decode_qr(frame)
    assert sorted(found) == sorted([first, second])
    assert decode_qr(frame) == found  # same frame, same order


def test_light_on_dark_code_is_read_by_default(render_code: Frame, background: Frame,
                                               payload: str) -> None:
    frame = background(6)
    code = 255 - render_code(payload, 6)
    h, w = code.shape
    frame[200:200 + h, 500:500 + w] = code
    assert decode_qr(frame) == [payload]
    assert decode_qr(frame, try_invert=False) == []


def test_frame_reader_finds_a_light_on_dark_code_within_two_frames(
        render_code: Frame, background: Frame, payload: str) -> None:
    reader = FrameReader()
    frame = background(6)
    code = 255 - render_code(payload, 6)
    frame[200:200 + code.shape[0], 500:500 + code.shape[1]] = code
    reads = [reader.read(frame) for _ in range(6)]
    assert [payload] in reads[:2]
    first = reads.index([payload])
    assert all(r == [payload] for r in reads[first:])  # stays in the polarity that found it


def test_frame_reader_reads_a_normal_code_soon_after_an_inverted_one(
        render_code: Frame, background: Frame, payload: str) -> None:
    reader = FrameReader()
    dark, light = background(6), background(6)
    code = render_code(payload, 6)
    dark[200:200 + code.shape[0], 500:500 + code.shape[1]] = 255 - code
    light[200:200 + code.shape[0], 500:500 + code.shape[1]] = code
    assert [payload] in [reader.read(dark) for _ in range(2)]
    # The next card is dark-on-light: a few frames missed in the old polarity, then read.
    assert [payload] in [reader.read(light) for _ in range(6)]


def test_frame_reader_keeps_its_polarity_through_a_few_missed_frames(
        render_code: Frame, background: Frame, payload: str) -> None:
    reader = FrameReader()
    desk, card = background(6), background(6)
    code = 255 - render_code(payload, 6)
    card[200:200 + code.shape[0], 500:500 + code.shape[1]] = code
    assert [payload] in [reader.read(card) for _ in range(2)]
    # A card moving in front of the camera, missed on every other frame: still read each time.
    assert [reader.read(f) for f in (desk, card, desk, card, desk, card)] == [
        [], [payload], [], [payload], [], [payload]]


def test_frame_reader_alternates_while_it_finds_no_card(background: Frame) -> None:
    reader = FrameReader()
    frame = background(6)[:, 3:]  # a strided view, as a camera's Y plane is
    polarities = []
    for _ in range(4):
        polarities.append(reader.inverted)
        assert reader.read(frame) == []
    assert polarities == [False, True, False, True]


def test_frame_reader_ignores_codes_it_is_told_are_not_cards(
        render_code: Frame, background: Frame, payload: str) -> None:
    reader = FrameReader(accept=lambda text: text.startswith("CARD:"))
    frame = background(6)
    code = render_code(payload, 6)  # a poster's code, not a card: keep looking both ways
    frame[200:200 + code.shape[0], 500:500 + code.shape[1]] = code
    polarities = []
    for _ in range(4):
        polarities.append(reader.inverted)
        reader.read(frame)
    assert polarities == [False, True, False, True]


def test_non_qr_barcode_is_ignored() -> None:
    import zxingcpp

    barcode = zxingcpp.create_barcode("GIFTDESK1:abc", zxingcpp.BarcodeFormat.Code128)
    image = np.asarray(barcode.to_image(scale=3))
    assert zxingcpp.read_barcodes(image)  # the barcode is readable...
    assert decode_qr(image) == []  # ...but it is not a QR code


@pytest.mark.parametrize(
    ("image", "message"),
    [
        (np.zeros((10, 10), np.float32), "uint8"),
        (np.zeros((10, 10), np.uint16), "uint8"),
        (np.zeros((10, 10), bool), "uint8"),
        (np.zeros(100, np.uint8), "shape"),
        (np.zeros((10, 10, 2), np.uint8), "shape"),
        (np.zeros((2, 10, 10, 3), np.uint8), "shape"),
        (np.zeros((0, 10), np.uint8), "non-empty"),
        (np.zeros((10, 0, 3), np.uint8), "non-empty"),
    ],
)
def test_bad_input_is_refused(image: np.ndarray, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        decode_qr(image)


def test_non_array_is_refused() -> None:
    with pytest.raises(ValueError, match="numpy array"):
        decode_qr([[0, 255], [255, 0]])  # type: ignore[arg-type]
