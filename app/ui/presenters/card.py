"""Validate a card and redeem from it; resolve a redemption whose answer was lost.

A redemption whose outcome is unknown (the connection dropped) is resolved through the
client's outbox by its idempotency key before the app offers anything else: the cashier sees
either the redemption (done exactly once) or that nothing was taken, never "unknown".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal

from app.ui import messages
from app.ui.draft import RedemptionDraft
from app.ui.presenters.base import CHANGE_TIMEOUT_S, Failure, Presenter, describe

if TYPE_CHECKING:
    import asyncio

    from app.client import PendingRequest

log = logging.getLogger(__name__)

RESOLVE_RETRY_S = 2.0
"""Pause between attempts to learn an interrupted redemption's outcome."""
NEW_ENTRY_WAIT_S = 2.0
"""How long to look for the outbox entry of a redemption cancelled by the UI's deadline."""


class CardPresenter(Presenter):
    """Signals carry protocol models: ValidationOut, RedemptionOut; failures as `Failure`."""

    validated = Signal(object, str)  # ValidationOut, the card PIN used ("" if none)
    validateFailed = Signal(object)
    redeemed = Signal(object, str)  # RedemptionOut, a note ("" or how it was resolved)
    redeemFailed = Signal(object)
    outcomeUnknown = Signal(object)
    resolvingChanged = Signal(bool)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._resolving = False
        self._unknown_entry: int | None = None
        self._redeem_task: asyncio.Task[None] | None = None
        self._attempt: asyncio.Lock | None = None  # held while the outbox is being resolved

    @property
    def resolving(self) -> bool:
        """True while an interrupted request is being resolved."""
        return self._resolving

    def _set_resolving(self, on: bool) -> None:
        if on != self._resolving:
            self._resolving = on
            self.resolvingChanged.emit(on)

    # ------------------------------------------------------------------ validate

    def validate(self, text: str, card_pin: str = "") -> None:
        self.spawn(self._validate(text, card_pin))

    async def _validate(self, text: str, card_pin: str) -> None:
        try:
            answer = await self.call("Checking the card…",
                                     self.client.validate(text, pin=card_pin or None))
        except Exception as exc:
            self.validateFailed.emit(describe(exc, context="validate"))
        else:
            self.validated.emit(answer, card_pin)

    # ------------------------------------------------------------------ redeem

    def redeem(self, draft: RedemptionDraft) -> None:
        self._redeem_task = self.spawn(self._redeem(draft))

    async def _redeem(self, draft: RedemptionDraft) -> None:
        client = self.client
        before = {e.id for e in await client.pending_requests()}
        units: dict[str, int] = ({"quantity": draft.units} if draft.is_items
                                 else {"amount": draft.units})
        try:
            result = await self.call("Redeeming…", client.redeem(
                draft.card.code, pin=draft.card_pin, reporting_code=draft.reporting_code,
                reference=draft.reference, comment=draft.comment, **units),
                timeout_s=CHANGE_TIMEOUT_S)
        except Exception as exc:
            failure = describe(exc, context="redeem")
            entry_id = getattr(exc, "entry_id", None)
            if isinstance(exc, TimeoutError):
                entry_id = await self._new_entry(before, "redeem")
                if entry_id is None:  # never written to the outbox, so never sent
                    self.redeemFailed.emit(Failure(
                        messages.TIMEOUT, messages.sentence(messages.OUTCOME_RESOLVED_NOT_DONE),
                        unreachable=True))
                    return
                failure = Failure(messages.OUTCOME_UNKNOWN,
                                  messages.sentence(messages.OUTCOME_UNKNOWN),
                                  unreachable=True, unknown_outcome=True)
            if not failure.unknown_outcome or entry_id is None:
                self.redeemFailed.emit(failure)
                return
            log.warning("redemption outcome unknown (outbox entry %s); resolving", entry_id)
            self._unknown_entry = int(entry_id)
            self._set_resolving(True)
            self.outcomeUnknown.emit(failure)
            try:
                await self._resolve(int(entry_id))
            finally:
                self._unknown_entry = None
        else:
            self.redeemed.emit(result, "")

    async def _new_entry(self, before: set[int], op: str) -> int | None:
        """The outbox entry a cancelled call left behind, if it got that far."""
        import asyncio

        deadline = asyncio.get_event_loop().time() + NEW_ENTRY_WAIT_S
        while True:
            fresh = [e for e in await self.client.pending_requests()
                     if e.id not in before and e.op == op]
            if fresh:
                return max(e.id for e in fresh)
            if asyncio.get_event_loop().time() >= deadline:
                return None
            await asyncio.sleep(0.1)

    def cancel_unknown(self) -> None:
        """Give up a redemption that certainly never reached the ledger (the client checks)."""
        self.spawn(self._cancel_unknown())

    def _attempt_lock(self) -> asyncio.Lock:
        import asyncio

        if self._attempt is None:
            self._attempt = asyncio.Lock()
        return self._attempt

    async def _cancel_unknown(self) -> None:
        entry_id = self._unknown_entry
        if entry_id is None:
            return
        async with self._attempt_lock():  # not while an attempt to resolve it is on its way
            try:
                await self.client.discard_pending(entry_id)
            except Exception as exc:  # it may have reached the ledger meanwhile: keep resolving
                describe(exc, context="discard")
                self.outcomeUnknown.emit(Failure(
                    messages.OUTCOME_UNKNOWN, messages.sentence(messages.OUTCOME_UNKNOWN),
                    unknown_outcome=True, reached=True))
                return
            if self._redeem_task is not None:
                self._redeem_task.cancel()
        log.info("outbox entry %s discarded by the cashier", entry_id)
        self._set_resolving(False)
        self.redeemFailed.emit(Failure(messages.CANCELLED, messages.sentence(messages.CANCELLED)))

    # ------------------------------------------------------------------ resolving

    def resolve_interrupted(self) -> None:
        """At sign-in: finish any request a crash or lost connection left pending."""
        self.spawn(self._resolve_interrupted())

    async def _resolve_interrupted(self) -> None:
        pending = await self.client.pending_requests()
        if not pending or self._resolving:
            return
        log.warning("%d interrupted request(s) in the outbox; resolving", len(pending))
        self._set_resolving(True)
        self.outcomeUnknown.emit(Failure(
            messages.OUTCOME_UNKNOWN, messages.sentence(messages.INTERRUPTED_EARLIER),
            unknown_outcome=True))
        for entry in pending:
            await self._resolve(entry.id, earlier=True)
        self._set_resolving(False)

    async def _resolve(self, entry_id: int, *, earlier: bool = False) -> None:
        """Ask until the ledger tells what became of outbox entry `entry_id`."""
        import asyncio

        from app.client import OutcomeUnknown, Unauthorized

        self._set_resolving(True)
        asked_sign_in = False
        try:
            while True:
                outcome: Any = None
                try:
                    async with self._attempt_lock():
                        for res in await self.client.resolve_pending():
                            if res.entry.id == entry_id:
                                outcome = res.outcome
                except Exception as exc:  # keep trying: the outcome must become known
                    log.warning("resolve_pending failed: %r", exc)
                if outcome is None:
                    outcome = await self._finished_outcome(entry_id)
                if outcome is not None and not isinstance(outcome, OutcomeUnknown):
                    self.backend.set_reachable(True)
                    self._report(entry_id, outcome, earlier=earlier)
                    return
                cause = getattr(outcome, "__cause__", None)
                if isinstance(cause, Unauthorized):
                    if not asked_sign_in:
                        asked_sign_in = True
                        self.signedOut.emit(messages.sentence(messages.SIGN_IN_TO_FINISH))
                else:
                    self.backend.set_reachable(False)
                await asyncio.sleep(RESOLVE_RETRY_S)
        finally:
            self._set_resolving(False)

    async def _finished_outcome(self, entry_id: int) -> Any:
        """The outcome of an entry finished elsewhere (by another resolve), else None."""
        from app.client import LedgerError
        from app.protocol.models import Problem, RedemptionOut

        entry: PendingRequest | None = await self.client.request_state(entry_id)
        if entry is None or entry.state in ("pending", "discarded"):
            return None
        if entry.state == "done" and entry.outcome is not None and entry.op == "redeem":
            return RedemptionOut.model_validate(entry.outcome)
        if entry.state == "refused" and entry.outcome is not None:
            problem = Problem.model_validate(entry.outcome)
            return LedgerError(problem.code, problem.title, problem.detail, problem.status)
        return LedgerError(messages.UNEXPECTED, "Finished", "Finished without an answer.")

    def _report(self, entry_id: int, outcome: Any, *, earlier: bool) -> None:
        from app.protocol.models import RedemptionOut

        if isinstance(outcome, RedemptionOut):
            log.info("outbox entry %s resolved: redemption %s", entry_id, outcome.id)
            key = messages.RESOLVED_EARLIER if earlier else messages.RESOLVED_DONE
            self.redeemed.emit(outcome, messages.sentence(key))
        elif isinstance(outcome, Exception):
            failure = describe(outcome, context="resolve")
            log.info("outbox entry %s resolved: refused (%s)", entry_id, failure.code)
            self.redeemFailed.emit(Failure(
                failure.code, f"{messages.sentence(messages.OUTCOME_RESOLVED_NOT_DONE)} "
                              f"{failure.sentence}"))
        else:
            log.info("outbox entry %s resolved: %r", entry_id, outcome)
