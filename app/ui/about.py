"""The About box: GiftDesk's version and licence, and the licences of what it is built on.

The list is read from the installed packages' metadata (the bundle carries it), so it stays
true as dependencies change. Qt comes through PySide6 under the GNU LGPL v3: the box says so,
says how to get Qt's source, and shows the licence text (the PySide6 package's own copy if it
ships one, else the copy in resources/licenses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.theme import RESOURCES

APP = "giftdesk"
QT_PACKAGES = ("PySide6-Essentials", "PySide6-Addons", "shiboken6")
LGPL_FILE = RESOURCES / "licenses" / "LGPL-3.0.txt"
QT_SOURCE = "https://download.qt.io/official_releases/qt/"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Licence:
    package: str
    version: str
    licence: str


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence a package declares: its SPDX expression, a short License field, or the
    names in its "License ::" classifiers."""
    expression = (meta.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression)
    field = str((meta.get_all("License") or [""])[0]).strip()
    if field and "\n" not in field and len(field) <= 60:
        return field
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and c.count("::") >= 2]
    return ", ".join(classifiers) or "?"


def dependencies(root: str = APP) -> list[Licence]:
    """Every installed package `root` needs (directly or not), by name."""
    try:
        wanted = [root]
        metadata.distribution(root)
    except metadata.PackageNotFoundError:  # a build without the app's metadata: show all
        wanted = [str(d.metadata["Name"]) for d in metadata.distributions()]
    seen: dict[str, Licence] = {}
    while wanted:
        name = wanted.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # an optional one, not installed here
            continue
        seen[key] = Licence(str(dist.metadata["Name"]), dist.version, licence_of(dist.metadata))
        for requirement in dist.requires or ():
            found = _NAME.match(requirement)
            if found and "extra ==" not in requirement.replace("extra==", "extra =="):
                wanted.append(found.group(1))
    seen.pop(root, None)
    return sorted(seen.values(), key=lambda d: d.package.lower())


def app_licence() -> str:
    try:
        return licence_of(metadata.metadata(APP))
    except metadata.PackageNotFoundError:
        return "MIT"


def lgpl_text() -> str:
    """The LGPL v3 as Qt's package ships it, else GiftDesk's copy."""
    for package in QT_PACKAGES:
        try:
            files = metadata.distribution(package).files or ()
        except metadata.PackageNotFoundError:
            continue
        for file in files:
            if re.search(r"LGPL|LICENSE", file.name, re.IGNORECASE):
                text = file.read_text(encoding="utf-8")
                if text and "LESSER GENERAL PUBLIC" in text.upper():
                    return text
    return LGPL_FILE.read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """Version, licence, the dependencies' licences and the LGPL text of Qt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About GiftDesk"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.heading = QPlainTextEdit(self)  # selectable, so a version can be copied
        self.heading.setObjectName("aboutText")
        self.heading.setReadOnly(True)
        self.heading.setMaximumHeight(150)
        self.heading.setPlainText("\n\n".join((
            self.tr("GiftDesk %1").replace("%1", __version__),
            self.tr("GiftDesk is free software under the %1 licence.").replace(
                "%1", app_licence()),
            self.tr("It uses Qt %1 through PySide6 under the GNU Lesser General Public "
                    "License v3 (LGPL): you may replace these libraries with your own build "
                    "of them. Qt's source code: %2").replace("%1", qVersion()).replace(
                        "%2", QT_SOURCE))))
        layout.addWidget(self.heading)

        rows = dependencies()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("licenceTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Package"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, dependency in enumerate(rows):
            for column, text in enumerate(
                    (dependency.package, dependency.version, dependency.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setObjectName("lgplText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setPlainText(lgpl_text())
        self.licence_text.hide()
        layout.addWidget(self.licence_text, 2)

        buttons = QHBoxLayout()
        self.lgpl_button = QPushButton(self.tr("Show the LGPL"), self)
        self.lgpl_button.setObjectName("showLgplButton")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("aboutCloseButton")
        self.close_button.setDefault(True)
        buttons.addWidget(self.lgpl_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.lgpl_button.clicked.connect(self._toggle_licence)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_licence(self) -> None:
        showing = not self.licence_text.isVisible()
        self.licence_text.setVisible(showing)
        self.table.setVisible(not showing)
        self.lgpl_button.setText(self.tr("Show the packages") if showing
                                 else self.tr("Show the LGPL"))
