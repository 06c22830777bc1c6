"""Fonts for card text: a Unicode TrueType font from the system, or built-in fallbacks.

Nothing is downloaded. When no system font is found, PNG text uses Pillow's built-in font and
PDF text uses the core Helvetica font; both cover ASCII only, so other characters are spelled
out ("×" becomes "x", "€" becomes "EUR ", "é" becomes "e") by `ascii_fallback`.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import ImageFont

PT_TO_MM = 25.4 / 72

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
# (regular, bold) pairs, most preferred first.
_CANDIDATES: tuple[tuple[Path, Path], ...] = (
    (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
     Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
    (Path("/usr/share/fonts/TTF/DejaVuSans.ttf"), Path("/usr/share/fonts/TTF/DejaVuSans-Bold.ttf")),
    (Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
     Path("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf")),
    (Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),
     Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf")),
    (Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
     Path("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")),
    (Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
     Path("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")),
    (Path("/System/Library/Fonts/Supplemental/Arial.ttf"),
     Path("/System/Library/Fonts/Supplemental/Arial Bold.ttf")),
    (Path("/Library/Fonts/Arial.ttf"), Path("/Library/Fonts/Arial Bold.ttf")),
    (_WINDOWS_FONTS / "arial.ttf", _WINDOWS_FONTS / "arialbd.ttf"),
    (_WINDOWS_FONTS / "segoeui.ttf", _WINDOWS_FONTS / "segoeuib.ttf"),
)
_SPELLED_OUT = {"×": "x", "€": "EUR ", "£": "GBP ", "¥": "JPY ", "₹": "INR ", "–": "-",
                "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."}


@dataclass(frozen=True)
class FontFiles:
    """A regular and a bold TrueType file; ``None`` when no usable system font was found."""

    regular: Path | None
    bold: Path | None

    @property
    def family(self) -> str:
        """The font's family name as a CSS font-family list, for SVG text."""
        name = ImageFont.truetype(str(self.regular), 10).getname()[0] if self.regular else None
        return f"'{name}', Arial, Helvetica, sans-serif" if name else "Arial, Helvetica, sans-serif"


@cache
def system_fonts() -> FontFiles:
    """The first installed candidate font pair (looked up once per process)."""
    for regular, bold in _CANDIDATES:
        if regular.is_file():
            return FontFiles(regular, bold if bold.is_file() else regular)
    return FontFiles(None, None)


def ascii_fallback(text: str) -> str:
    """Spell out what the built-in ASCII-only fonts cannot draw."""
    spelled = "".join(_SPELLED_OUT.get(ch, ch) for ch in text)
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", spelled)
                   if not unicodedata.combining(ch))
    return bare.encode("ascii", "replace").decode("ascii")


def pillow_font(bold: bool, size_px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A Pillow font of ``size_px`` pixels per em."""
    files = system_fonts()
    return _load_font(files.bold if bold else files.regular, size_px)


@cache
def _load_font(path: Path | None, size_px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if path is None:
        return ImageFont.load_default(size=size_px)
    return ImageFont.truetype(str(path), size_px)


def text_width_mm(text: str, size_pt: float, *, bold: bool) -> float:
    """Width of ``text`` set at ``size_pt`` points, in millimetres."""
    if system_fonts().regular is None:
        text = ascii_fallback(text)
    em_px = 1000
    return pillow_font(bold, em_px).getlength(text) / em_px * size_pt * PT_TO_MM


def fit_text(text: str, max_width_mm: float, max_pt: float, min_pt: float, *,
             bold: bool) -> tuple[str, float]:
    """The largest size up to ``max_pt`` at which ``text`` fits; below ``min_pt``, shortened."""
    width = text_width_mm(text, max_pt, bold=bold)
    if width <= max_width_mm:
        return text, max_pt
    size = max_pt * max_width_mm / width
    if size >= min_pt:
        return text, size
    while len(text) > 1 and text_width_mm(text + "…", min_pt, bold=bold) > max_width_mm:
        text = text[:-1]
    return text.rstrip() + "…", min_pt
