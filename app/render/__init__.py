"""Qt-free rendering of QR codes and gift cards: PNG, SVG, PDF and printable sheets.

QR codes come from segno; PDFs (fpdf2) draw QR modules as vector rectangles so they stay sharp
at any zoom or printer resolution.
"""

from app.render._card import (
    CARD_HEIGHT_MM,
    CARD_WIDTH_MM,
    CardFace,
    card_pdf,
    card_png,
    card_svg,
    draw_card_pdf,
    save_card,
)
from app.render._csv import read_cards_csv
from app.render._qr import draw_qr_pdf, qr_modules, qr_png, qr_svg
from app.render._sheet import PAPER_SIZES_MM, SheetGrid, sheet_grid, sheet_pdf

__all__ = [
    "CARD_HEIGHT_MM",
    "CARD_WIDTH_MM",
    "PAPER_SIZES_MM",
    "CardFace",
    "SheetGrid",
    "card_pdf",
    "card_png",
    "card_svg",
    "draw_card_pdf",
    "draw_qr_pdf",
    "qr_modules",
    "qr_png",
    "qr_svg",
    "read_cards_csv",
    "save_card",
    "sheet_grid",
    "sheet_pdf",
]
