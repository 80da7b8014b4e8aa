"""The brand kit: logo, colours, handle, website and the shop's own numbers (which the checklist
never asks to mask). Saved in the settings file in the config dir and applied to every new
design."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from app.model.design import MAX_BUSINESS_NUMBERS, Brand, ImageRef

from .fields import IMAGE_FILTER


class BrandDialog(QDialog):
    def __init__(self, brand: Brand, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brand kit"))
        self.logo = QLineEdit(brand.logo.path if brand.logo else "", accessibleName=self.tr("Logo"))
        pick = QPushButton(self.tr("Pilih logo…"))
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(pick)
        self.primary = self._color_button(brand.primary)
        self.secondary = self._color_button(brand.secondary)
        self.handle = QLineEdit(brand.handle, placeholderText="@usaha.saya", accessibleName=self.tr("Akun"))
        self.website = QLineEdit(brand.website, placeholderText="usahasaya.id", accessibleName=self.tr("Situs"))
        self.numbers = QLineEdit(", ".join(brand.business_numbers), placeholderText="0812-3456-7890, 021-555-1234",
                                 accessibleName=self.tr("Nomor usaha"))
        self.numbers.setToolTip(self.tr("Nomor WhatsApp atau telepon usaha Anda, dipisah koma: checklist tidak "
                                        "meminta menyamarkannya di poster mana pun."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(self.tr("Logo"), row)
        form.addRow(self.tr("Warna utama"), self.primary)
        form.addRow(self.tr("Warna kedua"), self.secondary)
        form.addRow(self.tr("Akun media sosial"), self.handle)
        form.addRow(self.tr("Situs web"), self.website)
        form.addRow(self.tr("Nomor usaha"), self.numbers)
        form.addRow(buttons)
        pick.clicked.connect(self._on_pick)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _color_button(self, value: str | None) -> QPushButton:
        button = QPushButton(value or self.tr("(tidak ada)"))
        button.setProperty("color", value)
        if value:
            button.setStyleSheet(f"background: {value};")

        def choose():
            color = QColorDialog.getColor(QColor(button.property("color") or "#CE1126"), self)
            if color.isValid():
                button.setProperty("color", color.name().upper())
                button.setText(color.name().upper())
                button.setStyleSheet(f"background: {color.name()};")
        button.clicked.connect(choose)
        return button

    def _on_pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "", IMAGE_FILTER)
        if path:
            self.logo.setText(path)

    def brand(self) -> Brand:
        logo = self.logo.text().strip()
        numbers = [n.strip() for n in re.split(r"[,;\n]", self.numbers.text()) if n.strip()]
        return Brand(logo=ImageRef(logo) if logo else None, primary=self.primary.property("color"),
                     secondary=self.secondary.property("color"), handle=self.handle.text().strip(),
                     website=self.website.text().strip(),
                     business_numbers=numbers[:MAX_BUSINESS_NUMBERS])
