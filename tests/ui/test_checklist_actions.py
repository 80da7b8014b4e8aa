"""Each finding offers what fixes it, named by what it does; the list speaks the user's
language: severity in words, fields by their labels, rule ids only on a details line."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QPlainTextEdit, QPushButton

from .conftest import named, open_editor, type_into, wait_report


def _select(qtbot, editor, rule: str):
    report = wait_report(qtbot, editor, lambda r: any(f.rule == rule for f in r.findings))
    findings = named(editor, QListWidget, "Temuan checklist")
    row = next(i for i, f in enumerate(report.findings) if f.rule == rule)
    findings.setCurrentRow(row)
    return report.findings[row]


def _buttons(editor):
    return {b.text(): b for b in editor.checklist.findChildren(QPushButton)}


def test_a_shop_number_is_marked_as_the_shops_own_instead_of_masked(qtbot, window):
    editor = open_editor(qtbot, window, "kartu-fakta")
    fact = named(editor, QPlainTextEdit, "Fakta atau kutipan")
    type_into(qtbot, fact, "Selamat ulang tahun Bu Ani 0812-3456-7890")  # it reads as someone's own number
    _select(qtbot, editor, "P4")
    buttons = _buttons(editor)
    assert buttons["Samarkan nomor"].isEnabled() and buttons["Ini nomor usaha saya"].isEnabled()
    qtbot.mouseClick(buttons["Ini nomor usaha saya"], Qt.MouseButton.LeftButton)
    wait_report(qtbot, editor, lambda r: not any(f.rule == "P4" for f in r.findings))
    assert editor.doc.design.business_numbers == ["0812-3456-7890"]
    assert "0812-3456-7890" in editor.doc.design.fields["isi"]  # not masked
    assert editor.doc.undo_stack.undoText() == "Tandai nomor usaha"


def test_a_missing_alt_text_is_made_from_the_poster_for_the_user_to_edit(qtbot, window):
    editor = open_editor(qtbot, window)
    _select(qtbot, editor, "A3")
    make = _buttons(editor)["Buat dari isi poster"]
    assert make.isEnabled()
    qtbot.mouseClick(make, Qt.MouseButton.LeftButton)
    wait_report(qtbot, editor, lambda r: not any(f.rule == "A3" for f in r.findings))
    assert editor.doc.design.alt_text.startswith("Kopi Arabika Gayo, poster produk lokal. Harga Rp85.000")
    assert editor.side.currentWidget() is editor.caption


def test_findings_speak_indonesian_with_labels_and_no_codes_up_front(qtbot, window):
    editor = open_editor(qtbot, window)
    type_into(qtbot, named(editor, QPlainTextEdit, "Deskripsi singkat"), "Hubungi NIK 3174095708900001")
    report = wait_report(qtbot, editor, lambda r: any(f.rule == "P1" for f in r.findings))
    findings = named(editor, QListWidget, "Temuan checklist")
    texts = [findings.item(i).text() for i in range(findings.count())]
    assert len(texts) == len(report.findings)
    for text in texts:
        head = text.split("\n")[0]
        assert re.match(r"^(Diblokir|Perlu dicek|Info) · ", head), head
        assert not re.search(r"\b(WARN|INFO|BLOCK|alt_text|deskripsi|nama_produk)\b", text), text
        assert text.split("\n")[-1].startswith("Aturan ")  # the rule's id on its own details line
    assert any(t.startswith("Diblokir · NIK terlihat · Deskripsi singkat") for t in texts)  # severity, title, field
    assert all(not findings.item(i).icon().isNull() for i in range(findings.count()))


def test_a_fixed_finding_stays_in_place_marked_fixed_with_undo(qtbot, window):
    """After Samarkan nomor the card does not vanish from under the pointer: it stays in its
    row, selected, marked Diperbaiki, and the same button now takes the fix back."""
    editor = open_editor(qtbot, window)
    type_into(qtbot, named(editor, QPlainTextEdit, "Deskripsi singkat"), "Hubungi NIK 3174095708900001")
    _select(qtbot, editor, "P1")
    findings = named(editor, QListWidget, "Temuan checklist")
    row = findings.currentRow()
    button = editor.checklist.fix
    where = button.mapToGlobal(button.rect().topLeft())
    for other in range(findings.count()):  # a block shows the reason field; nothing moves for it
        findings.setCurrentRow(other)
        assert button.mapToGlobal(button.rect().topLeft()) == where
        assert button.width() >= button.sizeHint().width(), button.text()  # and its words are not cut
    findings.setCurrentRow(row)
    assert button.text() == "Samarkan nomor"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_report(qtbot, editor, lambda r: not any(f.rule == "P1" for f in r.findings))
    qtbot.waitUntil(lambda: findings.currentItem() is not None and "Diperbaiki" in findings.currentItem().text())
    assert findings.currentRow() == row and "Deskripsi singkat" in findings.currentItem().text()
    shown = findings.currentItem().text()
    assert "Samarkan nomor" in shown and "3174095708900001" not in shown  # what was done, not the number again
    assert button.text() == "Urungkan perbaikan" and button.isEnabled()
    assert button.mapToGlobal(button.rect().topLeft()) == where  # not moved from under the pointer
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "3174095708900001" in editor.doc.design.fields["deskripsi"]
    wait_report(qtbot, editor, lambda r: any(f.rule == "P1" for f in r.findings))
    assert not any("Diperbaiki" in findings.item(i).text() for i in range(findings.count()))


def test_a_vague_source_takes_the_user_to_where_the_source_goes(qtbot, window):
    """Tambahkan sumber: the template's own source field when it has one, else a "Sumber: " line
    at the end of the caption, with the cursor there."""
    editor = open_editor(qtbot, window)  # produk-umkm: no source field
    type_into(qtbot, named(editor, QPlainTextEdit, "Deskripsi singkat"), "Info dari grup sebelah: stok kopi menipis.")
    _select(qtbot, editor, "H2")
    add = _buttons(editor)["Tambahkan sumber"]
    assert add.isEnabled()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    caption = named(editor, QPlainTextEdit, "Keterangan")
    assert editor.side.currentWidget() is editor.caption and editor.doc.design.caption.endswith("Sumber: ")
    assert caption.textCursor().position() == len(caption.toPlainText())
    editor.doc.undo_stack.setClean()
    other = open_editor(qtbot, window, "belajar-dari-negara-lain")  # has a source field: it gets the focus
    other._on_source()
    source = other.form.editors["sumber"]
    qtbot.waitUntil(lambda: source is QApplication.focusWidget() or source.isAncestorOf(QApplication.focusWidget()),
                    timeout=3000)
    assert other.doc.design.caption == ""
