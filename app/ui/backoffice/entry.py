"""The way into the back office from the counter: F10, named in the status bar beside the other
shortcuts, for managers and admins only (a cashier never sees it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from app.ui.backoffice.office import Office

if TYPE_CHECKING:
    from app.protocol.models import SessionOut
    from app.ui.backoffice.screen import BackOfficeScreen
    from app.ui.main_window import MainWindow

KEYS = "F10"
ROLES = ("manager", "admin")


class BackOfficeEntry(QObject):
    """Owns the back-office screen (built on first use) and its entry points."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.office = Office(window.backend, self)
        self.office.signedOut.connect(window._session_ended)
        self._screen: BackOfficeScreen | None = None
        # A hint as the other shortcuts are, not a button: a button is taller than the status
        # bar and pushed the counter's hints out of a 1024-pixel-wide window.
        self.hint = QLabel(self.tr("%1 Back office").replace("%1", KEYS), window.statusBar())
        self.hint.setObjectName("backOfficeHint")
        self.hint.hide()
        window.statusBar().addPermanentWidget(self.hint)
        self.shortcut = QShortcut(QKeySequence(KEYS), window)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.open)

    @property
    def allowed(self) -> bool:
        session = self.window.session
        return session is not None and session.role in ROLES

    @property
    def screen(self) -> BackOfficeScreen:
        if self._screen is None:
            from app.ui.backoffice.screen import BackOfficeScreen

            screen = BackOfficeScreen(self.office, self.window.options.data_dir)
            screen.backRequested.connect(self.window.next_card)
            screen.finder.openRequested.connect(self._open_card)
            self.window._add_screen("back_office", screen)
            self._screen = screen
        return self._screen

    def signed_in(self, session: SessionOut) -> None:
        self.hint.setVisible(session.role in ROLES)

    def signed_out(self) -> None:
        self.hint.hide()

    def open(self) -> None:
        """Show the back office (only to a manager or admin)."""
        w = self.window
        if not self.allowed or w.cards.resolving:
            return
        assert w.session is not None
        self.screen.for_role(w.session.role)
        w.show_screen(self.screen)

    def _open_card(self, code: str) -> None:
        w = self.window
        w.next_card()
        w.scan.code.setText(code)
        w._validate(code, "")
