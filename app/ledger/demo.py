"""Demo data: the "Demo Coffee" merchant, its stores, operators, programs and a few cards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from app.domain.model import Activation, Kind, Role
from app.ledger import directory, people
from app.ledger.engine import Ledger
from app.ledger.results import ProgramSpec
from app.ledger.schema import operators, programs

ADMIN = directory.SYSTEM_ACTOR


@dataclass(frozen=True)
class DemoCard:
    code: str
    program: str
    description: str


def seed(ledger: Ledger) -> list[DemoCard]:
    """Add the demo data to a fresh ledger, marked as demo data (the sign-in screen may show
    the demo PINs); on a ledger that has it already, or that a real shop was set up on, add
    nothing: demo data is never mixed into a real ledger."""
    engine = ledger.engine
    with engine.connect() as conn:
        if conn.execute(select(programs.c.id).where(programs.c.name == "Gift Card")).first():
            return []
        if conn.execute(select(operators.c.id).limit(1)).first():
            return []
    directory.ensure_merchant(engine, "Demo Coffee")
    people.mark_demo(engine)
    directory.add_location(engine, "STORE-1", "Demo Coffee, Main Street")
    directory.add_location(engine, "STORE-2", "Demo Coffee, Station Square")
    directory.add_operator(engine, "admin", "0000", Role.ADMIN, (directory.ALL_LOCATIONS,))
    directory.add_operator(engine, "manager", "9999", Role.MANAGER, ("STORE-1", "STORE-2"))
    directory.add_operator(engine, "cashier", "1111", Role.CASHIER, ("STORE-1",))

    gift = ledger.create_program(ADMIN, ProgramSpec(
        name="Gift Card", currency="USD", default_value=5000, reloadable=True,
        partial_redemption=True, max_balance=50_000))
    promo = ledger.create_program(ADMIN, ProgramSpec(
        name="Promo $10", currency="USD", default_value=1000, promotional=True,
        validity_days=30, locations=("STORE-1",)))
    coffee = ledger.create_program(ADMIN, ProgramSpec(
        name="Coffee × 5", kind=Kind.ITEM, currency="USD", item_label="Coffee",
        default_value=5, activation=Activation.ACTIVATE))

    made: list[DemoCard] = []

    def card(program_id: int, value: int, what: str) -> str:
        (generated,) = ledger.generate_cards(ADMIN, program_id, 1, value=value)
        made.append(DemoCard(generated.code, ledger.get_program(program_id).name, what))
        return generated.code

    card(gift.id, 5000, "active, $50.00")
    card(gift.id, 2550, "active, $25.50")
    card(promo.id, 1000, "active promo, STORE-1 only, 30 days")
    card(coffee.id, 5, "active, 5 × Coffee")
    locked = card(gift.id, 2000, "locked by a manager")
    ledger.lock(ADMIN, locked, "demo: reported lost")
    expired = card(gift.id, 1500, "expired")
    ledger.update_card(ADMIN, expired, valid_until=ledger.clock() - timedelta(days=3))
    ledger.expire_cards(ADMIN)
    (pending,) = ledger.generate_cards(ADMIN, gift.id, 1, pending=True)
    made.append(DemoCard(pending.code, "Gift Card", "not sold yet"))
    return made
