"""The banner over the editor after a publish kit is written: where it went, and buttons to
open the folder or the checklist report. A banner, not a dialog: it interrupts nothing and
stays until the user closes it or writes the next kit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class KitBanner(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("kitBanner")
        self.setStyleSheet("#kitBanner { background: #D8F3DC; border: 1px solid #74C69D; border-radius: 6px; }"
                           "#kitBanner QLabel { color: #1B4332; }")
        self.text = QLabel(self, wordWrap=True)
        self.open_folder = QPushButton(self.tr("Buka folder"), self)
        self.open_report = QPushButton(self.tr("Buka laporan"), self)
        self.close_button = QPushButton("×", self, toolTip=self.tr("Tutup"), accessibleName=self.tr("Tutup"))
        self.close_button.setFixedWidth(32)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_folder)
        row.addWidget(self.open_report)
        row.addWidget(self.close_button)
        self.open_folder.clicked.connect(lambda: self._open(self._folder))
        self.open_report.clicked.connect(lambda: self._open(self._report))
        self.close_button.clicked.connect(self.hide)
        self._folder = self._report = None
        self.hide()

    def show_kit(self, kit) -> None:
        self._folder = Path(kit.folder)
        self._report = next((f for f in kit.files if f.suffix == ".html"), None)
        n = sum(1 for f in kit.files if f.suffix in (".jpg", ".jpeg", ".png", ".webp", ".pdf", ".svg"))
        self.text.setText(self.tr("Paket terbit tersimpan: {n} berkas gambar di {folder}").format(
            n=n, folder=self._folder))
        self.open_report.setEnabled(self._report is not None)
        self.show()

    @staticmethod
    def _open(path) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
