"""The brand kit dialog: what it shows is what it saves, the shop's own numbers included."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.model.design import Brand, ImageRef
from ui.brand_dialog import BrandDialog

from .conftest import named


def test_the_brand_kit_keeps_the_shops_numbers(qtbot, tmp_path):
    brand = Brand(logo=ImageRef(str(tmp_path / "logo.png")), primary="#0B6E4F", handle="@kopigayo",
                  website="kopigayo.id", business_numbers=["0812-3456-7890"])
    dialog = BrandDialog(brand)
    qtbot.addWidget(dialog)
    numbers = named(dialog, QLineEdit, "Nomor usaha")
    assert numbers.text() == "0812-3456-7890" and "menyamarkan" in numbers.toolTip()
    numbers.setText("0812-3456-7890, 021-555-1234; 0274 512 000,,")
    again = dialog.brand()
    assert again.business_numbers == ["0812-3456-7890", "021-555-1234", "0274 512 000"]
    assert (again.handle, again.website, again.primary) == ("@kopigayo", "kopigayo.id", "#0B6E4F")
