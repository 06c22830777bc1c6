"""The admin command line: `giftdesk init`, `cards generate`, `cards show`, `bench ledger`."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.domain.codes import is_valid_code, normalize_code, qr_payload

CODE_LINE = re.compile(r"^\s+(\d{4} \d{4} \d{4})\s+(.+?)\s{2,}(.+)$")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a command that must fail without a traceback; its message on stderr."""
    exit_message: object = None
    try:
        code = main(list(argv))
    except SystemExit as exc:  # a one-line message, as Python prints it for SystemExit
        exit_message, code = exc.code, 1
    assert code != 0
    message = exit_message if exit_message is not None else capsys.readouterr().err
    assert isinstance(message, str), message
    assert "Traceback" not in message
    assert message.startswith("giftdesk")
    return message


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[str]]:
    """A ledger file made by `giftdesk init --demo`, and the demo card codes it printed."""
    db = tmp_path / "demo.db"
    code, out, _ = run(capsys, "init", "--db", str(db), "--demo")
    assert code == 0
    codes = [normalize_code(m.group(1)) for line in out.splitlines()
             if (m := CODE_LINE.match(line))]
    return db, codes


def test_init_demo_prints_the_demo_cards_and_is_repeatable(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ledger.db"
    code, out, _ = run(capsys, "init", "--db", str(db), "--demo")
    assert code == 0
    assert "Ledger ready" in out
    assert "admin/0000" in out
    lines = [CODE_LINE.match(line) for line in out.splitlines()]
    cards = [(normalize_code(m.group(1)), m.group(2), m.group(3)) for m in lines if m]
    assert len(cards) >= 5
    assert all(is_valid_code(c) for c, _, _ in cards)
    programs = {p for _, p, _ in cards}
    assert {"Gift Card", "Promo $10", "Coffee × 5"} <= programs
    assert any("locked" in what for _, _, what in cards)
    assert any("expired" in what for _, _, what in cards)

    again_code, again, _ = run(capsys, "init", "--db", str(db), "--demo")
    assert again_code == 0
    assert "Demo data is there already." in again
    assert not any(CODE_LINE.match(line) for line in again.splitlines())


def test_init_without_demo_creates_an_empty_ledger(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.db"
    assert run(capsys, "init", "--db", str(db), "--merchant", "Corner Shop")[0] == 0
    assert db.is_file()
    message = refused(capsys, "cards", "generate", "--db", str(db), "--program", "1",
                      "--quantity", "2")
    assert "There is no program 1" in message


def test_demo_cards_read_as_the_demo_promises(demo_db: tuple[Path, list[str]],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db, codes = demo_db
    shown = []
    for code in codes:
        status, out, _ = run(capsys, "cards", "show", code, "--db", str(db))
        assert status == 0
        shown.append(json.loads(out))
    assert shown[0]["status"] == "active"
    assert (shown[0]["balance"], shown[0]["currency"]) == (5000, "USD")
    statuses = {card["status"] for card in shown}
    assert {"active", "locked", "expired", "pending"} <= statuses
    coffee = next(card for card in shown if card["kind"] == "item")
    assert (coffee["balance"], coffee["item_label"]) == (5, "Coffee")


def test_cards_generate_writes_csv_and_progress(demo_db: tuple[Path, list[str]],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = demo_db
    code, out, err = run(capsys, "cards", "generate", "--db", str(db), "--program", "1",
                         "--quantity", "25", "--pending")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "code,token,qr_payload,status"
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 25
    assert len({r["code"] for r in rows}) == 25
    for row in rows:
        assert is_valid_code(row["code"])
        assert row["qr_payload"] == qr_payload(row["token"])
        assert row["status"] == "pending"
    assert "25/25 cards" in err  # the progress bar, on stderr only
    assert "25/25" not in out

    shown = json.loads(run(capsys, "cards", "show", rows[0]["qr_payload"], "--db", str(db))[1])
    assert (shown["code"], shown["status"]) == (rows[0]["code"], "pending")


def test_cards_generate_active_cards_with_a_value(demo_db: tuple[Path, list[str]],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = demo_db
    code, out, _ = run(capsys, "cards", "generate", "--db", str(db), "--program", "1",
                       "--quantity", "3", "--value", "2500")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["status"] for r in rows] == ["active"] * 3
    shown = json.loads(run(capsys, "cards", "show", rows[0]["code"], "--db", str(db))[1])
    assert shown["balance"] == 2500


def test_cards_show_accepts_spaces_dashes_and_tokens(demo_db: tuple[Path, list[str]],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db, codes = demo_db
    code = codes[0]
    plain = json.loads(run(capsys, "cards", "show", code, "--db", str(db))[1])
    spaced = f"{code[:4]} {code[4:8]}-{code[8:]}"
    assert json.loads(run(capsys, "cards", "show", spaced, "--db", str(db))[1]) == plain
    # A token may begin with "-" (URL-safe base64): after "--" too it is never an option.
    assert json.loads(run(capsys, "cards", "show", "--db", str(db), "--",
                          plain["token"])[1]) == plain
    assert "pin" not in json.dumps(plain).replace("pin_required", "")


@pytest.mark.parametrize(("argv", "words"), [
    (["cards", "generate", "--program", "99", "--quantity", "5"], "There is no program 99"),
    (["cards", "generate", "--program", "1", "--quantity", "0"], "greater than zero"),
    (["cards", "generate", "--program", "1", "--quantity", "1000001"], "larger than"),
    (["cards", "show", "123456789015"], "No card has this code"),
    (["cards", "show", "123456789012"], "typo"),
    (["cards", "show", "hello"], "not a card code"),
])
def test_refusals_are_one_clear_line(demo_db: tuple[Path, list[str]],
                                     capsys: pytest.CaptureFixture[str], argv: list[str],
                                     words: str) -> None:
    db, _ = demo_db
    message = refused(capsys, *argv, "--db", str(db))
    assert words in message
    assert len(message.strip().splitlines()) == 1


@pytest.mark.parametrize(("db", "words"), [
    ("{tmp}/never-made.db", "has no ledger yet"),
    ("postgresql://postgres@127.0.0.1:1/nothing", "cannot open the ledger"),
    ("mysql://somewhere/db", "SQLite (a file path) or PostgreSQL"),
])
def test_a_bad_database_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          db: str, words: str) -> None:
    url = db.format(tmp=tmp_path)
    message = refused(capsys, "cards", "show", "123456789015", "--db", url)
    assert words in message
    assert not (tmp_path / "never-made.db").exists()  # looking did not create a file


def test_init_on_an_unwritable_path_is_one_clear_line(capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    message = refused(capsys, "init", "--db", "/proc/no-such-dir/ledger.db")
    assert "cannot open the ledger" in message


@pytest.mark.postgres
def test_init_and_generate_on_postgres(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "init", "--db", pg_url, "--demo")
    assert code == 0
    assert "Demo data added" in out
    code, out, _ = run(capsys, "cards", "generate", "--db", pg_url, "--program", "1",
                       "--quantity", "5", "--pending")
    assert code == 0
    assert len(out.splitlines()) == 6


def test_the_installed_command_runs(tmp_path: Path) -> None:
    """The `giftdesk` console script itself (not just the function) works end to end."""
    db = tmp_path / "cli.db"
    done = subprocess.run([sys.executable, "-m", "app", "init", "--db", str(db), "--demo"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Demo data added" in done.stdout
    failed = subprocess.run(
        [sys.executable, "-m", "app", "cards", "show", "--db", str(db), "123456789015"],
        capture_output=True, text=True, timeout=120, check=False)
    assert failed.returncode == 2  # a refusal, as for every command
    assert "Traceback" not in failed.stderr
    assert "No card has this code" in failed.stderr


@pytest.mark.slow
def test_bench_ledger_quick_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bench", "ledger", "--quick")
    assert code == 0
    assert re.search(r"redemptions: engine [\d,]+/s, plain sqlite3 floor [\d,]+/s, "
                     r"engine at \d+% of the floor \(target >= 50%: (met|MISSED)\)", out)
    assert re.search(r"generate 20,000 cards: engine [\d.]+ s, plain executemany [\d.]+ s, "
                     r"engine at [\d.]+x the floor \(targets <= 2x and <= 30 s: (met|MISSED)\)",
                     out)
    assert re.search(r"cards generate command, 20,000 cards with the CSV written: [\d.]+ s, "
                     r"[\d.]+x the floor \(target <= 1.5x: (met|MISSED)\)", out)
    assert re.search(r"job path \(POST /v1/programs/\{id\}/cards: 202, polled\), 20,000 cards: "
                     r"done in [\d.]+ s, [\d.]+x the floor; with its CSV saved "
                     r"[\d.]+ s, [\d.]+x \(target <= 1.5x: (met|MISSED)\)", out)


@pytest.mark.slow
@pytest.mark.postgres
def test_bench_api_quick_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """Both backends under load through `serve --workers 2`, every answer a 201, and the
    comparison with pgbench (installed by .ci/run with PostgreSQL's client tools)."""
    code, out, _ = run(capsys, "bench", "api", "--quick")
    assert code == 0, out
    for backend in ("SQLite", "PostgreSQL"):
        assert re.search(rf"{backend} +[\d.]+ redemptions/s +p50 +[\d.]+ ms +p99 +[\d.]+ ms "
                         r"\(target < 50 ms: (ok|MISSED)\)", out), out
    assert len(re.findall(r"pgbench TPC-B-like +[\d.]+ tps \(-c 8 -j 2\); ratio [\d.]+x "
                          r"\(target >= 0.5x: (ok|MISSED)\)", out)) == 2, out
    assert len(re.findall(r"GET /v1/health +[\d.]+ /s through the same server \(one SELECT 1\); "
                          r"redemptions at \d+% of its rate", out)) == 2, out
    assert "non-201" not in out
