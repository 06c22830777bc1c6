"""Card codes (12 digits with a Luhn check digit), QR tokens and the QR payload format."""

from __future__ import annotations

import base64
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.codes import (
    CODE_LENGTH,
    QR_PAYLOAD_PREFIX,
    CardRef,
    format_code,
    is_valid_code,
    luhn_check_digit,
    new_card_code,
    new_card_codes,
    new_token,
    new_tokens,
    normalize_code,
    parse_card_ref,
    qr_payload,
)
from app.domain.errors import ErrorCode, GiftDeskError

URL_SAFE = re.compile(r"^[A-Za-z0-9_\-]+$")


def reference_luhn_valid(number: str) -> bool:
    """The textbook Luhn check, written independently of the code under test."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@pytest.mark.parametrize(("body", "digit"), [
    ("7992739871", "3"),  # the classic worked example: 79927398713
    ("411111111111111", "1"),  # the Visa test number 4111 1111 1111 1111
    ("37828224631000", "5"),  # the Amex test number 378282246310005
    ("12345678901", "5"),
    ("00000000000", "0"),
])
def test_luhn_check_digit_matches_known_numbers(body: str, digit: str) -> None:
    assert luhn_check_digit(body) == digit
    assert reference_luhn_valid(body + digit)


def test_is_valid_code_needs_twelve_ascii_digits_with_the_right_check_digit() -> None:
    assert is_valid_code("123456789015")
    assert not is_valid_code("123456789012")
    assert not is_valid_code("12345678901")  # 11 digits
    assert not is_valid_code("1234567890122")  # 13 digits
    assert not is_valid_code("12345678901a")
    assert not is_valid_code("１２３４５６７８９０１２")  # full-width digits are not ASCII


def test_generated_codes_are_valid_twelve_digit_codes_not_starting_with_zero() -> None:
    for _ in range(2000):
        code = new_card_code()
        assert len(code) == CODE_LENGTH
        assert code.isdigit()
        assert code[0] != "0"
        assert reference_luhn_valid(code)
        assert is_valid_code(code)


def test_bulk_codes_are_valid_and_unique_in_a_large_batch() -> None:
    codes = new_card_codes(200_000)
    assert len(codes) == 200_000
    assert len(set(codes)) == len(codes)
    for code in codes[:20_000]:
        assert len(code) == CODE_LENGTH
        assert code[0] != "0"
        assert reference_luhn_valid(code)
    assert all(is_valid_code(c) for c in codes)


def test_bulk_codes_are_random_not_sequential() -> None:
    first, second = new_card_codes(1000), new_card_codes(1000)
    assert not set(first) & set(second)
    # Every digit takes every value (the first is never 0, so spreadsheets keep all 12).
    for position in range(CODE_LENGTH):
        assert len({c[position] for c in first}) == (9 if position == 0 else 10)


def test_single_codes_are_unique() -> None:
    codes = [new_card_code() for _ in range(20_000)]
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("typed", [
    "1234 5678 9015", "1234-5678-9015", " 123456789015 ", "1234 - 5678 - 9015",
    "1234\t5678\n9015",
])
def test_normalize_code_accepts_spaces_and_dashes(typed: str) -> None:
    assert normalize_code(typed) == "123456789015"


def test_format_code_groups_by_four_and_reads_back() -> None:
    code = new_card_code()
    assert format_code("123456789012") == "1234 5678 9012"
    assert normalize_code(format_code(code)) == code


@given(st.integers(min_value=0, max_value=10))
def test_every_single_mistyped_digit_is_refused(position: int) -> None:
    code = new_card_code()
    for wrong in "0123456789":
        if wrong == code[position]:
            continue
        typo = code[:position] + wrong + code[position + 1:]
        with pytest.raises(GiftDeskError) as exc:
            normalize_code(typo)
        assert exc.value.code is ErrorCode.INVALID_CARD_CODE
        assert "typo" in exc.value.detail


def test_adjacent_transpositions_are_refused() -> None:
    checked = 0
    for _ in range(200):
        code = new_card_code()
        for i in range(CODE_LENGTH - 1):
            a, b = code[i], code[i + 1]
            if a == b or {a, b} == {"0", "9"}:  # the one swap Luhn cannot see
                continue
            swapped = code[:i] + b + a + code[i + 2:]
            with pytest.raises(GiftDeskError) as exc:
                normalize_code(swapped)
            assert exc.value.code is ErrorCode.INVALID_CARD_CODE
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize(("typed", "words"), [
    ("12345678901", "12 digits"),
    ("1234567890123", "12 digits"),
    ("1234 5678 901x", "digits only"),
    ("", "digits only"),
])
def test_normalize_code_says_what_is_wrong(typed: str, words: str) -> None:
    with pytest.raises(GiftDeskError) as exc:
        normalize_code(typed)
    assert exc.value.code is ErrorCode.INVALID_CARD_CODE
    assert words in exc.value.detail


def test_tokens_carry_at_least_128_random_bits_and_are_url_safe() -> None:
    tokens = [new_token() for _ in range(2000)] + new_tokens(5000)
    assert len(set(tokens)) == len(tokens)
    for token in tokens:
        assert URL_SAFE.match(token), token
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        assert len(raw) * 8 >= 128


def test_bulk_tokens_come_in_the_asked_number() -> None:
    assert len(new_tokens(1)) == 1
    assert len(new_tokens(12_345)) == 12_345


def test_qr_payload_holds_the_token_after_a_versioned_prefix() -> None:
    token = new_token()
    payload = qr_payload(token)
    assert payload == f"GIFTDESK1:{token}"
    assert payload.startswith(QR_PAYLOAD_PREFIX)


def test_parse_card_ref_reads_a_typed_code() -> None:
    assert parse_card_ref(" 1234-5678-9015 ") == CardRef("code", "123456789015")


def test_parse_card_ref_reads_a_scanned_payload_and_a_bare_token() -> None:
    token = new_token()
    assert parse_card_ref(qr_payload(token)) == CardRef("token", token)
    assert parse_card_ref("giftdesk1:" + token) == CardRef("token", token)
    assert parse_card_ref(token) == CardRef("token", token)


@pytest.mark.parametrize("text", [
    "", "   ", "hello", "GIFTDESK1:", "GIFTDESK1:short", "GIFTDESK1:has spaces in it......",
    "https://example.com/x", "123456789013", "12345", "!!!!!!!!!!!!!!!!!!!!!!!!!!",
    "GIFTDESK2:" + "A" * 24,
])
def test_parse_card_ref_refuses_garbage(text: str) -> None:
    with pytest.raises(GiftDeskError) as exc:
        parse_card_ref(text)
    assert exc.value.code is ErrorCode.INVALID_CARD_CODE
