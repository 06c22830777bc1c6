"""A payload as a QR code: module matrix, SVG text, PNG bytes and vector rectangles in a PDF."""

from __future__ import annotations

import io
from collections.abc import Iterator

import numpy as np
import segno
from fpdf import FPDF

QUIET_ZONE = 4  # modules of light border the QR specification asks for


def qr_modules(payload: str, *, border: int = 0) -> np.ndarray:
    """The QR code's modules as a bool array, True for dark, with ``border`` light modules."""
    if not payload:
        raise ValueError("A QR code needs a non-empty payload.")
    if border < 0:
        raise ValueError("The border cannot be negative.")
    qr = segno.make_qr(payload, error="m")
    modules = np.array(qr.matrix, dtype=bool)
    return np.pad(modules, border, constant_values=False)


def module_rects(modules: np.ndarray) -> Iterator[tuple[int, int, int, int]]:
    """Dark areas as few (column, row, width, height) rectangles: runs merged down the rows."""
    open_rects: dict[tuple[int, int], int] = {}  # (column, width) -> first row
    for row in range(modules.shape[0] + 1):
        runs = set(_runs(modules[row])) if row < modules.shape[0] else set()
        for key in sorted(k for k in open_rects if k not in runs):
            top = open_rects.pop(key)
            yield key[0], top, key[1], row - top
        for key in sorted(runs):
            open_rects.setdefault(key, row)


def _runs(line: np.ndarray) -> Iterator[tuple[int, int]]:
    padded = np.concatenate(([False], line, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        yield int(start), int(end - start)


def svg_path_data(modules: np.ndarray) -> str:
    """SVG path data drawing each dark rectangle in module units (one unit per module)."""
    return "".join(f"M{x} {y}h{w}v{h}h-{w}z" for x, y, w, h in module_rects(modules))


def qr_svg(payload: str, *, scale: float = 10, border: int = QUIET_ZONE, dark: str = "#000",
           light: str | None = "#fff") -> str:
    """A standalone SVG document; ``scale`` is the module size in px, ``light=None`` is clear."""
    if scale <= 0:
        raise ValueError("The scale must be positive.")
    modules = qr_modules(payload, border=border)
    n = modules.shape[0]
    size = f"{n * scale:g}"
    background = f'<rect width="{n}" height="{n}" fill="{light}"/>' if light else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 {n} {n}" shape-rendering="crispEdges">'
        f'{background}<path fill="{dark}" d="{svg_path_data(modules)}"/></svg>\n'
    )


def qr_png(payload: str, *, scale: int = 10, border: int = QUIET_ZONE) -> bytes:
    """PNG bytes, black on white, ``scale`` pixels per module."""
    if scale < 1:
        raise ValueError("The scale must be at least 1 pixel per module.")
    if border < 0:
        raise ValueError("The border cannot be negative.")
    if not payload:
        raise ValueError("A QR code needs a non-empty payload.")
    out = io.BytesIO()
    segno.make_qr(payload, error="m").save(out, kind="png", scale=scale, border=border)
    return out.getvalue()


def draw_qr_pdf(pdf: FPDF, payload: str, x: float, y: float, size: float, *,
                border: int = QUIET_ZONE) -> None:
    """Draw the QR code as filled vector rectangles in a ``size`` square at (x, y), in pdf units.

    The light background (and quiet zone) is left to the page, which is white.
    """
    modules = qr_modules(payload, border=border)
    module = size / modules.shape[0]
    with pdf.local_context(fill_color=(0, 0, 0)):
        for col, row, w, h in module_rects(modules):
            pdf.rect(x + col * module, y + row * module, w * module, h * module, style="F")
