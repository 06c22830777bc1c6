"""The back office from the app alone, on the real embedded ledger (and a real server): a
merchant sets up, adds a store, people and a program, issues and prints cards, and a cashier
redeems one; every refusal is a sentence."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from backoffice_support import click, fill_setup
from giftdesk_ui_support import Counter, LedgerServer, free_port, journal
from PySide6.QtCore import Qt

from app.embedded import LEDGER_FILE
from app.ui.backoffice.screen import BackOfficeScreen


def open_back_office(counter: Counter) -> BackOfficeScreen:
    w = counter.window
    assert w.back_office.hint.isVisible()
    counter.key(Qt.Key.Key_F10)
    counter.wait(lambda: w.current is w.back_office.screen)
    return w.back_office.screen


def said(counter: Counter, tab: object, text: str) -> None:
    """Until the tab's message line says `text` (the outcome of its last call)."""
    message = tab.message  # type: ignore[attr-defined]
    counter.wait(lambda: message.text() == text)


def set_up_real_merchant(counter: Counter) -> BackOfficeScreen:
    """Set up (no demo), then the back office's Stores, Operators and Programs."""
    w = counter.window
    fill_setup(counter)
    counter.wait(lambda: w.current is w.scan)
    office = open_back_office(counter)
    assert [office.tabs.tabText(i) for i in range(office.tabs.count())] == [
        "Operators", "Stores", "Programs", "Issue cards", "Card finder"]

    stores = office.stores
    office.show_tab(stores)
    counter.wait(lambda: stores.table.rowCount() == 1)
    stores.code.setText("mall")
    stores.name.setText("Mall kiosk")
    click(counter, stores.add_button)
    said(counter, stores, "Store MALL added.")
    counter.wait(lambda: stores.table.rowCount() == 2)
    click(counter, stores.add_button)  # the same code again
    said(counter, stores, "A store with this code exists already. Choose another code.")
    stores.table.selectRow(1)
    stores.name.setText("Mall kiosk, level 2")
    click(counter, stores.rename_button)
    said(counter, stores, "Store MALL is now called Mall kiosk, level 2.")

    people = office.operators
    office.show_tab(people)
    counter.wait(lambda: people.stores.count() == 3)  # every store, MAIN, MALL
    for name, pin, role, where in (("ann", "1111", 0, ["MAIN"]), ("ben", "2222", 0, ["MALL"]),
                                   ("mia", "3333", 1, ["MAIN", "MALL"])):
        people.name.setText(name)
        people.role.setCurrentIndex(role)
        people.stores.tick(where)
        people.pin.setText(pin)
        people.pin_again.setText(pin)
        click(counter, people.add_button)
        said(counter, people, f"{name} can sign in now.")
    counter.wait(lambda: people.table.rowCount() == 4)
    people.pin.setText("4444")
    people.pin_again.setText("4444")
    click(counter, people.add_button)  # "mia" again
    said(counter, people, "An operator with this name exists already. Choose another name.")
    people.pin_again.setText("4445")
    people.table.selectRow(0)  # ann
    click(counter, people.pin_button)
    assert people.message.text() == "The two PINs are not the same. Type the PIN again."
    people.table.selectRow(3)  # rosa, the only admin
    people.role.setCurrentIndex(1)
    click(counter, people.save_button)
    said(counter, people, "This is the last admin: make someone else admin first.")
    people.table.selectRow(1)  # ben: works at both stores now, then leaves
    people.stores.tick(["MAIN", "MALL"])
    click(counter, people.save_button)
    said(counter, people, "ben saved.")
    counter.wait(lambda: people.table.item(1, 2).text() == "MAIN, MALL")
    people.table.selectRow(1)
    click(counter, people.disable_button)
    said(counter, people, "ben can no longer sign in.")
    counter.wait(lambda: people.table.item(1, 3).text() == "Disabled")

    programs = office.programs
    office.show_tab(programs)
    counter.wait(lambda: programs.form.stores.count() == 3)
    form = programs.form
    assert form.currency.currentText() == "EUR"  # the shop's currency
    click(counter, programs.create_button)
    assert programs.message.text() == "Enter the program's name."
    form.name.setText("Book token")
    form.value.setText("25,00")
    click(counter, programs.create_button)
    assert programs.message.text().startswith("That amount is not clear.")
    form.value.setText("25.00")
    form.validity.setValue(365)
    form.reloadable.setChecked(True)
    form.max_balance.setText("200")
    form.reporting.setChecked(False)
    click(counter, programs.create_button)
    said(counter, programs, "Program Book token created: issue its cards in Issue cards.")
    counter.wait(lambda: programs.table.rowCount() == 1)
    assert programs.table.item(0, 3).text() == "€25.00"
    return office


def test_a_merchant_runs_the_shop_from_the_app_alone(
        make_counter: Callable[..., Counter], tmp_path: Path) -> None:
    data = tmp_path / "shop"
    counter = make_counter(directory=data)
    w = counter.window
    office = set_up_real_merchant(counter)

    issue = office.issue
    office.show_tab(issue)
    counter.wait(lambda: issue.program.count() == 1)
    issue.quantity.setValue(3)
    issue.active.setChecked(True)  # the program's value: €25.00
    click(counter, issue.issue_button)
    said(counter, issue, "3 cards issued. Save the CSV and print the sheet.")
    issue.save_sheet(tmp_path / "early.pdf")
    assert issue.message.text() == "Save the CSV first: the sheet is printed from it."
    csv_file, sheet = tmp_path / "out" / "books.csv", tmp_path / "out" / "books.pdf"
    issue.save_csv(csv_file)
    said(counter, issue, f"Saved {csv_file}")
    with csv_file.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["status"] for r in rows] == ["active"] * 3
    issue.save_sheet(sheet)
    assert issue.message.text() == f"Sheet saved: {sheet}"
    assert sheet.read_bytes().startswith(b"%PDF")
    code = rows[0]["code"]

    programs = office.programs
    office.show_tab(programs)
    counter.wait(lambda: programs.table.rowCount() == 1)
    programs.table.selectRow(0)
    programs.form.currency.setCurrentText("USD")  # the cards are in EUR already
    click(counter, programs.save_button)
    said(counter, programs, "This program has cards already: its kind, currency, activation, "
                            "PIN, partial use and promotional setting can no longer change.")
    programs.form.currency.setCurrentText("EUR")
    programs.form.name.setText("Book token €25")
    click(counter, programs.save_button)
    said(counter, programs, "Program Book token €25 saved.")

    finder = office.finder
    office.show_tab(finder)
    finder.query.setText(code[:8])
    click(counter, finder.search_button)
    counter.wait(lambda: finder.table.rowCount() >= 1)
    assert finder.table.item(0, 2).text() == "Active"
    finder.table.selectRow([c.code for c in finder.found].index(code))
    click(counter, finder.open_button)
    counter.wait(lambda: w.current is w.card)
    assert w.card.value.text() == "Balance €25.00"

    w.sign_out()
    w.sign_in.operator.clear()  # rosa was remembered
    w.sign_in.enter()
    counter.sign_in("ann", "1111")
    assert not w.back_office.hint.isVisible()  # a cashier never sees the way in
    counter.key(Qt.Key.Key_F10)
    assert w.current is w.scan
    counter.scan(code)
    assert w.current is w.card
    counter.enter()
    counter.type("10")
    counter.enter()
    counter.enter()
    counter.wait(lambda: w.current is w.result)
    assert w.result.balance.text() == "New balance €15.00"
    assert journal(data / LEDGER_FILE, code)[-1] == ("redeem", -1000, 1500)


def test_a_large_batch_runs_as_a_job_with_progress_and_cancel(
        make_counter: Callable[..., Counter], tmp_path: Path) -> None:
    counter = make_counter(directory=tmp_path / "shop")
    office = set_up_real_merchant(counter)
    issue = office.issue
    office.show_tab(issue)
    counter.wait(lambda: issue.program.count() == 1)
    issue.quantity.setValue(5_001)  # above the ledger's threshold: a job
    click(counter, issue.issue_button)
    said(counter, issue, "5,001 cards issued. Save the CSV and print the sheet.")
    assert issue.job is not None
    assert issue.job.status == "done"
    assert not issue.progress.isVisible()
    issue.save_csv(tmp_path / "batch.csv")
    said(counter, issue, f"Saved {tmp_path / 'batch.csv'}")
    lines = (tmp_path / "batch.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5_002
    assert lines[1].endswith(",pending")



@pytest.mark.parametrize("ledger", ["embedded", pytest.param("server", marks=pytest.mark.postgres)])
def test_a_cancelled_batch_keeps_the_cards_made_before(
        make_counter: Callable[..., Counter], ledger: str, request: pytest.FixtureRequest,
        tmp_path: Path) -> None:
    """On the app's own SQLite ledger and on a PostgreSQL server: the bar moves while the job
    runs, Cancel stops it, and the cards made by then can be saved."""
    server = None
    if ledger == "server":
        server = LedgerServer(request.getfixturevalue("pg_url"), free_port()).start()
    try:
        counter = make_counter(ledger_url=server.url if server else None,
                               directory=tmp_path / "till")
        office = set_up_real_merchant(counter)
        issue = office.issue
        office.show_tab(issue)
        counter.wait(lambda: issue.program.count() == 1)
        issue.quantity.setValue(400_000)
        click(counter, issue.issue_button)
        counter.wait(lambda: issue.progress.isVisible() and issue.progress.value() > 0)
        click(counter, issue.cancel_button)
        counter.wait(lambda: issue.job is not None and issue.job.status == "cancelled"
                     and not issue.progress.isVisible(), timeout=60_000)
        made = issue.job.done
        assert 0 < made < 400_000
        said(counter, issue, f"Cancelled: {made:,} cards made before were kept. Save the CSV "
                             "and print the sheet.")
        assert issue.issue_button.isEnabled()
        issue.save_csv(tmp_path / "kept.csv")
        said(counter, issue, f"Saved {tmp_path / 'kept.csv'}")
        lines = (tmp_path / "kept.csv").read_text(encoding="utf-8").splitlines()
        assert len(lines) == made + 1
        assert len({line.split(",")[0] for line in lines[1:]}) == made
    finally:
        if server is not None:
            server.stop()


def test_a_batch_whose_program_is_retired_offers_the_cards_made_before(
        make_counter: Callable[..., Counter], tmp_path: Path) -> None:
    """A job that fails part-way (its program retired meanwhile, from another till) keeps the
    cards of the chunks it committed: the screen says why it stopped and offers to save them."""
    counter = make_counter(directory=tmp_path / "till")
    office = set_up_real_merchant(counter)
    issue = office.issue
    office.show_tab(issue)
    counter.wait(lambda: issue.program.count() == 1)
    program_id = issue.program.currentData()
    issue.quantity.setValue(400_000)
    click(counter, issue.issue_button)
    counter.wait(lambda: issue.progress.isVisible() and issue.progress.value() > 0)
    retired: list[object] = []

    async def retire() -> None:
        retired.append(await issue.office.client.retire_program(program_id))

    issue.office.spawn(retire())
    counter.wait(lambda: issue.job is not None and issue.job.status == "failed"
                 and not issue.progress.isVisible(), timeout=60_000)
    assert retired
    made = issue.job.done
    assert 0 < made < 400_000
    assert issue.message.text().endswith(
        f"The {made:,} cards made before were kept. Save the CSV and print the sheet.")
    issue.save_csv(tmp_path / "kept.csv")
    said(counter, issue, f"Saved {tmp_path / 'kept.csv'}")
    lines = (tmp_path / "kept.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == made + 1


def test_a_manager_issues_and_finds_cards_but_manages_no_people(
        make_counter: Callable[..., Counter], tmp_path: Path) -> None:
    counter = make_counter(directory=tmp_path / "shop")
    w = counter.window
    set_up_real_merchant(counter)
    w.sign_out()
    w.sign_in.operator.clear()
    w.sign_in.enter()
    counter.sign_in("mia", "3333")
    office = open_back_office(counter)
    assert [office.tabs.tabText(i) for i in range(office.tabs.count())] == [
        "Issue cards", "Card finder"]
    counter.key(Qt.Key.Key_Escape)
    counter.wait(lambda: w.current is w.scan)


def test_the_back_office_on_a_remote_ledger(make_counter: Callable[..., Counter],
                                            tmp_path: Path) -> None:
    from app.ledger.db import make_engine
    from app.ledger.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'server.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    server = LedgerServer(url, free_port()).start()
    try:
        counter = make_counter(ledger_url=server.url, directory=tmp_path / "till")
        office = set_up_real_merchant(counter)
        assert office.programs.table.item(0, 1).text() == "Book token"
    finally:
        server.stop()


def test_a_cashier_sees_but_cannot_change_where_money_goes(counter: Counter,
                                                          data_dir: Path) -> None:
    from app.ui.settings import AppSettings

    w = counter.window
    counter.sign_in()  # a cashier
    assert not w.back_office.hint.isVisible()
    counter.key(Qt.Key.Key_F9)
    screen = w.settings_screen
    assert screen.money_note.isVisible()
    assert screen.location.text() == "STORE-1"
    assert not screen.location.isEnabled()
    assert not screen.training.isEnabled()
    assert not screen.remote.isEnabled()
    screen.training.setChecked(True)  # even if the box were ticked somehow
    screen.location.setText("STORE-2")
    counter.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert w.current is w.scan
    assert not w.training
    assert not AppSettings(data_dir).training
    assert AppSettings(data_dir).location == "STORE-1"
