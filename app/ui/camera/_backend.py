"""Whether QtMultimedia (video) and an audio output can be used on this machine.

QtMultimedia ships in the PySide6-Addons wheel and loads FFmpeg when first used, so the camera
code imports it only through `multimedia_available()`; without it the counter app still runs
and the camera panel says why it shows no picture.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLoggingCategory

log = logging.getLogger(__name__)

# On first use the FFmpeg backend probes for optional system libraries (PipeWire for camera
# lists, VA-API for hardware video decoding) and warns for each one it does not find. Neither is
# needed: cameras are listed through V4L2 and frames are decoded in software. The warnings would
# fill every log at every start, so this one category is silenced at warning level.
_QUIET_RULES = "qt.multimedia.symbolsresolver.warning=false"

_available: bool | None = None
_missing_reason = ""


def quiet_optional_library_probe() -> None:
    """Silence the probe's warnings; must run before QtMultimedia is imported."""
    QLoggingCategory.setFilterRules(_QUIET_RULES)


# The camera package imports this module before any of its QtMultimedia modules.
quiet_optional_library_probe()


def multimedia_available() -> bool:
    """Import QtMultimedia once (quieting its optional-library probe); False if missing."""
    global _available, _missing_reason
    if _available is None:
        try:
            importlib.import_module("PySide6.QtMultimedia")
        except ImportError as exc:
            _available = False
            _missing_reason = str(exc)
            log.warning("camera scanning disabled: QtMultimedia cannot be imported (%s); "
                        "install the PySide6-Addons package", exc)
        else:
            _available = True
    return _available


def multimedia_missing_reason() -> str:
    """Why `multimedia_available()` is False (the ImportError's text), else ""."""
    multimedia_available()
    return _missing_reason


def audio_output_possible() -> bool:
    """False where asking Qt for an audio output could only fail (and warn).

    On Linux, QtMultimedia talks to a PulseAudio (or PipeWire-Pulse) server; with no server
    socket it warns "pa_context_connect() failed" and has no output. Elsewhere, assume yes.
    """
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("PULSE_SERVER"):
        return True
    candidates = []
    if runtime := os.environ.get("PULSE_RUNTIME_PATH"):
        candidates.append(Path(runtime) / "native")
    xdg = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    candidates += [Path(xdg) / "pulse" / "native", Path("/run/pulse/native"),
                   Path("/var/run/pulse/native")]
    return any(path.exists() for path in candidates)
