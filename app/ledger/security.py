"""Hashing of PINs (Argon2) and of high-entropy secrets (SHA-256), and secret generation."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain.errors import ErrorCode, refuse

# Argon2id with modest memory: a PIN check must stay well under a second on a till PC.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
_ACTIVATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
ACTIVATION_TOKEN_LENGTH = 10


def hash_pin(pin: str) -> str:
    return _hasher.hash(pin)


# Each Argon2 check takes ~19 MiB and a CPU for tens of ms: a process runs at most this many at
# once; a check that cannot start within PIN_CHECK_WAIT_S is refused (`rate_limited`, 1 s).
PIN_CHECKS_AT_ONCE = 4
PIN_CHECK_WAIT_S = 2.0
_pin_checks = threading.BoundedSemaphore(PIN_CHECKS_AT_ONCE)


def verify_pin(pin_hash: str, pin: str) -> bool:
    if not _pin_checks.acquire(timeout=PIN_CHECK_WAIT_S):
        raise refuse(ErrorCode.RATE_LIMITED, "The ledger is busy checking PINs; try again in "
                     "a second.", retry_after_s=1)
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
    finally:
        _pin_checks.release()


def hash_secret(secret: str) -> str:
    """For random secrets (session and activation tokens): a fast hash is enough."""
    return hashlib.sha256(secret.encode()).hexdigest()


def same_secret(secret_hash: str, secret: str) -> bool:
    return hmac.compare_digest(secret_hash, hash_secret(secret))


def new_activation_token() -> str:
    """Ten characters a recipient can type, shown as XXXXX-XXXXX (50 random bits)."""
    raw = "".join(secrets.choice(_ACTIVATION_ALPHABET) for _ in range(ACTIVATION_TOKEN_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalize_activation_token(text: str) -> str:
    return text.replace("-", "").replace(" ", "").upper()


def new_card_pin() -> str:
    return f"{secrets.randbelow(10_000):04d}"


def new_session_token() -> str:
    return secrets.token_urlsafe(32)
