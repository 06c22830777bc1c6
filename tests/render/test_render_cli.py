"""`giftdesk render` and `giftdesk decode`, run as a user would (through argparse)."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
import segno
from PIL import Image

from app.cli import decode, render
from app.domain.codes import format_code, new_card_code, new_token, qr_payload


def giftdesk(*argv: str) -> int:
    """Parse and run like the `giftdesk` entry point, with only our subcommands."""
    parser = argparse.ArgumentParser(prog="giftdesk")
    sub = parser.add_subparsers(dest="command", required=True)
    decode.register(sub)
    render.register(sub)
    args = parser.parse_args(list(argv))
    result: int = args.run(args)
    return result


def _card(tmp_path: Path, name: str, title: str | None = "Bakery") -> tuple[Path, str]:
    payload = qr_payload(new_token())
    out = tmp_path / name
    argv = ["render", "card", "--code", new_card_code(), "--payload", payload,
            "--value", "$25.00", "--out", str(out)]
    assert giftdesk(*argv, *(["--title", title] if title else [])) == 0
    return out, payload


def test_rendered_png_decodes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png, payload = _card(tmp_path, "card.png")
    capsys.readouterr()
    assert giftdesk("decode", str(png)) == 0
    out, err = capsys.readouterr()
    assert out == payload + "\n"
    assert err == ""


def test_several_files_are_prefixed_with_their_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, one = _card(tmp_path, "one.png")
    second, two = _card(tmp_path, "two.png", title=None)
    capsys.readouterr()
    assert giftdesk("decode", str(first), str(second)) == 0
    assert capsys.readouterr().out.splitlines() == [f"{first}: {one}", f"{second}: {two}"]


def test_photo_formats_and_transparency_are_handled(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png, payload = _card(tmp_path, "card.png")
    jpeg = tmp_path / "card.jpg"
    with Image.open(png) as image:
        image.convert("RGB").save(jpeg, quality=70)
    clear = tmp_path / "clear.png"  # dark modules on a transparent background
    segno.make_qr(payload).save(str(clear), kind="png", scale=6, light=None)
    capsys.readouterr()
    assert giftdesk("decode", str(jpeg), str(clear)) == 0
    assert capsys.readouterr().out.splitlines() == [f"{jpeg}: {payload}", f"{clear}: {payload}"]


def test_light_on_dark_code_decodes_without_a_switch(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = qr_payload(new_token())
    dark = tmp_path / "dark-mode.png"  # a phone in dark mode: light modules on black
    segno.make_qr(payload).save(str(dark), kind="png", scale=6, dark="#eeeeee", light="#111111")
    capsys.readouterr()
    assert giftdesk("decode", str(dark)) == 0
    assert capsys.readouterr().out == payload + "\n"


def test_unreadable_and_empty_images_fail_with_a_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, payload = _card(tmp_path, "good.png")
    blank = tmp_path / "blank.png"
    Image.new("L", (400, 300), 255).save(blank)
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    missing = tmp_path / "missing.png"
    capsys.readouterr()
    assert giftdesk("decode", str(missing), str(blank), str(text), str(good)) == 1
    out, err = capsys.readouterr()
    assert out == f"{good}: {payload}\n"  # the good file is still decoded
    assert f"{missing}: cannot read the image (no such file)" in err
    assert f"{blank}: no QR code found" in err
    assert f"{text}: cannot read the image" in err


@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_card_in_vector_formats(tmp_path: Path, suffix: str) -> None:
    out, _ = _card(tmp_path, "card" + suffix)
    assert out.read_bytes().startswith(b"<?xml" if suffix == ".svg" else b"%PDF")


def test_card_with_a_mistyped_code_is_refused(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code = new_card_code()
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    out = tmp_path / "card.png"
    rc = giftdesk("render", "card", "--code", format_code(wrong), "--payload", "GIFTDESK1:x",
                  "--value", "$5.00", "--out", str(out))
    assert rc == 1
    assert "typo" in capsys.readouterr().err
    assert not out.exists()


def test_card_with_an_unknown_format_is_refused(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    rc = giftdesk("render", "card", "--code", new_card_code(), "--payload", "GIFTDESK1:x",
                  "--value", "$5.00", "--out", str(tmp_path / "card.gif"))
    assert rc == 1
    assert ".png, .svg or .pdf" in capsys.readouterr().err


def _csv(count: int) -> str:
    rows = []
    for _ in range(count):
        token = new_token()
        rows.append(f"{new_card_code()},{token},{qr_payload(token)},active\n")
    return "code,token,qr_payload,status\n" + "".join(rows)


def test_sheet_from_a_csv_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "cards.csv"
    csv_path.write_text(_csv(12), encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    assert giftdesk("render", "sheet", "--csv", str(csv_path), "--value", "$10.00",
                    "--title", "Bakery", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "12 cards on 2 pages" in capsys.readouterr().err


def test_sheet_from_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(_csv(3)))
    out = tmp_path / "sheet.pdf"
    assert giftdesk("render", "sheet", "--csv", "-", "--value", "5 × Coffee",
                    "--paper", "letter", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "3 cards on 1 page" in capsys.readouterr().err


def test_sheet_problems_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "cards.csv"
    csv_path.write_text(_csv(2), encoding="utf-8")
    assert giftdesk("render", "sheet", "--csv", str(csv_path), "--out",
                    str(tmp_path / "sheet.pdf")) == 1
    assert "--value" in capsys.readouterr().err
    assert giftdesk("render", "sheet", "--csv", str(csv_path), "--value", "$1",
                    "--out", str(tmp_path / "sheet.png")) == 1
    assert "FILE.pdf" in capsys.readouterr().err
    assert giftdesk("render", "sheet", "--csv", str(tmp_path / "nope.csv"), "--value", "$1",
                    "--out", str(tmp_path / "sheet.pdf")) == 1
    assert "nope.csv" in capsys.readouterr().err
    assert not (tmp_path / "sheet.pdf").exists()


def test_commands_are_part_of_giftdesk(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main

    png, payload = _card(tmp_path, "card.png")
    capsys.readouterr()
    assert main(["decode", str(png)]) == 0
    assert capsys.readouterr().out == payload + "\n"
