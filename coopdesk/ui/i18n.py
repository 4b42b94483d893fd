"""The language of the window: CoopDesk's French translation, Qt's own (buttons, dialogs), the locale.

Source strings are English; French is the default language. The compiled `coopdesk_fr.qm` is found in
a source checkout (`<repo>/resources/translations`) and in an installed wheel, where `resources/` is
packaged as `coopdesk.resources`.
"""

from __future__ import annotations

import importlib.resources
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coopdesk.settings import LANGUAGES

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "fr"
CATALOG = "coopdesk"
SOURCE_TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


def translations_dir() -> Path | None:
    """The folder holding `coopdesk_<language>.qm`, installed package first, then the source checkout."""
    try:
        packaged = importlib.resources.files("coopdesk.resources") / "translations"
    except ModuleNotFoundError:
        packaged = None
    # QTranslator reads files: only a folder on disk will do (not one inside a zip archive).
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    if SOURCE_TRANSLATIONS_DIR.is_dir():
        return SOURCE_TRANSLATIONS_DIR
    return None


def locale_for(language: str) -> QLocale:
    if language == "en":
        # English words, but day-first dates and the euro: the association is in France.
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def install_translators(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Set the default locale and install the translators of `language` ("fr" or "en") on `app`.

    Returns the installed translators (parented to `app`); English needs none, the source strings are
    English. An unknown language falls back to French.
    """
    chosen = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(locale_for(chosen))
    if chosen == "en":
        return []
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    folder = translations_dir()
    catalogs = [(f"qtbase_{chosen}", qt_dir), (f"{CATALOG}_{chosen}", str(folder) if folder else "")]
    for name, directory in catalogs:
        translator = QTranslator()
        if directory and translator.load(name, directory):
            translator.setParent(app)
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning(
                "Translation %s.qm not found in %s: part of the window stays in English", name, directory
            )
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators` (tests, screenshots in several languages)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
