"""A real shop from the command line alone, on a fresh SQLite file and on PostgreSQL: set-up,
stores, operators, programs, cards, the card finder; then a cashier signs in over the API and
redeems. Every refusal is one line on stderr and exit 2."""

from __future__ import annotations

import csv
import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from cli_helpers import Cli
from sqlalchemy import select

from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.ledger.schema import audit_log, journal
from app.server import create_app

pytestmark = pytest.mark.anyio
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
PG_ADMIN_URL = os.environ.get("GIFTDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=BACKENDS)
def fresh_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new ledger goes: a SQLite file that does not exist yet, or an empty PostgreSQL
    database (no schema: `giftdesk init` makes it)."""
    if request.param == "sqlite":
        yield str(tmp_path / "shop.db")
        return
    name = f"giftdesk_cli_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    yield f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


@pytest.fixture
def cli(fresh_db: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(fresh_db, capsys, monkeypatch)


@pytest.fixture
def shop(cli: Cli) -> Cli:
    """A shop set up with the CLI: store MAIN, admin rosa/482913."""
    cli.ok("init", "--merchant", "Rosa's Books", "--currency", "eur", "--location", "main",
           "--location-name", "Main shop", "--admin", "Rosa", "--admin-pin-stdin",
           stdin="482913\n")
    return cli


async def test_a_shop_from_the_cli_alone_then_a_cashier_redeems_over_the_api(cli: Cli) -> None:
    made = cli.ok("init", "--merchant", "Rosa's Books", "--currency", "eur", "--location",
                  "main", "--admin", "Rosa", "--admin-pin-stdin", stdin="482913\n")
    assert "rosa (admin, every store) can sign in now" in made.out
    cli.ok("locations", "add", "station", "--name", "Station Square")
    stores = cli.ok("locations", "list", "--json").json()["locations"]
    assert stores == [{"code": "MAIN", "name": "MAIN"},
                      {"code": "STATION", "name": "Station Square"}]
    cli.ok("operators", "add", "ann", "--role", "cashier", "--locations", "MAIN",
           "--pin-stdin", stdin="1357\n")
    cli.ok("operators", "add", "ben", "--locations", "MAIN,STATION", "--pin-stdin",
           stdin="2468\n")
    cli.ok("operators", "add", "mia", "--role", "manager", "--locations", "*", "--pin-stdin",
           stdin="9753\n")
    people = cli.ok("operators", "list", "--json").json()["operators"]
    assert [(p["name"], p["role"], p["locations"]) for p in people] == [
        ("ann", "cashier", ["MAIN"]), ("ben", "cashier", ["MAIN", "STATION"]),
        ("mia", "manager", ["*"]), ("rosa", "admin", ["*"])]
    assert "9753" not in cli.ok("operators", "list").out

    program = cli.ok("programs", "add", "--name", "Gift Card", "--default-value", "2500",
                     "--reloadable", "--max-balance", "50000", "--json").json()
    assert (program["currency"], program["default_value"]) == ("EUR", 2500)  # the shop's
    listed = cli.ok("programs", "list").out
    assert f"{program['id']:>4}  Gift Card" in listed
    generated = cli.ok("cards", "generate", "--program", str(program["id"]), "--quantity", "4")
    rows = list(csv.DictReader(io.StringIO(generated.out)))
    assert [r["status"] for r in rows] == ["active"] * 4

    engine = make_engine(cli.db)
    app = create_app(ledger=Ledger(engine))
    try:
        async with app.router.lifespan_context(app), httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://ledger") as client:
            signed = await client.post("/v1/sessions", json={
                "operator": "ann", "pin": "1357", "location": "MAIN", "terminal": "T1"})
            assert signed.status_code == 201, signed.text
            assert signed.json()["merchant"] == "Rosa's Books"
            as_ann = {"Authorization": f"Bearer {signed.json()['token']}",
                      "Idempotency-Key": str(uuid.uuid4())}
            redeemed = await client.post("/v1/redemptions", headers=as_ann, json={
                "card": rows[0]["code"], "amount": 1000})
            assert redeemed.status_code == 201, redeemed.text
            assert redeemed.json()["balance_after"] == 1500
            # Ann works at MAIN only.
            elsewhere = await client.post("/v1/sessions", json={
                "operator": "ann", "pin": "1357", "location": "STATION", "terminal": "T2"})
            assert elsewhere.status_code == 403, elsewhere.text
    finally:
        engine.dispose()

    shown = cli.ok("cards", "search", rows[0]["code"][:8], "--json").json()["cards"]
    assert [(c["code"], c["balance"]) for c in shown] == [(rows[0]["code"], 1500)]
    # Each change names who made it, where and when, in the ledger's audit log.
    engine = make_engine(cli.db)
    with engine.connect() as conn:
        audited = conn.execute(select(audit_log.c.action, audit_log.c.operator,
                                      audit_log.c.location, audit_log.c.at)
                               .where(audit_log.c.outcome == "ok")).all()
        issued = conn.execute(select(journal.c.operator, journal.c.location).where(
            journal.c.kind == "issue")).all()
    engine.dispose()
    assert [a.action for a in audited] == ["set_up", "add_location", "add_operator",
                                           "add_operator", "add_operator", "create_program",
                                           "generate_cards"]
    assert all(a.operator.startswith("cli:") and a.location == "HQ" and a.at for a in audited)
    # The cards' journal rows name the CLI's user too, as the audit log does.
    assert len(issued) == 4
    assert {(i.operator, i.location) for i in issued} == {(audited[0].operator, "HQ")}


def test_operators_change_role_stores_pin_and_disable(shop: Cli) -> None:
    shop.ok("operators", "add", "ann", "--locations", "MAIN", "--pin-stdin", stdin="1357\n")
    changed = shop.ok("operators", "set", "ann", "--role", "manager", "--json").json()
    assert changed["role"] == "manager"
    shop.ok("operators", "set-pin", "ann", "--pin-stdin", stdin="8642\n")
    disabled = shop.ok("operators", "disable", "ann", "--json").json()
    assert disabled["disabled"] is True
    assert "(disabled)" in shop.ok("operators", "list").out
    assert shop.ok("operators", "enable", "ann", "--json").json()["disabled"] is False
    ledger = Ledger(make_engine(shop.db))
    try:
        from app.ledger.directory import find_operator
        from app.ledger.security import verify_pin

        with ledger.engine.connect() as conn:
            found = find_operator(conn, "ann")
        assert found is not None
        assert verify_pin(found[1], "8642")
        assert not verify_pin(found[1], "1357")
    finally:
        ledger.engine.dispose()


REFUSALS: list[tuple[tuple[str, ...], str, str]] = [
    (("locations", "add", "main"), "", "There is a store MAIN already. (location_exists)"),
    (("operators", "add", "ann", "--locations", "NOWHERE", "--pin-stdin"), "1234\n",
     "There is no store NOWHERE; add it first. (location_not_found)"),
    (("operators", "add", "ann", "--locations", "MAIN", "--pin-stdin"), "12\n",
     "4 to 12 digits"),
    (("operators", "add", "rosa", "--locations", "MAIN", "--pin-stdin"), "1234\n",
     "(operator_exists)"),
    (("operators", "add", "ann", "--locations", "MAIN"), "",
     "Give ann's PIN with --pin-stdin"),
    (("operators", "disable", "rosa"), "", "rosa is the last admin"),
    (("operators", "set-pin", "nobody", "--pin-stdin"), "1234\n", "(operator_not_found)"),
    (("programs", "show", "42"), "", "There is no program 42. (program_not_found)"),
    (("programs", "add", "--name", "Tea", "--kind", "item"), "",
     "An item program needs an item label."),
    (("programs", "add", "--name", "Gift", "--valid-from", "2027-01-01T00:00"), "",
     "Program dates need a time zone."),
    (("programs", "set", "1"), "", "Nothing to change"),
    (("init", "--merchant", "Mallory", "--currency", "USD", "--location", "X", "--admin",
      "mallory", "--admin-pin-stdin"), "1234\n", "(already_set_up)"),
    (("init", "--demo"), "", "demo data is never mixed into it"),
    (("init", "--demo", "--admin", "x"), "", "--demo makes its own stores"),
    (("init", "--currency", "USD"), "", "needs --location, --admin as well"),
    (("cards", "list", "--status", "gone"), "", "(validation_error)"),
    (("cards", "show", "123456789015"), "", "No card has this code."),
]


def test_refusals_are_one_line_and_exit_2_and_change_nothing(shop: Cli) -> None:
    before = [shop.ok(*what, "--json").out for what in (
        ("locations", "list"), ("operators", "list"), ("programs", "list"), ("init",))]
    for argv, stdin, words in REFUSALS:
        assert words in shop.refused(*argv, stdin=stdin), argv
    assert before == [shop.ok(*what, "--json").out for what in (
        ("locations", "list"), ("operators", "list"), ("programs", "list"), ("init",))]


def test_a_program_with_every_field_and_what_may_change_once_it_has_cards(shop: Cli) -> None:
    shop.ok("locations", "add", "kiosk")
    program = shop.ok(
        "programs", "add", "--name", "Lunch", "--kind", "item", "--item-label", "Lunch",
        "--currency", "chf", "--default-value", "10", "--activation", "allocate",
        "--validity-days", "365", "--valid-until", "2030-01-01T00:00:00+00:00",
        "--no-partial-redemption", "--max-balance", "20", "--locations", "main,kiosk",
        "--promotional", "--pin-required", "--reporting-code-required", "--json").json()
    assert {k: program[k] for k in (
        "kind", "item_label", "currency", "default_value", "activation", "validity_days",
        "valid_until", "partial_redemption", "max_balance", "locations", "promotional",
        "pin_required", "reporting_code_required", "reloadable")} == {
        "kind": "item", "item_label": "Lunch", "currency": "CHF", "default_value": 10,
        "activation": "allocate", "validity_days": 365, "valid_until": "2030-01-01T00:00:00+00:00",
        "partial_redemption": False, "max_balance": 20, "locations": ["KIOSK", "MAIN"],
        "promotional": True, "pin_required": True, "reporting_code_required": True,
        "reloadable": False}
    pid = str(program["id"])
    assert shop.ok("programs", "show", pid, "--json").json() == program
    shop.ok("cards", "generate", "--program", pid, "--quantity", "2", "--pending")
    renamed = shop.ok("programs", "set", pid, "--name", "Lunch 2027", "--max-balance", "30",
                      "--json").json()
    assert (renamed["name"], renamed["max_balance"]) == ("Lunch 2027", 30)
    line = shop.refused("programs", "set", pid, "--no-pin-required")
    assert "pin_required cannot change" in line
    assert line.endswith("(program_field_locked)")
    retired = shop.ok("programs", "retire", pid, "--json").json()
    assert retired["retired"] is True
    assert "(retired)" in shop.ok("programs", "list").out
    assert "(program_retired)" in shop.refused("cards", "generate", "--program", pid,
                                              "--quantity", "1", "--pending")


def test_a_request_id_makes_a_repeat_change_nothing(shop: Cli) -> None:
    first = shop.ok("locations", "add", "kiosk", "--name", "Kiosk", "--request-id", "k-1")
    again = shop.ok("locations", "add", "kiosk", "--name", "Kiosk", "--request-id", "k-1")
    assert again.out == first.out
    assert "(idempotency_conflict)" in shop.refused(
        "locations", "add", "other", "--request-id", "k-1")
    assert len(shop.ok("locations", "list", "--json").json()["locations"]) == 2


def test_pins_are_asked_twice_on_a_terminal(shop: Cli, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    answers = iter(["2468", "2469", "2468", "2468"])
    asked: list[str] = []

    def getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", getpass)
    shop.terminal = True
    assert "The two PINs differ; nothing was changed." in shop.refused(
        "operators", "add", "ann", "--locations", "MAIN")
    shop.ok("operators", "add", "ann", "--locations", "MAIN")
    assert asked == ["New PIN for ann (4 to 12 digits): ", "The same PIN again: "] * 2


def test_the_card_finder_filters_and_pages(shop: Cli) -> None:
    shop.ok("locations", "add", "kiosk")
    everywhere = shop.ok("programs", "add", "--name", "Gift", "--default-value", "500",
                         "--json").json()["id"]
    kiosk = shop.ok("programs", "add", "--name", "Kiosk only", "--default-value", "500",
                    "--locations", "KIOSK", "--json").json()["id"]
    shop.ok("cards", "generate", "--program", str(everywhere), "--quantity", "5", "--pending")
    shop.ok("cards", "generate", "--program", str(kiosk), "--quantity", "2")
    seen: list[str] = []
    cursor: list[str] = []
    while True:
        page = shop.ok("cards", "list", "--limit", "3", *cursor, "--json").json()
        seen += [c["code"] for c in page["cards"]]
        if page["next_cursor"] is None:
            break
        cursor = ["--cursor", page["next_cursor"]]
    assert len(seen) == len(set(seen)) == 7
    first = shop.run("cards", "list", "--limit", "3")
    assert len(first.out.splitlines()) == 3
    assert "More: add --cursor" in first.err
    pending = shop.ok("cards", "list", "--status", "pending", "--json").json()["cards"]
    assert {c["program_id"] for c in pending} == {everywhere}
    assert len(pending) == 5
    at_main = shop.ok("cards", "list", "--location", "main", "--json").json()["cards"]
    assert len(at_main) == 5
    of_kiosk = shop.ok("cards", "list", "--program", str(kiosk)).out.splitlines()
    assert len(of_kiosk) == 2
    assert all("Kiosk only" in line for line in of_kiosk)
    assert "€5.00" in of_kiosk[0]
    assert shop.ok("cards", "search", "no such name").out.strip() == "No card found."


def test_cards_show_takes_a_token_that_begins_with_a_dash(shop: Cli) -> None:
    pid = shop.ok("programs", "add", "--name", "Gift", "--default-value", "500",
                  "--json").json()["id"]
    made = shop.ok("cards", "generate", "--program", str(pid), "--quantity", "1000")
    rows = list(csv.DictReader(io.StringIO(made.out)))
    dashed = next(r for r in rows if r["token"].startswith("-"))  # 1 in 64 of them
    shown = shop.ok("cards", "show", dashed["token"]).json()
    assert shown["code"] == dashed["code"]
    assert shop.ok("cards", "show", "--json", dashed["code"]).json() == shown


def test_init_without_set_up_says_how_to_set_up(cli: Cli) -> None:
    done = cli.ok("init", "--merchant", "Corner Shop")
    assert "Nobody can sign in yet" in done.out
    info = cli.ok("init", "--json").json()
    assert (info["set_up"], info["demo"], info["merchant"]) == (False, False, "Corner Shop")


def test_init_demo_marks_the_ledger_as_demo(cli: Cli) -> None:
    cli.ok("init", "--demo")
    info = cli.ok("init", "--json").json()
    assert (info["demo"], info["set_up"], info["currency"]) == (True, True, "USD")
