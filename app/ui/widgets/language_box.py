"""The Language choice of Settings: the computer's language, or one the app ships."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QWidget

from app.ui import i18n, language


class LanguageBox(QGroupBox):
    """A group with the language list; `setting` is the value for `AppSettings.language`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.setObjectName("languageGroup")
        row = QHBoxLayout(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageChoice")
        self.combo.setAccessibleName(self.tr("Language"))
        system = i18n.LANGUAGES[language.resolve(language.SYSTEM)]
        self.combo.addItem(self.tr("Same as this computer (%1)").replace("%1", system),
                           language.SYSTEM)
        for code, name in i18n.LANGUAGES.items():  # each in its own words
            self.combo.addItem(name, code)
        row.addWidget(self.combo)
        self.note = QLabel(self.tr("Money and dates follow the language. A new choice applies "
                                   "the next time GiftDesk starts."), self)
        self.note.setObjectName("languageNote")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        row.addWidget(self.note, 1)

    def load(self, setting: str) -> None:
        index = self.combo.findData(setting)
        self.combo.setCurrentIndex(index if index >= 0 else 0)

    @property
    def setting(self) -> str:
        return str(self.combo.currentData() or language.SYSTEM)
