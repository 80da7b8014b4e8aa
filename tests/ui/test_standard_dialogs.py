"""Qt's own dialogs and buttons speak the interface language: PySide6 ships no Indonesian for
them, so the app brings its own (resources/translations/qtbase_id.qm)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from ui import i18n

EXPECTED = {
    "id": {"quit": ["Simpan", "Jangan Simpan", "Batal"], "open": "&Buka", "cancel": "Batal",
           "name": "&Nama berkas:", "type": "&Jenis berkas:", "colour": "Pilih Warna", "red": "&Merah:",
           "menu": ["&Urungkan", "&Ulangi", "Po&tong", "&Salin", "&Tempel", "Hapus", "Pilih Semua"]},
    "en": {"quit": ["Save", "Discard", "Cancel"], "open": "&Open", "cancel": "Cancel",
           "name": "File &name:", "type": "Files of &type:", "colour": "Select Color", "red": "&Red:",
           "menu": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]},
}


@pytest.fixture(params=["id", "en"])
def lang(request):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("id")


def _texts(widget, kind) -> list[str]:
    return [w.text() for w in widget.findChildren(kind)]


def test_the_unsaved_changes_question_has_buttons_in_the_interface_language(qtbot, lang):
    box = QMessageBox(QMessageBox.Icon.Question, "Diplomat Studio", "?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    shown = [box.button(b).text() for b in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                                            QMessageBox.StandardButton.Cancel)]
    assert shown == EXPECTED[lang]["quit"]


def test_the_file_dialog_is_in_the_interface_language(qtbot, lang, tmp_path):
    dialog = QFileDialog(None, "x", str(tmp_path), "Gambar (*.png)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux without a desktop theme
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(dialog)
    labels = _texts(dialog, QLabel)
    assert EXPECTED[lang]["name"] in labels and EXPECTED[lang]["type"] in labels
    buttons = _texts(dialog, QPushButton)
    assert EXPECTED[lang]["open"] in buttons and EXPECTED[lang]["cancel"] in buttons


def test_the_colour_picker_is_in_the_interface_language(qtbot, lang):
    dialog = QColorDialog()
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == EXPECTED[lang]["colour"]
    assert EXPECTED[lang]["red"] in _texts(dialog, QLabel)
    assert EXPECTED[lang]["cancel"] in _texts(dialog, QPushButton)


def test_a_text_fields_context_menu_is_in_the_interface_language(qtbot, lang):
    field = QLineEdit("Keripik tempe")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    shown = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert shown[:7] == EXPECTED[lang]["menu"]

