"""The app's settings: one INI file in the data dir (QSettings, IniFormat)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILE = "settings.ini"
DEFAULT_LOCATION = "STORE-1"
DEFAULT_TERMINAL = "TILL-1"
EMBEDDED = "embedded"
REMOTE = "remote"


class AppSettings:
    """Typed access to the settings file; every setter writes through at once."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / SETTINGS_FILE
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    # ------------------------------------------------------------------ ledger
    @property
    def ledger_mode(self) -> str:
        mode = self._str("ledger/mode", EMBEDDED)
        return mode if mode in (EMBEDDED, REMOTE) else EMBEDDED

    @ledger_mode.setter
    def ledger_mode(self, mode: str) -> None:
        self._set("ledger/mode", REMOTE if mode == REMOTE else EMBEDDED)

    @property
    def ledger_url(self) -> str:
        return self._str("ledger/url")

    @ledger_url.setter
    def ledger_url(self, url: str) -> None:
        self._set("ledger/url", url.strip())

    # ------------------------------------------------------------------ counter
    @property
    def operator(self) -> str:
        return self._str("counter/operator")

    @operator.setter
    def operator(self, name: str) -> None:
        self._set("counter/operator", name.strip())

    @property
    def location(self) -> str:
        return self._str("counter/location", DEFAULT_LOCATION) or DEFAULT_LOCATION

    @location.setter
    def location(self, code: str) -> None:
        self._set("counter/location", code.strip().upper())

    @property
    def terminal(self) -> str:
        return self._str("counter/terminal", DEFAULT_TERMINAL) or DEFAULT_TERMINAL

    @terminal.setter
    def terminal(self, name: str) -> None:
        self._set("counter/terminal", name.strip().upper())

    @property
    def training(self) -> bool:
        return bool(self._qs.value("counter/training", False, type=bool))

    @training.setter
    def training(self, on: bool) -> None:
        self._set("counter/training", bool(on))

    # ------------------------------------------------------------------ language
    @property
    def language(self) -> str:
        """The app's language ("en", "de", "fr", "es"), or "" to follow the computer."""
        return self._str("ui/language")

    @language.setter
    def language(self, code: str) -> None:
        self._set("ui/language", code)

    # ------------------------------------------------------------------ camera (issue 5)
    @property
    def camera_device(self) -> str:
        """The camera choice (app.ui.camera.CameraChoice): "none" for manual entry only,
        "" or "auto" for the default camera, "file" for `camera_file`, or a camera's id."""
        return self._str("camera/device")

    @camera_device.setter
    def camera_device(self, device_id: str) -> None:
        self._set("camera/device", device_id)

    @property
    def camera_file(self) -> str:
        """A video file or image folder used as the camera (`--camera-file`)."""
        return self._str("camera/file")

    @camera_file.setter
    def camera_file(self, path: str) -> None:
        self._set("camera/file", path)

    # ------------------------------------------------------------------ receipt printer
    @property
    def receipt_printer(self) -> str:
        """The printer the last receipt was printed on (its name), "" before the first."""
        return self._str("printing/printer")

    @receipt_printer.setter
    def receipt_printer(self, name: str) -> None:
        self._set("printing/printer", name)

    @property
    def receipt_file(self) -> str:
        """When "print to file" was chosen: the PDF file receipts are printed into."""
        return self._str("printing/file")

    @receipt_file.setter
    def receipt_file(self, path: str) -> None:
        self._set("printing/file", path)
