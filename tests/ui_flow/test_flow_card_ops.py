"""The card's life without widgets: the Qt-free flow on the real embedded ledger."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from flow_support import Desk, RunAsync

from app.ui.flow.card_ops import (
    OPERATIONS,
    CardOpsFlow,
    Outcome,
    Place,
    available,
    expiry_warning,
    mask_code,
)


def make_program(data_dir: Path, **spec: Any) -> tuple[int, str]:
    """A program of the ledger file (as an admin set it up) and one unsold card of it."""
    from app.embedded import LEDGER_FILE
    from app.ledger.db import make_engine
    from app.ledger.demo import ADMIN
    from app.ledger.engine import Ledger
    from app.ledger.results import ProgramSpec

    engine = make_engine(f"sqlite:///{data_dir / LEDGER_FILE}")
    try:
        ledger = Ledger(engine)
        program = ledger.create_program(ADMIN, ProgramSpec(currency="USD", **spec))
        (card,) = ledger.generate_cards(ADMIN, program.id, 1, pending=True)
    finally:
        engine.dispose()
    return program.id, card.code


class Ops:
    """The flow with what it told, in order."""

    def __init__(self, desk: Desk) -> None:
        self.flow = CardOpsFlow(lambda: desk.client, desk.reachable.append,
                                lambda: Place("cashier", "STORE-1", "TILL-1"))
        self.events: list[tuple[str, tuple[Any, ...]]] = []
        for name in ("done", "failed", "managerNeeded", "pendingFound", "programsLoaded"):
            getattr(self.flow, name).connect(
                lambda *args, name=name: self.events.append((name, args)))

    async def run(self, desk: Desk, op: str, role: str = "cashier",
                  manager: tuple[str, str] | None = None, **form: str) -> tuple[str, Any]:
        count = len(self.events)
        self.flow.run(OPERATIONS[op], form, manager=manager, role=role)
        await desk.until(lambda: len(self.events) > count)
        name, args = self.events[-1]
        return name, args[0] if name != "managerNeeded" else args


def test_masked_codes_and_the_expiry_warning() -> None:
    assert mask_code("123456789012") == "•••• •••• 9012"
    from app.protocol.models import CardOut

    now = datetime(2026, 12, 6, 12, tzinfo=UTC)
    card = CardOut(code="123456789012", token="t", qr_payload="q", program_id=1, kind="monetary",
                   status="active", currency="USD", balance=100, initial_value=100,
                   item_label=None, valid_from=None, valid_until=now + timedelta(days=3),
                   sender=None, recipient=None, message=None, training=False)
    assert expiry_warning(card, now) == "Expires in 3 days"
    assert expiry_warning(card.model_copy(update={"valid_until": now + timedelta(days=1)}),
                          now) == "Expires in 1 day"
    assert expiry_warning(card.model_copy(update={"valid_until": now + timedelta(days=90)}),
                          now) == ""
    assert expiry_warning(card.model_copy(update={"status": "expired"}), now) == ""
    names = [op.name for op in available(card, None)]
    assert "load" in names
    assert "sell" not in names
    assert "unlock" not in names


def test_sell_with_an_activation_code_then_activate_load_and_cancel(
        data_dir: Path, run_async: RunAsync) -> None:
    program_id, code = make_program(data_dir, name="Allocated", default_value=2500,
                                    activation="allocate", reloadable=True, max_balance=10000)

    async def body() -> None:
        desk = Desk(data_dir)
        ops = Ops(desk)
        try:
            await desk.sign_in()
            ops.flow.load_programs()
            await desk.until(lambda: ops.flow.programs)
            ops.flow.next_pending(program_id)
            await desk.until(lambda: ops.events[-1][0] == "pendingFound")
            assert ops.events[-1][1][0].code == code
            name, outcome = await ops.run(desk, "sell", code=code, value="", sender="Ana")
            assert name == "done", outcome
            assert isinstance(outcome, Outcome)
            assert outcome.card.status == "allocated"
            token = outcome.secret("Activation code")
            assert token is not None
            assert outcome.pin is None
            assert dict(outcome.receipt.rows)["Card"] == mask_code(code)
            assert code not in str(outcome.receipt.rows)
            name, failure = await ops.run(desk, "activate", token="WRONG")
            assert (name, failure.code) == ("failed", "activation_token_invalid")
            name, outcome = await ops.run(desk, "activate", token=token)
            assert outcome.card.status == "active"
            name, failure = await ops.run(desk, "load", amount="100.00")
            assert (name, failure.code) == ("failed", "max_balance_exceeded")
            name, outcome = await ops.run(desk, "load", amount="10", reference="INV-7")
            assert outcome.card.balance == 3500
            name, outcome = await ops.run(desk, "cancel")
            assert name == "done"
            assert outcome.card.balance == 2500
            name, failure = await ops.run(desk, "adjust", amount="1", reason="")
            assert (name, failure.code) == ("failed", "reason_needed")
            name, args = await ops.run(desk, "adjust", amount="1", reason="miscount")
            assert name == "managerNeeded"
            name, args = await ops.run(desk, "adjust", manager=("manager", "0000"),
                                       direction="down", amount="1", reason="miscount")
            assert name == "managerNeeded"
            assert "not right" in args[2]
            name, outcome = await ops.run(desk, "adjust", manager=("manager", "9999"),
                                          direction="down", amount="1", reason="miscount")
            assert name == "done"
            assert outcome.card.balance == 2400
            assert ("Approved by", "manager") in outcome.rows
        finally:
            await desk.close()

    run_async(body)


def test_sell_a_pin_card_shows_the_pin_once(data_dir: Path, run_async: RunAsync) -> None:
    _, code = make_program(data_dir, name="PIN card", default_value=3000, pin_required=True)
    _, both = make_program(data_dir, name="PIN and code", default_value=1000,
                           pin_required=True, activation="allocate")

    async def body() -> None:
        desk = Desk(data_dir)
        ops = Ops(desk)
        try:
            await desk.sign_in()
            name, failure = await ops.run(desk, "sell", code="")
            assert (name, failure.code) == ("failed", "card_code_missing")
            name, outcome = await ops.run(desk, "sell", code=code, value="40")
            assert name == "done", outcome
            assert outcome.card.balance == 4000
            assert outcome.pin is not None
            assert outcome.secret("Card PIN") == outcome.pin
            assert outcome.pin.isdigit()
            ops.flow.use(None)  # the next sale: a card still to scan
            name, outcome = await ops.run(desk, "sell", code=both)
            assert [n for n, _ in outcome.secrets] == ["Activation code", "Card PIN"]
            assert [n for n, _ in outcome.receipt.secrets] == ["Activation code", "Card PIN"]
        finally:
            await desk.close()

    run_async(body)


def test_a_refund_without_a_redemption_needs_a_manager_and_a_lost_answer_says_so(
        data_dir: Path, demo: dict[str, str], run_async: RunAsync) -> None:
    import httpx

    code = demo["active, $25.50"]

    async def body() -> None:
        desk = Desk(data_dir)
        ops = Ops(desk)
        try:
            await desk.sign_in()
            card = await desk.client.get_card(code)
            ops.flow.use(card)
            name, failure = await ops.run(desk, "refund", amount="5")
            assert (name, failure.code) == ("failed", "refund_reason_missing")
            name, args = await ops.run(desk, "refund", amount="5", reason="goodwill")
            assert name == "managerNeeded"  # the ledger refused the cashier: ask a manager
            assert args[2] == "Only a manager can do this. Ask a manager to approve it."
            name, outcome = await ops.run(desk, "refund", manager=("manager", "9999"),
                                          amount="5", reason="goodwill")
            assert name == "done"
            assert outcome.card.balance == 3050

            inner = desk.network.inner

            class Lose(httpx.AsyncBaseTransport):
                async def handle_async_request(self, request: httpx.Request
                                               ) -> httpx.Response:
                    response = await inner.handle_async_request(request)
                    await response.aread()
                    raise httpx.ReadError("connection reset", request=request)

            desk.network.inner = Lose()  # type: ignore[assignment]
            name, failure = await ops.run(desk, "lock", reason="reported lost")
            desk.network.inner = inner
            assert name == "failed"
            assert failure.code == "action_outcome_unknown"
            assert "checking whether it went through" in failure.sentence
        finally:
            await desk.close()

    run_async(body)
