"""Shares the status bar's width at 1024 pixels and less, in every language.

Who is signed in and the F10 hint always show whole. Then the shortcut hints, then the
ledger's name; what does not fit gives way: a long ledger address first (down to a few
characters, "…" in the middle), then the hints (whole hints only, ending in "…"). Each keeps
its whole text as a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from app.ui.widgets.elided_label import ElidedLabel, HintsLabel

KEEP_CHARS = 24  # a ledger name this short ("Embedded ledger") always shows whole
SPACING = 6  # QStatusBar's own layout spacing
SLACK = 12  # its margins and the size grip's place


class StatusFit(QObject):
    """Watches `bar` and fixes the ledger label's width so that the hints give way last."""

    def __init__(self, bar: QStatusBar, ledger: ElidedLabel, hints: HintsLabel,
                 whole: Callable[[], list[QWidget]]) -> None:
        super().__init__(bar)
        self.bar, self.ledger, self.hints, self.whole = bar, ledger, hints, whole
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (QEvent.Type.Resize,
                                                    QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        shown = [w for w in self.whole() if not w.isHidden()]
        free = (self.bar.width() - SLACK - sum(w.sizeHint().width() for w in shown)
                - SPACING * (len(shown) + 2))
        full = self.ledger.full_width()
        if len(self.ledger.text()) <= KEEP_CHARS:
            least = full
        else:
            least = min(full, self.ledger.minimumSizeHint().width())
        hints = self.hints.full_width() if not self.hints.isHidden() else 0
        self.ledger.setFixedWidth(max(least, min(full, free - hints)))
