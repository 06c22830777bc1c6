"""`cards generate --value` is read in the program's own units, and says which."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def program_id(db: Path, kind: str) -> int:
    from app.cli.common import open_ledger

    ledger = open_ledger(str(db))
    try:
        return next(p.id for p in ledger.list_programs() if p.kind == kind)
    finally:
        ledger.engine.dispose()


def test_value_is_checked_against_the_programs_kind(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert run(capsys, "init", "--db", str(db), "--demo")[0] == 0
    items, money = program_id(db, "item"), program_id(db, "monetary")

    code, out, err = run(capsys, "cards", "generate", "--db", str(db), "--program", str(items),
                         "--quantity", "1", "--value", "3")
    assert code == 0
    assert "Each card will hold 3 × Coffee" in err
    assert "item program: --value counts items" in err  # said before 2500 means 2,500 coffees
    (card,) = csv.DictReader(io.StringIO(out))
    shown = json.loads(run(capsys, "cards", "show", card["code"], "--db", str(db))[1])
    assert (shown["kind"], shown["balance"]) == ("item", 3)

    code, _, err = run(capsys, "cards", "generate", "--db", str(db), "--program", str(money),
                       "--quantity", "1", "--value", "2500")
    assert code == 0
    assert "Each card will hold $25.00." in err

    # Refused by the program's rule before any card is made, in one line.
    code, out, err = run(capsys, "cards", "generate", "--db", str(db), "--program", str(items),
                         "--quantity", "1", "--value", "0")
    assert code == 2
    assert out == ""
    assert err.strip() == "giftdesk: The value must be greater than zero. (invalid_amount)"
