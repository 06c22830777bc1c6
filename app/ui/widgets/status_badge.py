"""A card's status as colour, icon and words together (never colour alone)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui import theme


class Icon(Enum):
    CHECK = "check"
    CROSS = "cross"
    LOCK = "lock"
    CLOCK = "clock"
    WARNING = "warning"
    TRAINING = "training"


class StatusBadge(QWidget):
    """A rounded pill: painted icon and bold words in white on the status colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self._words = ""
        self._icon = Icon.CHECK
        self._colour = theme.OK
        self.setFont(theme.font(theme.HEADLINE_POINT_SIZE - 4, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    @property
    def words(self) -> str:
        return self._words

    @property
    def icon(self) -> Icon:
        return self._icon

    def set_status(self, words: str, icon: Icon, colour: QColor) -> None:
        self._words, self._icon, self._colour = words, icon, colour
        self.setAccessibleName(self.tr("Status: %1").replace("%1", words))
        self.updateGeometry()
        self.update()

    def _metrics(self) -> tuple[int, int, int]:
        fm = self.fontMetrics()
        height = fm.height() + 16
        icon = fm.height()
        return height, icon, fm.horizontalAdvance(self._words)

    def sizeHint(self) -> QSize:
        height, icon, text = self._metrics()
        return QSize(16 + icon + 10 + text + 20, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        height, icon, _text = self._metrics()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._colour)
        p.drawRoundedRect(QRectF(0, 0, self.width(), height), height / 2, height / 2)
        box = QRectF(16, (height - icon) / 2, icon, icon)
        self._draw_icon(p, box)
        p.setPen(self._ink())
        p.setFont(self.font())
        p.drawText(QRectF(box.right() + 10, 0, self.width() - box.right() - 20, height),
                   int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                   self._words)
        p.end()

    def _ink(self) -> QColor:
        """White on the dark status colours; near-black on a light one (training amber)."""
        c = self._colour
        light = 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() > 0.6
        return QColor("#111111") if light else QColor("#ffffff")

    @property
    def ink(self) -> QColor:
        return self._ink()

    @property
    def colour(self) -> QColor:
        return QColor(self._colour)

    def _draw_icon(self, p: QPainter, box: QRectF) -> None:
        white = self._ink()
        pen = QPen(white, max(2.0, box.width() / 8), Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        x, y, w, h = box.x(), box.y(), box.width(), box.height()
        if self._icon is Icon.CHECK:
            path = QPainterPath(QPointF(x + w * 0.1, y + h * 0.55))
            path.lineTo(x + w * 0.4, y + h * 0.85)
            path.lineTo(x + w * 0.92, y + h * 0.18)
            p.drawPath(path)
        elif self._icon is Icon.CROSS:
            p.drawLine(QPointF(x + w * 0.15, y + h * 0.15), QPointF(x + w * 0.85, y + h * 0.85))
            p.drawLine(QPointF(x + w * 0.85, y + h * 0.15), QPointF(x + w * 0.15, y + h * 0.85))
        elif self._icon is Icon.LOCK:
            p.drawArc(QRectF(x + w * 0.25, y + h * 0.05, w * 0.5, h * 0.6), 0, 180 * 16)
            p.drawLine(QPointF(x + w * 0.25, y + h * 0.35), QPointF(x + w * 0.25, y + h * 0.45))
            p.drawLine(QPointF(x + w * 0.75, y + h * 0.35), QPointF(x + w * 0.75, y + h * 0.45))
            p.setBrush(white)
            p.drawRoundedRect(QRectF(x + w * 0.12, y + h * 0.45, w * 0.76, h * 0.5), 2, 2)
        elif self._icon is Icon.CLOCK:
            p.drawEllipse(box.adjusted(w * 0.05, h * 0.05, -w * 0.05, -h * 0.05))
            p.drawLine(QPointF(x + w / 2, y + h / 2), QPointF(x + w / 2, y + h * 0.22))
            p.drawLine(QPointF(x + w / 2, y + h / 2), QPointF(x + w * 0.72, y + h * 0.62))
        else:  # WARNING and TRAINING: a triangle with "!"
            path = QPainterPath(QPointF(x + w / 2, y + h * 0.05))
            path.lineTo(x + w * 0.97, y + h * 0.92)
            path.lineTo(x + w * 0.03, y + h * 0.92)
            path.closeSubpath()
            p.drawPath(path)
            p.drawLine(QPointF(x + w / 2, y + h * 0.38), QPointF(x + w / 2, y + h * 0.6))
            p.drawPoint(QPointF(x + w / 2, y + h * 0.76))
