"""The card's terms on screen: the ledger decides which apply (codes), the app words them.

A ledger newer than the app may send a code the app does not know, and an older one sends
no codes at all; the cashier then still reads every term, in the ledger's words (translated
where the app knows them), never a gap."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.model import Actor, Role
from app.embedded import prepare
from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.protocol.models import ValidationOut
from app.server import convert
from app.ui import card_words

CASHIER = Actor(operator="cashier", role=Role.CASHIER, location="STORE-1", terminal="TILL-1")


@pytest.fixture
def promo(tmp_path: Path) -> Iterator[ValidationOut]:
    """The demo's promotional card (its program's stores, a last day) as the API answers."""
    made = prepare(tmp_path)
    code = next(c.code for c in made.demo_cards if "promo" in c.description)
    engine = make_engine(made.url)
    try:
        yield convert.validation(Ledger(engine).validate(CASHIER, code))
    finally:
        engine.dispose()


def test_the_ledgers_codes_worded_in_the_apps_language(
        promo: ValidationOut, german: None) -> None:
    assert promo.terms == ["promotional", "only_at", "valid_until"]
    shown = card_words.terms(promo)
    assert shown[:2] == ["Aktionskarte", "Nur in STORE-1"]
    assert shown[2].startswith("Gültig bis ")


def test_a_term_the_app_does_not_know_shows_in_the_ledgers_words(
        promo: ValidationOut, german: None) -> None:
    newer = promo.model_copy(update={
        "terms": [*promo.terms, "gift_wrapped"],
        "restrictions": [*promo.restrictions, "Gift wrapped"]})
    assert card_words.terms(newer)[:2] == ["Aktionskarte", "Nur in STORE-1"]
    assert card_words.terms(newer)[-1] == "Gift wrapped"
    older = promo.model_copy(update={"terms": []})  # a ledger that sends no codes
    assert card_words.terms(older)[0] == "Aktionskarte"  # its fixed words, translated
    assert card_words.terms(older)[1:] == promo.restrictions[1:]
