"""Webcam QR scanning for the scan screen (QtMultimedia), on the Qt-free `app.scanner`.

Three layers, as in Electrum: `app.scanner` decodes numpy frames and agrees on a payload; this
package's public entry points put a camera panel on the scan screen (`attach_camera`) and let
Settings offer a choice of source (`CameraChoiceBox`); the QtMultimedia internals (`_sources`:
camera, video file or images into one QVideoSink; `_pipeline`: frames read on one worker
thread) load only when a panel starts, and only if QtMultimedia (PySide6-Addons) is installed.
"""

# _backend first: it quiets QtMultimedia's optional-library probe before anything loads it.
from app.ui.camera import _backend  # noqa: F401  # isort: skip
from app.ui.camera._attach import attach_camera, choice_from_settings, submit_scanned
from app.ui.camera._backend import multimedia_available
from app.ui.camera._choice import CameraChoice, SourceKind
from app.ui.camera._choice_box import CameraChoiceBox, available_choices
from app.ui.camera._panel import CameraPanel

__all__ = [
    "CameraChoice",
    "CameraChoiceBox",
    "CameraPanel",
    "SourceKind",
    "attach_camera",
    "available_choices",
    "choice_from_settings",
    "multimedia_available",
    "submit_scanned",
]
