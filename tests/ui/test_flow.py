"""The whole flow a workshop participant takes: home → gallery → editor → edit → a checklist
finding appears → fix → export the publish kit, then the files on disk. Every step is a click,
a key or a typed text on a control found by its accessible name."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
)

from app.model.design import Design
from app.project.settings import Settings
from ui.document import DesignDocument
from ui.export_dialog import ExportDialog

from .conftest import named, open_editor, type_into, wait_report

ALT = "Kemasan kopi Gayo dan secangkir kopi di meja kayu."


def _button(root, text: str) -> QPushButton:
    return next(b for b in root.findChildren(QPushButton) if b.text() == text)


def _click_item(qtbot, view: QListWidget, row: int) -> None:
    pos = view.visualItemRect(view.item(row)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _write_alt_text(qtbot, editor) -> None:
    tabs = editor.findChild(QTabWidget)
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    type_into(qtbot, named(editor, QPlainTextEdit, "Teks alternatif"), ALT)


def test_home_gallery_editor_fix_export(qtbot, window, tmp_path):
    assert len(window.home.cards) == 10
    qtbot.mouseClick(window.home.cards[2], Qt.MouseButton.LeftButton)  # duty 3
    assert window.stack.currentWidget() is window.gallery
    ids = window.gallery.shown_templates()
    assert "produk-umkm" in ids and "aturan-bermedsos" not in ids
    assert all(3 in window.library.get(i).manifest.duties for i in ids)
    type_into(qtbot, named(window.gallery, QLineEdit, "Cari template"), "produk")
    qtbot.waitUntil(lambda: "produk-umkm" in window.gallery.shown_templates())
    assert len(window.gallery.shown_templates()) < len(ids)
    templates = named(window.gallery, QListWidget, "Daftar template")
    _click_item(qtbot, templates, window.gallery.shown_templates().index("produk-umkm"))
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        qtbot.keyClick(templates, Qt.Key.Key_Return)
    editor = window.editor
    assert window.stack.currentWidget() is editor
    assert editor.doc.design.template == "produk-umkm" and editor.doc.design.fields == {}  # samples
    wait_report(qtbot, editor, lambda r: True)

    type_into(qtbot, named(editor, QPlainTextEdit, "Deskripsi singkat"), "Hubungi NIK 3174095708900001")
    report = wait_report(qtbot, editor, lambda r: any(f.rule == "P1" for f in r.findings))
    assert report.verdict == "block"
    _click_item(qtbot, named(editor, QListWidget, "Temuan checklist"),
                next(i for i, f in enumerate(report.findings) if f.rule == "P1"))
    fix = _button(editor, "Samarkan nomor")  # the button is named by what it does for this finding
    assert fix.isEnabled()
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    wait_report(qtbot, editor, lambda r: not any(f.rule == "P1" for f in r.findings))
    assert "31••••••••••••01" in editor.doc.design.fields["deskripsi"]

    _write_alt_text(qtbot, editor)
    assert editor.doc.design.alt_text == ALT
    dialog = ExportDialog(editor.doc, window.settings, "id", tmp_path)
    qtbot.addWidget(dialog)
    for box in dialog.findChildren(QCheckBox):
        box.setChecked(box.text() in ("Persegi", "Story", "JPG", "PDF"))
    with qtbot.waitSignal(dialog.written, timeout=60000) as written:
        _button(dialog, "Tulis paket terbit").click()
    kit = written.args[0]
    names = sorted(p.name for p in kit.folder.iterdir())
    assert names == ["alt-text.txt", "caption.txt", "kopi-arabika-gayo-square.jpg", "kopi-arabika-gayo-square.pdf",
                     "kopi-arabika-gayo-story.jpg", "kopi-arabika-gayo-story.pdf",
                     "laporan-checklist.html", "laporan-checklist.json"]
    data = json.loads((kit.folder / "laporan-checklist.json").read_text(encoding="utf-8"))
    assert data["verdict"] in ("pass", "warn") and "31••••••••••••01" in data["checked"]["deskripsi"]


def test_export_from_the_menu_remembers_the_chosen_options(qtbot, window, tmp_path):
    editor = open_editor(qtbot, window)
    _write_alt_text(qtbot, editor)
    settings_before = Settings.load()
    written = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.written.connect(written.append)
        named(dialog, QLineEdit, "Folder tujuan").setText(str(tmp_path))
        for box in dialog.findChildren(QCheckBox):
            box.setChecked(box.text() in ("Persegi", "PNG"))
        named(dialog, QComboBox, "Platform").setCurrentIndex(
            named(dialog, QComboBox, "Platform").findData("facebook"))
        _button(dialog, "Tulis paket terbit").click()
    QTimer.singleShot(0, fill_in)
    give_up = QTimer(singleShot=True, interval=60000)  # never hang the suite on a dialog left open
    give_up.timeout.connect(lambda: QApplication.activeModalWidget().reject())
    give_up.start()
    window.export_action.trigger()  # returns when the dialog closes
    give_up.stop()
    assert written and sorted(p.suffix for p in written[0].folder.glob("*-square.*")) == [".png"]
    assert settings_before.export_types != [".png"]
    qtbot.waitUntil(lambda: Settings.load().export_types == [".png"], timeout=5000)
    saved = Settings.load()
    assert saved.export_formats == ["square"] and saved.platform == "facebook"


def test_blocked_export_needs_a_typed_reason(qtbot, library, tmp_path):
    doc = DesignDocument(Design(template="daftar-alasan", fields={"judul": "NIK 3174095708900001"}), library)
    dialog = ExportDialog(doc, Settings.load(), "id", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    write = _button(dialog, "Tulis paket terbit")
    write.click()
    reason = named(dialog, QLineEdit, "Alasan melewati blokir")
    qtbot.waitUntil(reason.isVisible, timeout=30000)
    shown = dialog.blocked.text()  # named in words: the field's label and the explanation, no rule code
    assert "Judul" in shown and "NIK" in shown and "P1" not in shown and not list(tmp_path.iterdir())
    type_into(qtbot, reason, "Nomor fiktif untuk contoh pelatihan.")
    with qtbot.waitSignal(dialog.written, timeout=60000):
        write.click()
    assert doc.design.overrides["P1"].startswith("Nomor fiktif")


def test_every_edit_undoes(qtbot, window):
    editor = open_editor(qtbot, window)
    name = named(editor, QLineEdit, "Nama produk")
    type_into(qtbot, name, "Sambal Roa")
    assert editor.doc.design.fields["nama_produk"] == "Sambal Roa"
    theme = named(editor, QComboBox, "Tema warna")
    theme.setCurrentIndex(theme.findData("batik-sogan"))
    assert editor.doc.design.theme == "batik-sogan"
    window.undo_action.trigger()
    assert editor.doc.design.theme is None and theme.currentData() == "kopi"
    window.undo_action.trigger()
    assert "nama_produk" not in editor.doc.design.fields  # typing merged into one step
    assert name.text() == "Kopi Arabika Gayo"  # the form follows the model
    window.redo_action.trigger()
    assert editor.doc.design.fields["nama_produk"] == "Sambal Roa"


def test_clicking_the_preview_focuses_the_field(qtbot, window):
    editor = open_editor(qtbot, window)
    image = named(editor, QLabel, "Pratinjau poster")
    report = editor.preview.report  # where the render drew each field
    head = next(b for b in report.text_boxes if b.field == "nama_produk")
    pix = image.pixmap()
    w = pix.width() / pix.devicePixelRatio()
    h = pix.height() / pix.devicePixelRatio()
    ox, oy = (image.width() - w) / 2, (image.height() - h) / 2
    k = w / (report.width / report.unit)
    x, y, bw, bh = head.ink
    qtbot.mouseClick(image, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(ox + (x + bw / 2) * k), int(oy + (y + bh / 2) * k)))
    qtbot.waitUntil(named(editor, QLineEdit, "Nama produk").hasFocus, timeout=3000)


def test_format_switch_keeps_content(qtbot, window):
    editor = open_editor(qtbot, window)
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        type_into(qtbot, named(editor, QLineEdit, "Nama produk"), "Keripik Tempe Bu Sari")
    formats = named(editor, QComboBox, "Format")
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        formats.setCurrentIndex(formats.findData("story"))
    pix = named(editor, QLabel, "Pratinjau poster").pixmap()
    assert pix.height() > pix.width()
    assert editor.doc.design.fields["nama_produk"] == "Keripik Tempe Bu Sari"
    assert editor.doc.design.format == "story"


def test_the_flow_works_from_the_keyboard(qtbot, window):
    card = window.home.cards[0]  # duty 1
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.gallery
    assert window.gallery.shown_templates()
    templates = QApplication.focusWidget()
    assert templates is named(window.gallery, QListWidget, "Daftar template")  # the keyboard is on the list
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        qtbot.keyClick(templates, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.editor
    assert window.doc.template.id == window.gallery.shown_templates()[0]
    assert 1 in window.doc.template.manifest.duties
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.save_action))}
    assert {"Ctrl+S", "Ctrl+E", "Ctrl+Z", "Ctrl+O", "Ctrl+B"} <= shortcuts
