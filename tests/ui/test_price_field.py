"""The price field takes a price the way people type one, says in the field what it cannot
read, and never opens a dialog while the user types (a modal used to eat the second key)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from .conftest import named, open_editor, type_into


def _shown(editor, key: str):
    report = editor.preview.report
    return [" ".join(b.lines) for b in report.text_boxes if b.field == key]


@pytest.mark.parametrize(("typed", "poster"), [("Rp 15.000", "Rp15.000"), ("15rb", "Rp15.000"),
                                               ("15 ribu", "Rp15.000"), ("Rp15.000,-", "Rp15.000"),
                                               ("1,5 jt", "Rp1.500.000")])
def test_a_price_typed_as_people_write_it_reaches_the_poster_key_by_key(qtbot, window, typed, poster):
    editor = open_editor(qtbot, window)
    price = named(editor, QLineEdit, "Harga (rupiah)")
    type_into(qtbot, price, typed, delay=20)  # one key at a time, each a render request
    qtbot.waitUntil(lambda: _shown(editor, "harga") == [poster], timeout=15000)
    assert price.text() == typed  # no key was eaten and nothing rewrote the field
    hint = next(w for w in price.parent().findChildren(QLabel) if w.wordWrap())
    assert not hint.isVisible()


def test_what_is_not_a_price_is_said_in_the_field_by_its_label_and_the_poster_keeps_the_last(qtbot, window):
    editor = open_editor(qtbot, window)
    price = named(editor, QLineEdit, "Harga (rupiah)")
    type_into(qtbot, price, "Rp 20.000")
    qtbot.waitUntil(lambda: _shown(editor, "harga") == ["Rp20.000"], timeout=15000)
    type_into(qtbot, price, "gratis")
    qtbot.wait(300)
    hint = next(w for w in price.parent().findChildren(QLabel) if w.wordWrap())
    assert hint.isVisible() and hint.text().startswith("Harga (rupiah): tulis angka")
    assert "harga" not in hint.text()  # the label, never the field's key
    assert _shown(editor, "harga") == ["Rp20.000"] and editor.doc.design.fields["harga"] == "Rp 20.000"
    price.selectAll()
    qtbot.keyClick(price, Qt.Key.Key_Delete)  # emptied: no price on the poster, and no complaint
    qtbot.waitUntil(lambda: not any(_shown(editor, "harga")), timeout=15000)
    assert not hint.isVisible()


def test_a_list_written_as_plain_strings_in_a_design_file_still_shows_in_its_editor(qtbot, window):
    editor = open_editor(qtbot, window, "resep")
    editor.doc.set_field("bahan", ["500 g ikan tenggiri", "250 g sagu"])
    lists = [w for w in editor.form.editors.values() if w.field.key == "bahan"]
    assert [i["bahan"] for i in lists[0].items] == ["500 g ikan tenggiri", "250 g sagu"]
