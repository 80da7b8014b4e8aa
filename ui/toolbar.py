"""The editor's toolbar: Undo and Redo on the left, and on the right a prominent *Ekspor*
button, as Canva's *Unduh*: the one step a first-time user must not miss. Shown on the editor
page only."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolBar, QWidget

EXPORT_STYLE = ("QPushButton { background: #0B6E4F; color: #FFFFFF; font-weight: 700; padding: 6px 22px;"
                " border-radius: 6px; } QPushButton:hover { background: #08553D; }"
                " QPushButton:focus { outline: 3px solid #F4A261; }")


class EditorToolbar(QToolBar):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Alat editor"))
        self.setObjectName("alat-editor")
        self.setMovable(False)
        self.addAction(window.undo_action)
        self.addAction(window.redo_action)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.export_button = QPushButton(self.tr("Ekspor"), self)
        self.export_button.setAccessibleName(self.tr("Ekspor paket terbit"))
        self.export_button.setToolTip(self.tr("Tulis gambar, keterangan dan laporan checklist (Ctrl+E)"))
        self.export_button.setStyleSheet(EXPORT_STYLE)
        self.export_button.clicked.connect(window.export)
        self.addWidget(self.export_button)
