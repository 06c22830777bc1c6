"""Card faces: the QR reads back, the text is there and stays on the card, in every format."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.domain.codes import format_code, new_card_code, new_token, qr_payload
from app.render import (
    CARD_WIDTH_MM,
    CardFace,
    _fonts,
    card_pdf,
    card_png,
    card_svg,
    qr_modules,
    save_card,
)
from app.scanner import decode_qr

SVG = "{http://www.w3.org/2000/svg}"
Gray = Callable[[bytes], np.ndarray]


@pytest.fixture
def face() -> CardFace:
    return CardFace(new_card_code(), qr_payload(new_token()), "$25.00", "Corner Bakery")


def _ink(image: np.ndarray, dpi: int, x_mm: tuple[float, float],
         y_mm: tuple[float, float]) -> int:
    """Dark pixels in a rectangle given in millimetres."""
    px = dpi / 25.4
    box = image[round(y_mm[0] * px):round(y_mm[1] * px), round(x_mm[0] * px):round(x_mm[1] * px)]
    return int((box < 128).sum())


def _pdf_text(data: bytes, tmp_path: Path) -> str | None:
    """The PDF's text via poppler's pdftotext, or None when it is not installed."""
    if not shutil.which("pdftotext"):
        return None
    path = tmp_path / "card.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_face_normalizes_and_checks_the_code() -> None:
    code = new_card_code()
    spaced = CardFace(format_code(code), "GIFTDESK1:x", "$5.00", "  ")
    assert spaced.code == code
    assert spaced.title is None
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    with pytest.raises(ValueError, match="typo"):
        CardFace(wrong, "GIFTDESK1:x", "$5.00")
    with pytest.raises(ValueError, match="value"):
        CardFace(code, "GIFTDESK1:x", " ")
    with pytest.raises(ValueError, match="payload"):
        CardFace(code, "", "$5.00")


@pytest.mark.parametrize(("dpi", "size"), [(300, (1011, 638)), (150, (506, 319))])
def test_png_is_card_sized_and_its_qr_reads_back(png_to_gray: Gray, face: CardFace, dpi: int,
                                                 size: tuple[int, int]) -> None:
    data = card_png(face, dpi=dpi)
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == size
        assert round(image.info["dpi"][0]) == dpi
    assert decode_qr(png_to_gray(data)) == [face.qr_payload]


def test_png_shows_title_value_and_code_only_where_given(png_to_gray: Gray,
                                                         face: CardFace) -> None:
    with_title = png_to_gray(card_png(face))
    without = png_to_gray(card_png(CardFace(face.code, face.qr_payload, face.value_text)))
    column = (46.0, CARD_WIDTH_MM)
    assert _ink(with_title, 300, column, (8, 14)) > 500  # title
    assert _ink(without, 300, column, (8, 14)) == 0
    for image in (with_title, without):
        assert _ink(image, 300, column, (22, 31)) > 2000  # value
        assert _ink(image, 300, column, (42, 47)) > 1000  # code


def test_long_text_stays_on_the_card(png_to_gray: Gray, face: CardFace) -> None:
    long = CardFace(face.code, face.qr_payload, "1,000,000 × Large oat-milk cappuccino",
                    "The Extraordinarily Long Name of a Neighbourhood Coffee Roastery")
    image = png_to_gray(card_png(long))
    assert _ink(image, 300, (CARD_WIDTH_MM - 3, CARD_WIDTH_MM), (0, 54)) == 0  # right margin
    assert _ink(image, 300, (46, 82), (22, 31)) > 1000  # the value is still drawn
    assert decode_qr(image) == [face.qr_payload]


def test_svg_has_the_texts_and_the_exact_qr(path_to_modules: Callable[[str, int], np.ndarray],
                                            face: CardFace) -> None:
    tricky = CardFace(face.code, face.qr_payload, "5 × Coffee", "Ben & Jerry's <Café>")
    root = ET.fromstring(card_svg(tricky).encode())
    assert (root.get("width"), root.get("height")) == ("85.6mm", "54.0mm")
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == ["Ben & Jerry's <Café>", "5 × Coffee", "Card code", format_code(face.code)]
    path = root.find(f"{SVG}path")
    assert path is not None
    expected = qr_modules(face.qr_payload, border=4)
    scale = re.search(r"scale\(([\d.]+)\)", path.get("transform", ""))
    assert scale is not None
    assert float(scale.group(1)) * expected.shape[0] == pytest.approx(40, abs=0.01)  # 40 mm
    drawn = path_to_modules(path.get("d", ""), expected.shape[0])
    assert (drawn == expected).all()
    pixels = np.where(np.kron(drawn, np.ones((5, 5), bool)), 0, 255).astype(np.uint8)
    assert decode_qr(pixels) == [face.qr_payload]


def test_pdf_is_one_card_sized_page_whose_qr_reads_back(
        pdf_to_images: Callable[..., list[np.ndarray]], pdf_engines: list[str],
        pdf_page_list: Callable[[bytes], list[tuple[tuple[float, float], bytes]]],
        face: CardFace, tmp_path: Path) -> None:
    data = card_pdf(face)
    assert data.startswith(b"%PDF-")
    ((width, height), _), = pdf_page_list(data)
    assert (width, height) == pytest.approx((85.6 / 25.4 * 72, 54 / 25.4 * 72), abs=0.01)
    for engine in pdf_engines:
        (page,) = pdf_to_images(data, 200, engine)
        assert decode_qr(page) == [face.qr_payload], engine
    text = _pdf_text(data, tmp_path)
    if text is not None:
        assert face.title in text
        assert face.value_text in text
        assert format_code(face.code) in text


def test_without_system_fonts_text_is_spelled_out(monkeypatch: pytest.MonkeyPatch,
                                                  png_to_gray: Gray, face: CardFace,
                                                  tmp_path: Path) -> None:
    monkeypatch.setattr(_fonts, "system_fonts", lambda: _fonts.FontFiles(None, None))
    coffee = CardFace(face.code, face.qr_payload, "5 × Coffee", "Café Crème €5 off")
    assert decode_qr(png_to_gray(card_png(coffee))) == [face.qr_payload]
    text = _pdf_text(card_pdf(coffee), tmp_path)
    if text is not None:
        assert "5 x Coffee" in text
        assert "Cafe Creme EUR 5 off" in text


@pytest.mark.parametrize("name", ["card.png", "card.SVG", "card.pdf"])
def test_save_card_picks_the_format_from_the_suffix(tmp_path: Path, face: CardFace,
                                                    name: str) -> None:
    path = tmp_path / name
    save_card(face, path)
    head = path.read_bytes()[:8]
    expected = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}[path.suffix.lower()]
    assert head.startswith(expected)


def test_save_card_refuses_unknown_formats(tmp_path: Path, face: CardFace) -> None:
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        save_card(face, tmp_path / "card.jpg")
    assert not (tmp_path / "card.jpg").exists()
