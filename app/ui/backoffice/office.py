"""What every back-office tab shares: the calls (busy state, refusals as sentences), a message
line, a table, and a list of stores to tick."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.presenters.base import Failure, Presenter, describe
from app.ui.screens.base import label, set_role

ALL_STORES = "*"


class Office(Presenter):
    """Runs a tab's ledger calls one at a time; a refusal becomes the tab's sentence."""

    def run(self, words: str, call: Callable[[], Coroutine[Any, Any, Any]],
            done: Callable[[Any], None], failed: Callable[[Failure], None]) -> None:
        async def go() -> None:
            try:
                result = await self.call(words, call())
            except Exception as exc:
                failure = describe(exc, context="back_office")
                if failure.signed_out:
                    self.signedOut.emit(failure.sentence)
                failed(failure)
                return
            done(result)

        self.spawn(go())


class Tab(QWidget):
    """A back-office tab: `refresh()` loads its list; `say()` shows the outcome."""

    def __init__(self, office: Office, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.office = office
        self.message = label("", self, role="hint", object_name=f"{object_name}Message")
        self.message.setWordWrap(True)

    def refresh(self) -> None:
        """Load what the tab lists (when it is shown)."""

    def say(self, text: str, *, error: bool = False) -> None:
        set_role(self.message, "error" if error else "ok")
        self.message.setText(text)

    def fail(self, failure: Failure) -> None:
        self.say(failure.sentence, error=True)

    def run(self, words: str, call: Callable[[], Coroutine[Any, Any, Any]],
            done: Callable[[Any], None]) -> None:
        self.message.clear()
        self.office.run(words, call, done, self.fail)


def table(parent: QWidget, name: str, headers: Sequence[str]) -> QTableWidget:
    """A read-only list, one row selected at a time."""
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(list(headers))
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return t


def fill_table(t: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))


class StorePicker(QListWidget):
    """Stores to tick; "every store" (first) stands for all, present and future."""

    def __init__(self, parent: QWidget, name: str, *, every: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._every = every
        self.setMaximumHeight(110)
        self.set_stores([])

    def set_stores(self, codes: Sequence[str]) -> None:
        ticked = set(self.ticked())
        self.clear()
        for code in (ALL_STORES, *codes):
            item = QListWidgetItem(self._every if code == ALL_STORES else code, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked
                               else Qt.CheckState.Unchecked)

    def ticked(self) -> list[str]:
        codes = [str(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                 if self.item(i).checkState() == Qt.CheckState.Checked]
        return [ALL_STORES] if ALL_STORES in codes else codes

    def tick(self, codes: Sequence[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            on = str(item.data(Qt.ItemDataRole.UserRole)) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
