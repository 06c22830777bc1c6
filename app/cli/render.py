"""`giftdesk render card|sheet`: card faces as PNG/SVG/PDF and printable PDF sheets."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `render` subcommand with `card` and `sheet`."""
    parser = subparsers.add_parser(
        "render",
        help="render gift cards as PNG, SVG or PDF",
        description="Render one card face (QR, code, value) or a printable sheet of cards.",
    )
    sub = parser.add_subparsers(dest="render_command", metavar="WHAT", required=True)

    card = sub.add_parser("card", help="one card face as .png, .svg or .pdf",
                          description="Render one card face; the --out suffix picks the format.")
    card.add_argument("--code", required=True, help="the 12-digit card code")
    card.add_argument("--payload", required=True, help="the QR payload (GIFTDESK1:<token>)")
    card.add_argument("--value", required=True, help='value text, e.g. "$25.00" or "5 × Coffee"')
    card.add_argument("--title", help="merchant or program name")
    card.add_argument("--out", required=True, metavar="FILE", help="FILE.png, FILE.svg or FILE.pdf")
    card.set_defaults(run=run_card)

    sheet = sub.add_parser(
        "sheet", help="a printable PDF of many cards",
        description="Lay out the cards of a CSV (as printed by `giftdesk cards generate`) on "
        "pages with cut lines: 10 per A4 page, 8 per Letter page.",
    )
    sheet.add_argument("--csv", required=True, metavar="FILE",
                       help="CSV with code,token,qr_payload,status columns; - for stdin")
    sheet.add_argument("--value", help="value text for every card (unless the CSV has a value "
                       "column)")
    sheet.add_argument("--title", help="merchant or program name")
    sheet.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    sheet.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf")
    sheet.set_defaults(run=run_sheet)


def run_card(args: argparse.Namespace) -> int:
    """Write one card face."""
    from app.render import CardFace, save_card

    try:
        face = CardFace(args.code, args.payload, args.value, args.title)
        save_card(face, args.out)
    except (ValueError, OSError) as exc:
        print(f"giftdesk render card: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {args.out}", file=sys.stderr)
    return 0


def run_sheet(args: argparse.Namespace) -> int:
    """Write a PDF sheet of all the cards in the CSV."""
    from pathlib import Path

    from app.render import read_cards_csv, sheet_grid, sheet_pdf

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        print(f"giftdesk render sheet: {out.name}: the sheet is a PDF; name it FILE.pdf",
              file=sys.stderr)
        return 1
    try:
        if args.csv == "-":
            faces = read_cards_csv(sys.stdin, value_text=args.value, title=args.title)
        else:
            with open(args.csv, encoding="utf-8-sig", newline="") as stream:
                faces = read_cards_csv(stream, value_text=args.value, title=args.title)
        out.write_bytes(sheet_pdf(faces, paper=args.paper))
    except (ValueError, OSError) as exc:
        print(f"giftdesk render sheet: {exc}", file=sys.stderr)
        return 1
    pages = -(-len(faces) // sheet_grid(args.paper).per_page)
    print(f"Wrote {out}: {len(faces)} cards on {pages} page{'s' if pages > 1 else ''}",
          file=sys.stderr)
    return 0
