"""The editor's toolbar: Undo and Redo on the left, and on the right a prominent *Ekspor*
button, as Canva's *Unduh*: the one step a first-time user must not miss. Shown on the editor
page only."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolBar, QWidget

EXPORT_STYLE = ("QPushButton { background: #0B6E4F; color: #FFFFFF; font-weight: 700; padding: 6px 22px;"
                " border-radius: 6px; } QPushButton:hover { background: #08553D; }"
                " QPushButton:focus { outline: 3px solid #F4A261; }")


def editor_toolbar(window) -> QToolBar:
    bar = QToolBar(window.tr("Alat editor"), window)
    bar.setObjectName("alat-editor")
    bar.setMovable(False)
    bar.addAction(window.undo_action)
    bar.addAction(window.redo_action)
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    button = QPushButton(window.tr("Ekspor"), bar)
    button.setAccessibleName(window.tr("Ekspor paket terbit"))
    button.setToolTip(window.tr("Tulis gambar, keterangan dan laporan checklist (Ctrl+E)"))
    button.setStyleSheet(EXPORT_STYLE)
    button.clicked.connect(window.export)
    bar.addWidget(button)
    bar.export_button = button
    return bar
