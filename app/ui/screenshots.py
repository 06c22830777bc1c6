"""Screenshots of every screen at 1024×768, driven by keyboard on a fresh demo ledger.

    xvfb-run -a -s "-screen 0 1280x900x24" uv run python -m app.ui.screenshots /tmp/shots

(or with QT_QPA_PLATFORM=offscreen). A throw-away data dir and an in-memory keyring are used;
nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1024, 768


class _MemoryKeyring:
    """Stand-in keyring so screenshots show the normal sign-in (not the missing-keyring note)."""

    @staticmethod
    def install() -> None:
        import keyring

        from app.client import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())


async def _until(condition: Callable[[], Any], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(0.02)


async def shoot(out: Path, data_dir: Path) -> list[Path]:
    """Drive the app through every screen and save PNGs into `out`."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.embedded import prepare
    from app.ui.main_window import MainWindow
    from app.ui.options import Options
    from app.ui.settings import AppSettings

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    demo = prepare(data_dir)  # the demo ledger (a new data dir alone asks for a set-up)
    window = MainWindow(Options(data_dir=data_dir), AppSettings(data_dir))
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.activateWindow()

    async def settle() -> None:
        await asyncio.sleep(0.15)  # Qt lays out and paints while the loop runs

    async def grab(name: str, extra: QWidget | None = None) -> None:
        await settle()
        pixmap = window.grab()
        if extra is not None:  # a dialog over the window, where it sits
            painter = QPainter(pixmap)
            offset = extra.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
            painter.drawPixmap(offset, extra.grab())
            painter.end()
        path = out / f"{name}.png"
        pixmap.save(str(path))
        saved.append(path)

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the focus"
        return widget

    def type_(text: str) -> None:
        for char in text:
            QTest.keyClicks(focused(), char)

    def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(focused(), k, mod)

    def enter() -> None:
        key(Qt.Key.Key_Return)

    window.start()
    try:
        await _drive(window, grab, type_, key, enter, settle, out, demo.demo_cards)
        await _drive_card_life(window, grab, type_, key, enter, demo.demo_cards)
    finally:
        window.close()
        await window.shutdown()
    saved += await shoot_set_up(out, data_dir / "new-shop")
    return saved


async def shoot_set_up(out: Path, data_dir: Path) -> list[Path]:
    """The first run on a new data dir, then every back-office tab, as the new admin."""
    from PySide6.QtWidgets import QScrollArea

    from app.ui.main_window import MainWindow
    from app.ui.options import Options
    from app.ui.settings import AppSettings

    saved: list[Path] = []
    window = MainWindow(Options(data_dir=data_dir), AppSettings(data_dir))
    window.resize(WIDTH, HEIGHT)
    window.show()

    async def grab(name: str) -> None:
        await asyncio.sleep(0.15)
        path = out / f"{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    window.start()
    try:
        await _until(lambda: window.current is window.setup_gate.screen)
        setup = window.setup_gate.setup
        for edit, text in ((setup.merchant, "Rosa's Books"), (setup.location, "MAIN"),
                           (setup.location_name, "High Street"), (setup.admin, "rosa"),
                           (setup.pin, "2468"), (setup.pin_again, "2486")):
            edit.setText(text)
        setup._submit()
        await grab("50-set-up-pins-differ")
        setup.pin_again.setText("2468")
        setup._submit()
        await _until(lambda: window.current is window.scan)
        window.back_office.open()
        office = window.back_office.screen
        office.stores.code.setText("MALL")
        office.stores.name.setText("Mall kiosk")
        office.stores.add()
        await _until(lambda: office.stores.table.rowCount() == 2)
        people = office.operators
        office.show_tab(people)
        await _until(lambda: people.table.rowCount() == 1)
        people.name.setText("ann")
        people.stores.tick(["MAIN"])
        people.pin.setText("1111")
        people.pin_again.setText("1111")
        people.add()
        await _until(lambda: people.table.rowCount() == 2)
        await grab("51-back-office-operators")
        office.show_tab(office.stores)
        await grab("52-back-office-stores")
        programs = office.programs
        office.show_tab(programs)
        await _until(lambda: programs.form.stores.count() == 3)
        programs.form.name.setText("Book token")
        from app.ui import i18n

        programs.form.value.setText(i18n.amount_text(2500, "USD", grouping=False))
        programs.create_program()
        await _until(lambda: programs.table.rowCount() == 1)
        await grab("53-back-office-programs")
        programs.form.valid_until.fixed.setChecked(True)  # a fixed last day, scrolled to
        scroll = programs.findChild(QScrollArea, "programFormScroll")
        assert scroll is not None
        scroll.ensureWidgetVisible(programs.form.valid_until, 0, 40)
        await grab("53b-back-office-program-days")
        programs.form.valid_until.fixed.setChecked(False)
        issue = office.issue
        office.show_tab(issue)
        await _until(lambda: issue.program.count() == 1)
        issue.quantity.setValue(3)
        issue.issue()
        await _until(lambda: issue.csv_button.isEnabled())
        await grab("54-back-office-issue")
        finder = office.finder
        office.show_tab(finder)
        finder.search()
        await _until(lambda: finder.table.rowCount() == 3)
        await grab("55-back-office-finder")
    finally:
        window.close()
        await window.shutdown()
    return saved


async def _drive(window: Any, grab: Any, type_: Any, key: Any, enter: Any, settle: Any,
                 out: Path, demo_cards: list[Any]) -> None:
    """The walk through the screens."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.presenters.base import Failure
    from app.ui.screens.override_dialog import ManagerOverrideDialog

    del out
    await settle()
    await grab("00-starting")
    await _until(lambda: window.ledger_ready)
    cards = {c.description: c.code for c in demo_cards}
    await _until(lambda: QApplication.focusWidget() is not None)
    type_("cashier")
    enter()
    await grab("01-sign-in")
    type_("0000")
    enter()
    await _until(lambda: window.sign_in.message.isVisible())
    await grab("02-sign-in-wrong-pin")
    type_("1111")
    enter()
    await _until(lambda: window.current is window.scan)
    await grab("03-scan")
    code = cards["active, $50.00"]
    type_(code[:11] + str((int(code[-1]) + 3) % 10))
    await grab("04-scan-typo")
    key(Qt.Key.Key_Backspace)
    type_(code[-1])
    await grab("05-scan-ready")
    enter()
    await _until(lambda: window.current is window.card)
    await grab("06-card-active")
    enter()
    from app.ui.i18n import amount_text

    type_(amount_text(1250, "USD", grouping=False))  # "12.50", "12,50": the shop's mark
    await grab("07-redeem")
    enter()
    await grab("08-confirm")
    enter()
    await _until(lambda: window.current is window.result)
    await grab("09-result")
    key(Qt.Key.Key_F7)
    await _until(lambda: window.reverse.table.rowCount() > 0)
    type_("customer changed their mind")
    await grab("10-reverse")
    enter()
    await _until(lambda: any(isinstance(w, ManagerOverrideDialog) and w.isVisible()
                             for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ManagerOverrideDialog) and w.isVisible())
    dialog.activateWindow()
    await _until(lambda: QApplication.focusWidget() is dialog.operator)
    type_("manager")
    enter()
    type_("9999")
    await grab("11-override-dialog", dialog)
    enter()
    await _until(lambda: window.reverse.outcome.isVisible())
    await grab("12-reversed")
    for name, description in (("13-card-expired", "expired"),
                              ("14-card-locked", "locked by a manager"),
                              ("15-card-not-sold", "not sold yet"),
                              ("16-card-item", "active, 5 × Coffee"),
                              ("17-card-promo", "active promo, STORE-1 only, 30 days")):
        key(Qt.Key.Key_F2)
        type_(cards[description])
        enter()
        await _until(lambda: window.current is window.card)
        await grab(name)
    enter()  # the promo card: redeem its full $10.00
    enter()
    enter()
    await _until(lambda: window.current is window.result)
    key(Qt.Key.Key_F6)
    await _until(lambda: window.history_screen.journal.rowCount() > 0
                 and window.history_screen.shift.rowCount() > 0)
    await grab("18-history-card")
    window.history_screen.show_tab(1)
    await grab("19-history-shift")
    key(Qt.Key.Key_F9)
    await grab("20-settings")
    key(Qt.Key.Key_Escape)
    window.set_training(True)
    key(Qt.Key.Key_F2)
    await grab("21-training-scan")
    window.set_training(False)
    window._on_reachable(False)  # the banner as it shows when the ledger cannot be reached
    type_(cards["active, $25.50"])
    await grab("22-ledger-unreachable")
    window._on_outcome_unknown(Failure("outcome_unknown", _unknown_text()))
    await grab("23-outcome-unknown")
    window.confirm.set_locked(False)
    window._update_shortcuts()
    window._on_reachable(True)


async def _drive_card_life(window: Any, grab: Any, type_: Any, key: Any, enter: Any,
                           demo_cards: list[Any]) -> None:
    """The card's life: actions, selling, a manager's correction, the books."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.screens.override_dialog import ManagerOverrideDialog

    cards = {c.description: c.code for c in demo_cards}
    actions = window.card_actions
    key(Qt.Key.Key_F2)
    type_(cards["not sold yet"])
    enter()
    await _until(lambda: window.current is window.card)
    key(Qt.Key.Key_F3)
    await _until(lambda: window.current is actions.menu)
    await grab("30-card-actions-unsold")
    type_("1")
    await _until(lambda: window.current is actions.form)
    type_("30")
    await grab("31-sell")
    enter()
    await _until(lambda: actions.form.outcome is not None)
    await grab("32-sold")
    key(Qt.Key.Key_Escape)
    await _until(lambda: window.current is window.card and not window.cards.busy)
    await grab("33-card-sold")
    key(Qt.Key.Key_F3)
    await _until(lambda: window.current is actions.menu)
    await grab("34-card-actions-active")
    type_(str([op.name for op in actions.menu.operations].index("load") + 1))
    await _until(lambda: window.current is actions.form)
    type_("1000")
    enter()
    await _until(lambda: bool(actions.form.message_label.text()))
    await grab("34b-load-refused")
    key(Qt.Key.Key_Escape)
    await _until(lambda: window.current is actions.menu)
    type_(str([op.name for op in actions.menu.operations].index("adjust") + 1))
    await _until(lambda: window.current is actions.form)
    type_("5")
    actions.form.edits["reason"].setFocus()
    type_("counted twice at sale")
    await grab("35-adjust")
    enter()
    await _until(lambda: any(isinstance(w, ManagerOverrideDialog) and w.isVisible()
                             for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ManagerOverrideDialog) and w.isVisible())
    dialog.activateWindow()
    await _until(lambda: QApplication.focusWidget() is dialog.operator)
    type_("manager")
    enter()
    type_("9999")
    await grab("36-override-adjust", dialog)
    enter()
    await _until(lambda: actions.form.outcome is not None)
    await grab("37-adjusted")
    key(Qt.Key.Key_Escape)
    await _until(lambda: window.current is window.card and not window.cards.busy)
    key(Qt.Key.Key_F2)
    key(Qt.Key.Key_F3)
    await _until(lambda: window.current is actions.form)
    await grab("38-sell-next-card")
    key(Qt.Key.Key_Escape)
    window.sign_out()
    await _until(lambda: window.current is window.sign_in and QApplication.focusWidget())
    window.sign_in.operator.setFocus()
    window.sign_in.operator.clear()
    type_("manager")
    enter()
    type_("9999")
    enter()
    await _until(lambda: window.current is window.scan)
    key(Qt.Key.Key_F8)
    await _until(lambda: window.current is actions.books_screen)
    key(Qt.Key.Key_F5)
    await _until(lambda: actions.books_screen.table.rowCount() > 0)
    await grab("39-books-liability")
    key(Qt.Key.Key_F4)
    await _until(lambda: actions.books_screen.table.columnCount() == 3)
    await grab("40-books-z-report")
    # Nobody signed in: Settings shows where money goes; saving a change asks for a PIN.
    window.sign_out()
    await _until(lambda: window.current is window.sign_in and window.session is None)
    window.open_settings()
    await _until(lambda: window.current is window.settings_screen)
    await grab("41-settings-signed-out")
    window.settings_screen.location.setText("STORE-2")
    window.settings_screen.save_button.click()
    await _until(lambda: any(isinstance(w, ManagerOverrideDialog) and w.isVisible()
                             for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ManagerOverrideDialog) and w.isVisible())
    await grab("42-settings-approval", dialog)
    dialog.reject()


def _unknown_text() -> str:
    from app.ui import messages

    return messages.sentence(messages.OUTCOME_UNKNOWN)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, nargs="?", default=Path("/tmp/shots"))
    parser.add_argument("--language", default="en", help="en, de, fr or es")
    args = parser.parse_args(argv)

    import qasync
    from PySide6.QtWidgets import QApplication

    from app.ui import theme

    _MemoryKeyring.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # two windows, one after the other
    theme.apply(app)
    from app.ui import language

    language.install(args.language, system="C")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="giftdesk-shots-") as tmp, loop:
        saved = loop.run_until_complete(shoot(args.out, Path(tmp)))
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
