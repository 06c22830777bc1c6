"""The app in the shop's language: translations complete, German text and German money."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from giftdesk_ui_support import Counter

from app.domain.money import parse_amount
from app.ui import format as fmt
from app.ui import i18n, language, messages
from app.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\xa0"


def test_every_translation_is_complete_and_compiled() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"),
                           "--check"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_the_language_follows_the_setting_then_the_computer() -> None:
    assert language.resolve("fr", system="de_DE") == "fr"
    assert language.resolve("", system="de_AT") == "de"
    assert language.resolve("", system="C") == "en"
    assert language.resolve("", system="pt_BR") == "en"  # not shipped: English
    assert i18n.formats_locale("de", "de_AT") == "de_AT"  # Austrian formats for German
    assert i18n.formats_locale("de", "en_US") == "de_DE"
    assert i18n.formats_locale("en", "C") == "en_US"


def test_plurals_read_right_without_and_with_translations(german: None) -> None:
    assert fmt.cards_text(1) == "1 Karte"
    assert fmt.cards_text(2) == "2 Karten"
    language.install("en", system="C")
    assert fmt.cards_text(1) == "1 card"
    assert fmt.cards_text(2) == "2 cards"
    i18n.configure(translator=None, locale_name="en_US")  # no Qt translator at all
    assert fmt.cards_text(1) == "1 card"
    assert fmt.cards_text(0) == "0 cards"


def test_german_sentences_money_and_dates(german: None) -> None:
    assert fmt.money_text(123456, "EUR") == f"1.234,56{NBSP}€"
    assert fmt.money_text(1235, "JPY") == f"1.235{NBSP}¥"
    assert fmt.date_text(datetime(2026, 1, 31, 12, tzinfo=UTC)) == "31. Jan. 2026"
    assert messages.sentence("card_expired") == "Diese Karte ist abgelaufen."
    with pytest.raises(Exception) as exc:  # noqa: PT011  (GiftDeskError, checked below)
        parse_amount("12.50", "EUR", i18n.locale())
    assert messages.amount_sentence(exc.value, locale=i18n.locale()) == (
        "Dieser Betrag ist nicht eindeutig. Setzen Sie „,“ vor die Cents, zum Beispiel 12,50.")


def test_switching_to_german_shows_german_text_and_german_money(
        german: None, make_counter: Callable[..., Counter], demo: dict[str, str],
        data_dir: Path) -> None:
    counter = make_counter()
    w = counter.window
    counter.sign_in()
    counter.scan(demo["active, $50.00"])
    assert w.current is w.card
    assert w.card.badge.words == "Aktiv – kann eingelöst werden"
    counter.enter()
    assert w.current is w.redeem
    assert w.redeem.amount.text() == "50,00"  # the German decimal mark, ready to type over
    counter.type("12.50")  # a German shop: "." would be a thousands mark here
    assert w.redeem.amount.problem() == (
        "Dieser Betrag ist nicht eindeutig. Setzen Sie „,“ vor die Cents, zum Beispiel 12,50.")
    w.redeem.amount.selectAll()
    counter.type("12,5")
    assert w.redeem.amount.value() == 1250
    assert w.redeem.amount.describe(1250) == f"12,50{NBSP}$"


def test_the_language_setting_is_kept(data_dir: Path) -> None:
    settings = AppSettings(data_dir)
    assert settings.language == ""
    settings.language = "es"
    assert AppSettings(data_dir).language == "es"


def test_shift_totals_count_redemptions_and_reversals_with_plurals(qapp: object) -> None:
    from app.protocol.models import ShiftTotalOut
    from app.ui.screens.history import _total_text

    def total(redemptions: int, reversals: int) -> ShiftTotalOut:
        return ShiftTotalOut(currency="EUR", kind="monetary", redemptions=redemptions,
                             redeemed=1250, reversals=reversals, reversed=500, net=750)

    language.install("en", system="C")
    assert _total_text(total(1, 2)).startswith("1 redemption -€12.50  ·  2 reversals +€5.00")
    assert _total_text(total(2, 1)).startswith("2 redemptions -€12.50  ·  1 reversal +€5.00")
    try:
        language.install("de", system="C")
        assert _total_text(total(1, 2)).startswith(
            f"1 Einlösung -12,50{NBSP}€  ·  2 Stornierungen +5,00{NBSP}€  ·  netto "
            f"-7,50{NBSP}€")
    finally:
        language.install("en", system="C")
        i18n.configure(translator=None, locale_name=i18n.MAIN_REGION["en"])
