"""Bantuan → Panduan (F1): a short guide in the app, offline, in the interface's language: the
five steps from a duty to an exported, checked poster, and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from app import resources


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan"))
        self.resize(640, 560)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)  # nothing here leaves the app
        name = "panduan-id.html" if lang == "id" else "guide-en.html"
        self.text.setHtml(resources.resource("guide", name).read_text(encoding="utf-8"))
        self.text.setAccessibleName(self.tr("Panduan"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
