"""Session tokens and outbox secrets, kept in the system keyring and never in plain files.

Entries live under service "GiftDesk": a session as username ``"<ledger_id>:<operator>"``, the
PINs of a request still in the outbox as ``"<ledger_id>:outbox:<idempotency key>"``. Without a
usable keyring they are kept in memory only, and `available` is False with a message to show.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from app.protocol.models import SessionOut

SERVICE = "GiftDesk"
UNAVAILABLE_MESSAGE = ("No system keyring is available, so GiftDesk cannot remember your "
                       "sign-in; you will be asked to sign in again next time.")
log = logging.getLogger(__name__)

# Backends that do not keep a secret safely: none at all, or secrets in a plain file.
_UNSAFE_BACKENDS = frozenset({
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
})


def _usable(backend: KeyringBackend) -> bool:
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    if name in _UNSAFE_BACKENDS:
        return False
    chained = getattr(backend, "backends", None)  # keyring's ChainerBackend
    if chained is not None:
        return any(_usable(b) for b in chained)
    return True


class TokenStore:
    """Where a ledger's session tokens (and pending requests' PINs) are remembered."""

    def __init__(self, ledger_id: str, *, backend: KeyringBackend | None = None) -> None:
        self.ledger_id = ledger_id
        self._backend = backend
        self._memory: dict[str, str] = {}
        self.available = True
        self.message = ""
        try:
            if not _usable(self._keyring()):
                self._unavailable()
        except Exception:  # a broken keyring setup must not stop the app
            self._unavailable()

    # ------------------------------------------------------------------ sessions

    def save_session(self, session: SessionOut) -> None:
        self._set(self._user(session.operator), session.model_dump_json())

    def load_session(self, operator: str) -> SessionOut | None:
        text = self._get(self._user(operator))
        if text is None:
            return None
        try:
            return SessionOut.model_validate_json(text)
        except ValueError:
            self.forget_session(operator)
            return None

    def forget_session(self, operator: str) -> None:
        self._delete(self._user(operator))

    # ------------------------------------------------------------------ outbox secrets

    def save_secrets(self, key: str, secrets: dict[str, str]) -> bool:
        """Remember a pending request's PINs; True when they survive a restart."""
        self._set(self._secret_user(key), json.dumps(secrets))
        return self.available

    def load_secrets(self, key: str) -> dict[str, str] | None:
        text = self._get(self._secret_user(key))
        if text is None:
            return None
        data: Any = json.loads(text)
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None

    def forget_secrets(self, key: str) -> None:
        self._delete(self._secret_user(key))

    # ------------------------------------------------------------------ internals

    def _user(self, operator: str) -> str:
        return f"{self.ledger_id}:{operator.strip().lower()}"

    def _secret_user(self, key: str) -> str:
        return f"{self.ledger_id}:outbox:{key}"

    def _keyring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def _unavailable(self, exc: Exception | None = None) -> None:
        if self.available and exc is not None:
            log.warning("keyring failed (%s); keeping sign-ins in memory only", exc)
        self.available = False
        self.message = UNAVAILABLE_MESSAGE

    def _set(self, user: str, value: str) -> None:
        if self.available:
            try:
                self._keyring().set_password(SERVICE, user, value)
                return
            except (KeyringError, OSError, RuntimeError) as exc:
                self._unavailable(exc)
        self._memory[user] = value

    def _get(self, user: str) -> str | None:
        if user in self._memory or not self.available:
            return self._memory.get(user)
        try:
            return self._keyring().get_password(SERVICE, user)
        except (KeyringError, OSError, RuntimeError) as exc:
            self._unavailable(exc)
            return None

    def _delete(self, user: str) -> None:
        self._memory.pop(user, None)
        if not self.available:
            return
        try:
            if self._keyring().get_password(SERVICE, user) is not None:
                self._keyring().delete_password(SERVICE, user)
        except (KeyringError, OSError, RuntimeError) as exc:
            self._unavailable(exc)
