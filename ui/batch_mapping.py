"""Which sheet column fills which template field: one combo per field that a column can fill,
listing "not used" and the sheet's columns, preselected from the automatic mapping. Required
fields still without a column are marked; the run panel keeps Start disabled until they have
one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout

from .batch_session import mappable_fields

MISSING_STYLE = "color: #B00020; font-weight: 600;"


class MappingPanel(QGroupBox):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session, self.lang = session, session.lang
        self.setTitle(self.tr("Kolom lembar untuk tiap isian"))
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.missing_note = QLabel(wordWrap=True, accessibleName=self.tr("Isian wajib tanpa kolom"))
        self.missing_note.setStyleSheet(MISSING_STYLE)
        self.unmatched_note = QLabel(wordWrap=True, accessibleName=self.tr("Kolom yang tidak dipakai"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.missing_note)
        layout.addWidget(self.unmatched_note)
        self._connect()
        self._rebuild()

    def _connect(self) -> None:
        self.session.template_changed.connect(self._rebuild)
        self.session.loaded.connect(self._rebuild)
        self.session.mapping_changed.connect(self._on_mapping_changed)

    def _rebuild(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos, self.labels = {}, {}
        columns = self.session.columns
        for fld in mappable_fields(self.session.template):
            name = fld.label.get(self.lang)
            label = QLabel(name + (" " + self.tr("(wajib)") if fld.required else ""))
            combo = QComboBox(accessibleName=name)
            combo.addItem(self.tr("— tidak dipakai —"), "")
            for column in columns:
                combo.addItem(column, column)
            combo.setEnabled(bool(columns))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _index, key=fld.key: self._on_combo_changed(key))
            self.form.addRow(label, combo)
            self.combos[fld.key], self.labels[fld.key] = combo, label
        self._on_mapping_changed()

    def _on_combo_changed(self, key: str) -> None:
        self.session.set_column(key, self.combos[key].currentData() or None)

    def _on_mapping_changed(self) -> None:
        mapping = self.session.mapping
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping[key])) if key in mapping else 0)
            combo.blockSignals(False)
        missing = self.session.missing()
        for key, label in self.labels.items():
            label.setStyleSheet(MISSING_STYLE if any(f.key == key for f in missing) else "")
        names = ", ".join(f.label.get(self.lang) for f in missing)
        self.missing_note.setText(self.tr("⚠ Pilih kolom untuk: {fields}").format(fields=names) if missing else "")
        self.missing_note.setVisible(bool(missing))
        unmatched = self.session.unmatched()
        self.unmatched_note.setText(self.tr("Kolom yang tidak dipakai: {columns}").format(columns=", ".join(unmatched))
                                    if unmatched else "")
        self.unmatched_note.setVisible(bool(unmatched))
