"""Form labels at 1024×768: on the line of their field's text, and never clipped."""

from __future__ import annotations

from giftdesk_ui_support import Counter
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.screens.override_dialog import ManagerOverrideDialog


def field_labels(screen: QWidget) -> list[QLabel]:
    return [lab for lab in screen.findChildren(QLabel)
            if lab.property("role") == "fieldName" and lab.buddy() is not None
            and lab.isVisible()]


def assert_labels_fit_their_fields(screen: QWidget) -> None:
    labels = field_labels(screen)
    assert labels, screen.objectName()
    for lab in labels:
        buddy = lab.buddy()
        text = lab.text().replace("&", "")
        # Room for the whole word, with a little to spare for antialiased glyph edges.
        assert lab.width() >= lab.fontMetrics().horizontalAdvance(text) + 4, text
        # The word's middle is the field's middle: on the line of the text typed into it.
        label_mid = lab.mapTo(screen, QPoint(0, lab.height() // 2)).y()
        field_mid = buddy.mapTo(screen, QPoint(0, buddy.height() // 2)).y()
        assert abs(label_mid - field_mid) <= 2, text
        assert lab.alignment() & Qt.AlignmentFlag.AlignVCenter, text


def test_sign_in_settings_redeem_and_override_labels(counter: Counter,
                                                     demo: dict[str, str]) -> None:
    w = counter.window
    counter.wait(lambda: w.ledger_ready)
    assert_labels_fit_their_fields(w.sign_in)
    counter.sign_in()
    counter.scan(demo["active, $50.00"])
    counter.enter()
    assert w.current is w.redeem
    assert_labels_fit_their_fields(w.redeem)
    counter.key(Qt.Key.Key_Escape)
    counter.key(Qt.Key.Key_F9)
    assert w.current is w.settings_screen
    assert_labels_fit_their_fields(w.settings_screen)
    dialog = ManagerOverrideDialog("$5.00 back on card 1234 5678 9012.", w)
    dialog.show()
    counter.wait(dialog.isVisible)
    assert_labels_fit_their_fields(dialog)
    dialog.close()
