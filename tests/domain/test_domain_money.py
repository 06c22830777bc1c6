"""Money: integer minor units with an ISO 4217 currency, parsed exactly, formatted for people."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.money import (
    MAX_AMOUNT_MINOR,
    MAX_ITEM_QUANTITY,
    AmountProblem,
    check_amount,
    check_currency,
    check_quantity,
    decimal_mark,
    exponent,
    format_amount,
    format_items,
    format_money,
    parse_amount,
    shop_locale,
)


def refused(exc: pytest.ExceptionInfo[GiftDeskError]) -> ErrorCode:
    return exc.value.code


@pytest.mark.parametrize(("currency", "places"), [("JPY", 0), ("USD", 2), ("EUR", 2),
                                                  ("KWD", 3), ("BHD", 3), ("KRW", 0)])
def test_minor_unit_exponents_follow_iso_4217(currency: str, places: int) -> None:
    assert exponent(currency) == places


@pytest.mark.parametrize("code", ["usd", " USD ", "Usd"])
def test_currency_codes_are_case_and_space_insensitive(code: str) -> None:
    assert check_currency(code) == "USD"


@pytest.mark.parametrize("code", ["XXX", "US", "DOLLAR", "", None, 840, "ABC"])
def test_unknown_currencies_are_refused(code: object) -> None:
    with pytest.raises(GiftDeskError) as exc:
        check_currency(code)
    assert refused(exc) is ErrorCode.INVALID_CURRENCY


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("42.5", "USD", 4250),
    ("42.50", "USD", 4250),
    ("42", "USD", 4200),
    ("0.01", "USD", 1),
    ("1,042.50", "USD", 104250),
    ("$42.50", "USD", 4250),
    (" 7 ", "USD", 700),
    (".5", "USD", 50),
    ("1000", "JPY", 1000),
    ("¥1,000", "JPY", 1000),
    ("1.234", "KWD", 1234),
    ("0.001", "KWD", 1),
    ("1.5", "KWD", 1500),
    ("10000000000", "USD", MAX_AMOUNT_MINOR),
])
def test_parse_amount_is_exact(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(("text", "currency"), [
    ("42.505", "USD"), ("1.5", "JPY"), ("0.0001", "KWD"), ("0.001", "USD"),
])
def test_parse_amount_refuses_more_decimals_than_the_currency_has(text: str,
                                                                 currency: str) -> None:
    with pytest.raises(GiftDeskError) as exc:
        parse_amount(text, currency)
    assert refused(exc) is ErrorCode.INVALID_AMOUNT
    assert "decimal places" in exc.value.detail


@pytest.mark.parametrize("text", [
    "", "abc", "NaN", "nan", "Infinity", "-inf", "-5", "-0.01", "0", "0.00", "1e3",
    "1e999990", "1e99999999", "1_000", "4 2", "42.50.1", "10000000000.01", "+5", "0x10",
])
def test_parse_amount_refuses_what_is_not_a_positive_amount_in_range(text: str) -> None:
    with pytest.raises(GiftDeskError) as exc:
        parse_amount(text, "USD")
    assert refused(exc) is ErrorCode.INVALID_AMOUNT


def test_parse_amount_refuses_an_unknown_currency() -> None:
    with pytest.raises(GiftDeskError) as exc:
        parse_amount("1.00", "XYZ")
    assert refused(exc) is ErrorCode.INVALID_CURRENCY


@given(st.integers(min_value=1, max_value=MAX_AMOUNT_MINOR),
       st.sampled_from(["USD", "JPY", "KWD", "EUR", "CHF"]),
       st.sampled_from(["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "en_IN", "ja_JP"]))
def test_formatted_amounts_parse_back_to_the_same_minor_units(minor: int, currency: str,
                                                              locale: str) -> None:
    assert parse_amount(format_amount(minor, currency, locale), currency, locale) == minor
    assert parse_amount(format_amount(minor, currency, locale, grouping=False), currency,
                        locale) == minor
    assert parse_amount(format_money(minor, currency, locale), currency, locale) == minor


@pytest.mark.parametrize("value", [
    42.5, 42.0, math.nan, math.inf, -math.inf, True, False, "4250", Decimal("42.5"), None,
    -1, 0, MAX_AMOUNT_MINOR + 1, [4250],
])
def test_check_amount_refuses_floats_nan_inf_bools_text_negatives_zero_and_too_large(
        value: object) -> None:
    with pytest.raises(GiftDeskError) as exc:
        check_amount(value)
    assert refused(exc) is ErrorCode.INVALID_AMOUNT


def test_check_amount_accepts_whole_minor_units_in_range() -> None:
    assert check_amount(1) == 1
    assert check_amount(MAX_AMOUNT_MINOR) == MAX_AMOUNT_MINOR
    assert check_amount(0, allow_zero=True) == 0


def test_check_amount_names_the_field_in_its_message() -> None:
    with pytest.raises(GiftDeskError) as exc:
        check_amount(12.5, what="max balance")
    assert "max balance" in exc.value.detail
    assert "4250" in exc.value.detail  # shows what a whole number of minor units looks like


def test_item_quantities_have_their_own_limit() -> None:
    assert check_quantity(MAX_ITEM_QUANTITY) == MAX_ITEM_QUANTITY
    with pytest.raises(GiftDeskError) as exc:
        check_quantity(MAX_ITEM_QUANTITY + 1)
    assert refused(exc) is ErrorCode.INVALID_AMOUNT
    with pytest.raises(GiftDeskError):
        check_quantity(2.0)


@pytest.mark.parametrize(("minor", "currency", "text"), [
    (4250, "USD", "$42.50"),
    (5, "USD", "$0.05"),
    (0, "USD", "$0.00"),
    (123456789, "EUR", "€1,234,567.89"),
    (1000, "JPY", "¥1,000"),
    (1500, "KWD", "KWD\xa01.500"),
    (1, "KWD", "KWD\xa00.001"),
    (-4250, "USD", "-$42.50"),
    (999, "GBP", "£9.99"),
])
def test_format_money_reads_the_way_a_cashier_says_it(minor: int, currency: str,
                                                      text: str) -> None:
    assert format_money(minor, currency) == text


def test_format_items() -> None:
    assert format_items(3, "Coffee") == "3 × Coffee"


NBSP, NNBSP = "\xa0", "\u202f"


@pytest.mark.parametrize(("minor", "currency", "locale", "text"), [
    (123456, "EUR", "de_DE", f"1.234,56{NBSP}€"),
    (123456, "EUR", "fr_FR", f"1{NNBSP}234,56{NBSP}€"),  # CLDR's narrow no-break space
    (123456, "USD", "en_US", "$1,234.56"),
    (123456, "EUR", "es_ES", f"1.234,56{NBSP}€"),
    (1235, "JPY", "en_US", "¥1,235"),
    (1235, "JPY", "de_DE", f"1.235{NBSP}¥"),
    (1234567, "KWD", "en_US", f"KWD{NBSP}1,234.567"),
    (1234567, "KWD", "de_DE", f"1.234,567{NBSP}KWD"),
    (-4250, "EUR", "de_DE", f"-42,50{NBSP}€"),
    (0, "EUR", "fr_FR", f"0,00{NBSP}€"),
])
def test_format_money_follows_the_shops_locale(minor: int, currency: str, locale: str,
                                               text: str) -> None:
    assert format_money(minor, currency, locale) == text


def test_format_money_uses_the_iso_decimals_even_where_cldr_has_others() -> None:
    # CLDR rounds some currencies for display; the ledger's minor units are ISO 4217's.
    assert format_money(150, "HUF", "en_US").endswith("1.50")
    assert format_amount(1234567, "KWD", "fr_FR", grouping=False) == "1234,567"


@pytest.mark.parametrize(("text", "currency", "locale", "minor"), [
    ("12,50", "EUR", "de_DE", 1250),
    ("1.234,56", "EUR", "de_DE", 123456),
    ("1.234", "EUR", "de_DE", 123400),
    ("12,50 €", "EUR", "de_DE", 1250),
    (f"1{NNBSP}234,56{NBSP}€", "EUR", "fr_FR", 123456),
    ("1 234,56", "EUR", "fr_FR", 123456),
    ("12,5", "EUR", "fr_FR", 1250),
    ("12.5", "EUR", "fr_FR", 1250),  # "." is no grouping mark in French: only a decimal mark
    ("12,50", "EUR", "es_ES", 1250),
    ("$1,234.56", "USD", "en_US", 123456),
    ("1'234.50", "CHF", "de_CH", 123450),
    ("1,00,000", "INR", "en_IN", 10000000),
    ("1,234.567", "KWD", "en_US", 1234567),
    ("1,5", "KWD", "de_DE", 1500),
    ("1.235", "JPY", "de_DE", 1235),
])
def test_parse_amount_reads_the_shops_decimal_mark(text: str, currency: str, locale: str,
                                                   minor: int) -> None:
    assert parse_amount(text, currency, locale) == minor


@pytest.mark.parametrize(("text", "currency", "locale"), [
    ("12,50", "EUR", None),       # default en_US: not a thousands group, so not 125000
    ("12,50", "EUR", "en_US"),
    ("12.50", "EUR", "de_DE"),    # not 1250 euros
    ("1.5", "EUR", "de_DE"),
    ("1.234", "EUR", "fr_FR"),    # a thousand in Germany, one and a bit in the US: ask
    ("1,2345", "USD", "en_US"),
    ("12,50,0", "USD", "en_US"),
])
def test_parse_amount_refuses_a_mark_it_would_have_to_guess(text: str, currency: str,
                                                           locale: str | None) -> None:
    with pytest.raises(GiftDeskError) as exc:
        parse_amount(text, currency, locale)
    assert refused(exc) is ErrorCode.INVALID_AMOUNT
    assert exc.value.extra["reason"] is AmountProblem.DECIMAL_MARK
    mark = exc.value.extra["decimal"]
    assert f"the decimal mark is {mark!r}, as in 12{mark}50" in exc.value.detail


@pytest.mark.parametrize(("text", "reason"), [
    ("-5", AmountProblem.NOT_POSITIVE),
    ("0,00", AmountProblem.NOT_POSITIVE),
    ("abc", AmountProblem.NOT_A_NUMBER),
    ("12,50,1", AmountProblem.NOT_A_NUMBER),
    ("1,505", AmountProblem.TOO_MANY_DECIMALS),
    ("99.999.999.999,00", AmountProblem.TOO_LARGE),
])
def test_parse_amount_says_why_in_a_reason_the_app_can_word(text: str,
                                                           reason: AmountProblem) -> None:
    with pytest.raises(GiftDeskError) as exc:
        parse_amount(text, "EUR", "de_DE")
    assert exc.value.extra["reason"] is reason


def test_decimal_mark_and_unknown_locales() -> None:
    assert decimal_mark("de_DE") == ","
    assert decimal_mark("en-US") == "."
    assert decimal_mark(None) == "."
    with pytest.raises(ValueError, match="not a known locale"):
        shop_locale("xx_YY")
