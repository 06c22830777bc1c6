"""Putting the camera on the scan screen, and a scanned code through the screen's own path."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from app.ui.camera._choice import FILE_SETTING, CameraChoice, SourceKind
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


def choice_from_settings(settings: AppSettings, camera_file: Path | None = None
                         ) -> CameraChoice:
    """The saved camera choice; ``camera_file`` (`giftdesk --camera-file FILE`) first becomes
    the saved choice, so this run scans from the file and Settings shows it chosen."""
    if camera_file is not None:
        settings.camera_file = str(camera_file)
        settings.camera_device = FILE_SETTING
    return CameraChoice.from_settings(settings.camera_device, settings.camera_file)


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

    Returns the panel shown, or None for the "no camera" choice.
    """
    if choice.kind is SourceKind.NONE:
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
