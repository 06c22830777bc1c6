"""Find a redemption, list this terminal's redemptions today, and reverse one."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from app.ui import messages
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.presenters.base import Failure, Presenter, describe

if TYPE_CHECKING:
    from app.protocol.models import RedemptionOut

log = logging.getLogger(__name__)


def start_of_today() -> datetime:
    """Local midnight, as an aware datetime."""
    return datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


class ReversalPresenter(Presenter):
    """Emits `found`, `listed`, `reversed(RedemptionOut, CardOut|None)` or a `Failure`."""

    found = Signal(object)
    findFailed = Signal(object)
    listed = Signal(list)
    reversed = Signal(object, object)
    reverseFailed = Signal(object)
    managerRefused = Signal(object)

    def find(self, redemption_id: int) -> None:
        self.spawn(self._find(redemption_id))

    async def _find(self, redemption_id: int) -> None:
        try:
            found = await self.call(QT_TRANSLATE_NOOP("Screen", "Looking up the transaction…"),
                                    self.client.get_redemption(redemption_id))
        except Exception as exc:
            self.findFailed.emit(describe(exc, context="find"))
        else:
            self.found.emit(found)

    def list_today(self) -> None:
        self.spawn(self._list_today())

    async def _list_today(self) -> None:
        client = self.client
        try:
            found = await self.call(QT_TRANSLATE_NOOP("Screen", "Loading today's redemptions…"),
                                    client.redemptions(
                location=client.location, terminal=client.terminal, since=start_of_today()),
                background=True)
        except Exception as exc:
            describe(exc, context="list_today")  # the list is a convenience: logged only
            return
        self.listed.emit(found)

    def reverse(self, redemption: RedemptionOut, reason: str,
                manager: tuple[str, str] | None = None) -> None:
        self.spawn(self._reverse(redemption, reason, manager))

    async def _reverse(self, redemption: RedemptionOut, reason: str,
                       manager: tuple[str, str] | None) -> None:
        from app.client import Forbidden

        client = self.client
        try:
            result = await self.call(QT_TRANSLATE_NOOP("Screen", "Reversing…"), client.reverse(
                redemption.id, reason, manager=manager))
        except Forbidden as exc:
            describe(exc, context="reverse")
            if manager is not None:
                self.managerRefused.emit(Failure(
                    messages.MANAGER_REFUSED, messages.sentence(messages.MANAGER_REFUSED)))
            else:
                self.reverseFailed.emit(Failure(
                    messages.MANAGER_NEEDED, messages.sentence(messages.MANAGER_NEEDED)))
            return
        except Exception as exc:
            self.reverseFailed.emit(describe(exc, context="reverse"))
            return
        card = None
        try:
            card = await self.call(QT_TRANSLATE_NOOP("Screen", "Reading the card…"),
                                   client.get_card(result.card))
        except Exception as exc:  # the reversal stands; only the fresh balance is missing
            describe(exc, context="reverse_card")
        self.reversed.emit(result, card)
