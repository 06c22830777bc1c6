"""The app's language and the shop's formats, without importing Qt.

Strings outside QObjects (the sentences of `messages`, the words of `format`) are translated
with `translate(context, text)`; `app.ui.language` plugs Qt's translators in at start-up
(`QCoreApplication.translate`), so one set of `.ts`/`.qm` files (resources/translations) serves
widgets and plain modules alike. `pyside6-lupdate` finds the strings by these names:
`translate("context", "text")`, `QT_TRANSLATE_NOOP("context", "text")` and `self.tr("text")`.

Money, numbers and dates follow `locale()`, a Babel/CLDR locale such as "de_DE": the language
the cashier chose with the country of the computer when they agree ("de" on a de_AT system is
"de_AT"), otherwise that language's main country.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from babel.numbers import format_decimal

from app.domain.money import DEFAULT_LOCALE, format_amount, format_money, shop_locale

# The languages the app ships translations for, by their own names (as a Language menu lists
# them: a cashier who cannot read the current language still finds theirs).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français",
                             "es": "Español"}
MAIN_REGION: dict[str, str] = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}

Translator = Callable[[str, str, "str | None", int], str]

_PLURAL = re.compile(r"\((s|es)\)")


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with English plurals: "%n card(s)" -> "1 card", "2 cards"."""
    if n < 0:
        return text
    return _PLURAL.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


_state: dict[str, object] = {"translate": _english, "locale": DEFAULT_LOCALE}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the app's language; with `n` >= 0 the plural form for n, "%n" replaced."""
    translator: Translator = _state["translate"]  # type: ignore[assignment]
    result = translator(context, text, disambiguation, n)
    if n >= 0 and result in (text, text.replace("%n", str(n))):  # untranslated: English rules
        return _english(context, text, disambiguation, n)
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; `translate` it where it is shown."""
    return text


class Plurals:
    """Counted words. lupdate gives strings of `self.tr(text, "", n)` plural forms (Qt picks
    "%n Karte" or "%n Karten" by the language's rules); `translate(..., n)` it does not."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Plurals", text, disambiguation, n)

    def cards(self, n: int) -> str:
        return self.tr("%n card(s)", "", n)

    def redemptions(self, n: int) -> str:
        return self.tr("%n redemption(s)", "", n)

    def reversals(self, n: int) -> str:
        return self.tr("%n reversal(s)", "", n)

PLURALS = Plurals()


def locale() -> str:
    """The Babel locale the app formats money, numbers and dates in, e.g. "de_DE"."""
    return str(_state["locale"])


def language() -> str:
    """The app's language code ("en", "de", "fr", "es")."""
    return locale().split("_")[0]


def formats_locale(language_code: str, system_locale: str) -> str:
    """The formats for `language_code` on a computer set to `system_locale` ("de_AT")."""
    code = language_code if language_code in LANGUAGES else "en"
    system = system_locale.replace("-", "_").split(".")[0].split("@")[0]
    if system.split("_")[0] == code and "_" in system:
        try:
            shop_locale(system)
        except ValueError:
            pass
        else:
            return system
    return MAIN_REGION[code]


def configure(*, translator: Translator | None, locale_name: str) -> None:
    """Use `translator` (None: the English source texts) and format in `locale_name`."""
    shop_locale(locale_name)  # refuses an unknown locale before anything changes
    _state["translate"] = translator or _english
    _state["locale"] = locale_name


# ------------------------------------------------------------------ money and numbers

def money_text(amount_minor: int, currency: str) -> str:
    """Money in the shop's locale: "$42.50" (en_US), "42,50 €" (de_DE)."""
    return format_money(amount_minor, currency, locale())


def amount_text(amount_minor: int, currency: str, *, grouping: bool = True) -> str:
    """The number alone, in the shop's locale: "1,234.50" (en_US), "1234,50" ungrouped (de)."""
    return format_amount(amount_minor, currency, locale(), grouping=grouping)


def number_text(number: int) -> str:
    """A count in the shop's locale: "1,234" (en_US), "1.234" (de_DE)."""
    return format_decimal(number, locale=locale())


def items_text(quantity: int, label: str | None) -> str:
    """Item balances: 3, "Coffee" -> "3 × Coffee" (the label is the program's own word)."""
    return translate("format", "%1 × %2").replace("%1", number_text(quantity)).replace(
        "%2", label or translate("format", "item"))
