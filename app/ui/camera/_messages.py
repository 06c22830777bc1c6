"""What the camera panel tells the cashier: one sentence per condition, each ending with what
still works (typing the code, or the USB scanner). Details go to the log."""

from __future__ import annotations

_FALLBACK = "Type or scan the code with the scanner."

READY = "Hold the card's QR code inside the square."
STARTING = "Starting the camera…"
SCANNED = "Card read."
FOREIGN_CODE = "That QR code is not a GiftDesk card."
NO_CAMERA = f"No camera found. {_FALLBACK}"
CHOSEN_CAMERA_MISSING = f"The camera chosen in Settings is not connected. {_FALLBACK}"
CAMERA_FAILED = ("The camera could not be started: another program may be using it. "
                 "Close that program, or type or scan the code with the scanner.")
CAMERA_DENIED = ("GiftDesk may not use the camera. Allow it in the computer's privacy "
                 "settings, or type or scan the code with the scanner.")
CAMERA_ASKING = "Allow GiftDesk to use the camera when the computer asks."
CAMERA_GONE = f"The camera was disconnected. {_FALLBACK}"
NO_PICTURE = f"The camera sends no picture. {_FALLBACK}"
NO_MULTIMEDIA = f"Camera scanning is not installed on this computer. {_FALLBACK}"
# The scan screen's calm line when the default camera is chosen and there is none: a counter
# with a USB scanner and no webcam is normal, not a fault.
CAMERA_OFF = ("Camera scanning is off: no camera is connected. Type the code or use the "
              "USB scanner; to use a camera, plug it in and choose it in Settings (F9).")
CAMERA_NOT_INSTALLED_OFF = ("Camera scanning is off: it is not installed on this computer. "
                            "Type the code or use the USB scanner.")


def file_missing(name: str) -> str:
    return f"The camera file {name} was not found. {_FALLBACK}"


def file_unplayable(name: str) -> str:
    return f"The video {name} cannot be played. {_FALLBACK}"


def no_pictures(name: str) -> str:
    return f"No pictures could be read from {name}. {_FALLBACK}"
