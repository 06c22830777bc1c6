"""A card's journal and this terminal's shift."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal

from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.presenters.base import Presenter, describe

log = logging.getLogger(__name__)


class HistoryPresenter(Presenter):
    """Emits `journal(CardOut, [TransactionOut])`, `shift(ShiftReportOut, [RedemptionOut])`."""

    journal = Signal(object, list)
    shift = Signal(object, list, object)  # the report, its redemptions, the open shift's id
    failed = Signal(object)  # Failure

    def load_journal(self, card_code: str) -> None:
        self.spawn(self._load_journal(card_code))

    async def _load_journal(self, card_code: str) -> None:
        client = self.client
        try:
            card = await self.call(QT_TRANSLATE_NOOP("Screen", "Loading the card's history…"),
                                   client.get_card(card_code))
            entries = await self.call(QT_TRANSLATE_NOOP("Screen", "Loading the card's history…"),
                                      client.transactions(card_code))
        except Exception as exc:
            self.failed.emit(describe(exc, context="journal"))
        else:
            self.journal.emit(card, entries)

    def load_shift(self) -> None:
        self.spawn(self._load_shift())

    async def _load_shift(self) -> None:
        """The shift as the ledger means it: since the till's open shift began (the one its
        Z report covers), else since this session signed in (the report's default); the list
        from the same moment."""
        client = self.client
        try:
            loading = QT_TRANSLATE_NOOP("Screen", "Loading this shift…")
            opened = await self.call(loading, client.open_shift_or_none())
            report = await self.call(loading, client.shift_report(
                terminal=client.terminal, since=None if opened is None else opened.opened_at))
            found = await self.call(loading, client.redemptions(
                location=client.location, terminal=client.terminal, since=report.since))
        except Exception as exc:
            self.failed.emit(describe(exc, context="shift"))
        else:
            self.shift.emit(report, found, None if opened is None else opened.id)
