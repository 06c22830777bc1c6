"""Settings that change where money goes (the ledger, location, terminal, training mode) saved
while nobody is signed in: a manager or an admin approves with their name and PIN.

The ledger checks the PIN itself: a real sign-in at this till's current location and terminal,
signed out again at once, so a wrong PIN counts as a guess like any other sign-in. Only when the
ledger cannot be reached at all may its address change without approval, so a till pointed at
a dead address is never stranded.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.ui.flow import describe
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.settings import REMOTE

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.screens.override_dialog import ManagerOverrideDialog
    from app.ui.screens.settings import SettingsScreen, SettingsValues

log = logging.getLogger(__name__)

APPROVERS = ("manager", "admin")
START_WAIT_S = 10.0  # a ledger still starting is waited for before it is called unreachable

ASK_NOTE = QT_TRANSLATE_NOOP(
    "MoneyApproval", "Nobody is signed in: saving a change to the ledger, location, terminal "
    "or training mode asks for a manager's or an admin's name and PIN.")
UNREACHABLE_NOTE = QT_TRANSLATE_NOOP(
    "MoneyApproval", "The ledger cannot be reached: its address alone can be changed without "
    "approval, so this till is not stuck. Location, terminal and training mode still need a "
    "manager's or an admin's PIN.")
CHECKING = QT_TRANSLATE_NOOP("Screen", "Checking the ledger…")
APPROVING = QT_TRANSLATE_NOOP("Screen", "Checking the approval…")


def money_part(values: SettingsValues) -> tuple[str, str, str, str, bool]:
    """What of the settings decides where money goes."""
    url = values.ledger_url if values.ledger_mode == REMOTE else ""
    return values.ledger_mode, url, values.location, values.terminal, values.training


def address_only(new: SettingsValues, now: SettingsValues) -> bool:
    """True when `new` changes nothing but the remote ledger's address."""
    return (new.ledger_mode == REMOTE and bool(new.ledger_url)
            and money_part(new)[2:] == money_part(now)[2:])


class MoneyApproval(QObject):
    """Owned by the main window; asks for, checks and applies an approval."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._dialog: ManagerOverrideDialog | None = None
        self._pending: SettingsValues | None = None
        self._approver = ""  # asked again, the name stays

    @property
    def screen(self) -> SettingsScreen:
        return self.window.settings_screen

    @property
    def pending(self) -> bool:
        return self._pending is not None

    # ------------------------------------------------------------------ opening

    def opened(self) -> None:
        """Settings shown with nobody signed in: say what needs approval, and whether the
        ledger can be reached (then its address may change without one)."""
        self.screen.show_money_rule(translate("MoneyApproval", ASK_NOTE))
        self.window.sessions.spawn(self._tell_reachability())

    async def _tell_reachability(self) -> None:
        if not await self._reachable() and self.window.session is None \
                and self.window.is_current("settings"):
            self.screen.show_money_rule(translate("MoneyApproval", UNREACHABLE_NOTE))

    async def _reachable(self) -> bool:
        w = self.window
        start = w._start_task
        if start is not None and not start.done():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(asyncio.shield(start), START_WAIT_S)
        return w.ledger_ready and await w.backend.check_now()

    # ------------------------------------------------------------------ saving

    def needs_approval(self, values: SettingsValues) -> bool:
        return (self.window.session is None
                and money_part(values) != money_part(self.screen.filled))

    def request(self, values: SettingsValues) -> None:
        """Save `values` once approved (or at once: only the address of a dead ledger)."""
        if self._pending is None:
            self._pending = values
            self.window.sessions.spawn(self._decide(values))

    async def _decide(self, values: SettingsValues) -> None:
        self.screen.set_busy(True, translate("Screen", CHECKING))
        try:
            reachable = await self._reachable()
        finally:
            self.screen.set_busy(False)
        if reachable:
            self._ask(values)
            return
        self._pending = None
        if address_only(values, self.screen.filled):
            log.warning("ledger unreachable: its address changed without approval")
            self.window._apply_settings(values)
            return
        self.screen.show_money_rule(translate("MoneyApproval", UNREACHABLE_NOTE))
        self.screen.show_message(translate(
            "MoneyApproval", "Not saved: the ledger cannot be reached, so nobody can approve "
            "this. Change only the ledger's address, or try again when it is back."), error=True)

    def _changes(self, values: SettingsValues) -> str:
        now = self.screen.filled
        embedded = translate("MoneyApproval", "the embedded ledger")
        parts = []
        if money_part(values)[:2] != money_part(now)[:2]:
            before = now.ledger_url if now.ledger_mode == REMOTE else embedded
            after = values.ledger_url if values.ledger_mode == REMOTE else embedded
            parts.append(translate("MoneyApproval", "ledger %1 → %2").replace(
                "%1", before).replace("%2", after))
        if values.location != now.location:
            parts.append(translate("MoneyApproval", "location %1 → %2").replace(
                "%1", now.location).replace("%2", values.location))
        if values.terminal != now.terminal:
            parts.append(translate("MoneyApproval", "terminal %1 → %2").replace(
                "%1", now.terminal).replace("%2", values.terminal))
        if values.training != now.training:
            parts.append(translate("MoneyApproval", "training mode on") if values.training
                         else translate("MoneyApproval", "training mode off"))
        return ", ".join(parts)

    def _ask(self, values: SettingsValues, error: str = "") -> None:
        from app.ui.screens.override_dialog import ManagerOverrideDialog

        explanation = translate(
            "MoneyApproval", "Only a manager or an admin can change where money goes. Their "
            "name and PIN approve this change: %1.").replace("%1", self._changes(values))
        dialog = ManagerOverrideDialog(
            "", self.window, manager=self._approver, explanation=explanation,
            title=translate("MoneyApproval", "Manager or admin approval needed"))
        dialog.setObjectName("moneyApprovalDialog")
        if error:
            dialog.show_error(error)
        self._dialog = dialog
        dialog.accepted.connect(self._approved)
        dialog.rejected.connect(self._cancelled)
        dialog.open()
        dialog.activateWindow()

    def _approved(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None or self._pending is None:
            return
        operator, pin = dialog.credentials()
        self._approver = operator
        dialog.deleteLater()
        self.window.activateWindow()
        self.window.sessions.spawn(self._check(self._pending, operator, pin))

    def _cancelled(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self._pending = None
        self.window.activateWindow()
        self.screen.show_message(translate(
            "MoneyApproval", "Not saved: a change to where money goes needs a manager's or an "
            "admin's approval."), error=True)
        self.screen.enter()

    async def _check(self, values: SettingsValues, operator: str, pin: str) -> None:
        """The ledger's word on the name and PIN: a sign-in, signed out again at once."""
        client = self.window.backend.client
        settings = self.window.settings
        try:
            if client is None:
                raise RuntimeError("the ledger has not started")
            session = await self.window.sessions.call(APPROVING, client.sign_in(
                operator, pin, settings.location, settings.terminal))
        except Exception as exc:
            failure = describe(exc, context="sign_in")
            if failure.unreachable or client is None:
                self._pending = None
                self.screen.show_message(failure.sentence, error=True)
            else:
                self._ask(values, failure.sentence)
            return
        try:
            await client.sign_out()
        except Exception as exc:  # the token is forgotten locally all the same
            log.info("signing the approver out failed: %r", exc)
        if session.role not in APPROVERS:
            self._ask(values, translate(
                "MoneyApproval", "%1 is a cashier: only a manager or an admin can approve "
                "this.").replace("%1", session.operator))
            return
        log.info("settings change approved by %s (%s): %s", session.operator, session.role,
                 self._changes(values))
        self._pending = None
        self.window._apply_settings(values)
