"""A keyring backend held in this process's memory: for benchmarks, screenshots and tests.

It stands in for the system keyring service where none runs (CI, headless tools), installed
explicitly. It keeps nothing on disk, so the token store treats it as a safe backend.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict, gone with the process."""

    priority = 1
    viable = False
    """Never picked by keyring's own detection: merely importing this module must not make it
    the "system keyring" (it would hide a missing one, and sign-ins would silently not be
    remembered). It is used only where installed explicitly with `keyring.set_keyring`."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
