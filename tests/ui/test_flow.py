"""The whole flow a workshop participant takes: home → gallery → editor → edit → a checklist
finding appears → fix → export the publish kit, then the files on disk."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from app.model.design import Design
from ui.document import DesignDocument
from ui.export_dialog import ExportDialog

from .conftest import open_editor, wait_report


def test_home_gallery_editor_fix_export(qtbot, window, tmp_path):
    assert len(window.home.cards) == 10
    qtbot.mouseClick(window.home.cards[2], Qt.MouseButton.LeftButton)  # duty 3
    assert window.stack.currentWidget() is window.gallery
    ids = [window.gallery.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.gallery.list.count())]
    assert "produk-umkm" in ids and "aturan-bermedsos" not in ids
    assert all(3 in window.library.get(i).manifest.duties for i in ids)
    window.gallery.search.setText("produk")
    qtbot.waitUntil(lambda: window.gallery.list.count() >= 1)
    item = next(window.gallery.list.item(i) for i in range(window.gallery.list.count())
                if window.gallery.list.item(i).data(Qt.ItemDataRole.UserRole) == "produk-umkm")
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        window.gallery.template_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
    editor = window.editor
    assert window.stack.currentWidget() is editor
    assert editor.doc.design.template == "produk-umkm" and editor.doc.design.fields == {}  # samples
    wait_report(qtbot, editor, lambda r: True)

    desc = editor.form.editors["deskripsi"]
    desc.box.setFocus()
    desc.box.selectAll()
    qtbot.keyClicks(desc.box, "Hubungi NIK 3174095708900001")
    report = wait_report(qtbot, editor, lambda r: any(f.rule == "P1" for f in r.findings))
    assert report.verdict == "block"
    row = next(i for i, f in enumerate(report.findings) if f.rule == "P1")
    editor.checklist.list.setCurrentRow(row)
    assert editor.checklist.fix.isEnabled()
    qtbot.mouseClick(editor.checklist.fix, Qt.MouseButton.LeftButton)
    wait_report(qtbot, editor, lambda r: not any(f.rule == "P1" for f in r.findings))
    assert "31••••••••••••01" in editor.doc.design.fields["deskripsi"]

    editor.caption.alt.setPlainText("Kemasan kopi Gayo dan secangkir kopi di meja kayu.")
    dialog = ExportDialog(editor.doc, window.settings, "id", tmp_path)
    qtbot.addWidget(dialog)
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt in ("square", "story"))
    for suffix, box in dialog.type_boxes.items():
        box.setChecked(suffix in (".jpg", ".pdf"))
    with qtbot.waitSignal(dialog.written, timeout=60000) as written:
        dialog.go.click()
    kit = written.args[0]
    names = sorted(p.name for p in kit.folder.iterdir())
    assert names == ["alt-text.txt", "caption.txt", "kopi-arabika-gayo-square.jpg", "kopi-arabika-gayo-square.pdf",
                     "kopi-arabika-gayo-story.jpg", "kopi-arabika-gayo-story.pdf",
                     "laporan-checklist.html", "laporan-checklist.json"]
    data = json.loads((kit.folder / "laporan-checklist.json").read_text(encoding="utf-8"))
    assert data["verdict"] in ("pass", "warn") and "31••••••••••••01" in data["checked"]["deskripsi"]


def test_blocked_export_needs_a_typed_reason(qtbot, library, tmp_path):
    from app.project.settings import Settings

    doc = DesignDocument(Design(template="daftar-alasan", fields={"judul": "NIK 3174095708900001"}), library)
    dialog = ExportDialog(doc, Settings.load(), "id", tmp_path)
    qtbot.addWidget(dialog)
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.reason.isVisible() or dialog.reason.isVisibleTo(dialog), timeout=30000)
    assert "P1" in dialog.blocked.text() and not list(tmp_path.iterdir())
    dialog.reason.setText("Nomor fiktif untuk contoh pelatihan.")
    with qtbot.waitSignal(dialog.written, timeout=60000):
        dialog.go.click()
    assert doc.design.overrides["P1"].startswith("Nomor fiktif")


def test_every_edit_undoes(qtbot, window):
    editor = open_editor(qtbot, window)
    name = editor.form.editors["nama_produk"]
    name.line.setFocus()
    name.line.selectAll()
    qtbot.keyClicks(name.line, "Sambal Roa")
    assert editor.doc.design.fields["nama_produk"] == "Sambal Roa"
    editor.doc.set_attr("theme", "indigo-tenun", merge=False)
    window.undo_action.trigger()
    assert editor.doc.design.theme is None
    window.undo_action.trigger()
    assert "nama_produk" not in editor.doc.design.fields  # typing merged into one step
    assert name.line.text() == "Kopi Arabika Gayo"  # the form follows the model
    window.redo_action.trigger()
    assert editor.doc.design.fields["nama_produk"] == "Sambal Roa"


def test_clicking_the_preview_focuses_the_field(qtbot, window):
    editor = open_editor(qtbot, window)
    report = editor.preview.report
    head = next(b for b in report.text_boxes if b.field == "nama_produk")
    pix = editor.preview.image.pixmap()
    w = pix.width() / pix.devicePixelRatio()
    h = pix.height() / pix.devicePixelRatio()
    ox, oy = (editor.preview.image.width() - w) / 2, (editor.preview.image.height() - h) / 2
    k = w / (report.width / report.unit)
    x, y, bw, bh = head.ink
    qtbot.mouseClick(editor.preview.image, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(ox + (x + bw / 2) * k), int(oy + (y + bh / 2) * k)))
    qtbot.waitUntil(lambda: editor.form.editors["nama_produk"].line.hasFocus(), timeout=3000)


def test_format_switch_keeps_content(qtbot, window):
    editor = open_editor(qtbot, window)
    editor.doc.set_field("nama_produk", "Keripik Tempe Bu Sari")
    index = editor.preview.formats.findData("story")
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        editor.preview.formats.setCurrentIndex(index)
    pix = editor.preview.image.pixmap()
    assert pix.height() > pix.width()
    assert editor.doc.design.fields["nama_produk"] == "Keripik Tempe Bu Sari"
    assert editor.doc.design.format == "story"


def test_save_and_reopen_project(qtbot, window, tmp_path, monkeypatch):
    editor = open_editor(qtbot, window)
    editor.doc.set_field("nama_produk", "Dodol Garut")
    path = tmp_path / "dodol.diplomat"
    assert window._write(path)
    assert not editor.doc.dirty and path.is_file()
    window.open_project(path)
    assert window.editor.doc.design.fields["nama_produk"] == "Dodol Garut"
    assert str(path.resolve()) in window.settings.recent


def test_the_flow_works_from_the_keyboard(qtbot, window):
    card = window.home.cards[0]  # duty 1
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.gallery
    assert window.gallery.list.count() >= 1
    window.gallery.list.setFocus()
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        qtbot.keyClick(window.gallery.list.viewport(), Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.editor
    assert 1 in window.doc.template.manifest.duties
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.save_action))}
    assert {"Ctrl+S", "Ctrl+E", "Ctrl+Z", "Ctrl+O", "Ctrl+B"} <= shortcuts
