"""Bantuan: the first-run tour (also Tur singkat), the guide (F1), the log's location and
Tentang. The window owns the menu; this module builds it and opens its dialogs, each
window-modal (`open`, no nested event loop) and deleted on close."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from app import paths

from .about_dialog import AboutDialog
from .guide_dialog import GuideDialog
from .tour import TourDialog


class HelpMenu(QObject):
    def __init__(self, window, bar):
        super().__init__(window)
        self.window = window
        menu = bar.addMenu(self.tr("Ban&tuan"))
        add = window._action  # the window's own: parented to it, shortcuts and all
        add(self.tr("&Panduan"), QKeySequence.StandardKey.HelpContents, self.show_guide, menu)
        self.tour_action = add(self.tr("&Tur singkat"), None, self.show_tour, menu)
        add(self.tr("Lokasi berkas log"), None, self.show_log, menu)
        menu.addSeparator()
        self.about_action = add(self.tr("&Tentang Diplomat Studio"), None, self.show_about, menu)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_tour(self) -> TourDialog:
        dialog = TourDialog(self.window)
        dialog.finished.connect(self._tour_seen)  # skipped or finished: not shown at start again
        return self._open(dialog)

    def first_start(self) -> TourDialog | None:
        """The tour, on the very first start only."""
        return None if self.window.settings.tour_seen else self.show_tour()

    def _tour_seen(self, *_args) -> None:
        if not self.window.settings.tour_seen:
            self.window.settings.tour_seen = True
            self.window._save_settings()

    def show_guide(self) -> GuideDialog:
        return self._open(GuideDialog(self.window.lang, self.window))

    def show_about(self) -> AboutDialog:
        return self._open(AboutDialog(self.window.lang, self.window))

    def show_log(self) -> None:
        QMessageBox.information(self.window, "Diplomat Studio", str(paths.log_dir()))
