"""Every visible word of the counter in German: a string left out of Qt's translation shows up
here as English on a German screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from giftdesk_ui_support import Counter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from app.ui import i18n, language

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


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    assert language.install("de", system="C") == "de"
    yield
    language.install("en", system="C")
    i18n.configure(translator=None, locale_name=i18n.MAIN_REGION["en"])


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
