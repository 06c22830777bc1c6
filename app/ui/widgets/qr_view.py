"""A card's QR code, drawn module by module with QPainter: sharp at any size and DPI."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # light modules around the code, as the QR specification asks


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code's dark modules (True) for `payload`, made with segno."""
    import segno

    return [[bool(v) for v in row] for row in segno.make_qr(payload, error="m").matrix]


class QrView(QWidget):
    """Shows the QR code of a payload; empty payload shows nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrView")
        self.setAccessibleName(self.tr("QR code of the card"))
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._payload = ""
        self._matrix: list[list[bool]] = []

    @property
    def payload(self) -> str:
        return self._payload

    def set_payload(self, payload: str) -> None:
        if payload != self._payload:
            self._payload = payload
            self._matrix = qr_matrix(payload) if payload else []
            self.update()

    def fit(self, side: int) -> None:
        """Take a fixed size of at most `side` px that is a whole number of modules."""
        n = len(self._matrix) + 2 * QUIET_ZONE if self._matrix else 1
        size = max(n, side // n * n)
        self.setFixedSize(size, size)

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        n = len(self._matrix) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        ratio = self.devicePixelRatioF()
        # Whole device pixels per module keep every edge crisp.
        module = max(1, math.floor(side * ratio / n)) / ratio
        total = module * n
        left = round((self.width() - total) / 2 * ratio) / ratio
        top = round((self.height() - total) / 2 * ratio) / ratio
        painter.fillRect(QRectF(left, top, total, total), QColor("#ffffff"))
        dark = QColor("#000000")
        for y, row in enumerate(self._matrix):
            run_start = -1
            for x, on in enumerate([*row, False]):
                if on and run_start < 0:
                    run_start = x
                elif not on and run_start >= 0:
                    painter.fillRect(QRectF(left + (run_start + QUIET_ZONE) * module,
                                            top + (y + QUIET_ZONE) * module,
                                            (x - run_start) * module, module), dark)
                    run_start = -1
        painter.end()
