"""Cards out of the app: one card as PNG, SVG and PDF, or a printable sheet from a CSV.

The drawing is `app.render`'s (Qt-free, segno); this module only names the files and turns
the ledger's card into what is printed on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.render import CardFace, read_cards_csv, save_card, sheet_pdf
from app.ui import format as fmt

if TYPE_CHECKING:
    from app.protocol.models import CardOut

CARD_FORMATS = ("png", "svg", "pdf")


def card_face(card: CardOut, title: str | None = None) -> CardFace:
    """What a printed card shows: its QR, its code, its value and a title."""
    value = card.available if card.status == "active" else card.balance
    return CardFace(code=card.code, qr_payload=card.qr_payload,
                    value_text=fmt.value_text(value, card),
                    title=title or card.program_name or None)


def export_card(card: CardOut, folder: Path, title: str | None = None) -> list[Path]:
    """Write the card as PNG, SVG and PDF into `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    face = card_face(card, title)
    paths = [folder / f"card-{card.code}.{suffix}" for suffix in CARD_FORMATS]
    for path in paths:
        save_card(face, path)
    return paths


def export_sheet(csv_path: Path, out_path: Path, *, value_text: str | None = None,
                 title: str | None = None) -> Path:
    """A printable PDF sheet of every card in a `giftdesk cards generate` CSV."""
    with csv_path.open(encoding="utf-8", newline="") as stream:
        faces = read_cards_csv(stream, value_text=value_text, title=title)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(sheet_pdf(faces))
    return out_path
