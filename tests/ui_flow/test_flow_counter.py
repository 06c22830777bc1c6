"""The counter's redemption flow without widgets: the real client, the real embedded ledger."""

from __future__ import annotations

from pathlib import Path

from flow_support import Desk, RunAsync, redemptions

from app.ui import messages
from app.ui.flow import Stage


def test_check_a_card_then_redeem_with_the_amount_it_allows(
        run_async: RunAsync, data_dir: Path, demo: dict[str, str]) -> None:
    code = demo["active, $50.00"]

    async def body() -> None:
        desk = Desk(data_dir)
        try:
            await desk.sign_in()
            desk.flow.validate(code[:4] + " " + code[4:8] + "-" + code[8:])
            assert desk.flow.stage is Stage.CHECKING
            await desk.until(lambda: desk.flow.stage is Stage.CARD)
            validation = desk.flow.validation
            assert validation is not None
            assert validation.is_redeemable
            assert validation.eligible_value == 5000
            assert validation.card.partial_redemption  # a gift card may be used in part
            assert not validation.card.reporting_code_required

            draft = desk.draft(1250)
            desk.flow.review(draft)
            assert desk.flow.draft is draft
            desk.flow.redeem(draft)
            assert desk.flow.stage is Stage.REDEEMING
            assert not desk.flow.settled
            desk.flow.redeem(draft)  # a second Enter sends nothing
            desk.flow.validate(code)  # nor does a code typed meanwhile
            await desk.until(lambda: desk.flow.stage is Stage.DONE)
            redemption = desk.flow.redemption
            assert redemption is not None
            assert (redemption.amount, redemption.balance_after) == (1250, 3750)
            assert desk.last("redeemed") == (redemption, "")
            assert desk.names() == ["changed", "changed", "validated", "changed", "changed",
                                    "redeemed"]
            assert redemptions(desk.db_file, code) == [(-1250, 3750)]
            assert desk.reachable[-1] is True

            assert desk.flow.next_card()
            assert desk.flow.stage is Stage.SCAN
            assert desk.flow.validation is None
            assert desk.flow.draft is None
        finally:
            await desk.close()

    run_async(body)


def test_refusals_leave_the_card_as_it_was(run_async: RunAsync, data_dir: Path,
                                            demo: dict[str, str]) -> None:
    async def body() -> None:
        desk = Desk(data_dir)
        try:
            await desk.sign_in()
            desk.flow.validate("1234 5678 9012")
            await desk.until(lambda: desk.names()[-1:] == ["validateFailed"])
            (failure,) = desk.last("validateFailed")
            assert failure.code in ("card_not_found", "invalid_card_code")
            assert desk.flow.stage is Stage.SCAN
            assert desk.flow.validation is None

            desk.flow.validate(demo["expired"])  # an answer, but not a usable card
            await desk.until(lambda: desk.flow.stage is Stage.CARD)
            assert desk.flow.validation is not None
            assert not desk.flow.validation.is_redeemable
            assert desk.flow.validation.reason == "card_expired"

            code = demo["active, $25.50"]
            desk.flow.validate(code)
            await desk.until(lambda: desk.names()[-1:] == ["validated"])
            draft = desk.draft(2551)  # a cent more than the card holds
            desk.flow.redeem(draft)
            await desk.until(lambda: desk.names()[-1:] == ["redeemFailed"])
            (failure,) = desk.last("redeemFailed")
            assert failure.code == "insufficient_balance"
            assert failure.sentence == messages.sentence("insufficient_balance")
            assert desk.flow.stage is Stage.CARD
            assert desk.flow.draft is draft
            assert redemptions(desk.db_file, code) == []
        finally:
            await desk.close()

    run_async(body)


def test_card_terms_are_typed_fields_the_ledger_fills(
        run_async: RunAsync, data_dir: Path) -> None:
    """Must be used in full, needs a reporting code: read from fields, not from the terms'
    English text (which is for people)."""
    from app.domain.model import Kind
    from app.embedded import LEDGER_FILE
    from app.ledger.db import make_engine
    from app.ledger.demo import ADMIN
    from app.ledger.engine import Ledger
    from app.ledger.results import ProgramSpec

    engine = make_engine(f"sqlite:///{data_dir / LEDGER_FILE}")
    try:
        ledger = Ledger(engine)
        program = ledger.create_program(ADMIN, ProgramSpec(
            name="Voucher", kind=Kind.MONETARY, currency="USD", default_value=2000,
            partial_redemption=False, reporting_code_required=True))
        (card,) = ledger.generate_cards(ADMIN, program.id, 1, pending=True)
        ledger.sell(ADMIN, card.code)
    finally:
        engine.dispose()

    async def body() -> None:
        desk = Desk(data_dir)
        try:
            await desk.sign_in()
            desk.flow.validate(card.code)
            await desk.until(lambda: desk.flow.stage is Stage.CARD)
            validation = desk.flow.validation
            assert validation is not None
            assert validation.is_redeemable
            assert validation.card.partial_redemption is False
            assert validation.card.reporting_code_required is True

            desk.flow.redeem(desk.draft(2000))  # no reporting code: the ledger refuses too
            await desk.until(lambda: desk.names()[-1:] == ["redeemFailed"])
            assert desk.last("redeemFailed")[0].code == "reporting_code_required"
            desk.flow.redeem(desk.draft(2000, reporting_code="R-1"))
            await desk.until(lambda: desk.flow.stage is Stage.DONE)
            assert redemptions(desk.db_file, card.code) == [(-2000, 0)]
        finally:
            await desk.close()

    run_async(body)


def test_a_lost_answer_is_resolved_before_anything_else_exactly_once(
        run_async: RunAsync, data_dir: Path, demo: dict[str, str]) -> None:
    code = demo["active, $50.00"]

    async def body() -> None:
        desk = Desk(data_dir)
        try:
            await desk.sign_in()
            desk.flow.validate(code)
            await desk.until(lambda: desk.flow.stage is Stage.CARD)
            desk.network.mode = "lose"  # carried out; every answer lost
            desk.flow.redeem(desk.draft(1500))
            await desk.until(lambda: desk.flow.stage is Stage.RESOLVING)
            unresolved = desk.flow.unresolved
            assert unresolved is not None
            assert not unresolved.can_cancel
            assert desk.last("outcomeUnknown")[0].code == messages.OUTCOME_UNKNOWN
            assert desk.last("resolvingChanged") == (True,)
            assert False in desk.reachable
            # Nothing else is offered meanwhile, and giving up is refused.
            assert not desk.flow.next_card()
            desk.flow.validate(demo["active, $25.50"])
            desk.flow.redeem(desk.draft(100))
            desk.flow.cancel_unknown()
            arrived = desk.network.arrived
            await desk.until(lambda: desk.network.arrived > arrived)  # still asking
            assert desk.flow.stage is Stage.RESOLVING

            desk.network.mode = "ok"  # the ledger answers again
            await desk.until(lambda: desk.flow.stage is Stage.DONE)
            redemption, note = desk.last("redeemed")
            assert (redemption.amount, redemption.balance_after) == (1500, 3500)
            assert note == messages.sentence(messages.RESOLVED_DONE)
            assert not desk.flow.resolving
            assert desk.last("resolvingChanged") == (False,)
            assert redemptions(desk.db_file, code) == [(-1500, 3500)]  # exactly once
            assert await desk.client.pending_requests() == []
        finally:
            await desk.close()

    run_async(body)


def test_a_redemption_interrupted_by_a_closed_app_is_resolved_at_the_next_sign_in(
        run_async: RunAsync, data_dir: Path, demo: dict[str, str]) -> None:
    code = demo["active, 5 × Coffee"]

    async def body() -> None:
        first = Desk(data_dir)
        try:
            await first.sign_in()
            first.flow.validate(code)
            await first.until(lambda: first.flow.stage is Stage.CARD)
            first.network.mode = "lose"
            first.flow.redeem(first.draft(2))
            await first.until(lambda: first.flow.stage is Stage.RESOLVING)
        finally:
            await first.close()  # switched off, the outcome still unknown

        second = Desk(data_dir)  # the same outbox and keyring
        try:
            await second.sign_in()
            second.flow.resolve_interrupted()
            await second.until(lambda: second.flow.stage is Stage.DONE)
            assert second.names()[:3] == ["changed", "resolvingChanged", "outcomeUnknown"]
            assert second.last("outcomeUnknown")[0].sentence == messages.sentence(
                messages.INTERRUPTED_EARLIER)
            redemption, note = second.last("redeemed")
            assert (redemption.quantity, redemption.balance_after) == (2, 3)
            assert note == messages.sentence(messages.RESOLVED_EARLIER)
            assert redemptions(second.db_file, code) == [(-2, 3)]
            assert second.flow.next_card()
        finally:
            await second.close()

    run_async(body)


def test_a_redemption_that_never_reached_the_ledger_can_be_cancelled(
        run_async: RunAsync, data_dir: Path, demo: dict[str, str]) -> None:
    code = demo["active, $25.50"]

    async def body() -> None:
        desk = Desk(data_dir)
        try:
            await desk.sign_in()
            desk.flow.validate(code)
            await desk.until(lambda: desk.flow.stage is Stage.CARD)
            desk.network.mode = "down"
            draft = desk.draft(500)
            desk.flow.redeem(draft)
            await desk.until(lambda: desk.flow.unresolved is not None)
            assert desk.flow.unresolved is not None
            assert desk.flow.unresolved.can_cancel
            desk.flow.cancel_unknown()
            await desk.until(lambda: desk.names()[-1:] == ["redeemFailed"])
            assert desk.last("redeemFailed")[0].code == messages.CANCELLED
            assert desk.flow.stage is Stage.CARD
            assert desk.flow.draft is draft
            assert await desk.client.pending_requests() == []
            assert desk.network.arrived == 0

            desk.network.mode = "ok"
            desk.flow.redeem(draft)  # tried again: now it goes through, once
            await desk.until(lambda: desk.flow.stage is Stage.DONE)
            assert redemptions(desk.db_file, code) == [(-500, 2050)]
        finally:
            await desk.close()

    run_async(body)


def test_the_clients_deadline_ends_a_slow_redemption_and_the_outbox_finishes_it(
        run_async: RunAsync, data_dir: Path, demo: dict[str, str]) -> None:
    """No timer in the flow cancels a redemption: the client's deadline ends the attempt,
    the request stays in the outbox, and it is resolved by its key."""
    code = demo["active, $50.00"]

    async def body() -> None:
        desk = Desk(data_dir, change_deadline_s=0.3)
        try:
            await desk.sign_in()
            desk.flow.validate(code)
            await desk.until(lambda: desk.flow.stage is Stage.CARD)
            desk.network.mode = "hold"  # carried out; the answer waits
            desk.flow.redeem(desk.draft(700))
            await desk.until(lambda: desk.flow.stage is Stage.RESOLVING)
            assert desk.network.arrived >= 1
            desk.network.release.set()
            await desk.until(lambda: desk.flow.stage is Stage.DONE)
            assert redemptions(desk.db_file, code) == [(-700, 4300)]
        finally:
            await desk.close()

    run_async(body)


def test_a_read_past_the_clients_deadline_says_the_ledger_is_slow(
        run_async: RunAsync, data_dir: Path, demo: dict[str, str]) -> None:
    async def body() -> None:
        desk = Desk(data_dir)
        try:
            await desk.sign_in()  # under the default deadline: hashing a PIN takes its time
            desk.client.read_deadline_s = 0.2
            stalled = desk.network.inner.handle_async_request

            async def slow(request: object) -> object:
                await desk.network.release.wait()  # never set: only the deadline ends it
                return await stalled(request)  # type: ignore[arg-type]

            desk.network.inner.handle_async_request = slow  # type: ignore[method-assign]
            desk.flow.validate(demo["active, $50.00"])
            await desk.until(lambda: desk.names()[-1:] == ["validateFailed"], timeout_s=5)
            (failure,) = desk.last("validateFailed")
            assert failure.code == messages.TIMEOUT
            assert failure.sentence == messages.sentence(messages.TIMEOUT)
            assert desk.flow.stage is Stage.SCAN
            assert desk.reachable[-1] is False
        finally:
            await desk.close()

    run_async(body)
