"""Every visible word of the counter in German: a string left out of Qt's translation shows up
here as English on a German screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from babel.dates import format_skeleton
from giftdesk_ui_support import Counter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from app.embedded import LEDGER_FILE

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_SHORTCUT = re.compile(r"\s+\[[^\]]+\]$")  # "Weiter   [Enter]": the key is no word


def _texts(ts: Path, tag: str) -> set[str]:
    root = ET.parse(ts).getroot()
    return {_plain(e.text or "") for m in root.iter("message") for e in m.iter(tag)}


def _plain(text: str) -> str:
    return _SHORTCUT.sub("", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


ENGLISH = _texts(TRANSLATIONS / "giftdesk_de.ts", "source")
# Words German writes as English does ("PIN", "Status", "Details"…) are German too.
GERMAN = _texts(TRANSLATIONS / "giftdesk_de.ts", "translation")


def english_left(window: QWidget) -> list[str]:
    """The visible labels, buttons, check boxes and group titles still in English."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        plain = _plain(text)
        if plain in ENGLISH and plain not in GERMAN:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


def test_the_main_screens_speak_german(german: None, make_counter: Callable[..., Counter],
                                       demo: dict[str, str]) -> None:
    counter = make_counter()
    w = counter.window
    counter.wait(lambda: w.ledger_ready)
    seen = {"sign-in": english_left(w)}
    assert w.windowTitle() != "GiftDesk — Sign in"
    counter.sign_in()
    seen["scan"] = english_left(w)
    counter.scan(demo["active, $50.00"])
    assert w.current is w.card
    seen["card"] = english_left(w)
    assert w.card.value.text() == "Guthaben 50,00\xa0$"  # the ledger's English words replaced
    counter.enter()
    assert w.current is w.redeem
    seen["redeem"] = english_left(w)
    counter.type("12,5")
    counter.enter()
    assert w.current is w.confirm
    seen["confirm"] = english_left(w)
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    seen["result"] = english_left(w)
    counter.key(Qt.Key.Key_F6)
    counter.wait(lambda: w.current is w.history_screen)
    seen["history"] = english_left(w)
    counter.key(Qt.Key.Key_Escape)
    counter.key(Qt.Key.Key_F9)
    counter.wait(lambda: w.current is w.settings_screen)
    seen["settings"] = english_left(w)
    counter.key(Qt.Key.Key_Escape)
    counter.key(Qt.Key.Key_F7)
    counter.wait(lambda: w.current is w.reverse)
    seen["reverse"] = english_left(w)
    assert {screen: texts for screen, texts in seen.items() if texts} == {}
    assert w.result.headline.text() == "12,50\xa0$ eingelöst"


# ---------------------------------------------------------------- the ledger's dated words

NBSP = "\xa0"
# The ledger's English for a card (app.domain.rules), any of which on a German screen is a
# leftover: a dated, priced or store-naming sentence is no fixed translation source.
LEDGER_ENGLISH = re.compile(
    r"Expired|Not valid|Valid until|Only at|Used up|on hold|Balance|left\b|Promotional|"
    r"\$[\d,]+\.\d\d|\d,\d{3}\.")  # "$1,234.56": English money (not "Promo $10")


def card_text(counter: Counter) -> str:
    """Every visible word of the card screen, one label or button a line."""
    card = counter.window.card
    shown = [w for w in card.findChildren(QWidget) if isinstance(w, QLabel | QAbstractButton)
             and w.isVisible() and w.text()]
    return "\n".join([card.badge.words, *(w.text() for w in shown)])


def day(moment: datetime, locale: str) -> str:
    """A day as the shop's locale writes it (local time): "3. Dez. 2026" in de_DE."""
    return format_skeleton("yMMMd", moment.astimezone(), locale=locale)


def shown_card(counter: Counter, code: str) -> str:
    """Sign in (once), check `code` and return the card screen's words; Esc comes back."""
    w = counter.window
    if w.current is w.card:
        counter.key(Qt.Key.Key_Escape)
    if w.current is w.sign_in:
        counter.sign_in()
    counter.wait(lambda: w.current is w.scan and counter.focused() is w.scan.code)
    counter.scan(code)
    assert w.current is w.card
    return card_text(counter)


def euro_cards(data_dir: Path) -> dict[str, str]:
    """Two euro cards of 1.234,56 € in the ledger file: one spent to nothing, one whose whole
    balance is held by another till; and the dates the cards of the demo end on."""
    from app.domain.model import Actor, Role
    from app.ledger.db import make_engine
    from app.ledger.demo import ADMIN
    from app.ledger.engine import Ledger
    from app.ledger.results import ProgramSpec

    engine = make_engine(f"sqlite:///{data_dir / LEDGER_FILE}")
    try:
        ledger = Ledger(engine)
        program = ledger.create_program(ADMIN, ProgramSpec(
            name="Geschenkkarte", currency="EUR", default_value=123456))
        spent, held = (c.code for c in ledger.generate_cards(ADMIN, program.id, 2))
        other_till = Actor("manager", Role.MANAGER, "STORE-1", "TILL-9")
        ledger.redeem(other_till, spent, 123456)
        ledger.hold(other_till, held, 123456, ttl_s=3600)
    finally:
        engine.dispose()
    return {"used up": spent, "all on hold": held}


def valid_until(data_dir: Path, code: str, which: str = "valid_until") -> datetime:
    """The card's end (or, `which="valid_from"`, start) of validity, read from the ledger."""
    from app.domain.codes import CardRef
    from app.ledger.db import make_engine
    from app.ledger.engine import Ledger

    engine = make_engine(f"sqlite:///{data_dir / LEDGER_FILE}")
    try:
        moment = getattr(Ledger(engine).get_card(CardRef("code", code)), which)
    finally:
        engine.dispose()
    assert isinstance(moment, datetime)
    return moment


def test_the_ledgers_dated_priced_and_store_words_in_german(
        german: None, make_counter: Callable[..., Counter], demo: dict[str, str],
        data_dir: Path, tmp_path: Path) -> None:
    """Expired, valid only at a store until a day, used up, all on hold: German sentences
    with German dates and money, built from the answer's typed fields."""
    euro = euro_cards(data_dir)
    expired_on = day(valid_until(data_dir, demo["expired"]), "de_DE")
    promo_until = day(valid_until(data_dir, demo["active promo, STORE-1 only, 30 days"]),
                      "de_DE")
    assert re.fullmatch(r"\d{1,2}\. \w{3,4}\.? \d{4}", expired_on)  # "3. Dez. 2026"
    counter = make_counter()
    w = counter.window

    seen = {"expired": shown_card(counter, demo["expired"])}
    assert w.card.value.text() == f"Abgelaufen am {expired_on}"
    assert w.card.badge.words == "Abgelaufen"
    shot = w.grab()  # the whole window, as the cashier sees it
    assert (shot.width(), shot.height()) == (1024, 768)
    assert shot.save(str(tmp_path / "card-expired-de.png"))
    seen["expired english"] = "\n".join(english_left(w))

    seen["promo"] = shown_card(counter, demo["active promo, STORE-1 only, 30 days"])
    assert w.card.value.text() == f"Guthaben 10,00{NBSP}$"
    assert w.card.field_text("restrictions") == (
        f"• Aktionskarte\n• Nur in STORE-1\n• Gültig bis {promo_until}")

    seen["used up"] = shown_card(counter, euro["used up"])
    assert w.card.value.text() == f"Aufgebraucht: Guthaben 0,00{NBSP}€"
    assert w.card.field_text("balance") == f"0,00{NBSP}€"

    seen["on hold"] = shown_card(counter, euro["all on hold"])
    assert w.card.value.text() == f"Das ganze Guthaben (1.234,56{NBSP}€) ist reserviert"
    assert w.card.field_text("balance") == f"1.234,56{NBSP}€ (1.234,56{NBSP}€ reserviert)"
    seen["on hold english"] = "\n".join(english_left(w))

    leftovers = {name: LEDGER_ENGLISH.findall(text) for name, text in seen.items()}
    assert {name: found for name, found in leftovers.items() if found} == {}


def test_the_ledgers_dated_and_store_words_in_french(
        french: None, make_counter: Callable[..., Counter], demo: dict[str, str],
        data_dir: Path) -> None:
    expired_on = day(valid_until(data_dir, demo["expired"]), "fr_FR")
    promo_until = day(valid_until(data_dir, demo["active promo, STORE-1 only, 30 days"]),
                      "fr_FR")
    counter = make_counter()
    w = counter.window
    expired = shown_card(counter, demo["expired"])
    assert w.card.value.text() == f"Expirée le {expired_on}"
    promo = shown_card(counter, demo["active promo, STORE-1 only, 30 days"])
    assert w.card.value.text() == f"Solde 10,00{NBSP}$US"
    assert w.card.field_text("restrictions") == (
        f"• Carte promotionnelle\n• Uniquement à STORE-1\n• Valable jusqu’au {promo_until}")
    assert LEDGER_ENGLISH.findall(expired + promo) == []


def test_not_yet_valid_and_used_up_in_spanish(
        spanish: None, make_counter: Callable[..., Counter], data_dir: Path) -> None:
    from datetime import UTC, timedelta

    from app.ledger.db import make_engine
    from app.ledger.demo import ADMIN
    from app.ledger.engine import Ledger
    from app.ledger.results import ProgramSpec

    euro = euro_cards(data_dir)
    engine = make_engine(f"sqlite:///{data_dir / LEDGER_FILE}")
    try:
        ledger = Ledger(engine)
        program = ledger.create_program(ADMIN, ProgramSpec(
            name="Navidad", currency="EUR", default_value=2000,
            valid_from=datetime.now(UTC) + timedelta(days=10)))
        (later,) = ledger.generate_cards(ADMIN, program.id, 1)
    finally:
        engine.dispose()
    starts = day(valid_until(data_dir, later.code, "valid_from"), "es_ES")
    counter = make_counter()
    w = counter.window
    words = shown_card(counter, later.code)
    assert w.card.value.text() == f"No válida hasta el {starts}"
    words += shown_card(counter, euro["used up"])
    assert w.card.value.text() == f"Agotada: saldo 0,00{NBSP}€"
    assert LEDGER_ENGLISH.findall(words) == []
