"""Programs: list, create, change what may change, retire (admin; managers look)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.ui import format as fmt
from app.ui.backoffice.office import Office, Tab, fill_table, table
from app.ui.backoffice.program_form import FormProblem, ProgramForm
from app.ui.screens.base import button


class ProgramsTab(Tab):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, "programsTab", parent)
        self.programs: list[Any] = []
        self.current: Any = None
        self.currency: str | None = None
        box = QVBoxLayout(self)
        self.table = table(self, "programsTable", [
            self.tr("Id"), self.tr("Name"), self.tr("Kind"), self.tr("Value"),
            self.tr("Status")])
        self.table.setMaximumHeight(150)
        box.addWidget(self.table)
        self.form = ProgramForm(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("programFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        box.addWidget(scroll, 1)
        box.addWidget(self.message)
        actions = QHBoxLayout()
        self.retire_button = button(self.tr("Retire"), "", self, object_name="retireButton",
                                    danger=True)
        self.new_button = button(self.tr("New program"), "", self,
                                 object_name="newProgramButton")
        self.save_button = button(self.tr("Save changes"), "", self,
                                  object_name="saveProgramButton")
        self.create_button = button(self.tr("Create"), "", self,
                                    object_name="createProgramButton", primary=True)
        actions.addWidget(self.retire_button)
        actions.addStretch(1)
        for b in (self.new_button, self.save_button, self.create_button):
            actions.addWidget(b)
        box.addLayout(actions)
        self.new_button.clicked.connect(self.new)
        self.create_button.clicked.connect(self.create_program)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.retire)
        self.table.itemSelectionChanged.connect(self._picked)
        self._editing(None)

    def refresh(self) -> None:
        self.run(self.tr("Loading the programs…"), self._load, self._show)

    async def _load(self) -> tuple[list[Any], list[Any], Any]:
        client = self.office.client
        return await client.programs(), await client.locations(), await client.ledger_info()

    def _show(self, loaded: tuple[list[Any], list[Any], Any]) -> None:
        programs, stores, info = loaded
        self.currency = info.currency
        self.form.stores.set_stores([s.code for s in stores])
        self.programs = programs
        keep = self.current.id if self.current is not None else None
        fill_table(self.table, [
            (str(p.id), p.name, self._kind(p), self._value(p),
             self.tr("Retired") if p.retired else self.tr("Issuing")) for p in programs])
        if self.current is None:
            self.form.clear(self.currency)
        picked = next((i for i, p in enumerate(programs) if p.id == keep), None)
        if picked is not None:
            self.table.selectRow(picked)

    def _kind(self, p: Any) -> str:
        return self.tr("Items") if p.kind == "item" else self.tr("Money")

    def _value(self, p: Any) -> str:
        return fmt.units_text(p.default_value, kind=p.kind, currency=p.currency,
                              item_label=p.item_label) if p.default_value else ""

    def _picked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.programs):
            self._editing(self.programs[row])
            self.form.load(self.programs[row])

    def _editing(self, program: Any) -> None:
        self.current = program
        self.save_button.setEnabled(program is not None and not program.retired)
        self.retire_button.setEnabled(program is not None and not program.retired)
        self.create_button.setEnabled(program is None)

    def new(self) -> None:
        self.table.clearSelection()
        self._editing(None)
        self.form.clear(self.currency)
        self.form.name.setFocus()
        self.message.clear()

    def _values(self) -> dict[str, Any] | None:
        try:
            return self.form.values()
        except FormProblem as problem:
            self.say(problem.sentence, error=True)
            problem.field.setFocus()
            return None

    def create_program(self) -> None:
        values = self._values()
        if values is None:
            return
        self.run(self.tr("Creating the program…"),
                 lambda: self.office.client.create_program(**values), self._created)

    def _created(self, program: Any) -> None:
        self.current = program
        self.refresh()
        self.say(self.tr("Program %1 created: issue its cards in Issue cards.")
                 .replace("%1", program.name))

    def save(self) -> None:
        values, program = self._values(), self.current
        if values is None or program is None:
            return
        changes = {k: v for k, v in values.items() if getattr(program, k) != v}
        if not changes:
            self.say(self.tr("Nothing has changed."))
            return
        self.run(self.tr("Saving the program…"),
                 lambda: self.office.client.update_program(program.id, **changes),
                 self._saved)

    def _saved(self, program: Any) -> None:
        self.current = program
        self.refresh()
        self.say(self.tr("Program %1 saved.").replace("%1", program.name))

    def retire(self) -> None:
        program = self.current
        if program is None:
            return
        self.run(self.tr("Retiring the program…"),
                 lambda: self.office.client.retire_program(program.id), self._retired)

    def _retired(self, program: Any) -> None:
        self.current = program
        self.refresh()
        self.say(self.tr("Program %1 retired: it issues no new cards; its cards keep "
                         "working.").replace("%1", program.name))
