"""A one-line label that gives way: it shows as much of its text as fits, "…" in the middle,
and the whole text as its tooltip. For the status bar, where a long remote address must not
push the shortcut hints out of sight."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARS = 12


class ElidedLabel(QLabel):
    """`text()` stays the whole text; only the painting is shortened to the width it gets."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * MIN_CHARS),
                     hint.height())

    def full_width(self) -> int:
        """The width that shows the whole text (padding included)."""
        return QLabel.sizeHint(self).width()

    def shown_text(self) -> str:
        """What fits in the label's width now."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                         self.shown_text())
        painter.end()


class HintsLabel(ElidedLabel):
    """Shortcut hints ("F2 New card · F6 History · …"): as many whole hints as fit, then "…";
    never a hint cut in the middle. The tooltip lists them all."""

    SEPARATOR = " · "

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setText(text)
        # Shortened, the hints keep next to the F10 hint and the ledger's name; the room left
        # over (less than one hint) goes between them and who is signed in.
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip("\n".join(text.split(self.SEPARATOR)))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 4), hint.height())

    def shown_text(self) -> str:
        text, width = self.text(), self.contentsRect().width()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) <= width:
            return text
        parts = text.split(self.SEPARATOR)
        while parts:
            shown = self.SEPARATOR.join(parts) + " …"
            if metrics.horizontalAdvance(shown) <= width:
                return shown
            parts.pop()
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
