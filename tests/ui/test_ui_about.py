"""The About box: version, GiftDesk's licence, its dependencies' licences, Qt's LGPL."""

from __future__ import annotations

from importlib import metadata

import pytest
from giftdesk_ui_support import Counter
from PySide6.QtCore import Qt, qVersion
from pytestqt.qtbot import QtBot

from app import __version__
from app.ui.about import AboutDialog, dependencies

# A top-level dialog under the offscreen platform (the test machine's, not a shop's).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def test_the_about_box_shows_the_version_the_licences_and_the_lgpl(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.heading.toPlainText()
    assert f"GiftDesk {__version__}" in text
    assert "under the MIT licence" in text
    assert f"Qt {qVersion()}" in text
    assert "Lesser General Public License" in text
    rows = _rows(dialog)
    qt = rows["PySide6_Essentials"] if "PySide6_Essentials" in rows else rows[
        "PySide6-Essentials"]
    assert qt == (metadata.version("PySide6-Essentials"),
                  metadata.metadata("PySide6-Essentials")["License"])
    assert "LGPL-3.0" in qt[1]
    assert rows["fastapi"][1] == "MIT"
    assert rows["httpx"][1] == "BSD-3-Clause"
    assert "giftdesk" not in {name.lower() for name in rows}
    assert not dialog.licence_text.isVisible()
    qtbot.mouseClick(dialog.lgpl_button, Qt.MouseButton.LeftButton)
    assert dialog.licence_text.isVisible()
    assert not dialog.table.isVisible()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    assert "Version 3" in dialog.licence_text.toPlainText()


def test_every_installed_requirement_is_listed_with_its_own_version() -> None:
    listed = {d.package.lower().replace("_", "-"): d for d in dependencies()}
    direct = [r.split(";")[0].split("[")[0].split(">")[0].split("<")[0].split("=")[0].strip()
              for r in metadata.requires("giftdesk") or () if "extra" not in r]
    installed = []
    for name in direct:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # e.g. uvloop on Windows
        installed.append(name)
        assert listed[name.lower().replace("_", "-")].version == version, name
    assert len(installed) >= 15
    # Indirect ones too: Starlette comes with FastAPI, h11 with uvicorn.
    assert {"starlette", "h11", "pydantic"} <= set(listed)
    assert all(d.licence for d in listed.values())


def test_the_about_box_speaks_the_shops_language(qtbot: QtBot, german: None) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Über GiftDesk"
    assert "unter der MIT-Lizenz" in dialog.heading.toPlainText()


def test_f1_and_the_settings_screen_open_the_about_box(counter: Counter) -> None:
    w = counter.window
    counter.wait(lambda: w.ledger_ready)
    counter.key(Qt.Key.Key_F1)
    counter.wait(lambda: getattr(w, "about", None) is not None and w.about.isVisible())
    assert w.about.windowTitle() == "About GiftDesk"
    counter.qtbot.mouseClick(w.about.close_button, Qt.MouseButton.LeftButton)
    counter.wait(lambda: not w.about.isVisible())
    w.open_settings()
    counter.wait(lambda: w.current is w.settings_screen)
    first = w.about
    counter.qtbot.mouseClick(w.settings_screen.about_button, Qt.MouseButton.LeftButton)
    counter.wait(lambda: w.about is not first and w.about.isVisible())
