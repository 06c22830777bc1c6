"""Colours, type sizes and the style sheet (resources/styles/giftdesk.qss)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
STYLE_SHEET = RESOURCES / "styles" / "giftdesk.qss"
ICONS = RESOURCES / "icons"

# Status colours: each is used with an icon and words, never alone. All reach at least
# 4.5:1 contrast against white text.
OK = QColor("#1b6e35")
WARN = QColor("#8a4b00")
BAD = QColor("#b3261e")
INFO = QColor("#3d4a5c")
TRAINING = QColor("#ffc107")

BASE_POINT_SIZE = 12
# Type sizes, in points, relative to nothing: at 1024×768 the balance must fit on one line.
BALANCE_POINT_SIZE = 50
HEADLINE_POINT_SIZE = 22
CODE_POINT_SIZE = 26


def font(point_size: float, *, bold: bool = False, mono: bool = False) -> QFont:
    """A font of the app's family at `point_size`."""
    f = QFont("DejaVu Sans Mono" if mono else QApplication.font().family())
    if mono:
        f.setStyleHint(QFont.StyleHint.Monospace)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


def apply(app: QApplication) -> None:
    """Set the base font and the style sheet; a missing style file only costs looks."""
    base = app.font()
    base.setPointSize(BASE_POINT_SIZE)
    app.setFont(base)
    try:
        sheet = STYLE_SHEET.read_text(encoding="utf-8")
        app.setStyleSheet(sheet.replace("@ICONS@", ICONS.as_posix()))
    except OSError:
        log.warning("style sheet %s not found; using the default look", STYLE_SHEET)
