"""A small spinner with words ("Checking the card…") shown while the ledger works."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.i18n import translate

FRAME_MS = 80
SPOKES = 12


class BusyIndicator(QWidget):
    """Spinner plus words; animates only while visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self._words = ""
        self._step = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    @property
    def words(self) -> str:
        return self._words

    def start(self, words: str) -> None:
        """Spin with `words`, translated here (context "Screen") since the screens' and the
        flows' busy words are marked where they are defined (QT_TRANSLATE_NOOP)."""
        words = translate("Screen", words)
        self._words = words
        self.setAccessibleName(words)
        self.show()
        self._timer.start()
        self.updateGeometry()
        self.update()

    def stop(self) -> None:
        self._timer.stop()
        self._words = ""
        self.hide()

    def _tick(self) -> None:
        self._step = (self._step + 1) % SPOKES
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.height() + 12 + fm.horizontalAdvance(self._words), fm.height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = self.fontMetrics().height()
        top = (self.height() - side) / 2
        centre_x, centre_y = side / 2, top + side / 2
        for i in range(SPOKES):
            alpha = 40 + 215 * ((i - self._step) % SPOKES) // SPOKES
            p.setPen(QPen(QColor(11, 92, 173, alpha), max(2.0, side / 10),
                          Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.save()
            p.translate(centre_x, centre_y)
            p.rotate(i * 360 / SPOKES)
            p.drawLine(0, int(-side / 2), 0, int(-side / 4))
            p.restore()
        p.setPen(self.palette().windowText().color())
        p.drawText(QRectF(side + 12, 0, self.width() - side - 12, self.height()),
                   int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self._words)
        p.end()
