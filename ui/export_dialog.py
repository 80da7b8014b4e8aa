"""Export: choose formats (several at once), file types and the platform, see what blocks
publishing, fix or override with a typed reason, and write the publish kit in the background."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.errors import DiplomatError
from app.model import formats
from app.model.platforms import platforms
from app.output.publish import PublishBlocked, write_kit

from .worker import run_in_background

TYPES = (".jpg", ".png", ".webp", ".pdf")


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose, for the main window to remember as the next export's defaults."""

    formats: list[str]
    types: list[str]
    platform: str
    folder: str = ""  # where the kit went: the next export starts there


class ExportDialog(QDialog):
    """Reads its defaults from the settings but never writes them: it emits options_chosen."""

    written = Signal(object)  # publish.Kit
    options_chosen = Signal(object)  # ExportOptions, when the user starts writing the kit

    def __init__(self, doc, settings, lang: str, out_dir: Path, parent=None):
        super().__init__(parent)
        self.doc, self.lang = doc, lang
        self.setWindowTitle(self.tr("Ekspor paket terbit"))
        self.format_boxes = {}
        fbox = QGroupBox(self.tr("Format"))
        frow = QHBoxLayout(fbox)
        for fmt in doc.template.manifest.formats:
            box = QCheckBox(formats.get(fmt).name(lang))
            box.setChecked(fmt in settings.export_formats or fmt == doc.design.format)
            frow.addWidget(box)
            self.format_boxes[fmt] = box
        tbox = QGroupBox(self.tr("Jenis berkas"))
        trow = QHBoxLayout(tbox)
        self.type_boxes = {}
        for suffix in TYPES:
            box = QCheckBox(suffix[1:].upper())
            box.setChecked(suffix in settings.export_types)
            trow.addWidget(box)
            self.type_boxes[suffix] = box
        self.platform = QComboBox(accessibleName=self.tr("Platform"))
        for key, spec in platforms().items():
            self.platform.addItem(spec["name"], key)
        self.platform.setCurrentIndex(max(0, self.platform.findData(settings.platform)))
        self.folder = QLineEdit(str(out_dir), accessibleName=self.tr("Folder tujuan"))
        browse = QPushButton(self.tr("Pilih…"))
        frow2 = QHBoxLayout()
        frow2.addWidget(self.folder, 1)
        frow2.addWidget(browse)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.reason = QLineEdit(placeholderText=self.tr("Alasan melewati blokir (min. 10 huruf)"))
        self.reason.setAccessibleName(self.tr("Alasan melewati blokir"))
        self.reason.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(self.tr("Tulis paket terbit"), QDialogButtonBox.ButtonRole.AcceptRole)
        form = QFormLayout()
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Folder"), frow2)
        layout = QVBoxLayout(self)
        layout.addWidget(fbox)
        layout.addWidget(tbox)
        layout.addLayout(form)
        layout.addWidget(self.blocked)
        layout.addWidget(self.reason)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self._on_browse)
        self.buttons.rejected.connect(self.reject)
        self.go.clicked.connect(self._on_go)
        self._blocked_rules: list[str] = []

    def _on_browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def chosen(self) -> tuple[list[str], list[str]]:
        return ([f for f, b in self.format_boxes.items() if b.isChecked()],
                [t for t, b in self.type_boxes.items() if b.isChecked()])

    def _on_go(self) -> None:
        fmts, types = self.chosen()
        if not fmts or not types:
            self.blocked.setText(self.tr("Pilih minimal satu format dan satu jenis berkas."))
            return
        reason = self.reason.text().strip()
        if self._blocked_rules and reason:
            for rule in self._blocked_rules:
                self.doc.set_override(rule, reason)
        self.options_chosen.emit(ExportOptions(fmts, types, self.platform.currentData(), self.folder.text().strip()))
        design, library = self.doc.snapshot(), self.doc.library
        out, platform, lang = Path(self.folder.text()), self.platform.currentData(), self.lang
        self.go.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        run_in_background(lambda: write_kit(design, library, out, fmts, types, platform, lang),
                          self._on_written, self._on_failed, self)

    def _on_written(self, kit) -> None:
        self.progress.setVisible(False)
        self.written.emit(kit)
        self.accept()

    def _on_failed(self, exc) -> None:
        self.progress.setVisible(False)
        self.go.setEnabled(True)
        if isinstance(exc, PublishBlocked):
            self._blocked_rules = exc.rules
            self.blocked.setText("<b style='color:#B00020'>" + exc.message(self.lang) + "</b><br>" +
                                 self.tr("Perbaiki di editor, atau tulis alasan untuk melewati blokir ini."))
            self.reason.setVisible(True)
            self.reason.setFocus()
        elif isinstance(exc, DiplomatError):
            self.blocked.setText(exc.message(self.lang))
        else:
            raise exc
