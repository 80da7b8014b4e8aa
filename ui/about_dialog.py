"""Bantuan → Tentang Diplomat Studio: the version, the credit for Komunikonten's ten duties, the
licence, the Qt the app runs on, and LICENSE and THIRD-PARTY.md to read in the dialog.

The legal texts come through app.resources.legal_text, which finds them in a checkout, an
installed wheel or the desktop bundle; they are bundled data, read once when the dialog opens."""

from __future__ import annotations

from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
)

import app
from app import resources
from app.errors import DiplomatError
from app.model import duties

from .app_icon import window_icon


def app_version() -> str:
    """The installed distribution's version; a checkout run without installing has only the package's."""
    try:
        return metadata.version(resources.DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return app.__version__


class AboutDialog(QDialog):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Tentang Diplomat Studio"))
        self.setWindowIcon(window_icon())
        self.tabs = QTabWidget(accessibleName=self.tr("Teks lisensi"))
        self.tabs.addTab(self._plain_view("LICENSE", self.tr("Lisensi GPL-3.0")), self.tr("&Lisensi"))
        self.tabs.addTab(self._markdown_view("THIRD-PARTY.md", self.tr("Pihak ketiga")), self.tr("&Pihak ketiga"))
        buttons = QDialogButtonBox()
        # our own Close: Qt's standard button would stay English, as Qt's translations are not loaded
        buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self._credits())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def _header(self) -> QHBoxLayout:
        logo = QLabel(accessibleName="Diplomat Studio")
        logo.setPixmap(window_icon().pixmap(64, 64))
        logo.setFixedSize(64, 64)
        title = QLabel("<b style='font-size:16pt'>Diplomat Studio</b><br>"
                       + self.tr("Versi {version}").format(version=app_version()))
        self.version_label = title
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(title, 1)
        return row

    def _credits(self) -> QLabel:
        ten = duties.load()
        lines = [
            self.tr("Studio poster dan infografis luring untuk 10 Tugas Diplomat di Internet dan Media Sosial, "
                    "dengan daftar periksa sebelum terbit."),
            self.tr("Sepuluh tugas: “{title}”, {credit}. Teks bahasa Indonesia dikutip dengan menyebut "
                    "sumbernya; terjemahan bahasa Inggris oleh Diplomat Studio.").format(
                title=ten.title["id"], credit=ten.credit[self.lang]),
            self.tr("Perangkat lunak bebas dengan lisensi GNU GPL versi 3 atau yang lebih baru "
                    "(GPL-3.0-or-later), tanpa jaminan apa pun."),
            self.tr("Berjalan di atas Qt {qt} dan PySide6 {pyside} (LGPL-3.0); huruf, ikon dan data lain "
                    "beserta lisensinya ada di tab Pihak ketiga.").format(qt=qVersion(), pyside=PySide6.__version__),
        ]
        label = QLabel("<p>" + "</p><p>".join(lines) + "</p>", wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.credits_label = label
        return label

    def _legal(self, name: str) -> str:
        try:
            return resources.legal_text(name)
        except DiplomatError as exc:  # a broken install: say so where the text would be
            return exc.message(self.lang)

    def _plain_view(self, name: str, accessible: str) -> QPlainTextEdit:
        view = QPlainTextEdit(self._legal(name), readOnly=True, accessibleName=accessible)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # the GPL's own line breaks
        return view

    def _markdown_view(self, name: str, accessible: str) -> QTextBrowser:
        view = QTextBrowser(accessibleName=accessible, openExternalLinks=True)
        view.setMarkdown(self._legal(name))
        return view
