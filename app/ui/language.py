"""Load the app's translations (resources/translations/giftdesk_<lang>.qm) into Qt.

The language is the Language setting, or the computer's when that is "" (System). Qt's own
translations (qtbase: the standard buttons of dialogs) come from the PySide6 installation.
A language is chosen at start-up; a new choice in Settings applies from the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui import i18n
from app.ui.theme import RESOURCES

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
SYSTEM = ""  # the Language setting that follows the computer

# The translators installed now; Qt does not own them, so they are kept alive here.
_installed: list[QTranslator] = []


def system_locale() -> str:
    """The computer's locale as Qt reads it (LANG/LC_ALL on Linux), e.g. "de_DE" or "C"."""
    return QLocale.system().name()


def resolve(setting: str, system: str | None = None) -> str:
    """The language code the app shows for a Language setting ("" follows the computer)."""
    if setting in i18n.LANGUAGES:
        return setting
    code = (system if system is not None else system_locale()).split("_")[0]
    return code if code in i18n.LANGUAGES else "en"


def install(setting: str = SYSTEM, *, system: str | None = None) -> str:
    """Translate the app into the language `setting` asks for; returns its code."""
    app = QCoreApplication.instance()
    system = system if system is not None else system_locale()
    code = resolve(setting, system)
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator()
    if not ours.load(f"giftdesk_{code}", str(TRANSLATIONS)):
        log.warning("no translations for %s in %s", code, TRANSLATIONS)
    qt = QTranslator()
    has_qt = code != "en" and qt.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (ours, qt) if has_qt else (ours,):
        if app is not None:
            app.installTranslator(translator)
        _installed.append(translator)
    locale_name = i18n.formats_locale(code, system)
    QLocale.setDefault(QLocale(locale_name))
    i18n.configure(translator=_qt_translate, locale_name=locale_name)
    log.info("language %s, formats %s", code, locale_name)
    return code


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
