"""QR rendering: PNG, SVG and PDF all decode back to the exact payload."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

import numpy as np
import pytest
from fpdf import FPDF

from app.domain.codes import new_token, qr_payload
from app.render import draw_qr_pdf, qr_modules, qr_png, qr_svg
from app.scanner import decode_qr

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def payload() -> str:
    return qr_payload(new_token())


def test_modules_have_the_requested_quiet_zone(payload: str) -> None:
    bare = qr_modules(payload)
    framed = qr_modules(payload, border=4)
    assert framed.shape == (bare.shape[0] + 8, bare.shape[1] + 8)
    assert not framed[:4].any()
    assert not framed[-4:].any()
    assert not framed[:, :4].any()
    assert not framed[:, -4:].any()
    assert (framed[4:-4, 4:-4] == bare).all()
    assert bare[:7, :7].sum() == 7 * 7 - 5 * 5 + 3 * 3  # a finder pattern in the corner


@pytest.mark.parametrize(("scale", "border"), [(2, 4), (5, 1), (10, 4)])
def test_png_decodes_to_its_payload(png_to_gray: Callable[[bytes], np.ndarray], payload: str,
                                    scale: int, border: int) -> None:
    image = png_to_gray(qr_png(payload, scale=scale, border=border))
    n = qr_modules(payload).shape[0] + 2 * border
    assert image.shape == (n * scale, n * scale)
    assert decode_qr(image) == [payload]


def test_svg_is_valid_and_draws_exactly_the_modules(
        path_to_modules: Callable[[str, int], np.ndarray], payload: str) -> None:
    svg = qr_svg(payload, scale=8, border=4)
    root = ET.fromstring(svg.encode())
    assert root.tag == f"{SVG}svg"
    expected = qr_modules(payload, border=4)
    n = expected.shape[0]
    assert root.get("viewBox") == f"0 0 {n} {n}"
    assert root.get("width") == root.get("height") == str(n * 8)
    path = root.find(f"{SVG}path")
    assert path is not None
    drawn = path_to_modules(path.get("d", ""), n)
    assert (drawn == expected).all()
    pixels = np.where(np.kron(drawn, np.ones((6, 6), bool)), 0, 255).astype(np.uint8)
    assert decode_qr(pixels) == [payload]


def test_svg_without_background_is_transparent(payload: str) -> None:
    root = ET.fromstring(qr_svg(payload, light=None).encode())
    assert root.find(f"{SVG}rect") is None
    assert root.find(f"{SVG}path") is not None


def test_pdf_qr_is_vector_and_decodes(pdf_to_images: Callable[..., list[np.ndarray]],
                                      pdf_engines: list[str], payload: str) -> None:
    pdf = FPDF(unit="mm", format=(60, 60))
    pdf.add_page()
    draw_qr_pdf(pdf, payload, 10, 10, 40)
    data = bytes(pdf.output())
    assert data.startswith(b"%PDF")
    assert b"/Subtype /Image" not in data  # no bitmap: sharp at any zoom
    for engine in pdf_engines:
        for dpi in (100, 300):
            (page,) = pdf_to_images(data, dpi, engine)
            assert decode_qr(page) == [payload], (engine, dpi)


@pytest.mark.parametrize("bad", [{"scale": 0}, {"border": -1}])
def test_bad_sizes_are_refused(payload: str, bad: dict[str, int]) -> None:
    with pytest.raises(ValueError, match=r"scale|border"):
        qr_png(payload, **bad)
    with pytest.raises(ValueError, match=r"scale|border"):
        qr_svg(payload, **bad)


def test_empty_payload_is_refused() -> None:
    with pytest.raises(ValueError, match="payload"):
        qr_png("")
