"""The first-run tour: five short steps from a duty to an exported, checked poster, shown once
on the first start and again from Bantuan → Tur singkat. Every step can be skipped (Lewati tur,
or Esc); Enter goes on, Alt+Left goes back. It is window-modal (`open`, never `exec`), so the
app behind it keeps running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

ACCENT = "#1F5AA6"  # the focus ring's blue: 6.8:1 on white
DOT_OFF = "#C9D3E0"


class TourDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.steps = [
            (self.tr("Pilih tugas"),
             self.tr("Di beranda, pilih satu dari 10 Tugas Diplomat di Internet. Tugas itu menentukan template "
                     "yang cocok: promosi produk lokal, kuliner, wisata, budaya atau prestasi.")),
            (self.tr("Pilih template"),
             self.tr("Klik sebuah template untuk memilihnya, lalu tekan Gunakan template (atau klik dua kali).")),
            (self.tr("Isi dan sunting"),
             self.tr("Ketik di kolom kiri; pratinjau di tengah langsung berubah. Ganti foto dengan Pilih gambar, "
                     "lalu geser foto di pratinjau untuk mengatur bagian yang tampak.")),
            (self.tr("Baca checklist"),
             self.tr("Panel kanan memeriksa hoaks, ujaran kebencian, data pribadi dan keamanan (Tugas 5 dan 6). "
                     "Setiap temuan punya tombol perbaikannya sendiri.")),
            (self.tr("Ekspor"),
             self.tr("Tekan Ekspor (Ctrl+E) untuk menulis gambar, keterangan dan laporan checklist ke satu folder. "
                     "Panduan lengkap ada di Bantuan → Panduan (F1).")),
        ]
        self.setWindowTitle(self.tr("Tur singkat"))
        self.setMinimumWidth(480)
        self.counter = QLabel(self)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setMinimumHeight(72)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.dots = QLabel(self)
        self.dots.setAccessibleName(self.tr("Langkah tur"))
        self.skip = QPushButton(self.tr("Lewati tur"), self)
        self.back = QPushButton(self.tr("Kembali"), self)
        self.next = QPushButton(self.tr("Lanjut"), self)
        self.next.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dots)
        layout.addLayout(buttons)
        self.skip.clicked.connect(self.reject)
        self.back.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next.clicked.connect(self._on_next)
        self.step = 0
        self.show_step(0)

    def show_step(self, step: int) -> None:
        self.step = max(0, min(step, len(self.steps) - 1))
        title, text = self.steps[self.step]
        last = self.step == len(self.steps) - 1
        self.counter.setText(self.tr("Langkah {n} dari {total}").format(n=self.step + 1, total=len(self.steps)))
        self.title.setText(title)
        self.text.setText(text)
        self.dots.setText(" ".join(f"<span style='color:{ACCENT if i == self.step else DOT_OFF}'>●</span>"
                                   for i in range(len(self.steps))))
        self.back.setEnabled(self.step > 0)
        self.next.setText(self.tr("Mulai") if last else self.tr("Lanjut"))
        self.skip.setVisible(not last)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Left and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_step(self.step - 1)
        else:
            super().keyPressEvent(event)

    def _on_next(self) -> None:
        if self.step == len(self.steps) - 1:
            self.accept()
        else:
            self.show_step(self.step + 1)
