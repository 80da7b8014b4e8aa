"""macOS hands a double-clicked `.diplomat` to the running app as a FileOpen event, not as an
argument: ProjectOpener, installed on the QApplication, opens it like a project given on the
command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject


class ProjectOpener(QObject):
    def __init__(self, open_project: Callable[[Path], object]):
        super().__init__()
        self._open = open_project

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and event.file():
            self._open(Path(event.file()))
            return True
        return False
