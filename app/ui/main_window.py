"""The main window: banners, the stack of screens, the status bar, and the counter's flow."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import messages
from app.ui.backend import Backend
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.options import Options

if TYPE_CHECKING:
    import asyncio

    from app.ui.draft import RedemptionDraft
from app.ui.flow import CounterFlow, Failure, Stage
from app.ui.presenters.history import HistoryPresenter
from app.ui.presenters.reversal import ReversalPresenter
from app.ui.presenters.session import SessionPresenter
from app.ui.screens.base import Screen
from app.ui.screens.sign_in import SignInScreen
from app.ui.settings import EMBEDDED, REMOTE, AppSettings
from app.ui.widgets.banner import Banner
from app.ui.widgets.busy_indicator import BusyIndicator
from app.ui.widgets.elided_label import ElidedLabel, HintsLabel

if TYPE_CHECKING:
    from app.protocol.models import (
        CardOut,
        RedemptionOut,
        SessionOut,
        ShiftReportOut,
        TransactionOut,
        ValidationOut,
    )
    from app.ui.camera import CameraPanel
    from app.ui.receipt_printer import ReceiptPrinter
    from app.ui.screens.card import CardScreen
    from app.ui.screens.confirm import ConfirmScreen
    from app.ui.screens.history import HistoryScreen
    from app.ui.screens.override_dialog import ManagerOverrideDialog
    from app.ui.screens.redeem import RedeemScreen
    from app.ui.screens.result import ResultScreen
    from app.ui.screens.reverse import ReverseScreen
    from app.ui.screens.scan import ScanScreen
    from app.ui.screens.settings import SettingsScreen, SettingsValues

log = logging.getLogger(__name__)

TRAINING_TEXT = QT_TRANSLATE_NOOP("MainWindow", "TRAINING MODE — practice only: no real card "
                                  "changes, nothing counts in reports")
SHORTCUT_HINTS = QT_TRANSLATE_NOOP("MainWindow", "F2 New card · F6 History · F7 Reverse · "
                                   "F9 Settings · Ctrl+L Sign out")
_ROLE_WORDS = {"cashier": QT_TRANSLATE_NOOP("MainWindow", "cashier"),
               "manager": QT_TRANSLATE_NOOP("MainWindow", "manager"),
               "admin": QT_TRANSLATE_NOOP("MainWindow", "admin")}
TEST_TIMEOUT_S = 6.0
MIN_WIDTH, MIN_HEIGHT = 800, 600


class MainWindow(QMainWindow):
    """The counter app. `start()` opens the ledger after the window is on screen."""

    ledgerReady = Signal()
    camera: CameraPanel | None = None  # on the scan screen, unless the camera choice is "none"

    def __init__(self, options: Options, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        # A fixed minimum: the layout must not resize the window's limits as texts change
        # (and platforms without size hints, like offscreen, would warn each time).
        layout = self.layout()
        assert layout is not None
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.options = options
        self.settings = settings
        self.training = options.training or settings.training
        self.remote_url = options.ledger_url or (
            settings.ledger_url if settings.ledger_mode == REMOTE else None)
        self.session: SessionOut | None = None
        self.history_card: str | None = None
        self.ledger_ready = False
        self.start_error = ""
        self._queued_sign_in: tuple[str, str, str, str] | None = None
        self._restoring = False
        self._previous: Screen | None = None
        self._closed: asyncio.Future[None] | None = None
        self._start_task: asyncio.Task[None] | None = None
        self._dialog: ManagerOverrideDialog | None = None
        self._pending_reversal: tuple[Any, str] | None = None
        self._approving_manager = ""
        self._receipt_printer: ReceiptPrinter | None = None

        self.backend = Backend(options.data_dir, self)
        self.sessions = SessionPresenter(self.backend, self)
        # The counter's redemption flow (Qt-free): the card, the draft, what is pending.
        self.cards = CounterFlow(lambda: self.backend.client, self.backend.set_reachable)
        self.reversals = ReversalPresenter(self.backend, self)
        self.history = HistoryPresenter(self.backend, self)
        from app.ui.card_actions import CardActions

        self.card_actions = CardActions(self)  # sell, load, corrections, books, receipts

        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.training_banner = Banner("trainingBanner", central)
        self.connection_banner = Banner("connectionBanner", central)
        self.notice_banner = Banner("noticeBanner", central)
        for banner in (self.training_banner, self.connection_banner, self.notice_banner):
            layout.addWidget(banner)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("screens")
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # Only the sign-in screen is built before the window shows; every other screen is
        # built the first time it is needed (see `_screen`), so the window is up at once.
        self._screens: dict[str, Screen] = {}
        self.sign_in = SignInScreen()
        self._add_screen("sign_in", self.sign_in)

        status = self.statusBar()
        status.setSizeGripEnabled(False)
        self.who = QLabel(self.tr("Not signed in"), status)
        self.who.setObjectName("whoLabel")
        self.ledger_label = ElidedLabel(self.tr("Starting…"), status)  # gives way to the hints
        self.ledger_label.setObjectName("ledgerLabel")
        self.status_busy = BusyIndicator(status)
        self.hints = HintsLabel(self.tr(SHORTCUT_HINTS), status)  # gives way last
        self.hints.setObjectName("shortcutHints")
        status.addWidget(self.who)
        status.addWidget(self.status_busy)
        status.addPermanentWidget(self.hints)  # then F10 (BackOfficeEntry), then the ledger
        self.ledger_label.setProperty("role", "hint")

        self._wire()
        self._global_shortcuts()
        from app.ui.setup import SetupGate

        self.setup_gate = SetupGate(self)  # a new ledger is set up before anyone signs in
        from app.ui.backoffice import BackOfficeEntry

        self.back_office = BackOfficeEntry(self)  # F10 and a button, managers and admins only
        from app.ui.money_approval import MoneyApproval

        self.money_approval = MoneyApproval(self)  # where money goes, with nobody signed in
        status.addPermanentWidget(self.ledger_label)
        from app.ui.widgets.status_fit import StatusFit

        self.status_fit = StatusFit(status, self.ledger_label, self.hints,
                                    lambda: [self.who, self.status_busy, self.back_office.hint])
        self.sign_in.fill(operator=settings.operator, location=settings.location,
                          terminal=settings.terminal)
        self.sign_in.set_waiting(messages.sentence(messages.STARTING))
        self._show_training()
        self.show_screen(self.sign_in)

    # ------------------------------------------------------------------ structure

    @property
    def screens(self) -> list[Screen]:
        """The screens built so far."""
        return list(self._screens.values())

    def _add_screen(self, name: str, screen: Screen) -> None:
        self._screens[name] = screen
        self.stack.addWidget(screen)
        screen.typedAhead.connect(self._type_ahead)

    def _screen(self, name: str) -> Any:
        """The screen called `name`, built (and wired) on first use."""
        screen = self._screens.get(name)
        if screen is None:
            screen = getattr(self, f"_build_{name}")()
            self._add_screen(name, screen)
        return screen

    def is_current(self, name: str) -> bool:
        screen = self._screens.get(name)
        return screen is not None and self.stack.currentWidget() is screen

    @property
    def validation(self) -> ValidationOut | None:
        """The card at hand, as the ledger last answered for it."""
        return self.cards.validation

    @property
    def card_pin(self) -> str:
        return self.cards.card_pin

    @property
    def redemption(self) -> RedemptionOut | None:
        """The redemption on the result screen."""
        return self.cards.redemption

    @property
    def scan(self) -> ScanScreen:
        return self._screen("scan")

    @property
    def card(self) -> CardScreen:
        return self._screen("card")

    @property
    def redeem(self) -> RedeemScreen:
        return self._screen("redeem")

    @property
    def confirm(self) -> ConfirmScreen:
        return self._screen("confirm")

    @property
    def result(self) -> ResultScreen:
        return self._screen("result")

    @property
    def reverse(self) -> ReverseScreen:
        return self._screen("reverse")

    @property
    def history_screen(self) -> HistoryScreen:
        return self._screen("history")

    @property
    def settings_screen(self) -> SettingsScreen:
        return self._screen("settings")

    def _build_scan(self) -> Screen:
        from app.ui.screens.scan import ScanScreen

        screen = ScanScreen()
        screen.submitted.connect(self._validate)
        from app.ui.camera import attach_camera, choice_from_settings

        # The webcam (or --camera-file): a read goes through the code field as typed + Enter.
        self.camera = attach_camera(
            screen, choice_from_settings(self.settings, self.options.camera_file))
        return screen

    def _build_card(self) -> Screen:
        from app.ui.screens.card import CardScreen

        screen = CardScreen()
        screen.redeemRequested.connect(self._open_redeem)
        screen.historyRequested.connect(self.open_history)
        screen.nextCardRequested.connect(self.next_card)
        screen.exportRequested.connect(self.export_card)
        self.card_actions.attach_card(screen)
        return screen

    def _build_redeem(self) -> Screen:
        from app.ui.screens.redeem import RedeemScreen

        screen = RedeemScreen()
        screen.continueRequested.connect(self._open_confirm)
        screen.backRequested.connect(lambda: self.show_screen(self.card))
        return screen

    def _build_confirm(self) -> Screen:
        from app.ui.screens.confirm import ConfirmScreen

        screen = ConfirmScreen()
        screen.backRequested.connect(lambda: self.show_screen(self.redeem))
        screen.confirmed.connect(self._confirm_redemption)
        screen.cancelPendingRequested.connect(self.cards.cancel_unknown)
        return screen

    def _build_result(self) -> Screen:
        from app.ui.screens.result import ResultScreen

        screen = ResultScreen()
        screen.nextCardRequested.connect(self.next_card)
        screen.printRequested.connect(self.print_receipt)
        screen.pdfRequested.connect(self.save_receipt_pdf)
        screen.reverseRequested.connect(lambda: self.open_reverse(self.redemption))
        return screen

    def _build_reverse(self) -> Screen:
        from app.ui.screens.reverse import ReverseScreen

        screen = ReverseScreen()
        screen.findRequested.connect(self.reversals.find)
        screen.listRequested.connect(self._list_today)
        screen.reverseRequested.connect(self._request_reversal)
        screen.backRequested.connect(self._back)
        return screen

    def _build_history(self) -> Screen:
        from app.ui.screens.history import HistoryScreen

        screen = HistoryScreen()
        screen.backRequested.connect(self._back)
        screen.refreshRequested.connect(self._load_history)
        screen.reverseRequested.connect(self._reverse_by_id)
        return screen

    def _build_settings(self) -> Screen:
        from app.ui.screens.settings import SettingsScreen

        screen = SettingsScreen()
        screen.backRequested.connect(self._back)
        screen.saveRequested.connect(self._save_settings)
        screen.testRequested.connect(self._test_connection)
        screen.aboutRequested.connect(self.open_about)
        return screen

    @property
    def current(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def show_screen(self, screen: Screen) -> None:
        """Make `screen` current and put the focus where the cashier types next."""
        if self.stack.currentWidget() is not screen:
            if self.current_is_navigable():
                self._previous = self.current
            self.stack.setCurrentWidget(screen)
        title = "GiftDesk — " + translate("Screen", screen.title) if screen.title else "GiftDesk"
        self.setWindowTitle(title + (self.tr("  [TRAINING]") if self.training else ""))
        self._update_shortcuts()
        screen.enter()

    def current_is_navigable(self) -> bool:
        """Screens worth going back to (not a form mid-flow or a result)."""
        return any(self.is_current(name) for name in ("scan", "card", "result", "history"))

    def _wire(self) -> None:
        for presenter in (self.sessions, self.reversals, self.history):
            presenter.busyChanged.connect(self._on_busy)
            presenter.loadingChanged.connect(self._on_loading)
            presenter.signedOut.connect(self._session_ended)
        self.cards.busyChanged.connect(self._on_busy)
        self.cards.loadingChanged.connect(self._on_loading)
        self.cards.signedOut.connect(self._session_ended)
        self.backend.reachableChanged.connect(self._on_reachable)
        self.connection_banner.actionTriggered.connect(self._retry_connection)

        self.sign_in.submitted.connect(self._submit_sign_in)
        self.sessions.signedIn.connect(self._on_signed_in)
        self.sessions.signInFailed.connect(self._on_sign_in_failed)
        self.sessions.restored.connect(self._on_restored)

        self.cards.validated.connect(self._on_validated)
        self.cards.validateFailed.connect(self._on_validate_failed)
        self.cards.redeemed.connect(self._on_redeemed)
        self.cards.redeemFailed.connect(self._on_redeem_failed)
        self.cards.outcomeUnknown.connect(self._on_outcome_unknown)
        self.cards.resolvingChanged.connect(lambda _on: self._update_shortcuts())
        self.cards.changed.connect(self._on_stage)

        self.reversals.found.connect(lambda r: self.reverse.show_found(r))
        self.reversals.findFailed.connect(lambda f: self._fail(f, self.reverse.show_error))
        self.reversals.listed.connect(lambda found: self.reverse.show_today(found))
        self.reversals.reversed.connect(self._on_reversed)
        self.reversals.reverseFailed.connect(self._on_reverse_failed)
        self.reversals.managerRefused.connect(self._on_manager_refused)

        self.history.journal.connect(self._on_journal)
        self.history.shift.connect(self._on_shift)
        self.history.failed.connect(lambda f: self._fail(f, self.history_screen.show_error))

    def _global_shortcuts(self) -> None:
        self._shortcuts: dict[str, QShortcut] = {}
        for name, keys, slot in (
                ("new_card", "F2", self.next_card), ("history", "F6", self.open_history),
                ("reverse", "F7", self._reverse_shortcut), ("settings", "F9", self.open_settings),
                ("sign_out", "Ctrl+L", self.sign_out), ("quit", "Ctrl+Q", self.close),
                ("card_sheet", "Ctrl+Shift+E", self.ask_card_sheet),
                ("about", "F1", self.open_about)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts[name] = shortcut

    def _update_shortcuts(self) -> None:
        signed_in = self.session is not None
        blocked = self.cards.resolving or ("confirm" in self._screens and self.confirm.locked)
        for name, shortcut in self._shortcuts.items():
            if name == "quit":
                continue
            allowed = signed_in and not blocked
            if name in ("settings", "about"):
                allowed = not blocked
            shortcut.setEnabled(allowed)
        self.hints.setVisible(signed_in and not blocked)

    # ------------------------------------------------------------------ start and stop

    def start(self) -> asyncio.Task[None]:
        """Open the ledger (off the UI thread) once the window is showing."""
        import asyncio

        loop = asyncio.get_event_loop()
        self._closed = loop.create_future()
        self._start_task = loop.create_task(self._start())
        return self._start_task

    async def _start(self) -> None:
        try:
            await self.backend.start(remote_url=self.remote_url, training=self.training)
        except Exception as exc:
            log.exception("the ledger could not be started")
            self.start_error = self.tr("The ledger could not be started. Check Settings (F9), "
                                       "or call support: details are in the log file.")
            self.sign_in.set_waiting("")
            self.sign_in.show_error(self.start_error)
            del exc
            return
        self.ledger_ready = True
        self.ledger_label.setText(self.backend.description)
        self.sign_in.set_waiting("")
        client = self.backend.client
        assert client is not None
        if not client.tokens.available:
            self.sign_in.show_notice(messages.sentence(messages.KEYRING_MISSING))
        self.ledgerReady.emit()
        if self._queued_sign_in is not None:
            queued, self._queued_sign_in = self._queued_sign_in, None
            self.sessions.sign_in(*queued)
        elif self.settings.operator:
            self._restoring = True
            self.sessions.restore(self.settings.operator, self.settings.location,
                                  self.settings.terminal)

    async def wait_closed(self) -> None:
        """Until the window is closed; then everything running is stopped cleanly."""
        assert self._closed is not None
        await self._closed
        await self.shutdown()

    async def shutdown(self) -> None:
        if self._start_task is not None and not self._start_task.done():
            self._start_task.cancel()
        await self.cards.aclose()
        await self.card_actions.aclose()
        for presenter in (self.sessions, self.reversals, self.history, self.back_office.office):
            await presenter.aclose()
        await self.backend.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.camera is not None:
            self.camera.close_camera()
        if self._closed is not None and not self._closed.done():
            self._closed.set_result(None)
        super().closeEvent(event)

    # ------------------------------------------------------------------ banners and busy

    def set_training(self, on: bool) -> None:
        self.training = on
        if self.backend.client is not None:
            self.backend.client.training = on
        self._show_training()
        self.show_screen(self.current)

    def _show_training(self) -> None:
        if self.training:
            self.training_banner.show_message(self.tr(TRAINING_TEXT))
        else:
            self.training_banner.hide()

    def _on_reachable(self, reachable: bool) -> None:
        if reachable:
            self.connection_banner.hide()
        else:
            self.connection_banner.show_message(
                messages.sentence(messages.UNREACHABLE) + " " + self.tr("GiftDesk keeps trying."),
                action=self.tr("Retry now"))

    def _retry_connection(self) -> None:
        async def retry() -> None:
            if await self.backend.check_now():
                self.backend.set_reachable(True)

        self.sessions.spawn(retry())

    def _on_busy(self, busy: bool, words: str) -> None:
        screen = self.current
        screen.set_busy(busy, words)
        if busy and not screen.has_busy_indicator:
            self.status_busy.start(words)
        else:
            self.status_busy.stop()

    def _on_loading(self, loading: bool, words: str) -> None:
        if loading:
            self.status_busy.start(words)
        elif not self.current.busy:
            self.status_busy.stop()

    def _fail(self, failure: Failure, show: Any) -> None:
        """Show a failure's sentence, or send the cashier to sign in when the session ended."""
        if failure.signed_out:
            self._session_ended(failure.sentence)
        else:
            show(failure.sentence)

    # ------------------------------------------------------------------ sign-in

    def _submit_sign_in(self, operator: str, pin: str, location: str, terminal: str) -> None:
        self._restoring = False
        if not self.ledger_ready:
            if self.start_error:
                self.sign_in.show_error(self.start_error)
                return
            self._queued_sign_in = (operator, pin, location, terminal)
            self.sign_in.set_waiting(self.tr("Starting the ledger… you will be signed in when "
                                             "it is ready."))
            return
        self.sessions.sign_in(operator, pin, location, terminal)

    def _on_signed_in(self, session: SessionOut) -> None:
        self.session = session
        self.settings.operator = session.operator
        self.settings.location = session.location
        self.settings.terminal = session.terminal
        self.who.setText(f"{session.operator} · {session.location} / {session.terminal}")
        self.who.setToolTip(self.tr("Signed in as %1 (%2)").replace("%1", session.operator)
                            .replace("%2", translate("MainWindow", _ROLE_WORDS.get(session.role,
                                                                                   session.role))))
        self.back_office.signed_in(session)
        client = self.backend.client
        if client is not None and not client.tokens.available:
            self.notice_banner.show_message(messages.sentence(messages.KEYRING_MISSING))
        self.scan.clear()
        self.show_screen(self.scan)
        self.cards.resolve_interrupted()

    def _on_sign_in_failed(self, failure: Failure) -> None:
        self.sign_in.refuse(failure.sentence)

    def _on_restored(self, session: SessionOut | None) -> None:
        if not self._restoring:
            return  # the cashier started signing in by hand meanwhile
        self._restoring = False
        if session is not None:
            log.info("session restored for %s", session.operator)
            self._on_signed_in(session)

    def sign_out(self) -> None:
        if self.session is None:
            return
        self.sessions.sign_out()
        self._signed_out("")

    def _session_ended(self, sentence: str) -> None:
        self._signed_out(sentence)

    def _signed_out(self, sentence: str) -> None:
        self.session = None
        self.back_office.signed_out()
        self.who.setText(self.tr("Not signed in"))
        self.notice_banner.hide()
        self.show_screen(self.sign_in)
        if sentence:
            self.sign_in.show_error(sentence)

    # ------------------------------------------------------------------ a card

    def next_card(self) -> None:
        """An empty code field with the focus (F2, Esc on a card, Enter on a result)."""
        if self.session is None or not self.cards.next_card():
            return
        self.scan.clear()
        self.show_screen(self.scan)

    def _type_ahead(self, text: str) -> None:
        if self.session is None or self.cards.resolving:
            return
        if not self.is_current("scan"):  # keys already on their way keep appending
            self.scan.clear()
            self.show_screen(self.scan)
        self.scan.code.insert(text)

    def _validate(self, text: str, card_pin: str) -> None:
        if self.session is None:
            return
        self.cards.validate(text, card_pin)

    def _on_validated(self, validation: ValidationOut, card_pin: str) -> None:
        del card_pin  # kept by the flow for the redemption
        self.history_card = validation.card.code
        self.card.show_validation(validation,
                                  role=self.session.role if self.session is not None else "")
        self.show_screen(self.card)

    def _on_validate_failed(self, failure: Failure) -> None:
        pin_given = self.scan.pin_row.isVisible() and bool(self.scan.card_pin.text())
        if failure.code in ("pin_required", "pin_invalid"):
            self.scan.ask_card_pin(failure.sentence)
        elif failure.code == "card_not_found" and pin_given:
            # The ledger answers a wrong PIN like an unknown code (no guessing of codes).
            self.scan.ask_card_pin(messages.sentence(messages.PIN_OR_CODE_WRONG))
        else:
            self._fail(failure, self.scan.show_error)

    def _open_redeem(self) -> None:
        if self.validation is None or not self.validation.is_redeemable:
            return
        self.redeem.start(self.validation, self.card_pin)
        self.show_screen(self.redeem)

    def _open_confirm(self, draft: RedemptionDraft) -> None:
        self.cards.review(draft)
        self.confirm.start(draft)
        self.show_screen(self.confirm)

    def _confirm_redemption(self, draft: RedemptionDraft) -> None:
        self.cards.redeem(draft)

    def _on_outcome_unknown(self, failure: Failure) -> None:
        if not self.is_current("confirm"):
            self.confirm.start_pending()
        self.show_screen(self.confirm)
        self.confirm.set_locked(True, failure.sentence, can_cancel=not failure.reached)
        self._update_shortcuts()

    def _on_stage(self, stage: Stage) -> None:
        """Resolving ended with nothing to show (another kind of request): back to work."""
        if stage is Stage.SCAN and "confirm" in self._screens and self.confirm.locked:
            self.confirm.set_locked(False)
            self.next_card()

    def _on_redeemed(self, redemption: RedemptionOut, note: str) -> None:
        self.confirm.set_locked(False)
        label = None
        if self.validation is not None and self.validation.card.code == redemption.card:
            label = self.validation.card.item_label
        self.result.show_redemption(redemption, item_label=label, note=note)
        self.show_screen(self.result)
        if redemption.kind == "item" and label is None:  # resolved after a restart
            self.sessions.spawn(self._show_item_label(redemption, note))

    async def _show_item_label(self, redemption: RedemptionOut, note: str) -> None:
        """Name the items ("2 × Coffee") of a redemption whose card was not validated here."""
        client = self.backend.client
        if client is None:
            return
        try:
            card = await client.get_card(redemption.card)
        except Exception as exc:  # the result stands; only the label is missing
            log.info("item label not loaded: %r", exc)
            return
        if self.redemption is redemption:
            self.result.show_redemption(redemption, item_label=card.item_label, note=note)

    def _on_redeem_failed(self, failure: Failure) -> None:
        was_locked = self.confirm.locked
        self.confirm.set_locked(False)
        if failure.signed_out:
            self._session_ended(failure.sentence)
            return
        if self.validation is None or (was_locked and self.confirm.draft is None):
            self.next_card()
            self.scan.show_error(failure.sentence)
            return
        self.show_screen(self.redeem)
        self.redeem.show_error(failure.sentence)

    # ------------------------------------------------------------------ receipts

    def _receipt(self) -> str | None:
        from app.ui.receipt import receipt_html

        if self.redemption is None:
            return None
        label = self.result.item_label
        merchant = self.session.merchant if self.session is not None else ""
        return receipt_html(self.redemption, merchant=merchant, item_label=label)

    @property
    def receipt_printer(self) -> ReceiptPrinter:
        """Asks for a printer once, then prints straight to it (remembered in the settings)."""
        from app.ui.receipt_printer import ReceiptPrinter

        if self._receipt_printer is None:
            self._receipt_printer = ReceiptPrinter(self.settings)
        return self._receipt_printer

    def print_receipt(self) -> None:
        content = self._receipt()
        if content is None:
            return
        where = self.receipt_printer.print(content, self)
        if where:
            self.result.show_saved(self.tr("Receipt printed: %1").replace("%1", where))

    def save_receipt_pdf(self) -> None:
        from app.ui.receipt import save_pdf

        content = self._receipt()
        if content is None or self.redemption is None:
            return
        path = self.options.data_dir / "receipts" / f"receipt-{self.redemption.id}.pdf"
        try:
            save_pdf(path, content)
        except OSError:
            log.exception("receipt PDF not written")
            self.result.show_saved(self.tr("The receipt PDF could not be saved."), error=True)
            return
        self.result.show_saved(self.tr("Receipt saved: %1").replace("%1", str(path)))
        self.last_receipt_pdf = path

    # ------------------------------------------------------------------ card export

    def export_card(self) -> list[Path]:
        """Save the card on screen as PNG, SVG and PDF in DATA_DIR/cards."""
        from app.ui.card_export import export_card

        validation = self.card.validation
        if validation is None or not self.card.may_show_qr:
            return []
        folder = self.options.data_dir / "cards"
        try:
            paths = export_card(validation.card, folder)
        except (OSError, ValueError):
            log.exception("card export failed")
            self.statusBar().showMessage(self.tr("The card could not be exported."), 8000)
            return []
        self.statusBar().showMessage(
            self.tr("Card saved as PNG, SVG and PDF in %1").replace("%1", str(folder)), 8000)
        return paths

    def ask_card_sheet(self) -> Path | None:
        """Ask for a `giftdesk cards generate` CSV and the value printed on each card."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        csv_name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Cards to print (CSV from giftdesk cards generate)"), str(Path.home()),
            self.tr("Card lists (*.csv)"), options=QFileDialog.Option.DontUseNativeDialog)
        if not csv_name:
            return None
        value, ok = QInputDialog.getText(self, self.tr("Value on the cards"),
                                         self.tr("Value printed on each card (e.g. $25.00):"))
        if not ok:
            return None
        return self.card_sheet(Path(csv_name), value.strip() or None)

    def card_sheet(self, csv_path: Path, value_text: str | None) -> Path | None:
        """Write a printable PDF sheet of the CSV's cards to DATA_DIR/cards."""
        from app.ui.card_export import export_sheet

        out = self.options.data_dir / "cards" / f"{csv_path.stem}-sheet.pdf"
        try:
            export_sheet(csv_path, out, value_text=value_text)
        except (OSError, ValueError) as exc:
            log.exception("card sheet failed")
            self.statusBar().showMessage(
                self.tr("The card sheet could not be made: %1").replace("%1", str(exc)), 10000)
            return None
        self.statusBar().showMessage(self.tr("Card sheet saved: %1").replace("%1", str(out)), 8000)
        return out

    # ------------------------------------------------------------------ reversals

    def _reverse_shortcut(self) -> None:
        if self.is_current("history"):
            self.history_screen.reverse_selected()
        elif self.is_current("result") and self.redemption is not None:
            self.open_reverse(self.redemption)
        elif not self.is_current("reverse"):
            self.open_reverse(None)

    def open_reverse(self, redemption: RedemptionOut | None) -> None:
        if self.session is None or self.cards.resolving:
            return
        self.reverse.start(redemption if redemption is not None and
                           redemption.status == "completed" else None)
        self.show_screen(self.reverse)

    def _reverse_by_id(self, redemption_id: int) -> None:
        self.open_reverse(None)
        self.reverse.transaction.setText(str(redemption_id))
        self.reversals.find(redemption_id)

    def _list_today(self) -> None:
        if self.session is not None:
            self.reversals.list_today()

    def _request_reversal(self, redemption: RedemptionOut, reason: str) -> None:
        if self.session is None:
            return
        if self.session.role == "cashier":
            self._ask_manager(redemption, reason)
        else:
            self.reversals.reverse(redemption, reason)

    def _ask_manager(self, redemption: RedemptionOut, reason: str, error: str = "",
                     manager: str = "") -> None:
        from app.ui import format as fmt
        from app.ui.screens.override_dialog import ManagerOverrideDialog
        from app.ui.screens.reverse import redemption_units

        what = self.tr("%1 back on card %2 (transaction %3).").replace(
            "%1", redemption_units(redemption)).replace(
            "%2", fmt.code_text(redemption.card)).replace("%3", str(redemption.id))
        dialog = ManagerOverrideDialog(what, self, manager=manager)
        if error:
            dialog.show_error(error)
        self._dialog = dialog
        self._pending_reversal = (redemption, reason)
        dialog.accepted.connect(self._manager_approved)
        dialog.rejected.connect(self._manager_cancelled)
        dialog.open()
        dialog.activateWindow()

    def _manager_approved(self) -> None:
        dialog, pending = self._dialog, self._pending_reversal
        self._dialog = None
        if dialog is None or pending is None:
            return
        manager = dialog.credentials()
        self._approving_manager = manager[0]  # asked again, the name stays
        dialog.deleteLater()
        self.activateWindow()  # the keyboard comes back to the counter
        self.reverse.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reversals.reverse(pending[0], pending[1], manager=manager)

    def _manager_cancelled(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self._pending_reversal = None
        self.activateWindow()
        self.reverse.show_error(self.tr("Not reversed: no manager approval."))
        self.reverse.enter()

    def _on_manager_refused(self, failure: Failure) -> None:
        if self._pending_reversal is not None:
            redemption, reason = self._pending_reversal
            self._ask_manager(redemption, reason, failure.sentence, self._approving_manager)

    def _on_reversed(self, redemption: RedemptionOut, card: CardOut | None) -> None:
        from app.ui import format as fmt

        self._pending_reversal = None
        if card is not None:
            balance = fmt.value_text(card.balance, card)
        else:
            balance = fmt.units_text(redemption.balance_after_reversal,
                                     kind=redemption.kind, currency=redemption.currency,
                                     item_label=None)
        self.cards.note_reversed(redemption)
        self.reverse.show_reversed(redemption, balance)

    def _on_reverse_failed(self, failure: Failure) -> None:
        self._pending_reversal = None
        self._fail(failure, self.reverse.show_error)

    # ------------------------------------------------------------------ history

    def open_history(self) -> None:
        if self.session is None or self.cards.resolving:
            return
        self.history_screen.show_tab(0 if self.history_card else 1)
        self.show_screen(self.history_screen)
        self._load_history()

    def _load_history(self) -> None:
        if self.history_card:
            self.history.load_journal(self.history_card)
        else:
            self.history_screen.show_journal(None, [])
        self.history.load_shift()

    def _on_journal(self, card: CardOut, entries: list[TransactionOut]) -> None:
        self.history_screen.show_journal(card, entries)
        if self.is_current("history"):
            self.history_screen.enter()

    def _on_shift(self, report: ShiftReportOut, redemptions: list[RedemptionOut],
                  shift_id: int | None) -> None:
        self.history_screen.show_shift(report, redemptions, training=self.training,
                                       shift_id=shift_id)

    # ------------------------------------------------------------------ settings

    def open_about(self) -> None:
        """The About box (F1, or from Settings): version and licences."""
        from app.ui.about import AboutDialog

        self.about = AboutDialog(self)
        self.about.open()

    def open_settings(self) -> None:
        from app.ui.screens.settings import SettingsValues

        if self.cards.resolving:
            return
        values = SettingsValues(
            ledger_mode=REMOTE if self.remote_url else EMBEDDED,
            ledger_url=self.remote_url or self.settings.ledger_url,
            location=self.session.location if self.session else self.settings.location,
            terminal=self.session.terminal if self.session else self.settings.terminal,
            training=self.training, camera=self._camera_setting(),
            language=self.settings.language)
        camera = str(self.options.camera_file or self.settings.camera_file or "")
        self.settings_screen.fill(values, camera_file=camera,
                                  camera_file_this_run=self.options.camera_file is not None)
        self.settings_screen.show_printer(self.settings.receipt_file
                                          or self.settings.receipt_printer)
        self.settings_screen.lock_money_settings(  # where money goes: managers and admins
            self.session is not None and self.session.role == "cashier")
        if self.session is None:  # changes need a manager's or admin's PIN
            self.money_approval.opened()
        self.show_screen(self.settings_screen)

    def _back(self) -> None:
        """Back to where the cashier came from (the code field when in doubt)."""
        if self.session is None:
            self.show_screen(self.sign_in)
        elif self._previous is not None and self._previous is not self.current:
            self.show_screen(self._previous)
        else:
            self.next_card()

    def _camera_setting(self) -> str:
        """The camera choice in use, as Settings stores it ("file" for --camera-file)."""
        from app.ui.camera import choice_from_settings

        return choice_from_settings(self.settings, self.options.camera_file).setting

    def _save_settings(self, values: SettingsValues) -> None:
        if self.money_approval.pending:
            return
        if self.money_approval.needs_approval(values):
            self.money_approval.request(values)  # applied once approved
            return
        self._apply_settings(values)

    def _apply_settings(self, values: SettingsValues) -> None:
        s = self.settings
        if values.ask_printer:
            self.receipt_printer.forget()
        ledger_changed = (values.ledger_mode != (REMOTE if self.remote_url else EMBEDDED)
                          or (values.ledger_mode == REMOTE and values.ledger_url
                              != (self.remote_url or "")))
        place_changed = self.session is not None and (
            values.location != self.session.location or values.terminal != self.session.terminal)
        s.ledger_mode = values.ledger_mode
        if values.ledger_url:
            s.ledger_url = values.ledger_url
        s.location = values.location
        s.terminal = values.terminal
        s.training = values.training
        s.language = values.language  # applies from the next start (app.ui.language)
        if values.camera != self._camera_setting():
            from dataclasses import replace

            from app.ui.camera import attach_camera, choice_from_settings

            s.camera_device = values.camera
            self.options = replace(self.options, camera_file=None)  # the cashier chose another
            self.camera = attach_camera(self.scan, choice_from_settings(s), self.camera)
        self.sign_in.fill(operator=s.operator, location=values.location,
                          terminal=values.terminal)
        if values.training != self.training:
            self.set_training(values.training)
        if ledger_changed:
            self.remote_url = values.ledger_url if values.ledger_mode == REMOTE else None
            self.sessions.spawn(self._switch_ledger())
            return
        if place_changed:
            self.sign_out()
            self.sign_in.show_error(self.tr("Location or terminal changed: sign in again."))
            return
        self._back()

    async def _switch_ledger(self) -> None:
        signed_in = self.session is not None
        self._signed_out("")
        self.ledger_ready = False
        if signed_in:  # on the old ledger, before its client closes
            await self.sessions.end_session()
        self.start_error = ""
        self.sign_in.set_waiting(self.tr("Connecting to the ledger…"))
        await self.backend.stop()
        await self._start()

    def _test_connection(self, url: str) -> None:
        self.sessions.spawn(self._test(url))

    async def _test(self, url: str) -> None:
        from app.client import LedgerClient

        self.settings_screen.set_busy(True)
        try:
            if url:
                client = LedgerClient.remote(url, data_dir=self.options.data_dir / "test")
                try:
                    health = await client.health(deadline_s=TEST_TIMEOUT_S)
                finally:
                    await client.aclose()
            elif self.backend.client is not None:
                health = await self.backend.client.health(deadline_s=TEST_TIMEOUT_S)
            else:
                raise RuntimeError("the embedded ledger has not started")
        except Exception as exc:
            log.info("connection test failed: %r", exc)
            self.settings_screen.show_test_result(False, messages.sentence(
                messages.UNREACHABLE if url else messages.UNEXPECTED))
        else:
            self.settings_screen.show_test_result(
                True, self.tr("Ledger version %1, database %2.").replace(
                    "%1", health.version).replace("%2", health.database))
        finally:
            self.settings_screen.set_busy(False)
