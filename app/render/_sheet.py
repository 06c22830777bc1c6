"""A printable PDF sheet of card faces: a grid of card-sized cells with cut lines."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF

from app.render._card import CARD_HEIGHT_MM, CARD_WIDTH_MM, CardFace, draw_card_pdf, new_pdf

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
MIN_MARGIN_MM = 8.0  # most printers cannot print closer to the paper's edge


@dataclass(frozen=True)
class SheetGrid:
    """Where the cells go on a page: ``columns`` × ``rows`` cells from (left, top) mm."""

    paper: str
    columns: int
    rows: int
    left: float
    top: float

    @property
    def per_page(self) -> int:
        """Cards per page."""
        return self.columns * self.rows


def sheet_grid(paper: str = "a4", columns: int | None = None,
               rows: int | None = None) -> SheetGrid:
    """The grid for ``paper`` (A4: 2 × 5, Letter: 2 × 4), centred; refuses grids that overflow."""
    key = paper.lower()
    if key not in PAPER_SIZES_MM:
        raise ValueError(f"Unknown paper {paper!r}; choose one of {', '.join(PAPER_SIZES_MM)}.")
    width, height = PAPER_SIZES_MM[key]
    max_columns = math.floor((width - 2 * MIN_MARGIN_MM) / CARD_WIDTH_MM)
    max_rows = math.floor((height - 2 * MIN_MARGIN_MM) / CARD_HEIGHT_MM)
    columns = max_columns if columns is None else columns
    rows = max_rows if rows is None else rows
    if not (1 <= columns <= max_columns and 1 <= rows <= max_rows):
        raise ValueError(f"{paper} paper holds at most {max_columns} columns and {max_rows} rows "
                         "of cards.")
    left = (width - columns * CARD_WIDTH_MM) / 2
    top = (height - rows * CARD_HEIGHT_MM) / 2
    return SheetGrid(key, columns, rows, left, top)


def sheet_pdf(faces: Sequence[CardFace], *, paper: str = "a4", columns: int | None = None,
              rows: int | None = None, cut_lines: bool = True) -> bytes:
    """A PDF with ``faces`` laid out in a grid, as many pages as needed, with cut lines."""
    if not faces:
        raise ValueError("There are no cards to print.")
    grid = sheet_grid(paper, columns, rows)
    width, height = PAPER_SIZES_MM[grid.paper]
    pdf = new_pdf(width, height, f"Gift cards ({len(faces)})")
    for start in range(0, len(faces), grid.per_page):
        pdf.add_page()
        page = faces[start:start + grid.per_page]
        for index, face in enumerate(page):
            row, column = divmod(index, grid.columns)
            draw_card_pdf(pdf, face, grid.left + column * CARD_WIDTH_MM,
                          grid.top + row * CARD_HEIGHT_MM)
        if cut_lines:
            _draw_cut_lines(pdf, grid, width, height)
    return bytes(pdf.output())


def _draw_cut_lines(pdf: FPDF, grid: SheetGrid, width: float, height: float) -> None:
    with pdf.local_context(draw_color=(150, 150, 150), line_width=0.2):
        pdf.set_dash_pattern(dash=2, gap=1.5)
        for column in range(grid.columns + 1):
            x = grid.left + column * CARD_WIDTH_MM
            pdf.line(x, 0, x, height)
        for row in range(grid.rows + 1):
            y = grid.top + row * CARD_HEIGHT_MM
            pdf.line(0, y, width, y)
        pdf.set_dash_pattern()
