"""Languages through Qt's own translation system: the interface is written in Indonesian;
English comes from ui/translations/diplomat_en.qm, compiled from the .ts file by
`pyside6-lrelease` when the project is built (see the Makefile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
_installed: list[QTranslator] = []


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"diplomat_{lang}.qm"


def install(lang: str) -> bool:
    """Switch the running app to `lang` ('id' needs no file). Returns False if the compiled
    translation is missing, in which case the interface stays Indonesian."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English))
    if lang == "id":
        return True
    translator = QTranslator(app)
    if not translator.load(str(qm_path(lang))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
