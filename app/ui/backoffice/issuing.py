"""Issue cards: a batch for a program, pending or active with a value; large batches run as a
job on the ledger (progress and Cancel); then the CSV and the printable sheet."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.protocol.backoffice import JobOut
from app.protocol.models import MAX_CARDS_PER_JOB
from app.ui import format as fmt
from app.ui.backoffice.office import Office, Tab
from app.ui.backoffice.program_form import FormProblem, typed_amount
from app.ui.i18n import PLURALS, number_text
from app.ui.screens.base import button

log = logging.getLogger(__name__)
POLL_S = 0.3
CSV_HEADER = "code,token,qr_payload,status\n"


class IssueTab(Tab):
    """After a batch: `save_csv(path)` and `save_sheet(path)` (the buttons ask for a file)."""

    def __init__(self, office: Office, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(office, "issueTab", parent)
        self.data_dir = data_dir
        self.programs: list[Any] = []
        self.cards: list[Any] = []  # the batch's cards, when answered at once
        self.job: JobOut | None = None  # or the job that made them
        self.batch_program: Any = None
        self.batch_value: int | None = None
        self.csv_path: Path | None = None
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.program = QComboBox(self)
        self.program.setObjectName("issueProgramBox")
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("issueQuantityBox")
        self.quantity.setRange(1, MAX_CARDS_PER_JOB)
        self.quantity.setGroupSeparatorShown(True)
        self.active = QRadioButton(self.tr("Active now, with this value (cards given away or "
                                           "sold as they are)"), self)
        self.active.setObjectName("issueActiveRadio")
        self.pending = QRadioButton(self.tr("Pending: each card is activated when it is sold "
                                            "at the counter"), self)
        self.pending.setObjectName("issuePendingRadio")
        group = QButtonGroup(self)
        group.addButton(self.active)
        group.addButton(self.pending)
        self.pending.setChecked(True)
        self.value = QLineEdit(self)
        self.value.setObjectName("issueValueEdit")
        self.value.setPlaceholderText(self.tr("Empty: the program's value"))
        form.addRow(self.tr("Program"), self.program)
        form.addRow(self.tr("Number of cards"), self.quantity)
        form.addRow("", self.pending)
        form.addRow("", self.active)
        form.addRow(self.tr("Value"), self.value)
        box.addLayout(form)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("issueProgress")
        self.progress.hide()
        self.cancel_button = button(self.tr("Cancel"), "", self, object_name="cancelIssueButton",
                                    danger=True)
        self.cancel_button.hide()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        box.addLayout(progress_row)
        box.addWidget(self.message)
        box.addStretch(1)
        actions = QHBoxLayout()
        self.csv_button = button(self.tr("Save CSV…"), "", self, object_name="saveCsvButton")
        self.sheet_button = button(self.tr("Print sheet (PDF)…"), "", self,
                                   object_name="saveSheetButton")
        self.issue_button = button(self.tr("Issue cards"), "", self, object_name="issueButton",
                                   primary=True)
        actions.addWidget(self.csv_button)
        actions.addWidget(self.sheet_button)
        actions.addStretch(1)
        actions.addWidget(self.issue_button)
        box.addLayout(actions)
        self.issue_button.clicked.connect(self.issue)
        self.cancel_button.clicked.connect(self.cancel)
        self.csv_button.clicked.connect(self._ask_csv)
        self.sheet_button.clicked.connect(self._ask_sheet)
        self.active.toggled.connect(self._mode)
        self._mode()
        self._have_batch(False)

    def _mode(self) -> None:
        self.value.setEnabled(self.active.isChecked())

    def _have_batch(self, have: bool) -> None:
        self.csv_button.setEnabled(have)
        self.sheet_button.setEnabled(have)

    def refresh(self) -> None:
        self.run(self.tr("Loading the programs…"), self.office.client.programs, self._show)

    def _show(self, programs: list[Any]) -> None:
        chosen = self.program.currentData()
        self.programs = [p for p in programs if not p.retired]
        self.program.clear()
        for p in self.programs:
            self.program.addItem(p.name, p.id)
        if chosen is not None and self.program.findData(chosen) >= 0:
            self.program.setCurrentIndex(self.program.findData(chosen))
        if not self.programs:
            self.say(self.tr("Create a program first (Programs tab)."), error=True)

    def _chosen(self) -> Any:
        return next((p for p in self.programs if p.id == self.program.currentData()), None)

    def issue(self) -> None:
        program = self._chosen()
        if program is None:
            self.say(self.tr("Choose the program of the cards."), error=True)
            return
        value = None
        if self.active.isChecked():
            try:
                value = typed_amount(self.value, program.kind, program.currency)
            except FormProblem as problem:
                self.say(problem.sentence, error=True)
                self.value.setFocus()
                return
        quantity, pending = self.quantity.value(), self.pending.isChecked()
        self.cards, self.job, self.csv_path = [], None, None
        self.batch_program, self.batch_value = program, value
        self._have_batch(False)
        self.run(self.tr("Issuing the cards…"),
                 lambda: self.office.client.issue_cards(program.id, quantity, pending=pending,
                                                        value=value), self._issued)

    def _issued(self, answer: Any) -> None:
        if isinstance(answer, JobOut):
            self.job = answer
            self.progress.setRange(0, answer.quantity)
            self.progress.setValue(answer.done)
            self.progress.show()
            self.cancel_button.show()
            self.cancel_button.setEnabled(True)
            self.issue_button.setEnabled(False)
            self.office.spawn(self._follow(answer.id))
            return
        self.cards = list(answer.cards)
        self._finished(len(self.cards))

    async def _follow(self, job_id: str) -> None:
        """Poll the job until it ends; the bar shows its progress."""
        job = self.job
        while job is not None and job.status in ("queued", "running"):
            await asyncio.sleep(POLL_S)
            try:
                job = await self.office.client.job(job_id)
            except Exception as exc:
                from app.ui.presenters.base import describe

                self.fail(describe(exc, context="job"))
                continue
            self.job = job
            self.progress.setValue(job.done)
        self.progress.hide()
        self.cancel_button.hide()
        self.issue_button.setEnabled(True)
        if job is None:
            return
        if job.status == "done":
            self._finished(job.done)
        elif job.status == "cancelled" and job.done:  # the chunks made before the cancel
            self._have_batch(True)
            self.say(self.tr("Cancelled: %1 made before were kept. Save the CSV and print the "
                             "sheet.").replace("%1", _counted(job.done)))
        elif job.status == "cancelled":
            self.say(self.tr("Cancelled: no card of this batch was kept."))
        else:
            from app.ui import messages

            sentence = messages.sentence(job.error_code)
            if job.done:  # the chunks committed before it failed stay: offer them
                self._have_batch(True)
                sentence += " " + self.tr(
                    "The %1 made before were kept. Save the CSV and print the sheet."
                ).replace("%1", _counted(job.done))
            self.say(sentence, error=True)

    def _finished(self, count: int) -> None:
        self._have_batch(True)
        self.say(self.tr("%1 issued. Save the CSV and print the sheet.").replace(
            "%1", _counted(count)))

    def cancel(self) -> None:
        job = self.job
        if job is None:
            return
        self.cancel_button.setEnabled(False)
        self.run(self.tr("Cancelling…"), lambda: self.office.client.cancel_job(job.id),
                 lambda j: setattr(self, "job", j))

    # ------------------------------------------------------------------ files

    async def _rows(self) -> list[str]:
        """The batch as CSV lines (a job's cards page by page)."""
        if self.job is None:
            return [f"{c.code},{c.token},{c.qr_payload},{c.status}\n" for c in self.cards]
        lines: list[str] = []
        after: int | None = 0
        while after is not None:
            page = await self.office.client.job_cards(self.job.id, after=after)
            lines += [f"{c.code},{c.token},{c.qr_payload},{c.status}\n" for c in page.cards]
            after = page.next_cursor
        return lines

    def save_csv(self, path: Path) -> None:
        """Write the batch to `path` (code,token,qr_payload,status, as the CLI does)."""
        def write(lines: list[str]) -> None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("w", encoding="utf-8", newline="") as out:
                    out.write(CSV_HEADER)
                    out.writelines(lines)
            except OSError as exc:
                log.warning("card CSV not written: %s", exc)
                self.say(self.tr("The file could not be saved: %1").replace(
                    "%1", exc.strerror or str(exc)), error=True)
                return
            self.csv_path = path
            self.say(self.tr("Saved %1").replace("%1", str(path)))

        self.run(self.tr("Saving the cards…"), self._rows, write)

    def value_text(self) -> str:
        program, value = self.batch_program, self.batch_value
        if program is None:
            return ""
        return fmt.units_text(value or program.default_value, kind=program.kind,
                              currency=program.currency, item_label=program.item_label)

    def save_sheet(self, path: Path) -> None:
        """A printable PDF sheet of the saved CSV's cards, with the program's name and value."""
        from app.ui.card_export import export_sheet

        if self.csv_path is None:
            self.say(self.tr("Save the CSV first: the sheet is printed from it."), error=True)
            return
        try:
            export_sheet(self.csv_path, path, value_text=self.value_text(),
                         title=self.batch_program.name)
        except (OSError, ValueError) as exc:
            log.warning("card sheet not made: %s", exc)
            self.say(self.tr("The sheet could not be made: %1").replace("%1", str(exc)),
                     error=True)
            return
        self.say(self.tr("Sheet saved: %1").replace("%1", str(path)))

    def _ask_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the cards"), str(self.data_dir / "cards" / "cards.csv"),
            self.tr("Card lists (*.csv)"), options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.save_csv(Path(name))

    def _ask_sheet(self) -> None:
        if self.csv_path is None:
            self._ask_csv()
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet"), str(self.csv_path.with_suffix(".pdf")),
            self.tr("PDF (*.pdf)"), options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.save_sheet(Path(name))


def _counted(count: int) -> str:
    """"5,001 cards", in the app's language and number format."""
    return PLURALS.cards(count).replace(str(count), number_text(count))
