"""Export: choose formats (several at once), file types and the platform, see what blocks
publishing, fix or override with a typed reason, and write the publish kit in the background.

A block is named in words, each blocking finding with its field's label and its explanation,
and *Kembali dan perbaiki* closes the dialog on that field. The dialog grows with what it says
(formats wrap into rows of three, the text wraps), so nothing is clipped on a small screen."""

from __future__ import annotations

import html
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
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.checklist.labels import field_labels
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
    fix_requested = Signal(object, object)  # field key (None: the whole poster), span: go back and fix it

    def __init__(self, doc, settings, lang: str, out_dir: Path, parent=None):
        super().__init__(parent)
        self.doc, self.lang = doc, lang
        self.setWindowTitle(self.tr("Ekspor paket terbit"))
        self.format_boxes = {}
        fbox = QGroupBox(self.tr("Format"))
        frow = QGridLayout(fbox)
        for i, fmt in enumerate(doc.template.manifest.formats):
            box = QCheckBox(formats.get(fmt).name(lang))
            box.setChecked(fmt in settings.export_formats or fmt == doc.design.format)
            frow.addWidget(box, i // 3, i % 3)
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
        self.blocked.setAccessibleName(self.tr("Yang menghalangi terbit"))
        self.reason = QLineEdit(placeholderText=self.tr("Alasan melewati blokir (min. 10 huruf)"))
        self.reason.setAccessibleName(self.tr("Alasan melewati blokir"))
        self.reason.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(self.tr("Tulis paket terbit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back = self.buttons.addButton(self.tr("Kembali dan perbaiki"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back.setVisible(False)
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
        self.back.clicked.connect(self._on_back)
        self._blocked_rules: list[str] = []
        self._blocking: list = []
        self.setMinimumWidth(560)

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
            self._blocked_rules, self._blocking = exc.rules, exc.findings
            self.blocked.setText(self.blocked_text(exc))
            self.reason.setVisible(True)
            self.back.setVisible(bool(exc.findings))
            self.reason.setFocus()
        elif isinstance(exc, DiplomatError):
            self.blocked.setText(exc.message(self.lang))
        else:
            raise exc
        self.adjustSize()  # grow with the text, never clip it

    def blocked_text(self, exc: PublishBlocked) -> str:
        """What blocks, in words: each finding's field by its label and its explanation."""
        labels = field_labels(self.doc.template, self.lang)
        seen, rows = set(), []
        for f in exc.findings:
            if (f.rule, f.field) in seen:
                continue  # the same finding on every format is named once
            seen.add((f.rule, f.field))
            where = labels.get(f.field, f.field) if f.field else self.tr("Seluruh poster")
            rows.append(f"<li><b>{html.escape(where)}</b>: {html.escape(f.message[self.lang])}</li>")
        head = self.tr("Belum bisa diterbitkan. Yang menghalangi:")
        tail = self.tr("Kembali ke editor untuk memperbaikinya, atau tulis alasan untuk melewati blokir.")
        return (f"<b style='color:#B00020'>{head}</b><ul style='margin-left:-20px'>{''.join(rows)}</ul>{tail}"
                if rows else exc.message(self.lang))

    def _on_back(self) -> None:
        first = self._blocking[0] if self._blocking else None
        self.reject()
        if self.parentWidget() is not None:  # the editor gets the keyboard back, on the field
            self.parentWidget().activateWindow()
        if first is not None:
            self.fix_requested.emit(first.field, first.span)
