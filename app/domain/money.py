"""Money as integer minor units with an ISO 4217 currency; parsing and formatting."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from decimal import Decimal
from enum import StrEnum

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberPattern,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    parse_pattern,
)

from app.domain.errors import ErrorCode, GiftDeskError, refuse

# The locale of the ledger's own sentences (problem details stay English); the app passes the
# shop's locale.
DEFAULT_LOCALE = "en_US"

# ISO 4217 minor-unit exponents. Currencies not listed here are refused.
_EXPONENT_0 = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX",
               "UYI", "VND", "VUV", "XAF", "XOF", "XPF"}
_EXPONENT_3 = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}
_EXPONENT_2 = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF",
    "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
    "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF",
    "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP",
    "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
    "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP",
    "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD", "YER", "ZAR",
    "ZMW", "ZWG",
}
CURRENCY_EXPONENTS: dict[str, int] = (
    {c: 0 for c in _EXPONENT_0} | {c: 2 for c in _EXPONENT_2} | {c: 3 for c in _EXPONENT_3}
)
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$",
            "CHF": "CHF ", "INR": "₹"}

# Upper bound on any one amount or balance, in minor units (a trillion: far above any gift card,
# far below the 64-bit integer limit of every database we run on).
MAX_AMOUNT_MINOR = 1_000_000_000_000
# Upper bound on item quantities ("5 × Coffee").
MAX_ITEM_QUANTITY = 1_000_000


def check_currency(code: object) -> str:
    """Return the ISO 4217 code, upper-cased, or refuse it."""
    if not isinstance(code, str) or code.strip().upper() not in CURRENCY_EXPONENTS:
        raise refuse(ErrorCode.INVALID_CURRENCY, f"{code!r} is not an ISO 4217 currency code.")
    return code.strip().upper()


def exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit (USD 2, JPY 0, KWD 3)."""
    return CURRENCY_EXPONENTS[check_currency(currency)]


def check_amount(value: object, *, what: str = "amount", allow_zero: bool = False,
                 maximum: int = MAX_AMOUNT_MINOR) -> int:
    """Refuse anything but a whole number of minor units in range (no floats, NaN or bools)."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and not math.isfinite(value):
            raise refuse(ErrorCode.INVALID_AMOUNT, f"The {what} must be a number, not {value}.")
        raise refuse(ErrorCode.INVALID_AMOUNT,
                     f"The {what} must be a whole number of minor units (for example 4250 "
                     f"for 42.50), not {value!r}.")
    if value < 0 or (value == 0 and not allow_zero):
        raise refuse(ErrorCode.INVALID_AMOUNT, f"The {what} must be greater than zero.")
    if value > maximum:
        raise refuse(ErrorCode.INVALID_AMOUNT, f"The {what} {value} is larger than {maximum}.")
    return value


def check_quantity(value: object, *, what: str = "quantity", allow_zero: bool = False) -> int:
    """Refuse anything but a whole, positive item quantity in range."""
    return check_amount(value, what=what, allow_zero=allow_zero, maximum=MAX_ITEM_QUANTITY)


class AmountProblem(StrEnum):
    """Why typed text is not an amount: the `reason` of the refusal, for the app's sentence."""

    NOT_A_NUMBER = "not_a_number"
    NOT_POSITIVE = "not_positive"
    TOO_MANY_DECIMALS = "too_many_decimals"
    DECIMAL_MARK = "decimal_mark"  # the other mark, or grouping that cannot be a thousands group
    TOO_LARGE = "too_large"


@functools.lru_cache(maxsize=64)
def shop_locale(name: str | None = None) -> Locale:
    """The Babel locale for "de_DE", "de-DE" or "fr"; the default is en_US."""
    try:
        return Locale.parse((name or DEFAULT_LOCALE).replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError) as exc:
        raise ValueError(f"{name!r} is not a known locale") from exc


def decimal_mark(locale: str | None = None) -> str:
    """The locale's decimal mark: "." in en_US, "," in de_DE and fr_FR."""
    return get_decimal_symbol(shop_locale(locale))


def _amount_refusal(problem: AmountProblem, detail: str, **extra: object) -> GiftDeskError:
    return refuse(ErrorCode.INVALID_AMOUNT, detail, reason=problem, **extra)


def parse_amount(text: str, currency: str, locale: str | None = None) -> int:
    """Turn what a person typed into minor units, exactly, as read in the shop's `locale`.

    en_US reads "1,042.50", de_DE "1.042,50", fr_FR "1 042,50". The other mark ("12.50" in a
    German shop, "12,50" in an American one) is refused with a sentence rather than guessed at:
    read as a thousands mark it would turn 12.50 into 1250.00. A mark that no thousands group
    can explain ("12.5" in fr_FR, where "." is no grouping mark) is read as the decimal mark.
    """
    places = exponent(currency)
    loc = shop_locale(locale)
    decimal, group = get_decimal_symbol(loc), get_group_symbol(loc)
    shown = text[:40]
    cleaned = _strip_currency(text, currency, loc)
    if cleaned.startswith(("-", "\u2212")):
        raise _amount_refusal(AmountProblem.NOT_POSITIVE, "The amount must be greater than zero.")
    groups = _SPACES if group in _SPACES else {group, "'"} if group in _APOSTROPHES else {group}
    foreign = ({".", ","} - {decimal}) - groups
    if len(cleaned) > 40 or not cleaned or any(
            not ("0" <= ch <= "9") and ch != decimal and ch not in groups | foreign
            for ch in cleaned):
        raise _amount_refusal(AmountProblem.NOT_A_NUMBER, f"{shown!r} is not an amount.")
    mark = decimal
    if foreign & set(cleaned):
        (other,) = foreign & set(cleaned)
        whole, _, fraction = cleaned.partition(other)
        if decimal in cleaned or other in fraction or any(g in cleaned for g in groups):
            raise _amount_refusal(AmountProblem.NOT_A_NUMBER, f"{shown!r} is not an amount.")
        if len(fraction) == 3 and 1 <= len(whole) <= 3 and whole.strip("0"):
            raise _wrong_mark(shown, decimal)  # 1.234: a thousand here, one and a bit there
        mark = other
    whole, _, fraction = cleaned.partition(mark)
    if mark in fraction or any(g in fraction for g in groups):
        raise _amount_refusal(AmountProblem.NOT_A_NUMBER, f"{shown!r} is not an amount.")
    whole = _ungroup(whole, groups, loc, shown, decimal)
    if not whole and not fraction:
        raise _amount_refusal(AmountProblem.NOT_A_NUMBER, f"{shown!r} is not an amount.")
    if (len(fraction) > places and fraction[places:].strip("0")) or len(fraction) > places + 10:
        raise _amount_refusal(AmountProblem.TOO_MANY_DECIMALS,
                              f"{currency} amounts have at most {places} decimal places.",
                              places=places)
    minor = int(whole or "0") * 10**places + int((fraction[:places] or "0").ljust(places, "0"))
    if minor <= 0:
        raise _amount_refusal(AmountProblem.NOT_POSITIVE, "The amount must be greater than zero.")
    if minor > MAX_AMOUNT_MINOR:
        most = format_money(MAX_AMOUNT_MINOR, currency)
        raise _amount_refusal(AmountProblem.TOO_LARGE, f"The amount is larger than {most}.")
    return minor


_SPACES = {" ", "\xa0", "\u202f", "\u2009"}
_APOSTROPHES = {"'", "\u2019"}
_MARKS = {"\u200e", "\u200f", "\u061c"}  # invisible direction marks CLDR puts in some formats


def _strip_currency(text: str, currency: str, loc: Locale) -> str:
    """The text without surrounding spaces, direction marks and the currency's symbol or code."""
    cleaned = "".join(ch for ch in text if ch not in _MARKS).strip().strip("".join(_SPACES))
    symbols = {currency, currency.lower(), get_currency_symbol(currency, loc),
               _SYMBOLS.get(currency, currency).strip()} | ({"￥"} if currency == "JPY" else set())
    for symbol in sorted(symbols, key=len, reverse=True):
        if cleaned.startswith(symbol):
            cleaned = cleaned[len(symbol):]
            break
        if cleaned.endswith(symbol):
            cleaned = cleaned[:-len(symbol)]
            break
    return cleaned.strip().strip("".join(_SPACES))


def _ungroup(whole: str, groups: set[str], loc: Locale, shown: str, decimal: str) -> str:
    """The integer digits without thousands marks, which must stand where the locale puts them."""
    pattern = re.split("|".join(re.escape(g) for g in groups), whole)
    if len(pattern) == 1:
        return whole
    first, secondary = _pattern(loc, "decimal", 0).grouping
    *leading, last = pattern
    if (len(last) != first or not leading[0] or len(leading[0]) > secondary
            or any(len(chunk) != secondary for chunk in leading[1:])):
        raise _wrong_mark(shown, decimal)
    return "".join(pattern)


def _wrong_mark(shown: str, decimal: str) -> GiftDeskError:
    example = f"12{decimal}50"
    return _amount_refusal(
        AmountProblem.DECIMAL_MARK,
        f"{shown!r} is not an amount here: the decimal mark is {decimal!r}, as in {example}.",
        decimal=decimal)


def format_amount(amount_minor: int, currency: str, locale: str | None = None, *,
                  grouping: bool = True) -> str:
    """The number with the currency's decimals in `locale`: 123450 USD -> "1,234.50"."""
    loc = shop_locale(locale)
    places = exponent(currency)
    return _pattern(loc, "decimal", places).apply(_decimal(amount_minor, places), loc,
                                                  group_separator=grouping)


def format_money(amount_minor: int, currency: str, locale: str | None = None) -> str:
    """How a cashier reads it: "$1,234.56" (en_US), "1.234,56 €" (de_DE), "KWD 1.500"."""
    currency = check_currency(currency)
    loc = shop_locale(locale)
    places = exponent(currency)
    text = _pattern(loc, "currency", places).apply(_decimal(amount_minor, places), loc,
                                                   currency=currency, currency_digits=False)
    return _space_letters(text, get_currency_symbol(currency, loc))


@functools.lru_cache(maxsize=256)
def _pattern(loc: Locale, kind: str, places: int) -> NumberPattern:
    """The locale's number or currency pattern with exactly the currency's decimals."""
    source = loc.currency_formats["standard"] if kind == "currency" else loc.decimal_formats[None]
    pattern = parse_pattern(source.pattern)
    pattern.frac_prec = (places, places)
    return pattern


def _decimal(amount_minor: int, places: int) -> Decimal:
    return Decimal(amount_minor).scaleb(-places)


def _space_letters(text: str, symbol: str) -> str:
    """CLDR's currency spacing: a no-break space between a code like "KWD" and its digits."""
    at = text.find(symbol)
    if at < 0 or not symbol:
        return text
    before, after = text[:at], text[at + len(symbol):]
    if after[:1].isdigit() and unicodedata.category(symbol[-1])[0] != "S":
        after = "\xa0" + after
    if before[-1:].isdigit() and unicodedata.category(symbol[0])[0] != "S":
        before += "\xa0"
    return before + symbol + after


def format_items(quantity: int, label: str) -> str:
    """Item balances: 3, "Coffee" -> "3 × Coffee"."""
    return f"{quantity} × {label}"
