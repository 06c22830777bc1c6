"""Reading the CSV of `giftdesk cards generate` into card faces."""

from __future__ import annotations

import io

import pytest

from app.domain.codes import format_code, new_card_code, new_token, qr_payload
from app.render import read_cards_csv

HEADER = "code,token,qr_payload,status\n"


def _line(code: str | None = None, token: str | None = None, status: str = "active") -> str:
    code = code or new_card_code()
    token = token or new_token()
    return f"{code},{token},{qr_payload(token)},{status}\n"


def test_generated_csv_becomes_faces_with_the_given_value_and_title() -> None:
    lines = [_line() for _ in range(3)]
    faces = read_cards_csv(io.StringIO(HEADER + "".join(lines)), value_text="$25.00",
                           title="Bakery")
    assert [f.code for f in faces] == [line.split(",")[0] for line in lines]
    assert [f.qr_payload for f in faces] == [line.split(",")[2] for line in lines]
    assert {(f.value_text, f.title) for f in faces} == {("$25.00", "Bakery")}


def test_value_and_title_columns_override_per_card() -> None:
    code, token = new_card_code(), new_token()
    text = ("code,token,qr_payload,status,value,title\n"
            f"{code},{token},{qr_payload(token)},active,5 × Coffee,\n"
            f"{_line().rstrip()},,Gift shop\n")
    first, second = read_cards_csv(io.StringIO(text), value_text="$10.00", title="Bakery")
    assert (first.value_text, first.title) == ("5 × Coffee", "Bakery")
    assert (second.value_text, second.title) == ("$10.00", "Gift shop")


def test_payload_is_rebuilt_from_the_token_when_missing() -> None:
    code, token = new_card_code(), new_token()
    (face,) = read_cards_csv(io.StringIO(f"{HEADER}{code},{token},,active\n"), value_text="$1")
    assert face.qr_payload == qr_payload(token)


def test_spreadsheet_quirks_are_tolerated() -> None:
    code = new_card_code()
    text = "\ufeffCode, Token ,QR_Payload,Status\r\n\r\n" + _line(format_code(code)) + ",,,\n"
    (face,) = read_cards_csv(io.StringIO(text), value_text="$1")
    assert face.code == code


def test_a_bad_code_is_reported_with_its_line() -> None:
    code = new_card_code()
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    text = HEADER + _line() + _line(wrong)
    with pytest.raises(ValueError, match=r"Line 3: .*typo"):
        read_cards_csv(io.StringIO(text), value_text="$1")


def test_a_missing_value_is_reported() -> None:
    with pytest.raises(ValueError, match=r"Line 2: no value .*--value"):
        read_cards_csv(io.StringIO(HEADER + _line()))


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("code,token,status\n1,2,3\n", "no qr_payload column"),
     (HEADER, "no cards")],
)
def test_unusable_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_cards_csv(io.StringIO(text), value_text="$1")
