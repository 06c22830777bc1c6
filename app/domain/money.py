"""Money as integer minor units with an ISO 4217 currency; parsing and formatting."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from app.domain.errors import ErrorCode, refuse

# What a person may type for an amount once spaces, grouping commas and the symbol are gone:
# ASCII digits with at most one decimal point. No exponents ("1e999999" would take the CPU
# for half a minute), no signs, no underscores.
_AMOUNT_TEXT = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")

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


def parse_amount(text: str, currency: str) -> int:
    """Turn what a person typed ("42.5", "42.50", "1,042.50") into minor units, exactly."""
    places = exponent(currency)
    cleaned = text.strip().replace(",", "").lstrip(_SYMBOLS.get(currency, "").strip() or "\0")
    if len(cleaned) > 40 or not _AMOUNT_TEXT.fullmatch(cleaned.strip()):
        if cleaned.strip().startswith("-"):
            raise refuse(ErrorCode.INVALID_AMOUNT, "The amount must be greater than zero.")
        raise refuse(ErrorCode.INVALID_AMOUNT, f"{text[:40]!r} is not an amount.")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise refuse(ErrorCode.INVALID_AMOUNT, f"{text!r} is not an amount.") from None
    if not value.is_finite():
        raise refuse(ErrorCode.INVALID_AMOUNT, f"{text!r} is not an amount.")
    scaled = value.scaleb(places)
    if scaled != scaled.to_integral_value():
        raise refuse(ErrorCode.INVALID_AMOUNT,
                     f"{currency} amounts have at most {places} decimal places.")
    return check_amount(int(scaled))


def format_amount(amount_minor: int, currency: str) -> str:
    """Plain number with the currency's decimals: 4250 USD -> "42.50"."""
    places = exponent(currency)
    sign = "-" if amount_minor < 0 else ""
    whole, frac = divmod(abs(amount_minor), 10**places)
    text = f"{whole:,}"
    return f"{sign}{text}.{frac:0{places}d}" if places else f"{sign}{text}"


def format_money(amount_minor: int, currency: str) -> str:
    """How a cashier reads it: 4250 USD -> "$42.50", 1500 KWD -> "KWD 1.500"."""
    currency = check_currency(currency)
    number = format_amount(amount_minor, currency)
    symbol = _SYMBOLS.get(currency)
    if symbol is None:
        return f"{currency} {number}"
    if number.startswith("-"):
        return f"-{symbol}{number[1:]}"
    return f"{symbol}{number}"


def format_items(quantity: int, label: str) -> str:
    """Item balances: 3, "Coffee" -> "3 × Coffee"."""
    return f"{quantity} × {label}"
