"""Languages through Qt's own translation system: the interface is written in Indonesian;
English comes from resources/translations/diplomat_en.qm, compiled from the .ts file with
`pyside6-lrelease` (`make translations`) and committed, so every install has it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import resources

_installed: list[QTranslator] = []


def qm_path(lang: str) -> Path:
    """The compiled translation; a missing one is a broken install (ResourceMissing)."""
    return resources.resource("translations", f"diplomat_{lang}.qm")


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
