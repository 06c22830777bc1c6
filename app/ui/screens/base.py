"""What every screen shares: a name, focus on entry, busy state, buttons with shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.widgets.busy_indicator import BusyIndicator

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class Screen(QWidget):
    """A page of the main window's stack. `enter()` runs each time it becomes current."""

    title = ""
    busy_words = QT_TRANSLATE_NOOP("Screen", "Working…")
    """What the screen's own spinner says while a request runs, unless told otherwise."""
    busy_indicator: BusyIndicator | None = None
    type_ahead = False
    """Typing a digit or letter here starts a new card (keyboard-wedge scanners too)."""
    typedAhead = Signal(str)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("screen", True)
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def enter(self) -> None:
        """Called when the screen is shown: put the focus where the cashier types next."""

    @property
    def has_busy_indicator(self) -> bool:
        """True when the screen shows its own spinner (else the window's status bar does)."""
        return self.busy_indicator is not None

    def set_busy(self, busy: bool, words: str = "") -> None:
        """Disable what would send a second request while one is running; run the spinner.

        Screens extend this to disable their own buttons."""
        self._busy = busy
        if self.busy_indicator is not None:
            self.show_progress(self.busy_indicator, busy, words)

    def show_progress(self, spinner: BusyIndicator, busy: bool, words: str) -> None:
        """Run the screen's own spinner while busy."""
        if busy:
            spinner.start(words or self.busy_words)
        else:
            spinner.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (self.type_ahead and text and len(text) == 1 and text.isalnum()
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
                & ~Qt.KeyboardModifier.KeypadModifier):
            self.typedAhead.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def shortcut(self, keys: str | QKeySequence | Qt.Key,
                 slot: Callable[[], None]) -> QShortcut:
        """A shortcut active while the focus is anywhere on this screen."""
        sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
        sc = QShortcut(sequence, self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)
        return sc

    def on_enter_key(self, slot: Callable[[], None]) -> list[QShortcut]:
        """Enter and Return (main keyboard and keypad) both run `slot`."""
        return [self.shortcut(QKeySequence(key), slot) for key in ENTER_KEYS]


def button(text: str, keys: str, parent: QWidget, *, object_name: str,
           primary: bool = False, danger: bool = False) -> QPushButton:
    """A large push button that shows its shortcut, e.g. "Redeem  [Enter]"."""
    b = QPushButton(f"{text}   [{keys}]" if keys else text, parent)
    b.setObjectName(object_name)
    b.setProperty("primary", primary)
    b.setProperty("danger", danger)
    b.setAutoDefault(True)  # Enter on a focused button presses it
    b.setMinimumHeight(48)
    b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return b


def label(text: str, parent: QWidget, *, role: str = "", size: float | None = None,
          bold: bool = False, object_name: str = "") -> QLabel:
    """A label with a style role (title, hint, error, fieldName…) and an optional size."""
    lab = QLabel(text, parent)
    if role:
        lab.setProperty("role", role)
    if size is not None:
        lab.setFont(theme.font(size, bold=bold))
    if object_name:
        lab.setObjectName(object_name)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


def field_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """The name of a form field, on the line of the text typed into it, never clipped.

    As tall as the field with its words centred, so it lines up with the field's text rather
    than sitting above it; a few pixels of room on the right so that antialiased glyphs
    ("Terminal"'s last l) are not cut at the label's edge.
    """
    lab = label(text, parent, role="fieldName")
    lab.setBuddy(buddy)
    lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    lab.setContentsMargins(2, 0, 4, 0)
    buddy.ensurePolished()
    lab.setMinimumHeight(max(buddy.sizeHint().height(), buddy.minimumHeight()))
    return lab


def set_role(widget: QWidget, role: str) -> None:
    """Change a style role and re-apply the style sheet to the widget."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
