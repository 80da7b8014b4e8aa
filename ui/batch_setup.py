"""The batch window's left column, top part: the template, the sheet (and its worksheet when a
workbook has several), how the sheet was read, and what to make: formats, file type, the
name pattern and the output folder. Every choice goes to the BatchSession."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.batch.plan import FILE_TYPES
from app.model import formats

SHEET_FILTER = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods"


class SetupPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session, self.lang = session, session.lang
        self.template = QComboBox(accessibleName=self.tr("Template"))
        for template_id in session.template_ids():
            self.template.addItem(session.library.get(template_id).manifest.name.get(self.lang), template_id)
        self.template.setCurrentIndex(self.template.findData(session.template.id))
        self.sheet = QLineEdit(readOnly=True, accessibleName=self.tr("Lembar kerja"))
        self.sheet.setPlaceholderText(self.tr("Belum dipilih"))
        self.choose_sheet = QPushButton(self.tr("Pilih lembar…"), accessibleName=self.tr("Pilih lembar kerja"))
        self.worksheet = QComboBox(accessibleName=self.tr("Lembar di dalam berkas"))
        self.notes = QLabel(wordWrap=True, accessibleName=self.tr("Catatan pembacaan lembar"))
        self.format_box = QGroupBox(self.tr("Format"))
        QHBoxLayout(self.format_box)
        self.format_checks: dict[str, QCheckBox] = {}
        self.file_type = QComboBox(accessibleName=self.tr("Tipe berkas"))
        for suffix in FILE_TYPES:
            self.file_type.addItem(suffix[1:].upper(), suffix)
        self.pattern = QLineEdit(accessibleName=self.tr("Pola nama berkas"), placeholderText="{row}")
        self.pattern_hint = QLabel(wordWrap=True)
        self.out_dir = QLineEdit(accessibleName=self.tr("Folder keluaran"))
        self.out_dir.setPlaceholderText(self.tr("Pilih lembar dulu"))
        self.choose_out = QPushButton(self.tr("Pilih…"), accessibleName=self.tr("Pilih folder keluaran"))
        self.resume = QCheckBox(self.tr("Lewati baris yang sudah jadi dan tidak berubah"), checked=session.resume)
        self.resume.setAccessibleName(self.tr("Lewati baris yang sudah jadi"))
        self._lay_out()
        self._rebuild_formats()
        self._connect()

    def _lay_out(self) -> None:
        source = QGroupBox(self.tr("Sumber"))
        form = QFormLayout(source)
        form.addRow(self.tr("Template"), self.template)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet, 1)
        sheet_row.addWidget(self.choose_sheet)
        form.addRow(self.tr("Lembar kerja"), sheet_row)
        form.addRow(self.tr("Lembar"), self.worksheet)
        form.addRow(self.notes)
        self._source_form = form
        form.setRowVisible(self.worksheet, False)
        output = QGroupBox(self.tr("Keluaran"))
        out_form = QFormLayout(output)
        out_form.addRow(self.format_box)
        out_form.addRow(self.tr("Tipe berkas"), self.file_type)
        out_form.addRow(self.tr("Pola nama"), self.pattern)
        out_form.addRow(self.pattern_hint)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.out_dir, 1)
        folder_row.addWidget(self.choose_out)
        out_form.addRow(self.tr("Folder"), folder_row)
        out_form.addRow(self.resume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(source)
        layout.addWidget(output)

    def _connect(self) -> None:
        self.template.currentIndexChanged.connect(self._on_template_chosen)
        self.choose_sheet.clicked.connect(self._on_choose_sheet)
        self.worksheet.currentIndexChanged.connect(self._on_worksheet_chosen)
        self.file_type.currentIndexChanged.connect(self._on_file_type_chosen)
        self.pattern.textChanged.connect(self.session.set_name_pattern)
        self.out_dir.editingFinished.connect(self._on_out_dir_edited)
        self.choose_out.clicked.connect(self._on_choose_out)
        self.resume.toggled.connect(self.session.set_resume)
        self.session.template_changed.connect(self._rebuild_formats)
        self.session.loading.connect(self._on_loading)
        self.session.loaded.connect(self._on_loaded)
        self.session.load_failed.connect(self._on_load_failed)

    # -- from the user -------------------------------------------------------------------------
    def _on_template_chosen(self) -> None:
        self.session.set_template(self.template.currentData())

    def _on_choose_sheet(self) -> None:
        start = str(self.session.sheet_path.parent if self.session.sheet_path else paths.start_dir())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih lembar kerja"), start,
            self.tr("Lembar kerja (CSV, XLSX, XLS, ODS) ({patterns});;Semua berkas (*)").format(patterns=SHEET_FILTER))
        if path:
            self.session.choose_sheet(Path(path))

    def _on_worksheet_chosen(self) -> None:
        if self.worksheet.currentText():
            self.session.set_worksheet(self.worksheet.currentText())

    def _on_format_toggled(self) -> None:
        self.session.set_formats([fmt for fmt, box in self.format_checks.items() if box.isChecked()])

    def _on_file_type_chosen(self) -> None:
        self.session.set_file_type(self.file_type.currentData())

    def _on_out_dir_edited(self) -> None:
        text = self.out_dir.text().strip()
        if text and Path(text) != self.session.out_dir:
            self.session.set_out_dir(Path(text).expanduser())

    def _on_choose_out(self) -> None:
        start = str(self.session.out_dir.parent if self.session.out_dir else paths.start_dir())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder keluaran"), start)
        if folder:
            self.session.set_out_dir(Path(folder))
            self.out_dir.setText(folder)

    # -- from the session ----------------------------------------------------------------------
    def _rebuild_formats(self) -> None:
        layout = self.format_box.layout()
        for box in self.format_checks.values():
            layout.removeWidget(box)
            box.deleteLater()
        self.format_checks = {}
        for fmt in self.session.template.manifest.formats:
            box = QCheckBox(formats.get(fmt).name(self.lang), accessibleName=formats.get(fmt).name(self.lang))
            box.setChecked(fmt in self.session.formats)
            box.toggled.connect(self._on_format_toggled)
            layout.addWidget(box)
            self.format_checks[fmt] = box
        keys = ", ".join(f"{{{f.key}}}" for f in self.session.template.manifest.fields if f.type != "list")
        self.pattern_hint.setText(self.tr(
            "Kosong: nomor baris. Bisa memakai {{row}}, {{format}} dan isian: {keys}. "
            "Lebih dari satu format memerlukan {{format}}.").format(keys=keys))

    def _on_loading(self) -> None:
        self.notes.setText(self.tr("Membaca lembar…"))

    def _on_loaded(self) -> None:
        loaded = self.session.sheet
        self.sheet.setText(str(self.session.sheet_path))
        self.worksheet.blockSignals(True)
        self.worksheet.clear()
        self.worksheet.addItems(loaded.worksheets)
        self.worksheet.setCurrentText(self.session.worksheet or "")
        self.worksheet.blockSignals(False)
        self._source_form.setRowVisible(self.worksheet, len(loaded.worksheets) > 1)
        lines = [self.tr("{n} baris data, {c} kolom.").format(n=len(loaded.numbers), c=len(self.session.columns))]
        lines += [note.message(self.lang) for note in loaded.notes]
        self.notes.setText("\n".join(lines))
        self.out_dir.setText(str(self.session.out_dir))

    def _on_load_failed(self, _exc) -> None:
        self.notes.setText(self.tr("Lembar ini tidak bisa dibaca.") if self.session.sheet is None else "")
        if self.session.sheet is not None:
            self._on_loaded()  # the last sheet that could be read is still the one in use
