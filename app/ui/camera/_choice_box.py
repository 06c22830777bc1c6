"""The camera choice of the Settings screen: none, the default camera, each camera, the file."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.ui.camera._backend import multimedia_available
from app.ui.camera._choice import CameraChoice, SourceKind
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

NONE_LABEL = QT_TRANSLATE_NOOP("CameraChoiceBox", "None: type or use the USB scanner")
AUTO_LABEL = QT_TRANSLATE_NOOP("CameraChoiceBox", "Default camera")


def available_choices(camera_file: str = "") -> list[tuple[str, CameraChoice]]:
    """(label, choice) for every source that can be chosen on this computer now."""
    items = [(translate("CameraChoiceBox", NONE_LABEL), CameraChoice.none()),
             (translate("CameraChoiceBox", AUTO_LABEL), CameraChoice.auto())]
    if multimedia_available():
        from app.ui.camera._sources import camera_devices

        items += [(translate("CameraChoiceBox", "Camera: %1").replace("%1", name),
                   CameraChoice.device(device_id))
                  for device_id, name in camera_devices()]
    if camera_file.strip():
        choice = CameraChoice.file(camera_file)
        name = choice.path.name if choice.path else camera_file
        items.append((translate("CameraChoiceBox", "File: %1").replace("%1", name), choice))
    return items


class CameraChoiceBox(QComboBox):
    """Lists `available_choices`; `choice()` is the one selected, `setting` its stored value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraChoice")
        self.setAccessibleName(self.tr("Camera"))
        self._choices: list[CameraChoice] = []

    def load(self, device_setting: str, camera_file: str = "") -> None:
        """Fill the list and select the stored choice (kept, marked, if not connected now)."""
        current = CameraChoice.from_settings(device_setting, camera_file)
        items = available_choices(camera_file)
        if current not in [c for _, c in items] and current.kind is SourceKind.DEVICE:
            items.append((self.tr("Camera %1 (not connected)").replace("%1", current.device_id),
                          current))
        self.clear()
        self._choices = [c for _, c in items]
        for label, _ in items:
            self.addItem(label)
        self.setCurrentIndex(self._choices.index(current) if current in self._choices else 1)

    def choice(self) -> CameraChoice:
        index = self.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else CameraChoice.auto()

    @property
    def setting(self) -> str:
        """The value for `AppSettings.camera_device`."""
        return self.choice().setting
