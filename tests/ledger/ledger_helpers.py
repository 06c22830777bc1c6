"""Shared helpers of the ledger tests (imported by name; conftest.py holds the fixtures)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Actor, Program
from app.ledger.engine import Ledger
from app.ledger.results import ProgramSpec
from app.ledger.writelock import WriteQueue


def refusal(call: Callable[..., Any], *args: Any, **kwargs: Any) -> ErrorCode:
    """The error code `call` refuses with (the test fails if it does not refuse)."""
    with pytest.raises(GiftDeskError) as exc:
        call(*args, **kwargs)
    return exc.value.code


class Cards:
    """Makes programs and cards for a test."""

    def __init__(self, ledger: Ledger, admin: Actor) -> None:
        self.ledger = ledger
        self.admin = admin

    def program(self, **fields: Any) -> Program:
        spec = ProgramSpec(name=fields.pop("name", "Gift Card"), **fields)
        return self.ledger.create_program(self.admin, spec)

    def active(self, value: int = 5000, **fields: Any) -> str:
        """A code of an active card of a new program (monetary USD unless told otherwise)."""
        fields.setdefault("default_value", value)
        program = self.program(**fields)
        (card,) = self.ledger.generate_cards(self.admin, program.id, 1, value=value)
        return card.code

    def pending(self, program: Program) -> str:
        (card,) = self.ledger.generate_cards(self.admin, program.id, 1, pending=True)
        return card.code


@contextmanager
def write_turn_held_elsewhere(database: str) -> Iterator[threading.Event]:
    """Another process's writer (here a queue of its own on the same file, in a thread) holds
    the SQLite write turn until the event yielded is set."""
    other = WriteQueue(database)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with other.turn():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(10)
    try:
        yield release
    finally:
        release.set()
        holder.join(10)
