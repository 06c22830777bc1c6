"""Putting the camera on the scan screen, and a scanned code through the screen's own path."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from app.ui.camera import _messages as msg
from app.ui.camera._backend import multimedia_available
from app.ui.camera._choice import CameraChoice, SourceKind
from app.ui.camera._panel import CameraPanel

if TYPE_CHECKING:
    from app.ui.settings import AppSettings
    from app.ui.widgets.code_entry import CodeEntry

log = logging.getLogger(__name__)


class ScanScreenLike(Protocol):
    """What `attach_camera` needs of the scan screen (app.ui.screens.scan.ScanScreen)."""

    code: CodeEntry

    @property
    def busy(self) -> bool: ...

    def isVisible(self) -> bool: ...

    def set_camera_widget(self, widget: QWidget | None) -> None: ...

    def set_camera_note(self, text: str) -> None: ...


def choice_from_settings(settings: AppSettings, camera_file: Path | None = None
                         ) -> CameraChoice:
    """The camera choice of this run: ``camera_file`` (`giftdesk --camera-file FILE`) if given,
    for this run only (the settings are not touched), else the saved choice."""
    if camera_file is not None:
        return CameraChoice.file(camera_file)
    return CameraChoice.from_settings(settings.camera_device, settings.camera_file)


def camera_off_reason(choice: CameraChoice) -> str:
    """Why the default camera choice shows no camera panel ("" if it shows one).

    Only the default choice is dropped quietly: a camera chosen by name in Settings keeps its
    panel, which then says plainly that the chosen camera is missing.
    """
    if choice.kind is not SourceKind.AUTO:
        return ""
    if not multimedia_available():
        return msg.CAMERA_NOT_INSTALLED_OFF
    from app.ui.camera._sources import camera_devices

    return "" if camera_devices() else msg.CAMERA_OFF


def submit_scanned(screen: ScanScreenLike, payload: str) -> bool:
    """Put ``payload`` in the code field and press Enter for the cashier.

    The field's own check and the screen's own submit path run, exactly as for a typed code.
    Ignored (False) while the screen is busy with a card or not shown.
    """
    if screen.busy or not screen.isVisible():
        log.info("camera read ignored: the scan screen is busy or hidden")
        return False
    screen.code.setText(payload)
    screen.code.try_submit()
    return True


def attach_camera(screen: ScanScreenLike, choice: CameraChoice,
                  panel: CameraPanel | None = None) -> CameraPanel | None:
    """Show a camera panel for ``choice`` on ``screen`` (reusing ``panel``), or remove it.

    Returns the panel shown, or None for the "no camera" choice and for the default camera
    when the computer has none (the screen then says, calmly, that camera scanning is off).
    """
    off = camera_off_reason(choice)
    screen.set_camera_note(off)
    if choice.kind is SourceKind.NONE or off:
        if panel is not None:
            panel.close_camera()
        screen.set_camera_widget(None)
        return None
    if panel is not None:
        panel.set_choice(choice)
        return panel
    panel = CameraPanel(choice)
    panel.payload_scanned.connect(lambda payload: submit_scanned(screen, payload))
    screen.set_camera_widget(panel)
    return panel
