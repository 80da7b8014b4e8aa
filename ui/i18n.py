"""Languages through Qt's own translation system: the interface is written in Indonesian;
English comes from resources/translations/diplomat_en.qm, compiled from the .ts file with
`pyside6-lrelease` (`make translations`) and committed, so every install has it.

Qt's own standard buttons and dialogs (Cancel, Save, the file and colour dialogs, a text
field's context menu) are written in English, and PySide6 ships no Indonesian for them: ours is
resources/translations/qtbase_id.qm, from tools/qt_strings_id.json, installed with Indonesian."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import resources

_installed: list[QTranslator] = []


def qm_path(lang: str) -> Path:
    """The compiled translation; a missing one is a broken install (ResourceMissing)."""
    return resources.resource("translations", f"diplomat_{lang}.qm")


def qt_qm_path() -> Path:
    """Indonesian for Qt's standard buttons and dialogs."""
    return resources.resource("translations", "qtbase_id.qm")


def install(lang: str) -> bool:
    """Switch the running app to `lang` ('id' needs no file). Returns False if the compiled
    translation is missing, in which case the interface stays Indonesian."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English))
    translator = QTranslator(app)
    if lang == "id":  # our words are Indonesian already; Qt's are not
        if translator.load(str(qt_qm_path())):
            app.installTranslator(translator)
            _installed.append(translator)
        return True
    if not translator.load(str(qm_path(lang))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
