"""The books on the command line: `giftdesk expire`, `reports liability`, `journal export`,
on SQLite and PostgreSQL ledgers written through the real ledger."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.domain.model import Actor, CardStatus, EntryKind
from app.ledger import expiry_job
from app.ledger.engine import Ledger
from app.ledger.results import ProgramSpec
from app.ledger.schema import journal


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    out: str = capsys.readouterr().out
    return out


def expiring_cards(ledger: Ledger, admin: Actor, count: int, value: int = 3800) -> list[str]:
    """Cards valid for a day from the test clock's date (long past in real time)."""
    program = ledger.create_program(admin, ProgramSpec(name="Season", default_value=value,
                                                       validity_days=1))
    return [c.code for c in ledger.generate_cards(admin, program.id, count, value=value)]


def test_expire_dry_run_then_run_then_nothing(db_url: str, ledger: Ledger, admin: Actor,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (code,) = expiring_cards(ledger, admin, 1)
    shown = run(capsys, "expire", "--db", db_url, "--dry-run")
    assert code in shown
    assert "1 card(s) due to expire; to write off: $38.00 (dry run: nothing changed)" in shown
    assert ledger.get_card(code).status is CardStatus.ACTIVE
    done = run(capsys, "expire", "--db", db_url)
    assert code in done
    assert "1 card(s) expired; written off: $38.00" in done
    card = ledger.get_card(code)
    assert (card.status, card.balance) == (CardStatus.EXPIRED, 0)
    assert ledger.journal(code)[-1].kind is EntryKind.EXPIRE
    again = json.loads(run(capsys, "expire", "--db", db_url, "--json"))
    assert again == {"dry_run": False, "cards": []}


@pytest.mark.slow
def test_two_expire_commands_at_once_write_each_expiry_once(
        db_url: str, ledger: Ledger, admin: Actor) -> None:
    codes = expiring_cards(ledger, admin, 40, value=100)
    command = [sys.executable, "-m", "app", "expire", "--db", db_url, "--json"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ}) for _ in range(2)]
    outputs = [r.communicate(timeout=120) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outputs
    expired = [c["code"] for out, _ in outputs for c in json.loads(out)["cards"]]
    assert sorted(expired) == sorted(codes)  # each card once, between the two
    with ledger.engine.connect() as conn:
        rows = conn.execute(select(func.count()).where(
            journal.c.kind == EntryKind.EXPIRE.value)).scalar_one()
    assert rows == 40


def test_expire_refuses_a_missing_ledger(tmp_path: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["expire", "--db", str(tmp_path / "none.db")])
    assert "has no ledger yet" in str(exc.value.code)


def test_serve_expires_hourly_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import timedelta

    from app.cli.serve import EXPIRE_ENV, settings_from_env

    monkeypatch.delenv(EXPIRE_ENV, raising=False)
    assert settings_from_env().expiry_interval == timedelta(hours=1)
    monkeypatch.setenv(EXPIRE_ENV, "5")
    assert settings_from_env().expiry_interval == timedelta(minutes=5)
    monkeypatch.setenv(EXPIRE_ENV, "0")
    assert settings_from_env().expiry_interval is None


def a_month_of_business(ledger: Ledger, admin: Actor, cashier: Actor, clock: Any) -> list[str]:
    """Two cards sold in March, used, one expired at the end of the month."""
    program = ledger.create_program(admin, ProgramSpec(name="Gift", default_value=5000,
                                                       reloadable=True))
    codes = [c.code for c in ledger.generate_cards(admin, program.id, 2, pending=True)]
    ledger.sell(cashier, codes[0], value=5000)
    ledger.sell(cashier, codes[1], value=2000, valid_until=clock() + timedelta(days=30))
    ledger.redeem(cashier, codes[0], 1250)
    clock.advance(days=31)
    ledger.load(cashier, codes[0], 1000)
    expiry_job.run(ledger)
    return codes


def test_reports_liability_in_every_format(db_url: str, ledger: Ledger, admin: Actor,
                                           cashier: Actor, clock: Any,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    a_month_of_business(ledger, admin, cashier, clock)
    as_json = json.loads(run(capsys, "reports", "liability", "--db", db_url, "--format", "json",
                             "--as-of", clock().isoformat()))
    (line,) = as_json["lines"]
    assert {k: line[k] for k in ("store", "issued", "loaded", "redeemed", "expired",
                                 "liability")} == {
        "store": "STORE-1", "issued": 7000, "loaded": 1000, "redeemed": -1250,
        "expired": -2000, "liability": 4750}
    # The day before the load and the expiry: what was owed then.
    before = json.loads(run(capsys, "reports", "liability", "--db", db_url, "--format",
                            "json", "--as-of", "2026-03-02"))
    assert before["lines"][0]["liability"] == 5750
    as_csv = run(capsys, "reports", "liability", "--db", db_url, "--format", "csv",
                 "--as-of", clock().isoformat())
    assert as_csv.splitlines()[0].startswith("program_id,program,currency")
    assert as_csv.splitlines()[1].endswith(",4750")
    table = run(capsys, "reports", "liability", "--db", db_url, "--as-of", clock().isoformat())
    assert "47.50" in table
    assert "TOTAL" in table


def test_reports_z_of_a_shift_and_of_a_day(db_url: str, ledger: Ledger, admin: Actor,
                                          cashier: Actor, clock: Any,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from app.ledger import shifts

    program = ledger.create_program(admin, ProgramSpec(name="Gift", default_value=5000))
    code, other = [c.code for c in ledger.generate_cards(admin, program.id, 2, pending=True)]
    ledger.sell(cashier, code, value=5000)  # before the shift: in the day, not the shift
    clock.advance(minutes=5)
    shift = shifts.open_shift(ledger, cashier)
    clock.advance(minutes=5)
    ledger.redeem(cashier, code, 1250)
    ledger.redeem(cashier, code, 250)
    clock.advance(minutes=5)
    shifts.close_shift(ledger, cashier)
    clock.advance(minutes=5)
    ledger.sell(cashier, other, value=2000)  # after it

    by_shift = json.loads(run(capsys, "reports", "z", "--db", db_url, "--shift",
                              str(shift.id), "--format", "json"))
    assert (by_shift["shift_id"], by_shift["location"], by_shift["terminal"]) == (
        shift.id, "STORE-1", "T1")
    assert [(x["kind"], x["count"], x["total"]) for x in by_shift["lines"]] == [
        ("redeem", 2, 1500)]
    assert by_shift["training_rows_left_out"] == 0
    day = clock().date().isoformat()
    as_csv = run(capsys, "reports", "z", "--db", db_url, "--day", day, "--location", "STORE-1",
                 "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert [(r["kind"], r["count"], r["total"]) for r in rows] == [
        ("redeem", "2", "1500"), ("sell", "2", "7000")]
    table = run(capsys, "reports", "z", "--db", db_url, "--day", day, "--location", "STORE-1",
                "--terminal", "T1")
    assert table.startswith(f"Z report: STORE-1 / T1, {day}T00:00:00+00:00 to ")
    assert re.search(r"sell\s+USD\s+2\s+70\.00", table), table
    assert table.rstrip().endswith("Training rows left out: 0")
    other_store = run(capsys, "reports", "z", "--db", db_url, "--day", day,
                      "--location", "STORE-2")
    assert "(nothing happened in this period)" in other_store


def test_reports_z_says_what_is_wrong(db_url: str, ledger: Ledger,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["reports", "z", "--db", db_url])
    assert "--location STORE" in str(exc.value.code)
    with pytest.raises(SystemExit) as exc:
        main(["reports", "z", "--db", db_url, "--shift", "1", "--terminal", "T1"])
    assert "give --shift alone" in str(exc.value.code)
    assert main(["reports", "z", "--db", db_url, "--shift", "99"]) == 2
    assert "There is no shift 99. (shift_not_found)" in capsys.readouterr().err


def test_journal_export_streams_a_period(db_url: str, ledger: Ledger, admin: Actor,
                                         cashier: Actor, clock: Any, tmp_path: Any,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    codes = a_month_of_business(ledger, admin, cashier, clock)
    out = tmp_path / "march.csv"
    run(capsys, "journal", "export", "--db", db_url, "--from", "2026-03-01", "--to",
        "2026-03-31", "--out", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["kind"] for r in rows] == ["sell", "sell", "redeem"]
    assert {r["card_code"] for r in rows} == set(codes)
    everything = run(capsys, "journal", "export", "--db", db_url)
    kinds = [r["kind"] for r in csv.DictReader(io.StringIO(everything))]
    assert kinds[-2:] == ["load", "expire"]
    with pytest.raises(SystemExit):
        main(["journal", "export", "--db", db_url, "--from", "March"])


@pytest.mark.slow
def test_bench_reports_quick_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "bench", "reports", "--quick")
    assert re.search(r"built 50,000 journal rows on [\d,]+ cards", out), out
    assert re.search(r"anchor: SELECT sum\(delta\) over the journal [\d.]+ s", out), out
    for report in ("liability now", "liability as of mid-period",
                   "Z report, one store, one day", "Z report, one terminal, one day"):
        assert re.search(rf"{report}: [\d.]+ s = [\d.]+x the anchor \(target <= 5 s: "
                         r"(met|MISSED)\)", out), out
    assert re.search(r"total [\d,]+ = the real cards' balances [\d,]+: reconciles", out), out
    assert re.search(r"journal CSV export: [\d,]+ rows", out), out
