"""The card's life in the counter app: wires the card-action screens, the books screen, the
manager's approval and the receipts to the main window (which only creates this and hands
over the card screen).

F3 opens the actions of the card on screen (or selling a card anywhere else), F8 the books,
Ctrl+Shift+R prints the terminal's last receipt again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from app.ui.flow.books import BooksFlow, Only, shift_text
from app.ui.flow.card_ops import OPERATIONS, CardOpsFlow, Place, available

if TYPE_CHECKING:
    from app.protocol.lifecycle import ShiftOut
    from app.protocol.models import CardOut, ProgramOut, RedemptionOut
    from app.ui.flow.books import Table
    from app.ui.flow.card_ops import Operation, Outcome
    from app.ui.flow.failure import Failure
    from app.ui.main_window import MainWindow
    from app.ui.screens.books import BooksScreen
    from app.ui.screens.card import CardScreen
    from app.ui.screens.card_action import CardActionScreen
    from app.ui.screens.card_actions import CardActionsScreen
    from app.ui.screens.override_dialog import ManagerOverrideDialog

log = logging.getLogger(__name__)
LAST_RECEIPT = "last-receipt.html"


class CardActions(QObject):
    """The coordinator; the state lives in the Qt-free flows `ops` and `books`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        backend = window.backend
        self.ops = CardOpsFlow(lambda: backend.client, backend.set_reachable, self._place)
        self.books = BooksFlow(lambda: backend.client, backend.set_reachable)
        self.last_receipt: str | None = None
        self.outcome_receipt: str | None = None
        self.last_pdf: Path | None = None
        self._dialog: ManagerOverrideDialog | None = None
        self._card_pin = ""
        for flow in (self.ops, self.books):
            flow.busyChanged.connect(window._on_busy)
            flow.loadingChanged.connect(window._on_loading)
            flow.signedOut.connect(window._session_ended)
        self.ops.done.connect(self._on_done)
        self.ops.failed.connect(lambda f: self._fail(f, self.form.show_error))
        self.ops.managerNeeded.connect(self._ask_manager)
        self.ops.programsLoaded.connect(self._on_programs)
        self.ops.pendingFound.connect(self._on_pending)
        self.books.loaded.connect(lambda table: self.books_screen.show_table(table))
        self.books.failed.connect(lambda f: self._fail(f, self.books_screen.show_error))
        self.books.shiftChanged.connect(self._on_shift)
        self.books.liabilityChoices.connect(
            lambda *choices: self.books_screen.set_liability_choices(*choices))
        self.books.exported.connect(lambda path: self.books_screen.show_saved(
            self.tr("Saved: %1").replace("%1", str(path))))
        window.cards.redeemed.connect(self._on_redeemed)
        self.shortcuts: dict[str, QShortcut] = {}
        for name, keys, slot in (("actions", "F3", self.open_actions),
                                 ("books", "F8", self.open_books),
                                 ("reprint", "Ctrl+Shift+R", self.reprint)):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut
        self._screens: dict[str, Any] = {}

    # ------------------------------------------------------------------ screens

    def _screen(self, name: str) -> Any:
        screen = self._screens.get(name)
        if screen is None:
            screen = getattr(self, f"_build_{name}")()
            self._screens[name] = screen
            self.window._add_screen(name, screen)
        return screen

    @property
    def menu(self) -> CardActionsScreen:
        return self._screen("card_actions")

    @property
    def form(self) -> CardActionScreen:
        return self._screen("card_action")

    @property
    def books_screen(self) -> BooksScreen:
        return self._screen("books")

    def _build_card_actions(self) -> CardActionsScreen:
        from app.ui.screens.card_actions import CardActionsScreen

        screen = CardActionsScreen()
        screen.chosen.connect(self.start)
        screen.backRequested.connect(lambda: self.window.show_screen(self.window.card))
        screen.sellRequested.connect(
            lambda: self.start(OPERATIONS["sell"], without_card=True))
        screen.reprintRequested.connect(self.reprint)
        screen.booksRequested.connect(self.open_books)
        return screen

    def _build_card_action(self) -> CardActionScreen:
        from app.ui.screens.card_action import CardActionScreen

        screen = CardActionScreen()
        screen.submitted.connect(self._submit)
        screen.nextPendingRequested.connect(self.ops.next_pending)
        screen.backRequested.connect(self._back_from_form)
        screen.doneRequested.connect(self._done)
        screen.printRequested.connect(self.print_outcome)
        screen.pdfRequested.connect(self.save_pdf)
        return screen

    def _build_books(self) -> BooksScreen:
        from app.ui.screens.books import BooksScreen

        screen = BooksScreen()
        screen.liabilityRequested.connect(self.books.liability)
        screen.zRequested.connect(self.books.z_report)
        screen.openShiftRequested.connect(self.books.open_shift)
        screen.liabilityFiltered.connect(lambda program, currency, store: (
            self.books.filter_liability(Only(program, currency, store))))
        screen.closeShiftRequested.connect(self.books.close_shift)
        screen.backRequested.connect(self.window._back)
        screen.printRequested.connect(self._print_report)
        screen.pdfRequested.connect(self.save_report_pdf)
        screen.journalRequested.connect(
            lambda day: self.books.export_journal(day, self.window.options.data_dir / "reports"))
        return screen

    def attach_card(self, screen: CardScreen) -> None:
        """The card screen's Actions button opens the actions of the card on it."""
        screen.actionsRequested.connect(self.open_actions)

    def _place(self) -> Place:
        session = self.window.session
        if session is None:
            return Place()
        return Place(session.operator, session.location, session.terminal, session.merchant)

    def _allowed(self) -> bool:
        w = self.window
        return w.session is not None and not w.cards.resolving and not self.ops.busy

    # ------------------------------------------------------------------ opening

    def open_actions(self) -> None:
        """The actions of the card on screen; anywhere else, selling a card."""
        w = self.window
        if not self._allowed():
            return
        self.ops.load_programs()  # in the background: a program may have changed meanwhile
        validation = w.validation
        if w.is_current("card") and validation is not None:
            from app.ui import format as fmt

            card = validation.card
            self._card_pin = w.card_pin
            self.ops.use(card)
            self.menu.show_card(card, available(card, self.ops.program_of(card)),
                                fmt.status_look(validation).words)
            w.show_screen(self.menu)
        elif not self.is_form_open():
            self.start(OPERATIONS["sell"], without_card=True)

    def is_form_open(self) -> bool:
        return self.window.is_current("card_action") or self.window.is_current("card_actions")

    def start(self, op: Operation, *, without_card: bool = False) -> None:
        """The form of one action on the card at hand (selling: on a card still to scan)."""
        card = None if without_card else self.ops.card
        if op.name == "sell" and card is not None and card.status != "pending":
            card = None
        self.ops.use(card)
        self.form.start(op, card, self.ops.programs, self.ops.program_of(card))
        self.window.show_screen(self.form)

    def _on_programs(self, programs: list[ProgramOut]) -> None:
        menu = self._screens.get("card_actions")
        if menu is not None and menu.card is not None and self.window.is_current("card_actions"):
            validation = self.window.validation  # "load" only for a reloadable program
            fresh = available(menu.card, self.ops.program_of(menu.card))
            if validation is not None and validation.card.code == menu.card.code \
                    and fresh != menu.operations:
                from app.ui import format as fmt

                menu.show_card(menu.card, fresh, fmt.status_look(validation).words)
                menu.enter()  # its buttons were made anew: the focus goes back to the first
        if "card_action" in self._screens:
            self.form.set_programs(programs)
            if self.form.card is not None and self.form.outcome is None:
                self.form.show_card(self.form.card, self.ops.program_of(self.form.card))

    def _on_pending(self, card: CardOut) -> None:
        self.ops.use(card)
        self.form.show_card(card, self.ops.program_of(card))
        self.form.enter()

    # ------------------------------------------------------------------ sending

    def _submit(self, op: Operation, form: dict[str, str]) -> None:
        session = self.window.session
        if session is None:
            return
        if op.name == "sell" and self.ops.card is None:
            self.ops.use(None)
        self.ops.run(op, form, role=str(session.role))

    def _ask_manager(self, op: Operation, form: dict[str, str], error: str) -> None:
        from app.ui.screens.override_dialog import ManagerOverrideDialog

        card = self.ops.card
        what = op.title + (f" — {self.tr('card')} {card.code[-4:]}" if card else "")
        dialog = ManagerOverrideDialog(what, self.window)
        explain = dialog.findChild(QObject, "overrideExplain")
        if explain is not None:
            explain.setProperty("text", self.tr("Only a manager can do this. A manager "
                                                "approves this one action: %1.").replace(
                "%1", what))
        if error:
            dialog.message.setText(error)
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._approved(op, form))
        dialog.rejected.connect(self._not_approved)
        dialog.open()
        dialog.activateWindow()

    def _approved(self, op: Operation, form: dict[str, str]) -> None:
        dialog, self._dialog = self._dialog, None
        session = self.window.session
        if dialog is None or session is None:
            return
        manager = dialog.credentials()
        dialog.deleteLater()
        self.window.activateWindow()
        self.ops.run(op, form, manager=manager, role=str(session.role))

    def _not_approved(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self.window.activateWindow()
        self.form.show_error(self.tr("Not done: no manager approval."))
        self.form.enter()

    def _fail(self, failure: Failure, show: Any) -> None:
        self.window._fail(failure, show)

    def _on_done(self, outcome: Outcome) -> None:
        from app.ui.receipt import action_receipt_html

        merchant = self._place().merchant
        # The receipt of this outcome carries its secret; what is kept (and reprinted) does not.
        self.outcome_receipt = action_receipt_html(outcome.receipt, merchant=merchant)
        self._remember(action_receipt_html(outcome.receipt, merchant=merchant, copy=True))
        if outcome.pin:
            self._card_pin = outcome.pin
        self.form.show_outcome(outcome)

    def _done(self) -> None:
        """Back to the card, as the ledger has it now (for a transfer: the new card)."""
        outcome = self.form.outcome
        if outcome is None:
            self.window.next_card()
            return
        card = outcome.other or outcome.card
        pin = self._card_pin if card is outcome.card else ""
        self.window.cards.validate(card.code, pin)

    def _back_from_form(self) -> None:
        w = self.window
        card = self.ops.card
        if card is not None and w.validation is not None \
                and w.validation.card.code == card.code and "card_actions" in self._screens:
            w.show_screen(self.menu)  # the actions of the card the cashier came from
        else:
            w._back()

    # ------------------------------------------------------------------ receipts

    def _on_redeemed(self, redemption: RedemptionOut, note: str) -> None:
        from app.ui.receipt import receipt_html

        del note
        self._remember(receipt_html(redemption, merchant=self._place().merchant, copy=True))

    def _remember(self, content: str) -> None:
        """The terminal's last receipt, kept in the data dir (reprinted after a restart)."""
        self.last_receipt = content
        path = self.window.options.data_dir / "receipts" / LAST_RECEIPT
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        except OSError:
            log.exception("last receipt not kept")

    def last_receipt_html(self) -> str | None:
        if self.last_receipt is None:
            path = self.window.options.data_dir / "receipts" / LAST_RECEIPT
            if path.exists():
                self.last_receipt = path.read_text(encoding="utf-8")
        return self.last_receipt

    def reprint(self) -> None:
        """Print the terminal's last receipt (again)."""
        from app.ui.receipt import print_receipt

        if self.window.session is None:
            return
        content = self.last_receipt_html()
        if content is None:
            self.window.statusBar().showMessage(self.tr("No receipt to print yet."), 8000)
            return
        print_receipt(content, self.window)

    def print_outcome(self) -> None:
        """Print the receipt of the action on screen (with its secret, if it has one)."""
        from app.ui.receipt import print_receipt

        if self.form.outcome is not None and self.outcome_receipt is not None:
            print_receipt(self.outcome_receipt, self.window)

    def save_pdf(self) -> Path | None:
        from app.ui.receipt import save_pdf

        outcome = self.form.outcome
        content = self.outcome_receipt
        if outcome is None or content is None:
            return None
        path = self.window.options.data_dir / "receipts" / f"{outcome.receipt.key}.pdf"
        return self._write(lambda: save_pdf(path, content), path)

    def _write(self, write: Any, path: Path) -> Path | None:
        try:
            write()
        except OSError:
            log.exception("PDF not written")
            self.window.statusBar().showMessage(self.tr("The PDF could not be saved."), 8000)
            return None
        self.window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)),
                                            8000)
        self.last_pdf = path
        return path

    # ------------------------------------------------------------------ the books

    def open_books(self) -> None:
        w = self.window
        if not self._allowed() or w.session is None:
            return
        self.books_screen.start(w.session.terminal if w.session.role == "cashier" else "")
        w.show_screen(self.books_screen)
        if w.training:  # the ledger refuses shifts in training: say why, offer nothing
            self.books_screen.show_shift(self.tr(
                "Training mode: shifts are opened and closed outside training."), known=False)
        else:
            self.books.load_shift()

    def _on_shift(self, shift: ShiftOut | None) -> None:
        self.books_screen.show_shift(shift_text(shift), is_open=shift is not None)

    def _report(self) -> tuple[Table, str] | None:
        from app.ui.receipt import report_html

        table = self.books.table
        if table is None:
            return None
        return table, report_html(table, merchant=self._place().merchant)

    def _print_report(self) -> None:
        from app.ui.receipt import print_receipt

        report = self._report()
        if report is not None:
            print_receipt(report[1], self.window)

    def save_report_pdf(self) -> Path | None:
        from datetime import datetime

        from app.ui.receipt import save_report_pdf

        report = self._report()
        if report is None:
            return None
        name = "liability" if len(report[0].columns) > 3 else "z-report"
        path = (self.window.options.data_dir / "reports"
                / f"{name}-{datetime.now():%Y%m%d-%H%M%S}.pdf")
        return self._write(lambda: save_report_pdf(path, report[1]), path)

    async def aclose(self) -> None:
        await self.ops.aclose()
        await self.books.aclose()

