"""The counter's redemption flow: which card, which amount, which request is pending, and
what must be resolved before anything else.

A redemption whose outcome is unknown (the connection dropped, the app was closed) is
resolved through the client's outbox by its idempotency key before the flow offers anything
else: the cashier sees either the redemption (done exactly once) or that nothing was taken,
never "unknown". Nothing here gives up on a redemption on a timer: the client's deadline ends
an attempt, the outbox keeps the request, and the flow asks until the ledger tells.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.ui import messages
from app.ui.flow.base import Flow
from app.ui.flow.events import Event
from app.ui.flow.failure import Failure, describe
from app.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import asyncio  # imported at run time only once the window shows (start-up time)

    from app.client import LedgerClient, PendingRequest
    from app.protocol.models import RedemptionOut, ValidationOut
    from app.ui.draft import RedemptionDraft

log = logging.getLogger(__name__)

RESOLVE_RETRY_S = 2.0
"""Pause between attempts to learn an interrupted redemption's outcome."""


class Stage(StrEnum):
    """Where the counter is; the window shows the screen that goes with it."""

    SCAN = "scan"  # waiting for a code
    CHECKING = "checking"  # the card is being validated
    CARD = "card"  # a card's answer is at hand; a draft may be filled in
    REDEEMING = "redeeming"  # a redemption is on its way
    RESOLVING = "resolving"  # an interrupted redemption is resolved before anything else
    DONE = "done"  # a redemption's result is at hand


@dataclass(frozen=True)
class Unresolved:
    """A redemption whose outcome is not known yet.

    `entry_id` is its outbox entry (None while requests left by an earlier run are being
    resolved, `earlier`); `can_cancel` is True only when it certainly never reached the ledger.
    """

    failure: Failure
    entry_id: int | None = None
    earlier: bool = False

    @property
    def can_cancel(self) -> bool:
        return self.entry_id is not None and not self.earlier and not self.failure.reached


class CounterFlow(Flow):
    """Validate a card and redeem from it; resolve a redemption whose answer was lost.

    Events carry protocol models: `validated(ValidationOut, card_pin)`,
    `validateFailed(Failure)`, `redeemed(RedemptionOut, note)`, `redeemFailed(Failure)`,
    `outcomeUnknown(Failure)`, `resolvingChanged(bool)` and `changed(Stage)`.
    """

    def __init__(self, client: Callable[[], LedgerClient | None],
                 set_reachable: Callable[[bool], None], *,
                 resolve_retry_s: float = RESOLVE_RETRY_S) -> None:
        super().__init__(client, set_reachable)
        self.resolve_retry_s = resolve_retry_s
        self.changed = Event()
        self.validated = Event()
        self.validateFailed = Event()
        self.redeemed = Event()
        self.redeemFailed = Event()
        self.outcomeUnknown = Event()
        self.resolvingChanged = Event()
        self.stage = Stage.SCAN
        self.validation: ValidationOut | None = None
        self.card_pin = ""
        self.draft: RedemptionDraft | None = None
        self.redemption: RedemptionOut | None = None
        self.note = ""
        self.unresolved: Unresolved | None = None
        self._redeem_task: asyncio.Task[None] | None = None
        self._attempt: asyncio.Lock | None = None  # held while the outbox is being resolved

    @property
    def resolving(self) -> bool:
        """True while an interrupted request is being resolved: nothing else is offered."""
        return self.unresolved is not None

    @property
    def settled(self) -> bool:
        """No redemption on its way or being resolved: the cashier may move on."""
        return self.unresolved is None and self.stage not in (Stage.REDEEMING,
                                                               Stage.RESOLVING)

    def _set_stage(self, stage: Stage) -> None:
        if stage != self.stage:
            self.stage = stage
            self.changed.emit(stage)

    # ------------------------------------------------------------------ a card

    def next_card(self) -> bool:
        """Forget the card and its draft, ready for a code; False while not settled."""
        if not self.settled:
            return False
        self.validation, self.card_pin, self.draft = None, "", None
        self._set_stage(Stage.SCAN)
        return True

    def validate(self, text: str, card_pin: str = "") -> None:
        """Ask the ledger whether the card with this code (or QR payload) can be used."""
        if not self.settled:
            return
        self.validation, self.card_pin, self.draft = None, "", None
        self._set_stage(Stage.CHECKING)
        self.spawn(self._validate(text, card_pin))

    async def _validate(self, text: str, card_pin: str) -> None:
        try:
            answer = await self.call(QT_TRANSLATE_NOOP("Screen", "Checking the card…"),
                                     self.client.validate(text, pin=card_pin or None))
        except Exception as exc:
            if self.stage is Stage.CHECKING:
                self._set_stage(Stage.SCAN)
            self.validateFailed.emit(describe(exc, context="validate"))
            return
        if self.stage is not Stage.CHECKING:  # superseded meanwhile
            return
        self.validation, self.card_pin = answer, card_pin
        self._set_stage(Stage.CARD)
        self.validated.emit(answer, card_pin)

    # ------------------------------------------------------------------ redeem

    def review(self, draft: RedemptionDraft) -> None:
        """The cashier filled in a redemption and is asked to confirm it."""
        if self.settled:
            self.draft = draft
            self._set_stage(Stage.CARD)

    def redeem(self, draft: RedemptionDraft) -> None:
        """Send the redemption (once: refused while one is on its way or unresolved)."""
        if not self.settled:
            return
        self.draft = draft
        self._set_stage(Stage.REDEEMING)
        self._redeem_task = self.spawn(self._redeem(draft))

    async def _redeem(self, draft: RedemptionDraft) -> None:
        from app.client import OutcomeUnknown

        units: dict[str, int] = ({"quantity": draft.units} if draft.is_items
                                 else {"amount": draft.units})
        try:
            result = await self.call(QT_TRANSLATE_NOOP("Screen", "Redeeming…"), self.client.redeem(
                draft.card.code, pin=draft.card_pin, reporting_code=draft.reporting_code,
                reference=draft.reference, comment=draft.comment, **units))
        except OutcomeUnknown as exc:
            log.warning("redemption outcome unknown (outbox entry %s); resolving",
                        exc.entry_id)
            self._begin_resolving(Unresolved(describe(exc, context="redeem"),
                                             entry_id=exc.entry_id))
            await self._resolve(exc.entry_id, earlier=False)
        except Exception as exc:
            self._refused(describe(exc, context="redeem"))
        else:
            self._redeemed(result, "")

    def _redeemed(self, redemption: RedemptionOut, note: str) -> None:
        self.redemption, self.note = redemption, note
        self._set_stage(Stage.DONE)
        self.redeemed.emit(redemption, note)

    def _refused(self, failure: Failure) -> None:
        """Nothing was taken: back to the card (its draft kept), or to a code."""
        self._set_stage(Stage.SCAN if self.validation is None else Stage.CARD)
        self.redeemFailed.emit(failure)

    def note_reversed(self, redemption: RedemptionOut) -> None:
        """The redemption at hand was reversed (elsewhere in the app): keep the fresh copy."""
        if self.redemption is not None and self.redemption.id == redemption.id:
            self.redemption = redemption

    # ------------------------------------------------------------------ resolving

    def _begin_resolving(self, unresolved: Unresolved) -> None:
        self.unresolved = unresolved
        self._set_stage(Stage.RESOLVING)
        self.resolvingChanged.emit(True)
        self.outcomeUnknown.emit(unresolved.failure)

    def _end_resolving(self) -> None:
        if self.unresolved is not None:
            self.unresolved = None
            self.resolvingChanged.emit(False)

    def _attempt_lock(self) -> asyncio.Lock:
        import asyncio

        if self._attempt is None:
            self._attempt = asyncio.Lock()
        return self._attempt

    def cancel_unknown(self) -> None:
        """Give up a redemption that certainly never reached the ledger (the client checks)."""
        self.spawn(self._cancel_unknown())

    async def _cancel_unknown(self) -> None:
        unresolved = self.unresolved
        if unresolved is None or not unresolved.can_cancel or unresolved.entry_id is None:
            return
        async with self._attempt_lock():  # not while an attempt to resolve it is on its way
            try:
                await self.client.discard_pending(unresolved.entry_id)
            except Exception as exc:  # it may have reached the ledger meanwhile: keep resolving
                describe(exc, context="discard")
                failure = Failure(messages.OUTCOME_UNKNOWN,
                                  messages.sentence(messages.OUTCOME_UNKNOWN),
                                  unknown_outcome=True, reached=True)
                self.unresolved = replace(unresolved, failure=failure)
                self.outcomeUnknown.emit(failure)
                return
            if self._redeem_task is not None:
                self._redeem_task.cancel()  # its outbox entry is finished: nothing to ask
        log.info("outbox entry %s discarded by the cashier", unresolved.entry_id)
        self._end_resolving()
        self._refused(Failure(messages.CANCELLED, messages.sentence(messages.CANCELLED)))

    def resolve_interrupted(self) -> None:
        """At sign-in: finish any request a crash or lost connection left pending."""
        self.spawn(self._resolve_interrupted())

    async def _resolve_interrupted(self) -> None:
        pending = await self.client.pending_requests()
        if not pending or not self.settled:
            return
        log.warning("%d interrupted request(s) in the outbox; resolving", len(pending))
        self._begin_resolving(Unresolved(Failure(
            messages.OUTCOME_UNKNOWN, messages.sentence(messages.INTERRUPTED_EARLIER),
            unknown_outcome=True), earlier=True))
        for entry in pending:
            await self._resolve(entry.id, earlier=True, last=entry is pending[-1])

    async def _resolve(self, entry_id: int, *, earlier: bool, last: bool = True) -> None:
        """Ask until the ledger tells what became of outbox entry `entry_id`, then report it
        (after the last entry, with nothing left unresolved)."""
        import asyncio

        from app.client import OutcomeUnknown, Unauthorized

        asked_sign_in = False
        try:
            while True:
                outcome: Any = None
                entry: PendingRequest | None = None
                try:
                    async with self._attempt_lock():
                        for res in await self.client.resolve_pending():
                            if res.entry.id == entry_id:
                                entry, outcome = res.entry, res.outcome
                except Exception as exc:  # keep trying: the outcome must become known
                    log.warning("resolve_pending failed: %r", exc)
                if outcome is None:
                    entry, outcome = await self._finished_outcome(entry_id)
                if outcome is not None and not isinstance(outcome, OutcomeUnknown):
                    self._set_reachable(True)
                    if last:
                        self._end_resolving()
                    self._report(entry, outcome, earlier=earlier)
                    return
                cause = getattr(outcome, "__cause__", None)
                if isinstance(cause, Unauthorized):
                    if not asked_sign_in:
                        asked_sign_in = True
                        self.signedOut.emit(messages.sentence(messages.SIGN_IN_TO_FINISH))
                else:
                    self._set_reachable(False)
                await asyncio.sleep(self.resolve_retry_s)
        finally:
            if last:
                self._end_resolving()
                if self.stage is Stage.RESOLVING:  # stopped without an answer (shutdown)
                    self._set_stage(Stage.SCAN if self.validation is None else Stage.CARD)

    async def _finished_outcome(self, entry_id: int) -> tuple[PendingRequest | None, Any]:
        """An entry finished elsewhere (by another resolve) and its outcome, else None."""
        from app.client import LedgerError
        from app.protocol.models import Problem, RedemptionOut

        entry = await self.client.request_state(entry_id)
        if entry is None or entry.state in ("pending", "discarded"):
            return entry, None
        if entry.state == "done" and entry.outcome is not None and entry.op == "redeem":
            return entry, RedemptionOut.model_validate(entry.outcome)
        if entry.state == "refused" and entry.outcome is not None:
            problem = Problem.model_validate(entry.outcome)
            return entry, LedgerError(problem.code, problem.title, problem.detail,
                                      problem.status)
        return entry, LedgerError(messages.UNEXPECTED, "Finished", "Finished without an answer.")

    def _report(self, entry: PendingRequest | None, outcome: Any, *, earlier: bool) -> None:
        from app.protocol.models import RedemptionOut

        entry_id = None if entry is None else entry.id
        if entry is not None and entry.op != "redeem":  # another kind of change: done now
            log.info("outbox entry %s (%s) resolved: %r", entry_id, entry.op, outcome)
            if self.stage is Stage.RESOLVING and not self.resolving:
                self._set_stage(Stage.SCAN if self.validation is None else Stage.CARD)
            return
        if isinstance(outcome, RedemptionOut):
            log.info("outbox entry %s resolved: redemption %s", entry_id, outcome.id)
            key = messages.RESOLVED_EARLIER if earlier else messages.RESOLVED_DONE
            self._redeemed(outcome, messages.sentence(key))
        elif isinstance(outcome, Exception):
            failure = describe(outcome, context="resolve")
            log.info("outbox entry %s resolved: refused (%s)", entry_id, failure.code)
            self._refused(Failure(
                failure.code, f"{messages.sentence(messages.OUTCOME_RESOLVED_NOT_DONE)} "
                              f"{failure.sentence}"))
        else:
            log.info("outbox entry %s resolved: %r", entry_id, outcome)
