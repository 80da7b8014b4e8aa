"""Home: the ten duties as cards (Komunikonten's text), recent projects, and the offer to
continue unsaved work after a crash."""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_datetime
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model import duties

MAKE = {  # what a creator can make for each duty, shown under the card's title
    1: ("Infografis aturan main bermedia sosial", "Know-the-rules infographics"),
    2: ("Kartu fakta dan kutipan bersumber", "Fact and quote cards with sources"),
    3: ("Poster produk lokal, kuliner, wisata, budaya, prestasi", "Posters for local products, food, travel, culture"),
    4: ("Poster keberagaman, Fakta vs Hoaks", "Diversity posters, Fact vs Hoax"),
    5: ("Tips saring sebelum sharing", "Think-before-you-share tips"),
    6: ("Klarifikasi dan pernyataan krisis", "Clarifications and crisis statements"),
    7: ("Info beasiswa, lowongan, relawan", "Scholarships, jobs, volunteering"),
    8: ("Promosi aplikasi dan startup Indonesia", "Indonesian app and startup promotion"),
    9: ("Ucapan hari nasional, twibbon", "National day greetings, twibbons"),
    10: ("Perbandingan belajar dari negara lain", "Learning from other countries"),
}


class DutyCard(QFrame):
    chosen = Signal(int)

    def __init__(self, duty, lang: str, count: int, parent=None):
        super().__init__(parent)
        self.number = duty.number
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dutyCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{duty.number}. {duty.short[lang]}")
        title = QLabel(f"<span style='font-size:22px;font-weight:800;color:#CE1126'>{duty.number}</span>"
                       f"&nbsp; <b>{duty.short[lang]}</b>")
        text = QLabel(duty.text[lang])
        text.setWordWrap(True)
        text.setStyleSheet("color:#444;")
        make = QLabel(("→ " + MAKE[duty.number][0 if lang == "id" else 1]) + f" ({count})")
        make.setWordWrap(True)
        make.setStyleSheet("color:#0B6E4F; font-weight:600;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text, 1)
        layout.addWidget(make)
        self.setStyleSheet("#dutyCard { background: white; border: 1px solid #DDD8CE; border-radius: 10px; }"
                           "#dutyCard:focus { border: 2px solid #CE1126; }")

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.chosen.emit(self.number)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.number)
        else:
            super().keyPressEvent(event)


class HomePage(QScrollArea):
    duty_chosen = Signal(int)
    project_chosen = Signal(str)
    recover_chosen = Signal(object)  # autosave.Recovery

    def __init__(self, library, settings, recoveries, lang: str, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        data = duties.load()
        intro = self.tr("Pilih satu tugas untuk mulai membuat poster.")
        source = self.tr("Sumber")
        head = QLabel(f"<h1 style='margin:0'>{data.title[lang]}</h1>"
                      f"<p style='color:#555'>{intro} {source}: {data.credit[lang]}</p>")
        head.setWordWrap(True)
        layout.addWidget(head)
        if recoveries:
            layout.addWidget(self._recovery_banner(recoveries, lang))
        grid = QGridLayout()
        self.cards = []
        for i, duty in enumerate(data.items):
            card = DutyCard(duty, lang, len(library.for_duty(duty.number)), body)
            card.chosen.connect(self.duty_chosen)
            grid.addWidget(card, i // 2, i % 2)
            self.cards.append(card)
        layout.addLayout(grid)
        layout.addWidget(QLabel(f"<h3>{self.tr('Proyek terakhir')}</h3>"))
        self.recent = QListWidget(accessibleName=self.tr("Proyek terakhir"))
        self.recent.setMaximumHeight(140)
        for path in settings.recent:
            p = Path(path)
            if p.is_file():
                stamp = format_datetime(p.stat().st_mtime, "d MMM y HH.mm", locale="id_ID" if lang == "id" else "en")
                item = QListWidgetItem(f"{p.stem}  ·  {stamp}")
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.recent.addItem(item)
        if not self.recent.count():
            self.recent.addItem(self.tr("Belum ada proyek. Pilih tugas di atas."))
        self.recent.itemActivated.connect(self._on_recent)
        self.recent.itemDoubleClicked.connect(self._on_recent)
        layout.addWidget(self.recent)
        self.setWidget(body)

    def _recovery_banner(self, recoveries, lang: str) -> QWidget:
        box = QFrame()
        box.setStyleSheet("background:#FFF3BF; border-radius:8px;")
        row = QHBoxLayout(box)
        latest = recoveries[0]
        when = format_datetime(latest.saved_at, "d MMM y HH.mm", locale="id_ID" if lang == "id" else "en")
        label = QLabel(self.tr("Ada pekerjaan yang belum disimpan ({n}), terakhir {when}.")
                       .format(n=len(recoveries), when=when))
        button = QPushButton(self.tr("Lanjutkan pekerjaan terakhir"))
        button.setAccessibleName(self.tr("Lanjutkan pekerjaan terakhir"))
        button.clicked.connect(lambda: self.recover_chosen.emit(latest))
        row.addWidget(label, 1)
        row.addWidget(button)
        self.recover_button = button
        return box

    def _on_recent(self, item) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.project_chosen.emit(path)
