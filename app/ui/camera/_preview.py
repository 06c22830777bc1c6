"""The live picture with a square framing guide, a flash on a good read, and a message."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui import theme

GUIDE_FRACTION = 0.62  # side of the square guide, of the picture's shorter side
FLASH_MS = 350
_BACKGROUND = QColor("#1e2329")
_SHADE = QColor(0, 0, 0, 90)
_FLASH = QColor(theme.OK.red(), theme.OK.green(), theme.OK.blue(), 70)


def _outside(outer: QRectF, inner: QRectF) -> list[QRectF]:
    """The parts of ``outer`` around ``inner`` (top, bottom, left, right), as rectangles."""
    inner = inner.intersected(outer)
    if inner.isEmpty():
        return [outer]
    bands = [QRectF(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
             QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()),
             QRectF(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
             QRectF(inner.right(), inner.top(), outer.right() - inner.right(), inner.height())]
    return [b for b in bands if b.width() > 0 and b.height() > 0]


class CameraPreview(QWidget):
    """Paints the newest preview image (scaled to fit) under the framing guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(240, 180)
        self.image = QImage()
        self.message = ""
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self.update)
        self.frames_painted = 0

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """4:3, the usual webcam shape (16:9 pictures get bands, not a tall empty box)."""
        return width * 3 // 4

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def clear(self, message: str = "") -> None:
        """No picture: show ``message`` (if any) on a dark background instead."""
        self.image = QImage()
        self.message = message
        self.update()

    def set_message(self, message: str) -> None:
        self.message = message
        self.update()

    def flash(self) -> None:
        """A green frame around the guide for a moment: the code was read."""
        self._flash.start()
        self.update()

    def image_rect(self) -> QRect:
        """Where the picture is drawn: scaled to fit, centred (the whole widget if none)."""
        if self.image.isNull():
            return self.rect()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(self.rect().center())
        return rect

    def guide_rect(self) -> QRectF:
        area = QRectF(self.image_rect())
        side = min(area.width(), area.height()) * GUIDE_FRACTION
        square = QRectF(0, 0, side, side)
        square.moveCenter(area.center())
        return square

    def paintEvent(self, event: QPaintEvent) -> None:
        # Kept cheap, as it runs on the UI thread for every frame: plain rectangles, no
        # antialiased area fills (an antialiased path over the picture cost ~1 ms a frame).
        p = QPainter(self)
        target = self.image_rect()
        if self.image.isNull():
            p.fillRect(self.rect(), _BACKGROUND)
        else:
            for band in _outside(QRectF(self.rect()), QRectF(target)):
                p.fillRect(band, _BACKGROUND)
            p.drawImage(target, self.image)
            self.frames_painted += 1
            guide = self.guide_rect()
            for band in _outside(QRectF(target), guide):
                p.fillRect(band, _SHADE)
            if self.flashing:
                p.fillRect(guide, _FLASH)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw_corners(p, guide, theme.OK if self.flashing else QColor("white"))
        if self.message:
            p.setPen(QColor("white"))
            p.setFont(theme.font(theme.BASE_POINT_SIZE + 2, bold=True))
            box = self.rect().adjusted(16, 16, -16, -16)
            flags = Qt.TextFlag.TextWordWrap | (Qt.AlignmentFlag.AlignCenter
                                                if self.image.isNull()
                                                else Qt.AlignmentFlag.AlignBottom
                                                | Qt.AlignmentFlag.AlignHCenter)
            p.drawText(box, int(flags), self.message)
        p.end()

    @staticmethod
    def _draw_corners(p: QPainter, square: QRectF, color: QColor) -> None:
        pen = QPen(color, 4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        arm = square.width() * 0.18
        left, top, right, bottom = square.left(), square.top(), square.right(), square.bottom()
        for x, y, dx, dy in ((left, top, 1, 1), (right, top, -1, 1), (left, bottom, 1, -1),
                             (right, bottom, -1, -1)):
            p.drawLine(int(x), int(y), int(x + dx * arm), int(y))
            p.drawLine(int(x), int(y), int(x), int(y + dy * arm))
