"""One gift card's face (QR, grouped code, value, optional title) as PNG, SVG or PDF.

The face is laid out once in millimetres on an ID-1 card (85.6 × 54 mm, a bank card's size);
each output draws that layout. Text is shrunk to fit its column, and shortened with "…" only
when even the smallest size would not fit.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw

from app.domain.codes import format_code, normalize_code
from app.domain.errors import GiftDeskError
from app.render import _fonts
from app.render._fonts import PT_TO_MM, ascii_fallback, fit_text, pillow_font
from app.render._qr import QUIET_ZONE, draw_qr_pdf, qr_modules, svg_path_data

CARD_WIDTH_MM = 85.6
CARD_HEIGHT_MM = 54.0
_QR_X, _QR_Y, _QR_SIZE = 3.0, 7.0, 40.0  # the QR with its quiet zone
_TEXT_X = 46.0
_TEXT_WIDTH = CARD_WIDTH_MM - _TEXT_X - 3.5
_PDF_FAMILY = "GiftDeskSans"


@dataclass(frozen=True)
class CardFace:
    """What is printed on a card: its code, QR payload, value text and an optional title.

    ``code`` may be typed with spaces or dashes; it is stored as 12 digits and must pass the
    check digit. ``value_text`` is already formatted, e.g. "$25.00" or "5 × Coffee".
    """

    code: str
    qr_payload: str
    value_text: str
    title: str | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "code", normalize_code(self.code))
        except GiftDeskError as exc:
            raise ValueError(f"Card code {self.code!r}: {exc.detail}") from None
        if not self.qr_payload:
            raise ValueError(f"Card {self.code}: the QR payload is empty.")
        if not self.value_text.strip():
            raise ValueError(f"Card {self.code}: the value text is empty.")
        if self.title is not None and not self.title.strip():
            object.__setattr__(self, "title", None)


@dataclass(frozen=True)
class _Text:
    text: str
    x: float  # mm from the card's left edge
    baseline: float  # mm from the card's top edge
    size_pt: float
    bold: bool
    gray: int  # 0 black .. 255 white


def _layout(face: CardFace) -> list[_Text]:
    items: list[_Text] = []
    if face.title:
        text, size = fit_text(face.title.strip(), _TEXT_WIDTH, 11, 7, bold=True)
        items.append(_Text(text, _TEXT_X, 13.0, size, True, 60))
    text, size = fit_text(face.value_text.strip(), _TEXT_WIDTH, 24, 9, bold=True)
    items.append(_Text(text, _TEXT_X, 30.0, size, True, 0))
    items.append(_Text("Card code", _TEXT_X, 40.5, 6.5, False, 110))
    text, size = fit_text(format_code(face.code), _TEXT_WIDTH, 12, 8, bold=False)
    items.append(_Text(text, _TEXT_X, 46.0, size, False, 0))
    return items


def card_png(face: CardFace, *, dpi: int = 300) -> bytes:
    """The card face as a grayscale PNG at ``dpi`` (300 gives 1011 × 638 pixels)."""
    if dpi < 72:
        raise ValueError("Render cards at 72 dpi or more; the QR code needs the pixels.")
    px_per_mm = dpi / 25.4
    image = Image.new("L", (round(CARD_WIDTH_MM * px_per_mm), round(CARD_HEIGHT_MM * px_per_mm)),
                      255)
    modules = qr_modules(face.qr_payload, border=QUIET_ZONE)
    box = round(_QR_SIZE * px_per_mm)
    module_px = max(1, box // modules.shape[0])
    qr = np.where(np.kron(modules, np.ones((module_px, module_px), dtype=bool)), 0, 255)
    offset = (box - qr.shape[0]) // 2
    image.paste(Image.fromarray(qr.astype(np.uint8)),
                (round(_QR_X * px_per_mm) + offset, round(_QR_Y * px_per_mm) + offset))
    draw = ImageDraw.Draw(image)
    fallback = _fonts.system_fonts().regular is None
    for item in _layout(face):
        font = pillow_font(item.bold, max(1, round(item.size_pt * dpi / 72)))
        draw.text((item.x * px_per_mm, item.baseline * px_per_mm),
                  ascii_fallback(item.text) if fallback else item.text,
                  fill=item.gray, font=font, anchor="ls")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def card_svg(face: CardFace) -> str:
    """The card face as a standalone SVG document sized in millimetres."""
    modules = qr_modules(face.qr_payload, border=QUIET_ZONE)
    module = _QR_SIZE / modules.shape[0]
    family = quoteattr(_fonts.system_fonts().family)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH_MM}mm" '
        f'height="{CARD_HEIGHT_MM}mm" viewBox="0 0 {CARD_WIDTH_MM} {CARD_HEIGHT_MM}">',
        f'<rect width="{CARD_WIDTH_MM}" height="{CARD_HEIGHT_MM}" fill="#fff"/>',
        f'<path transform="translate({_QR_X} {_QR_Y}) scale({module:.6f})" fill="#000" '
        f'shape-rendering="crispEdges" d="{svg_path_data(modules)}"/>',
    ]
    for item in _layout(face):
        weight = ' font-weight="bold"' if item.bold else ""
        parts.append(
            f'<text x="{item.x:g}" y="{item.baseline:g}" font-family={family} '
            f'font-size="{item.size_pt * PT_TO_MM:.3f}"{weight} '
            f'fill="rgb({item.gray},{item.gray},{item.gray})">{escape(item.text)}</text>'
        )
    parts.append("</svg>\n")
    return "".join(parts)


def new_pdf(width_mm: float, height_mm: float, title: str) -> FPDF:
    """An empty PDF document in millimetres with the card font registered."""
    pdf = FPDF(unit="mm", format=(width_mm, height_mm))
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.set_title(title)
    pdf.set_creator("GiftDesk")
    files = _fonts.system_fonts()
    if files.regular is not None and files.bold is not None:
        pdf.add_font(_PDF_FAMILY, "", str(files.regular))
        pdf.add_font(_PDF_FAMILY, "B", str(files.bold))
    return pdf


def draw_card_pdf(pdf: FPDF, face: CardFace, x: float, y: float) -> None:
    """Draw the card face with its top-left corner at (x, y) mm on the current page."""
    draw_qr_pdf(pdf, face.qr_payload, x + _QR_X, y + _QR_Y, _QR_SIZE)
    unicode_font = _PDF_FAMILY.lower() in pdf.fonts
    for item in _layout(face):
        pdf.set_font(_PDF_FAMILY if unicode_font else "helvetica", "B" if item.bold else "",
                     item.size_pt)
        pdf.set_text_color(item.gray)
        pdf.text(x + item.x, y + item.baseline,
                 item.text if unicode_font else ascii_fallback(item.text))


def card_pdf(face: CardFace) -> bytes:
    """The card face as a one-page PDF the size of the card; the QR code is vector."""
    pdf = new_pdf(CARD_WIDTH_MM, CARD_HEIGHT_MM, f"Gift card {format_code(face.code)}")
    pdf.add_page()
    draw_card_pdf(pdf, face, 0, 0)
    return bytes(pdf.output())


def save_card(face: CardFace, path: str | Path) -> None:
    """Write the card face to ``path``; the suffix (.png, .svg or .pdf) picks the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        path.write_bytes(card_png(face))
    elif suffix == ".svg":
        path.write_text(card_svg(face), encoding="utf-8")
    elif suffix == ".pdf":
        path.write_bytes(card_pdf(face))
    else:
        raise ValueError(f"{path.name}: choose a .png, .svg or .pdf file name.")
