"""The status bar of a manager at 1024×768, in English and German: who and F10 whole, the
ledger's name whole, the shortcut hints whole or cut between two hints ("…"), all of it inside
the bar, and every shortened text whole in its tooltip."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from giftdesk_ui_support import Counter

from app.ui import i18n, language


@pytest.fixture(params=["en", "de"])
def lang(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    assert language.install(request.param, system="C") == request.param
    yield request.param
    language.install("en", system="C")
    i18n.configure(translator=None, locale_name=i18n.MAIN_REGION["en"])


def test_a_managers_status_bar_fits_at_1024(lang: str,
                                            make_counter: Callable[..., Counter]) -> None:
    counter = make_counter()
    w = counter.window
    assert w.width() == 1024
    counter.sign_in("manager", "9999")
    bar = w.statusBar()
    whole = (w.who, w.back_office.hint, w.ledger_label)

    def laid_out() -> bool:  # the bar is laid out again once the hints show
        return (w.hints.isVisible() and w.back_office.hint.isVisible()
                and bar.rect().contains(w.hints.geometry())
                and all(p.width() >= p.sizeHint().width() for p in whole))

    counter.wait(laid_out)
    for part in whole:
        assert part.width() >= part.sizeHint().width(), part.objectName()
        assert bar.rect().contains(part.geometry()), part.objectName()
    assert w.ledger_label.shown_text() == w.ledger_label.text()
    assert bar.rect().contains(w.hints.geometry())
    shown, full = w.hints.shown_text(), w.hints.text()
    hints = full.split(" · ")
    assert shown == full or (shown.endswith(" …")
                             and full.startswith(shown.removesuffix(" …") + " · "))
    assert len(shown.split(" · ")) >= 3  # F2, F6 and F7 at least
    assert w.hints.toolTip().split("\n") == hints
    assert w.hints.fontMetrics().horizontalAdvance(shown) <= w.hints.contentsRect().width()
    if lang == "en":
        assert "Ctrl+L" in full
        assert hints[0] == "F2 New card"
