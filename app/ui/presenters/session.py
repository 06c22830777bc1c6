"""Signing in and out, and restoring a remembered session at start."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal

from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.presenters.base import Presenter, describe

log = logging.getLogger(__name__)


class SessionPresenter(Presenter):
    """Emits `signedIn(SessionOut)` or `signInFailed(Failure)`; `restored(SessionOut|None)`."""

    signedIn = Signal(object)
    signInFailed = Signal(object)
    restored = Signal(object)

    def sign_in(self, operator: str, pin: str, location: str, terminal: str) -> None:
        self.spawn(self._sign_in(operator, pin, location, terminal))

    async def _sign_in(self, operator: str, pin: str, location: str, terminal: str) -> None:
        try:
            session = await self.call(QT_TRANSLATE_NOOP("Screen", "Signing in…"),
                                      self.client.sign_in(
                operator, pin, location, terminal))
        except Exception as exc:
            self.signInFailed.emit(describe(exc, context="sign_in"))
        else:
            log.info("signed in: %s (%s) at %s/%s", session.operator, session.role,
                     session.location, session.terminal)
            self.signedIn.emit(session)

    def restore(self, operator: str, location: str, terminal: str) -> None:
        self.spawn(self._restore(operator, location, terminal))

    async def _restore(self, operator: str, location: str, terminal: str) -> None:
        session = None
        if operator:
            try:  # in the background: the cashier may sign in by hand meanwhile
                session = await self.call(QT_TRANSLATE_NOOP("Screen",
                                                            "Checking the saved sign-in…"),
                                          self.client.restore_session(operator, location,
                                                                      terminal),
                                          background=True)
            except Exception as exc:
                describe(exc, context="restore")  # logged; the cashier simply signs in
        self.restored.emit(session)

    def sign_out(self) -> None:
        self.spawn(self.end_session())

    async def end_session(self) -> None:
        """Sign out on the ledger; the token is forgotten locally even when that fails."""
        try:
            await self.call(QT_TRANSLATE_NOOP("Screen", "Signing out…"), self.client.sign_out())
        except Exception as exc:  # the token is forgotten locally anyway
            describe(exc, context="sign_out")
