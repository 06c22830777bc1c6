"""A program's fixed first and last day in the back office: checked, sent to the real
embedded ledger, shown again when the program is edited, and cleared again."""

from __future__ import annotations

from datetime import date, datetime

from backoffice_support import click
from giftdesk_ui_support import Counter
from PySide6.QtCore import QDate, Qt

from app.ui.backoffice.screen import BackOfficeScreen


def _office(counter: Counter) -> BackOfficeScreen:
    w = counter.window
    counter.sign_in("admin", "0000")
    counter.key(Qt.Key.Key_F10)
    counter.wait(lambda: w.current is w.back_office.screen)
    return w.back_office.screen


def _said(counter: Counter, tab: object, text: str) -> None:
    counter.wait(lambda: tab.message.text() == text)  # type: ignore[attr-defined]


def _local_day(moment: datetime | None) -> date | None:
    return None if moment is None else moment.astimezone().date()


def test_a_program_with_fixed_days_round_trips(counter: Counter) -> None:
    office = _office(counter)
    programs = office.programs
    office.show_tab(programs)
    counter.wait(lambda: programs.table.rowCount() >= 1 and not office.office.busy)
    click(counter, programs.new_button)
    form = programs.form
    assert not form.valid_from.day.isEnabled()  # no fixed day unless ticked
    form.name.setText("Summer voucher")
    form.value.setText("10.00")
    form.valid_from.fixed.setChecked(True)
    form.valid_from.day.setDate(QDate(2027, 6, 21))
    form.valid_until.fixed.setChecked(True)
    form.valid_until.day.setDate(QDate(2027, 6, 1))
    click(counter, programs.create_button)
    assert programs.message.text() == "The last day cannot be before the first day."
    assert counter.focused() is form.valid_until.day

    form.valid_until.day.setDate(QDate(2027, 9, 22))
    click(counter, programs.create_button)
    _said(counter, programs, "Program Summer voucher created: issue its cards in Issue cards.")
    created = programs.current
    assert _local_day(created.valid_from) == date(2027, 6, 21)
    assert _local_day(created.valid_until) == date(2027, 9, 22)
    assert created.valid_until.astimezone().time().isoformat() == "23:59:59"  # all day long

    click(counter, programs.new_button)  # away, then back: the form shows what the ledger has
    assert not form.valid_until.fixed.isChecked()
    row = next(i for i, p in enumerate(programs.programs) if p.name == "Summer voucher")
    programs.table.selectRow(row)
    assert form.valid_from.fixed.isChecked()
    assert form.valid_until.fixed.isChecked()
    assert form.valid_from.day.date() == QDate(2027, 6, 21)
    assert form.valid_until.day.date() == QDate(2027, 9, 22)

    form.valid_until.fixed.setChecked(False)  # no end after all: cleared on the ledger
    click(counter, programs.save_button)
    _said(counter, programs, "Program Summer voucher saved.")
    saved = programs.current
    assert saved.valid_until is None
    assert _local_day(saved.valid_from) == date(2027, 6, 21)
