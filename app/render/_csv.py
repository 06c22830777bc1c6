"""Read the card list that `giftdesk cards generate` prints, as card faces."""

from __future__ import annotations

import csv
from typing import TextIO

from app.domain.codes import qr_payload
from app.render._card import CardFace

REQUIRED_COLUMNS = ("code", "qr_payload")


def read_cards_csv(stream: TextIO, *, value_text: str | None = None,
                   title: str | None = None) -> list[CardFace]:
    """Card faces from CSV with the header ``code,token,qr_payload,status``.

    The CSV has no value, so ``value_text`` applies to every card; an optional ``value``
    column overrides it per card, and an optional ``title`` column likewise overrides
    ``title``. An empty ``qr_payload`` is rebuilt from ``token``. Blank lines are skipped.
    Raises ValueError naming the line of the first problem.
    """
    reader = csv.DictReader(stream)
    header = [name.strip().lstrip("\ufeff").lower() for name in reader.fieldnames or ()]
    if not header:
        raise ValueError("The CSV is empty; expected a header line code,token,qr_payload,status.")
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ValueError(f"The CSV has no {' or '.join(missing)} column; expected a header line "
                         "code,token,qr_payload,status.")
    reader.fieldnames = header
    faces: list[CardFace] = []
    for row in reader:
        line = reader.line_num
        cells = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        if not any(cells.values()):
            continue
        payload = cells.get("qr_payload") or (qr_payload(cells["token"]) if cells.get("token")
                                              else "")
        value = cells.get("value") or value_text
        if not value:
            raise ValueError(f"Line {line}: no value for card {cells['code']}; give one for all "
                             "cards (--value) or add a value column.")
        try:
            faces.append(CardFace(cells["code"], payload, value, cells.get("title") or title))
        except ValueError as exc:
            raise ValueError(f"Line {line}: {exc}") from None
    if not faces:
        raise ValueError("The CSV lists no cards.")
    return faces
