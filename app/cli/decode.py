"""`giftdesk decode IMAGE…`: print the QR payloads found in image files."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `decode` subcommand."""
    parser = subparsers.add_parser(
        "decode",
        help="print the QR codes found in image files",
        description="Print the payload of every QR code found in each image (PNG, JPEG, …). "
        "Dark-on-light and light-on-dark codes (a phone in dark mode) are both read. "
        "With several files, each line starts with the file name. Exits with 1 when a file "
        "cannot be read or has no QR code.",
    )
    parser.add_argument("images", nargs="+", metavar="IMAGE", help="image file to read")
    # Light-on-dark codes are always read now; the old switch is still accepted.
    parser.add_argument("--invert", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Decode each file; report unreadable files and files without a code on stderr."""
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    from app.scanner import decode_qr

    prefix = len(args.images) > 1
    status = 0
    for name in args.images:
        try:
            with Image.open(name) as image:
                gray = _to_gray(image)
        except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
            print(f"giftdesk decode: {name}: cannot read the image ({_reason(exc)})",
                  file=sys.stderr)
            status = 1
            continue
        payloads = decode_qr(np.asarray(gray))
        if not payloads:
            print(f"giftdesk decode: {name}: no QR code found", file=sys.stderr)
            status = 1
        for payload in payloads:
            print(f"{name}: {payload}" if prefix else payload)
    return status


def _to_gray(image: Any) -> Any:
    """Grayscale copy; transparent areas become white, as on a page or screen."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, rgba)
    return image.convert("L")


def _reason(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "it is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return str(exc) or type(exc).__name__
