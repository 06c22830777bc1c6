"""Printable sheets: the right cards on the right pages, every QR readable, cut lines drawn."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pytest

from app.domain.codes import new_card_code, new_token, qr_payload
from app.render import CardFace, sheet_grid, sheet_pdf
from app.scanner import decode_qr

Pages = Callable[[bytes], list[tuple[tuple[float, float], bytes]]]
A4_PT = (595.28, 841.89)
LETTER_PT = (612.0, 792.0)


def _faces(count: int) -> list[CardFace]:
    return [CardFace(new_card_code(), qr_payload(new_token()), f"${5 * (i + 1)}.00", "Bakery")
            for i in range(count)]


def test_twelve_cards_on_a4_make_two_pages_of_ten_and_two(
        pdf_to_images: Callable[..., list[np.ndarray]], pdf_page_list: Pages) -> None:
    faces = _faces(12)
    data = sheet_pdf(faces)
    pages = pdf_page_list(data)
    assert len(pages) == 2
    assert all(size == pytest.approx(A4_PT, abs=0.01) for size, _ in pages)
    first, second = pdf_to_images(data, 200)
    assert sorted(decode_qr(first)) == sorted(f.qr_payload for f in faces[:10])
    assert sorted(decode_qr(second)) == sorted(f.qr_payload for f in faces[10:])


def test_letter_paper_holds_eight_cards(pdf_to_images: Callable[..., list[np.ndarray]],
                                        pdf_page_list: Pages) -> None:
    faces = _faces(12)
    data = sheet_pdf(faces, paper="Letter")
    pages = pdf_page_list(data)
    assert [size for size, _ in pages] == [pytest.approx(LETTER_PT, abs=0.01)] * 2
    first, second = pdf_to_images(data, 200)
    assert sorted(decode_qr(first)) == sorted(f.qr_payload for f in faces[:8])
    assert sorted(decode_qr(second)) == sorted(f.qr_payload for f in faces[8:])


def test_with_pdftoppm_every_card_reads_back(pdf_to_images: Callable[..., list[np.ndarray]],
                                             pdf_engines: list[str]) -> None:
    faces = _faces(10)
    data = sheet_pdf(faces)
    for engine in pdf_engines:
        (page,) = pdf_to_images(data, 200, engine)
        assert sorted(decode_qr(page)) == sorted(f.qr_payload for f in faces), engine


@pytest.mark.parametrize(("count", "pages"), [(1, 1), (10, 1), (11, 2), (20, 2), (21, 3)])
def test_page_count(pdf_page_list: Pages, count: int, pages: int) -> None:
    faces = _faces(1) * count
    assert len(pdf_page_list(sheet_pdf(faces))) == pages


def test_cut_lines_frame_every_cell(pdf_page_list: Pages) -> None:
    faces = _faces(3)
    grid = sheet_grid("a4")
    ((_, content),) = pdf_page_list(sheet_pdf(faces))
    lines = re.findall(rb"[\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S", content)
    assert len(lines) == (grid.columns + 1) + (grid.rows + 1)  # drawn for the whole grid
    ((_, plain),) = pdf_page_list(sheet_pdf(faces, cut_lines=False))
    assert re.findall(rb"[\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S", plain) == []


def test_default_grids_fit_the_paper_with_margins() -> None:
    a4, letter = sheet_grid("a4"), sheet_grid("letter")
    assert (a4.columns, a4.rows, a4.per_page) == (2, 5, 10)
    assert (letter.columns, letter.rows, letter.per_page) == (2, 4, 8)
    assert min(a4.left, a4.top, letter.left, letter.top) >= 8


def test_impossible_sheets_are_refused() -> None:
    with pytest.raises(ValueError, match="no cards"):
        sheet_pdf([])
    with pytest.raises(ValueError, match="at most 2 columns and 5 rows"):
        sheet_pdf(_faces(1), columns=3)
    with pytest.raises(ValueError, match="Unknown paper"):
        sheet_pdf(_faces(1), paper="A3")
