"""Card codes (12 digits, Luhn check digit), QR tokens and the QR payload format.

The QR payload printed on a card is ``GIFTDESK1:<token>``: a fixed prefix naming the format
and its version, then the card's token (at least 128 random bits, URL-safe base64). A reader
also accepts the bare token, or the 12-digit code typed with spaces or dashes.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Literal

from app.domain.errors import ErrorCode, refuse

CODE_LENGTH = 12
TOKEN_BYTES = 18  # 144 random bits; URL-safe base64 gives 24 characters.
QR_PAYLOAD_PREFIX = "GIFTDESK1:"
_SEPARATORS = re.compile(r"[\s\-]+")
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_\-]{22,64}$")
# Doubling table of the Luhn algorithm: digit d at an odd position from the right counts 2d-9.
_LUHN_DOUBLE = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = ord(ch) - 48
        total += _LUHN_DOUBLE[d] if i % 2 == 0 else d
    return str((10 - total % 10) % 10)


def is_valid_code(code: str) -> bool:
    """True when ``code`` is 12 digits whose last digit is the Luhn check digit."""
    return (len(code) == CODE_LENGTH and code.isascii() and code.isdigit()
            and luhn_check_digit(code[:-1]) == code[-1])


def new_card_code() -> str:
    """A fresh random code; the first digit is never 0 so spreadsheets keep all 12 digits."""
    body = str(10**10 + secrets.randbelow(9 * 10**10))
    return body + luhn_check_digit(body)


def new_token() -> str:
    """A fresh QR token: 144 random bits, URL-safe."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def qr_payload(token: str) -> str:
    """The string encoded in a card's QR code."""
    return QR_PAYLOAD_PREFIX + token


def format_code(code: str) -> str:
    """Group for reading aloud: ``123456789012`` -> ``1234 5678 9012``."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalize_code(text: str) -> str:
    """Strip spaces and dashes; refuse anything that is not a valid 12-digit card code."""
    digits = _SEPARATORS.sub("", text)
    if not digits.isascii() or not digits.isdigit():
        raise refuse(ErrorCode.INVALID_CARD_CODE, "A card code has digits only.")
    if len(digits) != CODE_LENGTH:
        raise refuse(ErrorCode.INVALID_CARD_CODE,
                     f"A card code has {CODE_LENGTH} digits; this has {len(digits)}.")
    if not is_valid_code(digits):
        raise refuse(ErrorCode.INVALID_CARD_CODE,
                     "This card code has a typo: its last digit does not match. "
                     "Check the digits and try again.")
    return digits


@dataclass(frozen=True)
class CardRef:
    """How a card was named: by its 12-digit code or by its QR token."""

    kind: Literal["code", "token"]
    value: str


def parse_card_ref(text: str) -> CardRef:
    """Read a typed code, a scanned QR payload or a bare token."""
    text = text.strip()
    if len(text) == CODE_LENGTH and is_valid_code(text):  # the usual case: a clean code
        return CardRef("code", text)
    if not text:
        raise refuse(ErrorCode.INVALID_CARD_CODE, "Enter or scan a card code.")
    if text.upper().startswith(QR_PAYLOAD_PREFIX):
        token = text[len(QR_PAYLOAD_PREFIX):]
        if not _TOKEN_RE.match(token):
            raise refuse(ErrorCode.INVALID_CARD_CODE, "This QR code is not a GiftDesk card.")
        return CardRef("token", token)
    if _SEPARATORS.sub("", text).isdigit():
        return CardRef("code", normalize_code(text))
    if _TOKEN_RE.match(text):
        return CardRef("token", text)
    raise refuse(ErrorCode.INVALID_CARD_CODE,
                 "That is not a card code: enter the 12 digits or scan the QR code.")


def new_card_codes(count: int) -> list[str]:
    """`count` distinct fresh codes at once (bulk generation): same rules as `new_card_code`.

    The randomness comes from `secrets`; numpy only does the digit arithmetic.
    """
    import numpy as np

    codes: dict[str, None] = {}
    while len(codes) < count:
        need = count - len(codes)
        raw = np.frombuffer(secrets.token_bytes(8 * need), dtype=np.uint64)
        bodies = raw % np.uint64(9 * 10**10) + np.uint64(10**10)
        total = np.zeros(need, dtype=np.uint64)
        rest = bodies.copy()
        double = np.array(_LUHN_DOUBLE, dtype=np.uint64)
        for position in range(CODE_LENGTH - 1):  # from the right, the first digit is doubled
            digit = rest % np.uint64(10)
            total += double[digit] if position % 2 == 0 else digit
            rest //= np.uint64(10)
        full = bodies * np.uint64(10) + (np.uint64(10) - total % np.uint64(10)) % np.uint64(10)
        codes.update(dict.fromkeys(map(str, full.tolist())))
    return list(codes)


def new_tokens(count: int) -> list[str]:
    """`count` fresh QR tokens at once (bulk generation)."""
    import base64

    text = base64.urlsafe_b64encode(secrets.token_bytes(TOKEN_BYTES * count)).decode()
    width = TOKEN_BYTES * 4 // 3
    return [text[i:i + width] for i in range(0, width * count, width)]
