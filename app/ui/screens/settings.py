"""Settings: which ledger, this counter's location and terminal, training mode, camera."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import messages
from app.ui.camera import CameraChoiceBox
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.screens.base import Screen, button, field_label, label, set_role
from app.ui.settings import EMBEDDED, REMOTE
from app.ui.widgets.busy_indicator import BusyIndicator
from app.ui.widgets.language_box import LanguageBox


@dataclass(frozen=True)
class SettingsValues:
    """What the settings form holds."""

    ledger_mode: str
    ledger_url: str
    location: str
    terminal: str
    training: bool
    camera: str = ""  # AppSettings.camera_device: "none", "auto" (""), "file" or a camera id
    language: str = ""  # AppSettings.language: "" follows the computer
    ask_printer: bool = False  # forget the receipt printer: Ctrl+P asks again


CAMERA_NOTE = QT_TRANSLATE_NOOP(
    "SettingsScreen",
    "The scan screen reads QR codes held up to this camera. Typing and USB scanners always work.")
CAMERA_FILE_NOTE = QT_TRANSLATE_NOOP(
    "SettingsScreen",
    "This run scans from the file given with --camera-file; it is not saved. Choose another "
    "source to save it. Typing and USB scanners always work.")


CASHIER_NOTE = QT_TRANSLATE_NOOP(
    "SettingsScreen",
    "Only a manager or an admin can change the ledger, location, terminal and training mode.")


class SettingsScreen(Screen):
    """Emits `saveRequested(SettingsValues)` and `testRequested(url)`."""

    title = QT_TRANSLATE_NOOP("Screen", "Settings")
    busy_words = QT_TRANSLATE_NOOP("Screen", "Testing the connection…")
    saveRequested = Signal(object)
    testRequested = Signal(str)
    backRequested = Signal()
    aboutRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("settingsScreen", parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(6)
        outer.addWidget(label(self.tr("Settings"), self, role="title"))

        ledger = QGroupBox(self.tr("Ledger"), self)
        ledger.setObjectName("ledgerGroup")
        lbox = QVBoxLayout(ledger)
        self.embedded = QRadioButton(self.tr("&Embedded: the ledger on this computer"), ledger)
        self.embedded.setObjectName("embeddedRadio")
        self.remote = QRadioButton(self.tr("&Remote ledger server at:"), ledger)
        self.remote.setObjectName("remoteRadio")
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.remote)
        lbox.addWidget(self.embedded)
        row = QHBoxLayout()
        row.addWidget(self.remote)
        self.url = QLineEdit(ledger)
        self.url.setObjectName("ledgerUrlEdit")
        self.url.setAccessibleName(self.tr("Remote ledger address"))
        self.url.setPlaceholderText("https://ledger.example.com")
        row.addWidget(self.url, 1)
        self.test_button = button(self.tr("Test connection"), "Ctrl+T", ledger,
                                  object_name="testConnectionButton")
        row.addWidget(self.test_button)
        lbox.addLayout(row)
        # Shown only while testing or with a result, so the screen has room at 1024×768.
        self.test_row = QWidget(ledger)
        test_row = QHBoxLayout(self.test_row)
        test_row.setContentsMargins(0, 0, 0, 0)
        self.busy_indicator = BusyIndicator(self.test_row)
        test_row.addWidget(self.busy_indicator)
        self.test_result = label("", self.test_row, role="hint", object_name="testResult")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_result, 1)
        self.test_row.hide()
        lbox.addWidget(self.test_row)
        outer.addWidget(ledger)

        counter = QGroupBox(self.tr("This counter"), self)
        counter.setObjectName("counterGroup")
        form = QFormLayout(counter)
        form.setHorizontalSpacing(14)
        self.location = QLineEdit(counter)
        self.location.setObjectName("settingsLocationEdit")
        self.location.setAccessibleName(self.tr("Location"))
        self.location.setMaxLength(40)
        self.terminal = QLineEdit(counter)
        self.terminal.setObjectName("settingsTerminalEdit")
        self.terminal.setAccessibleName(self.tr("Terminal"))
        self.terminal.setMaxLength(40)
        form.addRow(field_label(self.tr("&Location"), self.location, counter), self.location)
        form.addRow(field_label(self.tr("&Terminal"), self.terminal, counter), self.terminal)
        # US English, as the app's English is: "practice" is the noun and the verb.
        self.training = QCheckBox(
            self.tr("Trainin&g mode: practice on copies, no real card changes"), counter)
        self.training.setObjectName("trainingCheck")
        form.addRow("", self.training)
        printer_row = QHBoxLayout()
        self.printer_name = label("", counter, object_name="receiptPrinterName")
        self.ask_printer = QCheckBox(self.tr("As&k for it on the next receipt"), counter)
        self.ask_printer.setObjectName("askPrinterCheck")
        printer_row.addWidget(self.printer_name, 1)
        printer_row.addWidget(self.ask_printer)
        printer_label = label(self.tr("Receipt printer"), counter, role="fieldName")
        printer_label.setContentsMargins(2, 0, 4, 0)
        form.addRow(printer_label, printer_row)
        outer.addWidget(counter)
        self.money_note = label(translate("SettingsScreen", CASHIER_NOTE), self,
                                role="hint", object_name="moneySettingsNote")
        self.money_note.setWordWrap(True)
        self.money_note.hide()
        outer.addWidget(self.money_note)

        self.camera_group = QGroupBox(self.tr("Camera"), self)
        self.camera_group.setObjectName("cameraGroup")
        cbox = QVBoxLayout(self.camera_group)
        self.camera_choice = CameraChoiceBox(self.camera_group)
        cbox.addWidget(self.camera_choice)
        self.camera_note = label(translate("SettingsScreen", CAMERA_NOTE), self.camera_group,
                                 role="hint",
                                 object_name="cameraNote")
        self.camera_note.setWordWrap(True)
        cbox.addWidget(self.camera_note)
        outer.addWidget(self.camera_group)

        self.language_box = LanguageBox(self)
        outer.addWidget(self.language_box)

        self.message = label("", self, role="hint", object_name="settingsMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addStretch(1)
        actions = QHBoxLayout()
        self.cancel_button = button(self.tr("Cancel"), "Esc", self,
                                    object_name="settingsCancelButton")
        self.save_button = button(self.tr("Save"), "Ctrl+S", self, object_name="settingsSaveButton",
                                  primary=True)
        actions.addWidget(self.cancel_button)
        self.about_button = button(self.tr("About GiftDesk"), "F1", self,
                                   object_name="aboutButton")
        self.about_button.clicked.connect(self.aboutRequested)
        actions.addWidget(self.about_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        outer.addLayout(actions)

        self.embedded.toggled.connect(self._mode_changed)
        self.test_button.clicked.connect(self._test)
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.backRequested)
        for edit in (self.url, self.location, self.terminal):
            edit.returnPressed.connect(self._save)
        self.shortcut(Qt.Key.Key_Escape, self.backRequested.emit)
        self.shortcut("Ctrl+S", self._save)
        self.shortcut("Ctrl+T", self._test)

    def show_printer(self, where: str) -> None:
        """The printer Ctrl+P prints straight to ("" before one was chosen)."""
        self.printer_name.setText(where or self.tr("Asked for on the next receipt"))
        self.ask_printer.setChecked(False)
        self.ask_printer.setVisible(bool(where))

    def fill(self, values: SettingsValues, *, camera_file: str = "",
             camera_file_this_run: bool = False) -> None:
        """Show ``values``; ``camera_file_this_run``: the file was given on the command line."""
        self._filled = values
        (self.remote if values.ledger_mode == REMOTE else self.embedded).setChecked(True)
        self.url.setText(values.ledger_url)
        self.location.setText(values.location)
        self.terminal.setText(values.terminal)
        self.training.setChecked(values.training)
        self.camera_choice.load(values.camera, camera_file)
        self.camera_note.setText(translate(
            "SettingsScreen", CAMERA_FILE_NOTE if camera_file_this_run else CAMERA_NOTE))
        self.language_box.load(values.language)
        self.test_result.clear()
        self.test_row.hide()
        self.message.clear()
        self._mode_changed()

    def lock_money_settings(self, locked: bool) -> None:
        """Where money goes (ledger, location, terminal, training) is a manager's or admin's
        to change: a cashier sees these settings but cannot change them."""
        self._money_locked = locked
        for widget in (self.embedded, self.remote, self.url, self.test_button, self.location,
                       self.terminal, self.training):
            widget.setEnabled(not locked)
        if not locked:
            self._mode_changed()
        self.money_note.setText(translate("SettingsScreen", CASHIER_NOTE))
        self.money_note.setVisible(locked)

    def show_money_rule(self, text: str) -> None:
        """Say under the counter's settings who may change them (nobody signed in)."""
        self.money_note.setText(text)
        self.money_note.setVisible(bool(text))

    @property
    def filled(self) -> SettingsValues:
        """The values as the screen was last filled (what is in use)."""
        return self._filled

    def values(self) -> SettingsValues:
        if getattr(self, "_money_locked", False):  # only the cashier's own choices change
            return replace(self._filled, camera=self.camera_choice.setting,
                           language=self.language_box.setting,
                           ask_printer=self.ask_printer.isChecked())
        return SettingsValues(
            ledger_mode=REMOTE if self.remote.isChecked() else EMBEDDED,
            ledger_url=self.url.text().strip(), location=self.location.text().strip().upper(),
            terminal=self.terminal.text().strip().upper(), training=self.training.isChecked(),
            camera=self.camera_choice.setting, language=self.language_box.setting,
            ask_printer=self.ask_printer.isChecked())

    def enter(self) -> None:
        (self.remote if self.remote.isChecked() else self.embedded).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _mode_changed(self) -> None:
        remote = self.remote.isChecked()
        self.url.setEnabled(remote)

    def _test(self) -> None:
        if self.busy:
            return
        values = self.values()
        if values.ledger_mode == REMOTE and not values.ledger_url:
            self.show_test_result(False, messages.sentence(messages.SETTINGS_INCOMPLETE))
            return
        self.testRequested.emit(values.ledger_url if values.ledger_mode == REMOTE else "")

    def _save(self) -> None:
        values = self.values()
        if values.ledger_mode == REMOTE and not values.ledger_url:
            self.show_message(messages.sentence(messages.SETTINGS_INCOMPLETE), error=True)
            self.url.setFocus()
            return
        if not values.location or not values.terminal:
            self.show_message(self.tr("Enter this counter's location and terminal."), error=True)
            return
        self.saveRequested.emit(values)

    def show_test_result(self, ok: bool, text: str) -> None:
        self.test_row.show()
        set_role(self.test_result, "ok" if ok else "error")
        self.test_result.setText((self.tr("Connected.") + " " if ok else "") + text)

    def show_message(self, text: str, *, error: bool = False) -> None:
        set_role(self.message, "error" if error else "hint")
        self.message.setText(text)

    def set_busy(self, busy: bool, words: str = "") -> None:
        if busy:
            self.test_row.show()
        elif not self.test_result.text():  # nothing to say: give the room back
            self.test_row.hide()
        super().set_busy(busy, words)
        self.test_button.setEnabled(not busy)
