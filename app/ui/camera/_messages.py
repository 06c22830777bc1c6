"""What the camera panel tells the cashier: one sentence per condition, each ending with what
still works (typing the code, or the USB scanner). Details go to the log.

The sentences stay English here (the panel compares them) and are translated where they are
shown (`shown`, context "camera")."""

from __future__ import annotations

from app.ui.i18n import QT_TRANSLATE_NOOP, translate

READY = QT_TRANSLATE_NOOP("camera", "Hold the card's QR code inside the square.")
STARTING = QT_TRANSLATE_NOOP("camera", "Starting the camera…")
SCANNED = QT_TRANSLATE_NOOP("camera", "Card read.")
FOREIGN_CODE = QT_TRANSLATE_NOOP("camera", "That QR code is not a GiftDesk card.")
NO_CAMERA = QT_TRANSLATE_NOOP("camera", "No camera found. Type or scan the code with the "
                                        "scanner.")
CHOSEN_CAMERA_MISSING = QT_TRANSLATE_NOOP(
    "camera", "The camera chosen in Settings is not connected. Type or scan the code with the "
              "scanner.")
CAMERA_FAILED = QT_TRANSLATE_NOOP(
    "camera", "The camera could not be started: another program may be using it. Close that "
              "program, or type or scan the code with the scanner.")
CAMERA_DENIED = QT_TRANSLATE_NOOP(
    "camera", "GiftDesk may not use the camera. Allow it in the computer's privacy settings, "
              "or type or scan the code with the scanner.")
CAMERA_ASKING = QT_TRANSLATE_NOOP("camera",
                                  "Allow GiftDesk to use the camera when the computer asks.")
CAMERA_GONE = QT_TRANSLATE_NOOP("camera", "The camera was disconnected. Type or scan the code "
                                          "with the scanner.")
NO_PICTURE = QT_TRANSLATE_NOOP("camera", "The camera sends no picture. Type or scan the code "
                                         "with the scanner.")
NO_MULTIMEDIA = QT_TRANSLATE_NOOP("camera", "Camera scanning is not installed on this "
                                            "computer. Type or scan the code with the scanner.")
# The scan screen's calm line when the default camera is chosen and there is none: a counter
# with a USB scanner and no webcam is normal, not a fault.
CAMERA_OFF = QT_TRANSLATE_NOOP(
    "camera", "Camera scanning is off: no camera is connected. Type the code or use the USB "
              "scanner; to use a camera, plug it in and choose it in Settings (F9).")
CAMERA_NOT_INSTALLED_OFF = QT_TRANSLATE_NOOP(
    "camera", "Camera scanning is off: it is not installed on this computer. Type the code or "
              "use the USB scanner.")


def shown(sentence: str) -> str:
    """A sentence of this module in the app's language (others pass unchanged)."""
    return translate("camera", sentence)


def file_missing(name: str) -> str:
    return translate("camera", "The camera file %1 was not found. Type or scan the code with "
                               "the scanner.").replace("%1", name)


def file_unplayable(name: str) -> str:
    return translate("camera", "The video %1 cannot be played. Type or scan the code with the "
                               "scanner.").replace("%1", name)


def no_pictures(name: str) -> str:
    return translate("camera", "No pictures could be read from %1. Type or scan the code with "
                               "the scanner.").replace("%1", name)
