"""Gallery: the templates for the chosen duty, with real thumbnails (built off the GUI thread
and cached), filters for topic, kind and format, and a search box. User templates that could
not be read are named in a notice above the list, so a typo in a manifest never just makes a
template vanish."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.authoring import thumbnails
from app.model import formats

from .worker import run_in_background

ICON = QSize(180, 225)


class GalleryPage(QWidget):
    template_chosen = Signal(str)
    back = Signal()

    def __init__(self, library, lang: str, parent=None):
        super().__init__(parent)
        self.library, self.lang, self.duty = library, lang, None
        self.title = QLabel()
        self.notice = QLabel(self, wordWrap=True, accessibleName=self.tr("Template yang tidak bisa dibaca"))
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setStyleSheet("background:#FFF3BF; color:#5C4300; padding:8px; border-radius:6px;")
        self.search = QLineEdit(placeholderText=self.tr("Cari template…"), accessibleName=self.tr("Cari template"))
        self.topic = QComboBox(accessibleName=self.tr("Topik"))
        self.kind = QComboBox(accessibleName=self.tr("Jenis"))
        self.format = QComboBox(accessibleName=self.tr("Format"))
        back = QPushButton(self.tr("← Tugas"))
        filters = QHBoxLayout()
        filters.addWidget(back)
        filters.addWidget(self.search, 2)
        for combo in (self.topic, self.kind, self.format):
            filters.addWidget(combo, 1)
        self.list = QListWidget(accessibleName=self.tr("Daftar template"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(ICON)
        self.list.setGridSize(QSize(ICON.width() + 40, ICON.height() + 70))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setMovement(QListWidget.Movement.Static)
        # opening a template: this button, a double click or Enter on a card (a single click
        # only selects it, as in every file chooser)
        self.use = QPushButton(self.tr("Gunakan template"), self)
        self.use.setAccessibleName(self.tr("Gunakan template terpilih"))
        self.use.setStyleSheet("QPushButton { background: #0B6E4F; color: #FFFFFF; font-weight: 700;"
                               " padding: 6px 22px; border-radius: 6px; }"
                               " QPushButton:disabled { background: #9DB8AE; }")
        self.chosen = QLabel(self)
        foot = QHBoxLayout()
        foot.addWidget(self.chosen, 1)
        foot.addWidget(self.use)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addLayout(foot)
        back.clicked.connect(self.back)
        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.topic, self.kind, self.format):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemDoubleClicked.connect(self._on_activated)
        self.list.currentItemChanged.connect(self._on_current)
        self.use.clicked.connect(lambda: self.list.currentItem() and self._on_activated(self.list.currentItem()))
        self._icons: dict[str, QIcon] = {}
        self._show_problems(library.problems())

    def _show_problems(self, problems: dict) -> None:
        rows = [f"<li><b>{html.escape(Path(folder).name)}</b> — {html.escape(exc.message(self.lang))}</li>"
                for folder, exc in sorted(problems.items())]
        head = self.tr("Template ini tidak bisa dibaca dan tidak ditampilkan. Perbaiki berkasnya, "
                       "lalu buka ulang aplikasi:")
        self.notice.setText(f"{html.escape(head)}<ul style='margin:4px 0 0 -20px'>{''.join(rows)}</ul>")
        self.notice.setVisible(bool(problems))

    def focus_templates(self) -> None:
        """Put the keyboard on the template list, at its first template."""
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def shown_templates(self) -> list[str]:
        """The ids of the templates the filters let through, in the order shown."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def show_duty(self, duty: int | None) -> None:
        self.duty = duty
        label = self.tr("Template untuk Tugas {n}").format(n=duty) if duty else self.tr("Semua template")
        self.title.setText(f"<h2>{label}</h2>")
        templates = self._templates()
        for combo, values, all_label in (
            (self.topic, sorted({t for x in templates for t in x.manifest.topics}), self.tr("Semua topik")),
            (self.kind, sorted({x.manifest.kind for x in templates}), self.tr("Semua jenis")),
            (self.format, sorted({f for x in templates for f in x.manifest.formats}), self.tr("Semua format")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, None)
            for value in values:
                combo.addItem(formats.get(value).name(self.lang) if combo is self.format else value, value)
            combo.blockSignals(False)
        self._apply_filters()
        self._load_thumbnails(templates)

    def _templates(self):
        if self.duty is None:
            return list(self.library.templates.values())
        return self.library.for_duty(self.duty)

    def _apply_filters(self) -> None:
        query = self.search.text().strip().lower()
        topic, kind, fmt = self.topic.currentData(), self.kind.currentData(), self.format.currentData()
        self.list.clear()
        for t in self._templates():
            m = t.manifest
            text = f"{m.name.id} {m.name.en} {m.description.get(self.lang)} {' '.join(m.topics)}".lower()
            if (query and query not in text) or (topic and topic not in m.topics) or \
                    (kind and kind != m.kind) or (fmt and fmt not in m.formats):
                continue
            item = QListWidgetItem(m.name.get(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setToolTip(m.description.get(self.lang) + "\n\n" +
                            self.tr("Klik dua kali atau tekan Gunakan template untuk membukanya."))
            if t.id in self._icons:
                item.setIcon(self._icons[t.id])
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _load_thumbnails(self, templates) -> None:
        missing = [t for t in templates if t.id not in self._icons]
        if not missing:
            return
        lang = self.lang

        def job():
            out = {}
            for t in missing:
                fmt = "portrait" if "portrait" in t.manifest.formats else t.manifest.formats[0]
                path = thumbnails.thumbnail_path(t, fmt)
                if not path.is_file():
                    thumbnails.build_one(t, fmt, self.library, lang)
                out[t.id] = QImage(str(path))
            return out

        run_in_background(job, self._on_thumbnails, lambda exc: None, self)

    def _on_thumbnails(self, images: dict) -> None:
        for tid, image in images.items():
            self._icons[tid] = QIcon(QPixmap.fromImage(image))
        for i in range(self.list.count()):
            item = self.list.item(i)
            icon = self._icons.get(item.data(Qt.ItemDataRole.UserRole))
            if icon:
                item.setIcon(icon)

    def _on_current(self, item, _previous=None) -> None:
        self.use.setEnabled(item is not None)
        self.chosen.setText(self.tr("Terpilih: {name}").format(name=item.text()) if item is not None else "")

    def _on_activated(self, item) -> None:
        self.template_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
