"""The back office: one screen of tabs for managers and admins (a cashier never gets here).

Managers see the card finder and issue cards; people, stores and programs are an admin's
(the ledger refuses the rest anyway, and the tab says so in a sentence).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from app.ui.backoffice.finder import FinderTab
from app.ui.backoffice.issuing import IssueTab
from app.ui.backoffice.office import Office, Tab
from app.ui.backoffice.operators import OperatorsTab
from app.ui.backoffice.programs import ProgramsTab
from app.ui.backoffice.stores import StoresTab
from app.ui.screens.base import Screen, button, label
from app.ui.widgets.busy_indicator import BusyIndicator


class BackOfficeScreen(Screen):
    """Emits `backRequested()`; the finder's `openRequested(code)` goes to the card screen."""

    backRequested = Signal()
    busy_indicator: BusyIndicator

    def __init__(self, office: Office, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__("backOfficeScreen", parent)
        self.title = self.tr("Back office")
        self.office = office
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Back office"), self, role="title"))
        self.busy_indicator = BusyIndicator(self)
        top.addWidget(self.busy_indicator, 1)
        self.back_button = button(self.tr("Back to the counter"), "Esc", self,
                                  object_name="backOfficeBackButton")
        self.back_button.clicked.connect(self.backRequested)
        top.addWidget(self.back_button)
        outer.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("backOfficeTabs")
        self.operators = OperatorsTab(office)
        self.stores = StoresTab(office)
        self.programs = ProgramsTab(office)
        self.issue = IssueTab(office, data_dir)
        self.finder = FinderTab(office)
        self._admin_tabs: list[tuple[Tab, str]] = [
            (self.operators, self.tr("Operators")), (self.stores, self.tr("Stores")),
            (self.programs, self.tr("Programs"))]
        self._all_tabs: list[tuple[Tab, str]] = [
            *self._admin_tabs, (self.issue, self.tr("Issue cards")),
            (self.finder, self.tr("Card finder"))]
        outer.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.shortcut(Qt.Key.Key_Escape, self.backRequested.emit)
        office.busyChanged.connect(self.set_busy)

    def for_role(self, role: str) -> None:
        """Admins get every tab; managers issue cards and find them."""
        wanted = self._all_tabs if role == "admin" else self._all_tabs[len(self._admin_tabs):]
        shown = [self.tabs.widget(i) for i in range(self.tabs.count())]
        if shown == [tab for tab, _ in wanted]:
            return
        self.tabs.blockSignals(True)
        self.tabs.clear()
        for tab, text in wanted:
            self.tabs.addTab(tab, text)
        self.tabs.blockSignals(False)

    def show_tab(self, tab: Tab) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            if self.tabs.currentIndex() == index:
                tab.refresh()
            self.tabs.setCurrentIndex(index)

    def enter(self) -> None:
        self._tab_shown(self.tabs.currentIndex())
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, Tab):
            tab.refresh()

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.tabs.setEnabled(not busy)
