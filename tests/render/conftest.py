"""Helpers to read rendered files back: PDF pages to pixels, SVG paths to QR modules.

PDF pages are rasterized with poppler's `pdftoppm` when it is installed; otherwise with a tiny
renderer that paints the filled rectangles of the page content (all GiftDesk draws for a QR
code), ignoring text and lines.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

_OBJECT = re.compile(rb"(\d+) 0 obj\s*<<(.*?)>>\s*(stream\r?\n)?", re.S)
_TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|/?[^\s()<>\[\]/]+|\[|\]")
_PATH_RUN = re.compile(r"M(\d+) (\d+)h(\d+)v(\d+)h-(\d+)z")


def _objects(pdf: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Object number -> (dictionary text, decompressed stream or None)."""
    found: dict[int, tuple[bytes, bytes | None]] = {}
    for match in _OBJECT.finditer(pdf):
        head = match.group(2)
        data: bytes | None = None
        if match.group(3):
            length = int(re.search(rb"/Length (\d+)", head).group(1))  # type: ignore[union-attr]
            data = pdf[match.end():match.end() + length]
            if b"/FlateDecode" in head:
                data = zlib.decompress(data)
        found[int(match.group(1))] = (head, data)
    return found


def pdf_pages(pdf: bytes) -> list[tuple[tuple[float, float], bytes]]:
    """Each page's (width, height) in points and its content stream, in page order."""
    objects = _objects(pdf)
    root = next(head for head, _ in objects.values() if b"/Type /Pages" in head)
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", root)
    assert box is not None
    size = (float(box.group(1)), float(box.group(2)))
    kids = re.search(rb"/Kids \[([^\]]*)\]", root)
    assert kids is not None
    pages = []
    for number in re.findall(rb"(\d+) 0 R", kids.group(1)):
        head, _ = objects[int(number)]
        contents = re.search(rb"/Contents (\d+) 0 R", head)
        assert contents is not None
        stream = objects[int(contents.group(1))][1]
        assert stream is not None
        pages.append((size, stream))
    return pages


def _paint_rects(size: tuple[float, float], content: bytes, px_per_pt: float) -> np.ndarray:
    """Paint the page's filled rectangles (``re`` then ``f``) in their fill gray."""
    width, height = size
    canvas = np.full((round(height * px_per_pt), round(width * px_per_pt)), 255, np.uint8)
    gray, saved = 0.0, []
    operands: list[bytes] = []
    path: list[tuple[float, float, float, float]] = []
    for token in _TOKEN.findall(content):
        if re.fullmatch(rb"-?[\d.]+", token) or token[:1] in b"(</[]":
            operands.append(token)
            continue
        if token == b"q":
            saved.append(gray)
        elif token == b"Q":
            gray = saved.pop()
        elif token == b"g":
            gray = float(operands[-1])
        elif token == b"rg":
            r, g, b = (float(v) for v in operands[-3:])
            gray = 0.299 * r + 0.587 * g + 0.114 * b
        elif token == b"re":
            x, y, w, h = (float(v) for v in operands[-4:])
            path.append((x, y, w, h))
        elif token in (b"f", b"f*", b"F"):
            for x, y, w, h in path:
                left, right = sorted((x, x + w))
                bottom, top = sorted((y, y + h))
                canvas[round((height - top) * px_per_pt):round((height - bottom) * px_per_pt),
                       round(left * px_per_pt):round(right * px_per_pt)] = round(gray * 255)
            path = []
        elif token in (b"n", b"S", b"s", b"B", b"b"):
            path = []
        operands = []
    return canvas


def engines() -> list[str]:
    """The PDF rasterizers available here: always "rects", and "pdftoppm" when installed."""
    return ["rects", "pdftoppm"] if shutil.which("pdftoppm") else ["rects"]


def rasterize(pdf: bytes, dpi: int = 200, engine: str = "rects") -> list[np.ndarray]:
    """Every page as a grayscale array at ``dpi``, drawn by ``engine`` (see `engines`)."""
    if engine == "pdftoppm":
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp, "in.pdf")
            source.write_bytes(pdf)
            subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source),
                            str(Path(tmp, "page"))], check=True)
            return [np.asarray(Image.open(p).convert("L"))
                    for p in sorted(Path(tmp).glob("page*.png"))]
    return [_paint_rects(size, content, dpi / 72) for size, content in pdf_pages(pdf)]


def svg_modules(d: str, n: int) -> np.ndarray:
    """The ``n`` × ``n`` grid of dark modules drawn by a GiftDesk QR path's ``d`` data."""
    grid = np.zeros((n, n), dtype=bool)
    runs = _PATH_RUN.findall(d)
    assert "".join(f"M{x} {y}h{w}v{h}h-{w2}z" for x, y, w, h, w2 in runs) == d
    for x, y, w, h, _ in runs:
        grid[int(y):int(y) + int(h), int(x):int(x) + int(w)] = True
    return grid


def png_gray(data: bytes) -> np.ndarray:
    """PNG bytes as a grayscale array."""
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"))


@pytest.fixture
def pdf_to_images() -> Callable[..., list[np.ndarray]]:
    """`rasterize`: PDF bytes -> one grayscale array per page."""
    return rasterize


@pytest.fixture
def pdf_engines() -> list[str]:
    """`engines`: the PDF rasterizers to check with."""
    return engines()


@pytest.fixture
def pdf_page_list() -> Callable[[bytes], list[tuple[tuple[float, float], bytes]]]:
    """`pdf_pages`: PDF bytes -> [(page size in points, content stream)]."""
    return pdf_pages


@pytest.fixture
def path_to_modules() -> Callable[[str, int], np.ndarray]:
    """`svg_modules`: a QR path's d data -> dark-module grid."""
    return svg_modules


@pytest.fixture
def png_to_gray() -> Callable[[bytes], np.ndarray]:
    """`png_gray`: PNG bytes -> grayscale array."""
    return png_gray
