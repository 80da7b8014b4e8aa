"""The one place the GUI shows errors: a clear message in the user's language, and for
unexpected errors the log path to attach to a bug report. Nothing is uploaded."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths
from app.errors import DiplomatError

log = logging.getLogger("diplomat.ui")


def log_file():
    return paths.log_dir() / "diplomat-studio.log"


def show_error(parent, exc: BaseException, lang: str) -> None:
    if isinstance(exc, DiplomatError):
        QMessageBox.warning(parent, "Diplomat Studio", exc.message(lang))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    text = {"id": "Terjadi kesalahan tak terduga. Pekerjaan Anda disimpan otomatis.\n"
                  f"Untuk laporan bug, lampirkan berkas log:\n{log_file()}",
            "en": "An unexpected error happened. Your work is autosaved.\n"
                  f"For a bug report, attach the log file:\n{log_file()}"}[lang]
    box = QMessageBox(QMessageBox.Icon.Critical, "Diplomat Studio", text, parent=parent)
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def install_excepthook(lang_getter) -> None:
    def hook(kind, value, tb):
        log.critical("uncaught", exc_info=(kind, value, tb))
        if QApplication.instance() is not None and kind is not KeyboardInterrupt:
            show_error(QApplication.activeWindow(), value, lang_getter())
        else:
            sys.__excepthook__(kind, value, tb)
    sys.excepthook = hook
