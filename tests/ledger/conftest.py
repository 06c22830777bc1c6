"""Helpers for the ledger engine's tests: programs, cards, refusals, and a journal audit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from ledger_helpers import Cards

from app.domain.model import Actor, Role
from app.ledger.engine import Ledger


@pytest.fixture(autouse=True)
def _journal_equals_balances(request: pytest.FixtureRequest) -> Iterator[None]:
    """After every test that used a ledger: every card's balance equals its journal's sum."""
    ledger: Ledger | None = None
    if "ledger" in request.fixturenames:
        ledger = request.getfixturevalue("ledger")  # set up first, so torn down after this
    yield
    if ledger is not None:
        assert ledger.audit_balances() == []


@pytest.fixture
def make(ledger: Ledger, admin: Actor) -> Cards:
    return Cards(ledger, admin)


@pytest.fixture
def elsewhere(cashier: Actor) -> Actor:
    """The cashier's colleague at the other store."""
    return replace(cashier, operator="cashier2", location="STORE-2", terminal="T9")


@pytest.fixture
def trainee(cashier: Actor) -> Actor:
    return replace(cashier, operator="trainee", training=True)


@pytest.fixture
def approved_cashier(cashier: Actor) -> Actor:
    """The cashier, with a manager approving this one request on the spot."""
    return replace(cashier, approved_by="manager", approver_role=Role.MANAGER)
