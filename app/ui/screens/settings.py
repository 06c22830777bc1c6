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
from app.ui.screens.base import Screen, button, label, set_role
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


CAMERA_NOTE = ("The scan screen reads QR codes held up to this camera. Typing and USB "
               "scanners always work.")
CAMERA_FILE_NOTE = ("This run scans from the file given with --camera-file; it is not saved. "
                    "Choose another source to save it. Typing and USB scanners always work.")


class SettingsScreen(Screen):
    """Emits `saveRequested(SettingsValues)` and `testRequested(url)`."""

    title = "Settings"
    busy_words = "Testing the connection…"
    saveRequested = Signal(object)
    testRequested = Signal(str)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("settingsScreen", parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(label("Settings", self, role="title"))

        ledger = QGroupBox("Ledger", self)
        ledger.setObjectName("ledgerGroup")
        lbox = QVBoxLayout(ledger)
        self.embedded = QRadioButton("&Embedded: the ledger on this computer", ledger)
        self.embedded.setObjectName("embeddedRadio")
        self.remote = QRadioButton("&Remote ledger server at:", ledger)
        self.remote.setObjectName("remoteRadio")
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.remote)
        lbox.addWidget(self.embedded)
        row = QHBoxLayout()
        row.addWidget(self.remote)
        self.url = QLineEdit(ledger)
        self.url.setObjectName("ledgerUrlEdit")
        self.url.setAccessibleName("Remote ledger address")
        self.url.setPlaceholderText("https://ledger.example.com")
        row.addWidget(self.url, 1)
        self.test_button = button("Test connection", "Ctrl+T", ledger,
                                  object_name="testConnectionButton")
        row.addWidget(self.test_button)
        lbox.addLayout(row)
        test_row = QHBoxLayout()
        self.busy_indicator = BusyIndicator(ledger)
        test_row.addWidget(self.busy_indicator)
        self.test_result = label("", ledger, role="hint", object_name="testResult")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_result, 1)
        lbox.addLayout(test_row)
        outer.addWidget(ledger)

        counter = QGroupBox("This counter", self)
        counter.setObjectName("counterGroup")
        form = QFormLayout(counter)
        form.setHorizontalSpacing(14)
        self.location = QLineEdit(counter)
        self.location.setObjectName("settingsLocationEdit")
        self.location.setAccessibleName("Location")
        self.location.setMaxLength(40)
        self.terminal = QLineEdit(counter)
        self.terminal.setObjectName("settingsTerminalEdit")
        self.terminal.setAccessibleName("Terminal")
        self.terminal.setMaxLength(40)
        loc_label = label("&Location", counter, role="fieldName")
        loc_label.setBuddy(self.location)
        term_label = label("&Terminal", counter, role="fieldName")
        term_label.setBuddy(self.terminal)
        form.addRow(loc_label, self.location)
        form.addRow(term_label, self.terminal)
        self.training = QCheckBox("Trainin&g mode: practise on copies, no real card changes",
                                  counter)
        self.training.setObjectName("trainingCheck")
        form.addRow("", self.training)
        outer.addWidget(counter)
        self.money_note = label(self.tr("Only a manager or an admin can change the ledger, "
                                        "location, terminal and training mode."), self,
                                role="hint", object_name="moneySettingsNote")
        self.money_note.hide()
        outer.addWidget(self.money_note)

        self.camera_group = QGroupBox("Camera", self)
        self.camera_group.setObjectName("cameraGroup")
        cbox = QVBoxLayout(self.camera_group)
        self.camera_choice = CameraChoiceBox(self.camera_group)
        cbox.addWidget(self.camera_choice)
        self.camera_note = label(CAMERA_NOTE, self.camera_group, role="hint",
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
        self.cancel_button = button("Cancel", "Esc", self, object_name="settingsCancelButton")
        self.save_button = button("Save", "Ctrl+S", self, object_name="settingsSaveButton",
                                  primary=True)
        actions.addWidget(self.cancel_button)
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
        self.camera_note.setText(CAMERA_FILE_NOTE if camera_file_this_run else CAMERA_NOTE)
        self.language_box.load(values.language)
        self.test_result.clear()
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
        self.money_note.setVisible(locked)

    def values(self) -> SettingsValues:
        if getattr(self, "_money_locked", False):  # only the cashier's own choices change
            return replace(self._filled, camera=self.camera_choice.setting,
                           language=self.language_box.setting)
        return SettingsValues(
            ledger_mode=REMOTE if self.remote.isChecked() else EMBEDDED,
            ledger_url=self.url.text().strip(), location=self.location.text().strip().upper(),
            terminal=self.terminal.text().strip().upper(), training=self.training.isChecked(),
            camera=self.camera_choice.setting, language=self.language_box.setting)

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
            self.show_message("Enter this counter's location and terminal.", error=True)
            return
        self.saveRequested.emit(values)

    def show_test_result(self, ok: bool, text: str) -> None:
        set_role(self.test_result, "ok" if ok else "error")
        self.test_result.setText(("Connected. " if ok else "") + text)

    def show_message(self, text: str, *, error: bool = False) -> None:
        set_role(self.message, "error" if error else "hint")
        self.message.setText(text)

    def set_busy(self, busy: bool, words: str = "") -> None:
        super().set_busy(busy, words)
        self.test_button.setEnabled(not busy)
